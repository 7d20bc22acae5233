/**
 * This year's claims of a demo person, settled through the policy library's public commands
 * (`inpatient`, `outpatient`, `outpatient-quota`, `special-disease`), in date order with the
 * year's running totals chained from one event to the next.
 *
 * "This year" is the year of yesterday: claims lie between 1 January (or the start of the
 * person's cover) and yesterday. On 1 January that is the whole of last year.
 *
 * Outpatient mapping to the claims table (whose parts must add up):
 * - Jiangmen, at the chosen primary clinic: the part paid from the tier-1 pool (180 a year) is
 *   `tier1`; the part from the tier-2 primary pool (35 a month) is `tier2`. The tier-1 part is
 *   what the visit took from the tier-1 pool: the pool's balance before the visit
 *   (`outpatient-quota`) minus its balance after (`outpatient`).
 * - Jiangmen, at the other chosen institution (tier 2 only): the whole fund payment is `tier2`.
 * - Shaoyang: the fund payment (residents' outpatient pooling, their only tier) is `tier1`.
 * - `outOfPocket` = the command's out-of-pocket plus the out-of-scope cost, except that a
 *   tier-2 person pays the in-scope self-paid part of a Jiangmen outpatient visit from the
 *   personal account (`personalAccount`, debited in the ledger on the visit day); the
 *   out-of-scope cost stays out of pocket.
 * Special-disease months store the command's layers as they are; hospital stays likewise.
 */
import { commands } from '../../lib/policy/commands';
import { Dec, addDays, daysBetween, daysInMonth, isoDate, money, monthIndex, parts, runCommand, type CommandResult } from '../../lib/policy/core';
import { continuity, type MonthlyRecord } from '../../lib/policy/jiangmen/continuity';
import type { HospitalYearToDate, InpatientResponse as InpatientResult, Transfer } from '../../lib/policy/jiangmen/inpatient/schema';
import type { JiangmenOutpatientResponse as JiangmenOutpatientResult, QuotaResponse as QuotaResult } from '../../lib/policy/jiangmen/outpatient/schema';
import type { ShaoyangOutpatientResponse as ShaoyangOutpatientResult } from '../../lib/policy/shaoyang/schema';
import type { SpecialDiseaseResponse as SpecialDiseaseResult } from '../../lib/policy/jiangmen/special-disease/schema';
import { chosenOn } from './choices';
import type { ContributionRow } from './contributions';
import { institutionByName, demoInstitutions, type InstitutionRow } from './institutions';
import type { ClaimRow, EnrolmentRow, PersonPlan, StayPlan } from './plan';
import type { Prng } from './prng';

type CareLevel = ClaimRow['level'];

/** Runs a policy command; a refusal here is a bug in the demo plan, so it throws with the reason. */
function run<T>(name: string, request: unknown): T {
  const command = commands.get(name);
  if (command === undefined) throw new Error(`The policy library has no "${name}" command.`);
  const result: CommandResult = runCommand(command, request);
  if (!result.ok) throw new Error(`Demo ${name} request refused: ${JSON.stringify(result.error)} for ${JSON.stringify(request)}`);
  return result.output as T;
}

function careLevel(institution: InstitutionRow): CareLevel {
  return institution.level === 'unrated' ? 'level1' : institution.level;
}

/** The enrolment period in force on a date. */
function enrolmentOn(enrolments: readonly EnrolmentRow[], date: string): EnrolmentRow {
  const e = enrolments.find((p) => p.validFrom <= date && (p.validTo === null || p.validTo === undefined || date <= p.validTo));
  if (e === undefined) throw new Error(`no enrolment on ${date}`);
  return e;
}

function asRecords(rows: readonly ContributionRow[]): MonthlyRecord[] {
  return rows.map((r) => ({
    month: r.month.slice(0, 7),
    months: r.months ?? 1,
    tier: r.tier,
    identity: r.identity,
    status: r.status,
    dueOn: r.dueOn,
    paidOn: r.paidOn ?? null,
  }));
}

/**
 * Continuous months on a date (policy library `continuity`). A retiree who reached the minimum
 * years has lifetime benefits without contributing (JM-UR 二(三)4), so their cover is taken as
 * continuing through retirement: the run at retirement plus the months since.
 */
function continuousMonths(plan: PersonPlan, records: MonthlyRecord[], date: string): number {
  const e = enrolmentOn(plan.enrolments, date);
  const category = e.category === 'unemployed' || e.category === 'flexible' || e.category === 'self_employed' ? e.category : 'employee';
  const retiredOn = plan.person.retiredOn;
  // RULES §13: the library carries a lifetime retiree's run through retirement (`retiredOn`).
  return continuity({ asOf: date, records, category, ...(e.category === 'retiree' && retiredOn ? { retiredOn } : {}) }).continuousMonths;
}

export interface CareWindow {
  year: number;
  from: string;
  to: string;
}

