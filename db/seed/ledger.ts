/**
 * The personal-account ledger 个人账户 of tier-2 (employee-identity) demo persons, RULES §11.
 *
 * - Credits: one per month from January 2017 (the month the unified method starts, JM-UR
 *   二(四)2(4)) or the first employee month, each from the policy library's
 *   `personalAccountCredit`. In service, a month is credited when its contribution is paid
 *   (on the payment day; months never paid get nothing); retirees on the 5th of each month by
 *   the old method's per-person amount.
 * - Payments: the personal-account part of the person's claims, on the settlement day.
 * - The demo ledger starts in 2017: the balance brought forward from the old scheme, and an
 *   account transferred in with the person's insurance, are ILLUSTRATIVE amounts.
 */
import { Dec, monthIndex, monthOfIndex, money } from '../../lib/policy/core';
import { personalAccountCredit } from '../../lib/policy/jiangmen/personal-account';
import type { LedgerRow, PersonPlan } from './plan';
import type { Prng } from './prng';

const LEDGER_FROM = monthIndex('2017-01');
const ORDER: Record<LedgerRow['kind'], number> = { adjustment: 0, transfer_in: 1, credit: 2, payment: 3, transfer_out: 4 };

type Entry = Omit<LedgerRow, 'balanceAfter'>;

export function personalAccountLedger(plan: PersonPlan, today: string, rng: Prng): LedgerRow[] {
  if (plan.person.region === 'shaoyang') return [];
  const employeeRecords = plan.contributions.filter((r) => r.identity === 'employee');
  if (employeeRecords.length === 0) return [];
  const firstMonth = Math.min(...employeeRecords.map((r) => monthIndex(r.month)));
  const entries: Entry[] = [];

  if (firstMonth < LEDGER_FROM) {
    entries.push({
      postedOn: '2017-01-01',
      month: null,
      kind: 'adjustment',
      amount: rng.amount(800, 6000),
      description: '2016 年末个人账户余额结转（演示金额） / Balance brought forward from the old employee scheme (illustrative)',
    });
  }
  for (const t of plan.transferredIn) {
    entries.push({
      postedOn: t.acceptedOn,
      month: null,
      kind: 'transfer_in',
      amount: rng.amount(3000, 9000),
      description: `个人账户余额随医保关系从${t.origin}转入（演示金额） / Account balance transferred in from ${t.origin} (illustrative)`,
    });
  }

  const paidMonth = new Map<number, { paidOn: string; base: string | null; legacy: boolean }>();
  for (const r of employeeRecords) {
    if (r.status === 'arrears' || !r.paidOn || r.paidOn > today) continue;
    if (r.tier === 'tier2' || r.tier === 'legacy_employee') {
      paidMonth.set(monthIndex(r.month), { paidOn: r.paidOn, base: r.base ?? null, legacy: r.tier === 'legacy_employee' });
    }
  }
  const retiredOn = plan.person.retiredOn ?? null;
  const first = monthOfIndex(firstMonth);
  for (let i = Math.max(firstMonth, LEDGER_FROM); i <= monthIndex(today); i += 1) {
    const month = monthOfIndex(i);
    const retired = retiredOn !== null && `${month}-01` >= retiredOn;
    let postedOn: string;
    let base: string | undefined;
    if (retired) {
      postedOn = `${month}-05`;
    } else {
      const paid = paidMonth.get(i);
      if (paid === undefined) continue;
      postedOn = paid.paidOn;
      // The own-contribution comparison uses the unified rates: not for old-scheme months.
      base = paid.legacy || paid.base === null ? undefined : paid.base;
    }
    if (postedOn > today) continue;
    const c = personalAccountCredit({
      month,
      birthDate: plan.person.birthDate,
      status: retired ? 'retired' : 'in_service',
      firstEmployeeInsuranceMonth: first,
      ...(base !== undefined ? { base } : {}),
      ...(plan.person.personalAccountDec2016 ? { dec2016: { credit: plan.person.personalAccountDec2016 } } : {}),
      ...(retired && plan.person.personalAccountRetireeMonthly ? { retireeMonthlyAmount: plan.person.personalAccountRetireeMonthly } : {}),
    });
    if (c.credit.isZero()) continue;
    entries.push({
      postedOn,
      month: `${month}-01`,
      kind: 'credit',
      amount: money(c.credit),
      description: `${month} 个人账户划入 / Monthly credit (${c.basis})`,
    });
  }

  for (const claim of plan.claims) {
    const part = new Dec(claim.personalAccount ?? '0');
    if (part.isZero()) continue;
    entries.push({
      postedOn: claim.settledOn,
      month: null,
      kind: 'payment',
      amount: money(part.negated()),
      description: `${claim.serviceFrom} ${claim.institutionName} 门诊个人自付部分由个人账户支付 / Outpatient self-pay paid from the account`,
    });
  }

  entries.sort((a, b) => (a.postedOn !== b.postedOn ? (a.postedOn < b.postedOn ? -1 : 1) : ORDER[a.kind] - ORDER[b.kind]));
  let balance = new Dec(0);
  return entries.map((e) => {
    balance = balance.plus(e.amount);
    if (balance.isNeg()) throw new Error(`demo personal account of ${plan.key} would go negative on ${e.postedOn}`);
    return { ...e, balanceAfter: money(balance) };
  });
}