/** Claims lie from 1 January of yesterday's year (or the start of cover) to yesterday. */
export function careWindow(today: string, coverFrom?: string): CareWindow | null {
  const to = addDays(today, -1);
  const year = parts(to).year;
  const jan1 = isoDate(year, 1, 1);
  const from = coverFrom !== undefined && coverFrom > jan1 ? coverFrom : jan1;
  return from <= to ? { year, from, to } : null;
}

const DIRECTORY = new Map(demoInstitutions('2000-01-01').map((i) => [i.id, i]));

/** Settles a person's planned care for this year into claim rows, in date order. */
export function settleCare(plan: PersonPlan, today: string, rng: Prng): ClaimRow[] {
  const window = careWindow(today, plan.care.from);
  if (window === null) return [];
  const span = daysBetween(window.from, window.to);
  const records = asRecords(plan.contributions);
  const claims: ClaimRow[] = [];
  const region = plan.person.region ?? 'jiangmen';

  // ---- hospital stays (Jiangmen), chained year-to-date
  let ytd: HospitalYearToDate = { tier1Paid: '0', criticalBase: '0', criticalPaid: '0', tier2Base: '0', tier2Paid: '0', assistancePaid: '0' };
  for (const stay of [...plan.care.stays].sort((a, b) => a.at - b.at)) {
    const planned = stayDays(stay);
    if (span < planned.length) continue; // too early in the year for a stay
    const total = planned.reduce((a, b) => a + b, 0);
    const scale = Math.min(1, span / total);
    const days = planned.map((d) => Math.max(1, Math.floor(d * scale)));
    let from = addDays(window.from, Math.floor(stay.at * Math.max(0, span - days.reduce((a, b) => a + b, 0))));
    let referringDeductible = '0';
    const legs: Array<{ where: StayPlan['institution']; inScope: [number, number]; outOfScope: [number, number]; transfer: Exclude<Transfer, 'family_bed'> }> =
      [{ where: stay.institution, inScope: stay.inScope, outOfScope: stay.outOfScope, transfer: 'none' }];
    if (stay.then) legs.push({ where: stay.then.institution, inScope: stay.then.inScope, outOfScope: stay.then.outOfScope, transfer: stay.then.transfer });
    legs.forEach((p, i) => {
      const to = addDays(from, days[i]!);
      const inst = typeof p.where === 'string' ? institutionByName(p.where) : null;
      const level: CareLevel = inst ? careLevel(inst) : (p.where as { level: CareLevel }).level;
      const e = enrolmentOn(plan.enrolments, from);
      const inScope = rng.amount(p.inScope[0], p.inScope[1]);
      const outOfScope = rng.amount(p.outOfScope[0], p.outOfScope[1]);
      const r = run<InpatientResult>('inpatient', {
        region: 'jiangmen',
        date: from,
        person: { identity: e.identity, category: e.category, assistance: e.assistance ?? 'none', continuousMonths: continuousMonths(plan, records, from) },
        stay: {
          level,
          inScope,
          outOfScope,
          transfer: p.transfer,
          ...(p.transfer === 'referral' ? { referringDeductible } : {}),
          outOfTown: i === 0 ? (stay.outOfTown ?? 'none') : 'none',
        },
        yearToDate: ytd,
      });
      ytd = r.yearToDate;
      referringDeductible = r.deductible;
      claims.push({
        kind: 'inpatient',
        institutionId: inst?.id ?? null,
        institutionName: inst?.name ?? (p.where as { name: string }).name,
        level,
        serviceFrom: from,
        serviceTo: to,
        settledOn: to,
        transfer: p.transfer,
        outOfTown: i === 0 ? (stay.outOfTown ?? 'none') : 'none',
        inScope,
        outOfScope,
        deductible: r.deductible,
        tier1: r.tier1,
        critical: r.critical,
        tier2: r.tier2,
        assistance: r.assistance,
        personalAccount: '0',
        outOfPocket: r.outOfPocket,
      });
      from = to;
    });
  }

  // ---- general outpatient visits, chained year-to-date
  const used = { tier1: new Dec(0), tier2Primary: new Dec(0), other: new Dec(0) };
  const usedByMonth = new Map<string, { tier1: Dec; tier2Primary: Dec; other: Dec }>();
  const usedOnDay = new Map<string, Dec>();
  let shaoyangUsed = new Dec(0);
  for (const visit of [...plan.care.visits].sort((a, b) => a.at - b.at)) {
    const date = addDays(window.from, Math.floor(visit.at * span));
    const institutionId = chosenOn(plan.choices, visit.clinic, date);
    if (institutionId === undefined) continue;
    const inst = DIRECTORY.get(institutionId)!;
    const inScope = rng.amount(visit.inScope[0], visit.inScope[1]);
    const outOfScope = visit.outOfScope ? rng.amount(visit.outOfScope[0], visit.outOfScope[1]) : '0.00';
    let tier1 = new Dec(0);
    let tier2 = new Dec(0);
    let outOfPocket: Dec;
    let personalAccount = new Dec(0);
    if (region === 'shaoyang') {
      const today = usedOnDay.get(date) ?? new Dec(0);
      const r = run<ShaoyangOutpatientResult>('outpatient', {
        region: 'shaoyang',
        date,
        visit: { clinic: 'primary', inScope },
        yearToDate: { used: money(shaoyangUsed), usedToday: money(today) },
      });
      tier1 = new Dec(r.fund);
      shaoyangUsed = shaoyangUsed.plus(tier1);
      usedOnDay.set(date, today.plus(tier1));
      outOfPocket = new Dec(r.outOfPocket);
    } else {
      const e = enrolmentOn(plan.enrolments, date);
      const tier2Person = e.identity === 'employee';
      const employeeSince = plan.enrolments
        .filter((p) => p.identity === 'employee')
        .map((p) => p.validFrom)
        .sort()[0];
      const person = {
        tier2: tier2Person,
        ...(tier2Person && employeeSince !== undefined && parts(employeeSince).year === window.year ? { tier2FromMonth: parts(employeeSince).month } : {}),
      };
      const request = {
        region: 'jiangmen',
        date,
        person,
        visit: { clinic: visit.clinic, referredWithin30Days: visit.referred === true, inScope },
        yearToDate: { tier1Used: money(used.tier1), tier2PrimaryUsed: money(used.tier2Primary), otherUsed: money(used.other) },
      };
      const before =
        visit.clinic === 'primary' && tier2Person
          ? run<QuotaResult>('outpatient-quota', {
              region: 'jiangmen',
              date,
              person,
              used: [...usedByMonth.entries()].map(([month, u]) => ({
                month,
                tier1: money(u.tier1),
                tier2Primary: money(u.tier2Primary),
                other: money(u.other),
              })),
            })
          : null;
      const r = run<JiangmenOutpatientResult>('outpatient', request);
      const fund = new Dec(r.fund);
      if (visit.clinic === 'other') {
        tier2 = fund;
      } else if (before === null) {
        tier1 = fund;
      } else {
        tier1 = new Dec(before.tier1.remaining).minus(r.remaining.tier1);
        tier2 = fund.minus(tier1);
      }
      const month = date.slice(0, 7);
      const m = usedByMonth.get(month) ?? { tier1: new Dec(0), tier2Primary: new Dec(0), other: new Dec(0) };
      m.tier1 = m.tier1.plus(tier1);
      used.tier1 = used.tier1.plus(tier1);
      if (visit.clinic === 'other') {
        m.other = m.other.plus(tier2);
        used.other = used.other.plus(tier2);
      } else {
        m.tier2Primary = m.tier2Primary.plus(tier2);
        used.tier2Primary = used.tier2Primary.plus(tier2);
      }
      usedByMonth.set(month, m);
      outOfPocket = new Dec(r.outOfPocket);
      if (tier2Person) {
        personalAccount = outOfPocket;
        outOfPocket = new Dec(0);
      }
    }
    claims.push({
      kind: 'outpatient',
      institutionId: inst.id,
      institutionName: inst.name,
      level: careLevel(inst),
      serviceFrom: date,
      serviceTo: date,
      settledOn: date,
      inScope,
      outOfScope,
      tier1: money(tier1),
      tier2: money(tier2),
      personalAccount: money(personalAccount),
      outOfPocket: money(outOfPocket.plus(outOfScope)),
    });
  }

  // ---- special-disease outpatient months: each whole month of the window before today's month
  for (const approval of plan.specialDiseases) {
    const range = plan.care.specialDisease?.[approval.diseaseCode];
    if (range === undefined) continue;
    const inst = approval.institutionId ? DIRECTORY.get(approval.institutionId) : undefined;
    if (inst === undefined) continue;
    for (let i = monthIndex(window.from); i < monthIndex(today) && i <= monthIndex(window.to); i += 1) {
      const year = Math.floor(i / 12);
      const month = (i % 12) + 1;
      const first = isoDate(year, month, 1);
      const last = isoDate(year, month, daysInMonth(year, month));
      if (last < approval.approvedFrom || (approval.approvedTo && first > approval.approvedTo)) continue;
      const e = enrolmentOn(plan.enrolments, first);
      const inScope = rng.amount(range[0], range[1]);
      const r = run<SpecialDiseaseResult>('special-disease', {
        region: 'jiangmen',
        date: first,
        person: { identity: e.identity, category: e.category, assistance: e.assistance ?? 'none' },
        month: { diseases: [approval.diseaseCode], level: careLevel(inst), inScope },
      });
      claims.push({
        kind: 'special_disease',
        institutionId: inst.id,
        institutionName: inst.name,
        level: careLevel(inst),
        serviceFrom: first,
        serviceTo: last,
        settledOn: last,
        specialDiseaseCode: approval.diseaseCode,
        inScope,
        outOfScope: '0.00',
        tier1: r.tier1,
        critical: r.critical,
        tier2: r.tier2,
        assistance: r.assistance,
        outOfPocket: r.outOfPocket,
      });
    }
  }

  return claims.sort((a, b) => (a.serviceFrom < b.serviceFrom ? -1 : a.serviceFrom > b.serviceFrom ? 1 : 0));
}

function stayDays(stay: StayPlan): number[] {
  return stay.then ? [stay.days, stay.then.days] : [stay.days];
}
