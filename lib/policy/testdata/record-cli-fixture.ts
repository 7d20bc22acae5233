/**
 * Records what the policy CLI answers to a varied set of requests for every command (valid,
 * invalid, unsupported dates, bad JSON, blank lines) and to its usage cases, into
 * `cli-responses.ndjson` next to this file. `scripts/policy-cli.test.ts` checks that the CLI still
 * gives byte-identical answers.
 *
 *   npx tsx lib/policy/testdata/record-cli-fixture.ts            # writes the fixture
 *
 * The fixture was recorded on commit 4d636b0, before the issue-7 refactoring, and recorded again
 * once, for the label unification of f502d62 (23 lines of contribution explanations, nothing
 * else), and for issue 10 (explanations name their parameters by key and list each dated value
 * once; `explain` and `--explain`: every answer decodes back to the answer recorded before, see
 * the commit). Record again only when a response is meant to change, and say why in the commit.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeRequests } from '../../../scripts/bench-policy';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

/** mulberry32: the same variety on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(7);
const one = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const yuan = (lo: number, hi: number) => {
  const cents = int(lo * 100, hi * 100);
  return cents % 100 === 0 ? String(cents / 100) : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
};
const pad = (n: number) => String(n).padStart(2, '0');
const date = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
const month = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}`;

/** Lines that are not valid requests of any command. */
const JUNK = ['{not json', '', '   ', '[]', 'null', '42', '"text"', '{}'];

const resident = { identity: 'resident', category: 'resident', assistance: 'none', continuousMonths: 36 };
const employee = { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36 };
const J = (v: unknown) => JSON.stringify(v);
/** RULES.md worked example 2 (an employee's level-3 stay). */
const EXAMPLE_2 = J({ region: 'jiangmen', date: '2025-06-10', person: employee, stay: { level: 'level3', inScope: '100000', outOfScope: '5000' } });

function inpatient(): string[] {
  const stay = (o: object) => ({ level: 'level2', inScope: '20000', ...o });
  const req = (person: object, s: object, extra: object = {}) => J({ region: 'jiangmen', date: '2025-06-10', person, stay: stay(s), ...extra });
  return [
    ...makeRequests(40, 424242).map(J),
    req(resident, { outOfScope: '2000' }),
    req(employee, { level: 'level3', inScope: '100000', outOfScope: '5000' }),
    req({ ...employee, category: 'retiree' }, { level: 'level1', inScope: '8000' }),
    req({ ...resident, assistance: 'wubao' }, { level: 'level1', inScope: '10000' }),
    req({ ...resident, continuousMonths: 10 }, { level: 'level3', inScope: '500000' }),
    req({ ...resident, assistance: 'dibao' }, { inScope: '50000' }),
    req({ ...resident, assistance: 'tekun', continuousMonths: 20 }, { level: 'non_designated', inScope: '300000' }),
    req({ ...employee, assistance: 'low_income' }, { level: 'non_designated', inScope: '250000', outOfTown: 'unregistered' }),
    req(employee, { level: 'level3', inScope: '400', transfer: 'referral', referringDeductible: '600' }),
    req(resident, { inScope: '3000', maternity: true }),
    req(resident, { inScope: '550', maternity: true }),
    req(
      employee,
      { inScope: '90000', outOfTown: 'registered' },
      { yearToDate: { tier1Paid: '199000', criticalBase: '200000', criticalPaid: '239000', tier2Base: '199000', tier2Paid: '199500', assistancePaid: '0' } },
    ),
    req({ ...resident, assistance: 'low_income' }, { inScope: '700000' }, { yearToDate: { assistancePaid: '79000' } }),
    req({ ...resident, assistance: 'poverty' }, { level: 'level1', inScope: '30000', transfer: 'medical_community' }),
    req(resident, { level: 'level1', inScope: '5000', transfer: 'family_bed' }),
    req(resident, { inScope: '1.234' }),
    req(resident, { inScope: 20000 }),
    req({ ...resident, category: 'retiree' }, {}),
    req({ ...employee, assistance: 'wubao' }, {}),
    req(resident, { referringDeductible: '300' }),
    req(resident, { level: 'non_designated', transfer: 'family_bed' }),
    req(resident, { transfer: 'medical_community', outOfTown: 'registered' }),
    req(resident, { level: 'level4' }),
    req(resident, {}, { extra: true }),
    J({ region: 'jiangmen', date: '2017-12-31', person: resident, stay: stay({}) }),
    J({ region: 'jiangmen', date: '2025-02-30', person: resident, stay: stay({}) }),
    J({ region: 'shaoyang', date: '2025-06-10', person: resident, stay: stay({}) }),
    J({ date: '2025-06-10', person: resident }),
    J({ region: 'jiangmen', date: '2025-06-10', person: { ...resident, continuousMonths: -1 }, stay: stay({}) }),
    `${req(resident, { inScope: '12345.6' })}\r`,
    req(employee, { level: 'level3', inScope: '100000', outOfScope: '5000' }, { explain: 'none' }),
    req(employee, { level: 'level3', inScope: '100000', outOfScope: '5000' }, { explain: 'full' }),
    req(resident, {}, { explain: 'some' }),
    ...JUNK,
  ];
}

function outpatient(): string[] {
  const jm = (person: object, visit: object, ytd?: object) =>
    J({ region: 'jiangmen', date: date(2018, 2027), person, visit: { inScope: yuan(10, 900), ...visit }, ...(ytd ? { yearToDate: ytd } : {}) });
  const random = Array.from({ length: 18 }, () =>
    jm(
      r() < 0.6 ? { tier2: true, ...(r() < 0.5 ? { tier2FromMonth: int(1, 12) } : {}) } : { tier2: false },
      { clinic: one(['primary', 'other', 'none'] as const) },
      r() < 0.6 ? { tier1Used: yuan(0, 200), tier2PrimaryUsed: yuan(0, 400), otherUsed: yuan(0, 500) } : undefined,
    ),
  );
  const sy = (visit: object, ytd?: object, d = '2025-04-15') =>
    J({ region: 'shaoyang', date: d, visit: { clinic: 'primary', inScope: '100', ...visit }, ...(ytd ? { yearToDate: ytd } : {}) });
  return [
    ...random,
    J({
      region: 'jiangmen',
      date: '2025-04-15',
      person: { tier2: true, tier2FromMonth: 1 },
      visit: { clinic: 'primary', referredWithin30Days: false, inScope: '200.00' },
      yearToDate: { tier1Used: '180.00', tier2PrimaryUsed: '50.00', otherUsed: '0.00' },
    }),
    jm({ tier2: true }, { clinic: 'other', referredWithin30Days: true }),
    jm({ tier2: true }, { clinic: 'primary', referredWithin30Days: true }),
    jm({ tier2: false }, { clinic: 'other' }),
    jm({ tier2: true, tier2FromMonth: 13 }, { clinic: 'primary' }),
    J({ region: 'jiangmen', date: '2017-12-31', person: { tier2: false }, visit: { clinic: 'primary', inScope: '100' } }),
    sy({}),
    sy({ inScope: '1000' }, { used: '580', usedToday: '10' }),
    sy({ clinic: 'none' }),
    sy({ clinic: 'other' }),
    sy({}, { used: '10', usedToday: '20' }),
    sy({ inScope: '50' }, { used: '600', usedToday: '0' }),
    sy({}, undefined, '2019-12-31'),
    sy({}, undefined, '2020-01-01'),
    J({ region: 'hunan', date: '2025-04-15' }),
    J({ date: '2025-04-15', visit: { clinic: 'primary', inScope: '1' } }),
    ...JUNK,
  ];
}

function quota(): string[] {
  const random = Array.from({ length: 12 }, () => {
    const d = date(2018, 2027);
    const m = parseInt(d.slice(5, 7), 10);
    const used = Array.from({ length: int(0, Math.min(4, m)) }, (_, i) => ({
      month: `${d.slice(0, 4)}-${pad(i + 1)}`,
      tier1: yuan(0, 120),
      ...(r() < 0.5 ? { tier2Primary: yuan(0, 80) } : {}),
      ...(r() < 0.5 ? { other: yuan(0, 90) } : {}),
    }));
    return J({
      region: 'jiangmen',
      date: d,
      person: r() < 0.7 ? { tier2: true, ...(r() < 0.4 ? { tier2FromMonth: int(1, 12) } : {}) } : { tier2: false },
      used,
    });
  });
  return [
    ...random,
    J({
      region: 'jiangmen',
      date: '2025-04-15',
      person: { tier2: true, tier2FromMonth: 1 },
      used: [
        { month: '2025-02', tier1: '100.00', other: '30.00' },
        { month: '2025-03', tier1: '80.00', tier2Primary: '50.00' },
      ],
    }),
    J({ region: 'jiangmen', date: '2025-04-15', person: { tier2: true }, used: [{ month: '2025-01', tier1: '500', tier2Primary: '90', other: '90' }] }),
    J({ region: 'jiangmen', date: '2025-04-15', person: { tier2: true }, used: [{ month: '2024-12', tier1: '1' }] }),
    J({ region: 'jiangmen', date: '2025-04-15', person: { tier2: true }, used: [{ month: '2025-05', tier1: '1' }] }),
    J({
      region: 'jiangmen',
      date: '2025-04-15',
      person: { tier2: true },
      used: [
        { month: '2025-02', tier1: '1' },
        { month: '2025-02', tier1: '2' },
      ],
    }),
    J({ region: 'jiangmen', date: '2025-04-15', person: { tier2: false } }),
    J({ region: 'jiangmen', date: '2017-06-01', person: { tier2: false } }),
    J({ region: 'jiangmen', date: '2025-04-15', person: { tier2: true, tier2FromMonth: 0 } }),
    ...JUNK,
  ];
}

function specialDisease(): string[] {
  const ids4 = [
    'coronary_heart_disease',
    'diabetes',
    'hypertension_stage2_plus',
    'mental_illness',
    'epilepsy',
    'parkinsons',
    'cirrhosis',
    'lupus',
    'copd_emphysema',
  ];
  const ids23 = ['hepatitis_c_peg_ifn', 'beta_thalassaemia_major', 'haemophilia', 'ckd_no_dialysis', 'cancer_other', 'aids'];
  const ids1 = ['severe_mental_illness', 'cancer_radio_chemo', 'ckd_dialysis', 'transplant_anti_rejection', 'stem_cell_transplant'];
  const levels = ['level1', 'level2', 'level3', 'non_designated'] as const;
  const people = [
    { identity: 'employee', category: 'employee', assistance: 'none' },
    { identity: 'employee', category: 'retiree', assistance: 'low_income' },
    { identity: 'resident', category: 'resident', assistance: 'none' },
    { identity: 'resident', category: 'student', assistance: 'wubao' },
    { identity: 'resident', category: 'resident', assistance: 'dibao' },
    { identity: 'resident', category: 'resident', assistance: 'tekun' },
  ];
  const req = (person: object, m: object, extra: object = {}) =>
    J({ region: 'jiangmen', date: date(2018, 2027), person, month: { level: one(levels), inScope: yuan(50, 6000), ...m }, ...extra });
  const random = Array.from({ length: 14 }, () => {
    const n = int(1, 3);
    const pool = r() < 0.5 ? ids4 : [...ids23, ...ids4];
    const diseases = [...new Set(Array.from({ length: n }, () => one(pool)))];
    return req(one(people), { diseases });
  });
  return [
    ...random,
    J({
      region: 'jiangmen',
      date: '2025-06-10',
      person: { identity: 'employee', category: 'employee', assistance: 'none' },
      month: { diseases: ['diabetes'], level: 'level2', inScope: '400' },
    }),
    req({ ...people[0], continuousMonths: 36 }, { diseases: [one(ids1)], inScope: '30000' }),
    req(
      { ...people[4], continuousMonths: 10 },
      { diseases: ['ckd_dialysis'], inScope: '120000' },
      { yearToDate: { tier1Paid: '50000', criticalBase: '20000' } },
    ),
    req(people[2]!, { diseases: ['ckd_dialysis'] }),
    req({ ...people[0], continuousMonths: 36 }, { diseases: ['ckd_dialysis', 'diabetes'] }),
    req(people[0]!, { diseases: ['cerebral_palsy'] }),
    req(people[2]!, { diseases: ['childhood_autism', 'cerebral_palsy'] }),
    req(people[2]!, { diseases: ['diabetes', 'diabetes'] }),
    req(people[0]!, { diseases: ['flu'] }),
    req(people[0]!, { diseases: [] }),
    req({ identity: 'employee', category: 'student', assistance: 'none' }, { diseases: ['diabetes'] }),
    req(people[0]!, { diseases: ['haemophilia', 'aids'], level: 'level1', inScope: '9000' }),
    J({ region: 'jiangmen', date: '2017-12-01', person: people[0], month: { diseases: ['diabetes'], level: 'level2', inScope: '400' } }),
    ...JUNK,
  ];
}

function contribution(): string[] {
  const cats = ['employee', 'unemployed', 'flexible', 'self_employed'] as const;
  const random = Array.from({ length: 16 }, () => {
    const category = one(cats);
    return J({ month: month(2017, 2027), category, ...(category === 'employee' ? { wage: yuan(1000, 30000) } : {}) });
  });
  return [
    ...random,
    J({ month: '2026-11', category: 'employee', wage: '9000' }),
    J({ month: '2019-03', category: 'flexible' }),
    J({ month: '2019-03', category: 'employee', wage: '3937.50' }),
    J({ month: '2019-03', category: 'employee', wage: '100' }),
    J({ month: '2019-03', category: 'employee', wage: '99999' }),
    J({ month: '2017-07', category: 'self_employed' }),
    J({ month: '2017-06', category: 'unemployed' }),
    J({ month: '2028-01', category: 'unemployed' }),
    J({ month: '2025-01', category: 'retiree' }),
    J({ month: '2016-01', category: 'retiree' }),
    J({ month: '2025-01', category: 'employee' }),
    J({ month: '2025-01', category: 'flexible', wage: '5000' }),
    J({ month: '2025-01', category: 'resident' }),
    J({ month: '2025-13', category: 'employee', wage: '5000' }),
    J({ month: '2026-11', category: 'employee', wage: '9000.001', extra: 1 }),
    ...JUNK,
  ];
}

function residentContribution(): string[] {
  const random = Array.from({ length: 14 }, () =>
    J({
      year: int(2017, 2027),
      category: one(['resident', 'student'] as const),
      assistance: one(['none', 'wubao', 'poverty', 'dibao', 'tekun', 'low_income'] as const),
      ...(r() < 0.5 ? { lowIncomeQualifies: r() < 0.5 } : {}),
      ...(r() < 0.5 ? { localHukou: r() < 0.6 } : {}),
    }),
  );
  return [
    ...random,
    J({ year: 2027, category: 'resident', assistance: 'low_income', lowIncomeQualifies: true }),
    J({ year: 2017, category: 'resident', assistance: 'none' }),
    J({ year: 2016, category: 'resident', assistance: 'none' }),
    J({ year: 2028, category: 'student', assistance: 'none' }),
    J({ year: 2025, category: 'student', assistance: 'wubao', localHukou: false }),
    J({ year: 2025.5, category: 'resident', assistance: 'none' }),
    J({ year: 2025, category: 'employee', assistance: 'none' }),
    J({ year: 2025, category: 'resident' }),
    ...JUNK,
  ];
}

function benefitStart(): string[] {
  const random = Array.from({ length: 12 }, () => {
    switch (int(0, 6)) {
      case 0: {
        const year = int(2018, 2027);
        return J({ kind: 'resident_year', year, paidOn: `${year - int(0, 1)}-${pad(int(1, 12))}-${pad(int(1, 28))}` });
      }
      case 1: {
        const birthDate = date(2017, 2026);
        return J({ kind: 'newborn', birthDate, enrolledOn: `${parseInt(birthDate.slice(0, 4), 10) + int(0, 1)}-${pad(int(1, 12))}-${pad(int(1, 28))}` });
      }
      case 2:
        return J({
          kind: 'mid_year',
          reason: one(['new_student', 'newly_unemployed', 'new_retiree', 'veteran', 'released_prisoner', 'new_resident', 'difficult_resident'] as const),
          paidOn: date(2017, 2027),
        });
      case 3:
        return J({ kind: 'employee', paidIn: month(2017, 2027) });
      case 4:
        return J({ kind: 'unemployed', appliedOn: date(2017, 2027) });
      case 5:
        return J({ kind: one(['flexible', 'self_employed'] as const), paidIn: month(2017, 2027) });
      default:
        return J({ kind: 'employee_stop', lastPaidMonth: month(2017, 2027) });
    }
  });
  return [
    ...random,
    J({ kind: 'newborn', birthDate: '2026-10-15', enrolledOn: '2027-01-20' }),
    J({ kind: 'newborn', birthDate: '2025-10-15', enrolledOn: '2026-02-01' }),
    J({ kind: 'newborn', birthDate: '2025-10-15', enrolledOn: '2025-10-20' }),
    J({ kind: 'newborn', birthDate: '2025-10-15', enrolledOn: '2025-10-01' }),
    J({ kind: 'newborn', birthDate: '2016-10-15', enrolledOn: '2017-01-01' }),
    J({ kind: 'resident_year', year: 2026, paidOn: '2026-01-05' }),
    J({ kind: 'resident_year', year: 2018, paidOn: '2017-06-30' }),
    J({ kind: 'mid_year', reason: 'veteran', paidOn: '2025-12-10' }),
    J({ kind: 'mid_year', reason: 'tourist', paidOn: '2025-12-10' }),
    J({ kind: 'flexible', paidIn: '2025-01' }),
    J({ kind: 'employee', paidIn: '2017-06' }),
    J({ kind: 'unemployed', paidIn: '2025-01' }),
    J({ kind: 'retired', paidIn: '2025-01' }),
    J({ paidIn: '2025-01' }),
    ...JUNK,
  ];
}

type Rec = { month: string; months: number; tier: string; identity: string; status: string; paidOn?: string | null; dueOn?: string };
function employeeMonths(from: string, to: string, status = 'paid', paidOn?: string): Rec[] {
  const out: Rec[] = [];
  for (let y = parseInt(from.slice(0, 4), 10), m = parseInt(from.slice(5), 10); `${y}-${pad(m)}` <= to; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const legacy = `${y}-${pad(m)}` < '2017-07';
    const rows = legacy ? ['legacy_employee'] : ['tier1', 'tier2'];
    for (const tier of rows) out.push({ month: `${y}-${pad(m)}`, months: 1, tier, identity: 'employee', status, ...(paidOn !== undefined ? { paidOn } : {}) });
  }
  return out;
}
const residentYear = (y: number, status = 'paid'): Rec => ({
  month: `${y}-01`,
  months: 12,
  tier: y < 2017 ? 'legacy_resident' : 'tier1',
  identity: 'resident',
  status,
  paidOn: `${y - 1}-12-15`,
});

function continuity(): string[] {
  const sets: Array<{ asOf: string; records: Rec[]; category?: string }> = [
    {
      asOf: '2024-12-31',
      category: 'flexible',
      records: [
        ...employeeMonths('2023-01', '2023-12'),
        ...employeeMonths('2024-01', '2024-04', 'back_paid', '2024-05-10'),
        ...employeeMonths('2024-05', '2024-12'),
      ],
    },
    { asOf: '2025-03-31', records: [residentYear(2024), ...employeeMonths('2025-01', '2025-03')] },
    {
      asOf: '2025-06-30',
      records: [
        ...employeeMonths('2020-01', '2025-02'),
        ...employeeMonths('2025-03', '2025-04', 'back_paid', '2025-05-20'),
        ...employeeMonths('2025-05', '2025-06'),
      ],
    },
    {
      asOf: '2025-06-30',
      records: [...employeeMonths('2020-01', '2025-02'), ...employeeMonths('2025-03', '2025-04', 'arrears'), ...employeeMonths('2025-05', '2025-06')],
    },
    { asOf: '2025-06-30', records: [...employeeMonths('2020-01', '2025-04'), ...employeeMonths('2025-05', '2025-06', 'arrears')] },
    { asOf: '2025-09-30', records: [...employeeMonths('2020-01', '2025-04'), ...employeeMonths('2025-05', '2025-09', 'arrears')] },
    { asOf: '2025-12-31', category: 'self_employed', records: [...employeeMonths('2021-01', '2024-06'), ...employeeMonths('2025-01', '2025-12')] },
    { asOf: '2025-12-31', category: 'unemployed', records: [...employeeMonths('2021-01', '2024-06'), ...employeeMonths('2025-01', '2025-12')] },
    { asOf: '2025-12-31', records: [residentYear(2019), residentYear(2020), residentYear(2022), residentYear(2023), residentYear(2025)] },
    { asOf: '2025-12-31', records: [...employeeMonths('2012-01', '2019-12'), residentYear(2020), residentYear(2021), ...employeeMonths('2021-06', '2025-12')] },
    { asOf: '2017-12-31', records: employeeMonths('2015-01', '2017-12') },
    { asOf: '2025-06-30', records: [] },
    { asOf: '2025-06-30', records: employeeMonths('2025-03', '2025-06', 'paid', '2025-07-15') },
    { asOf: '2025-06-30', records: [...employeeMonths('2024-01', '2025-06').map((x) => ({ ...x, dueOn: `${x.month}-15` }))] },
  ];
  return [
    ...sets.map((s) => J(s)),
    J({ asOf: '2017-06-30', records: [] }),
    J({ asOf: '2025-06-31', records: [] }),
    J({ asOf: '2025-06-30', records: [{ month: '2025-01', months: 13, tier: 'tier1', identity: 'resident', status: 'paid' }] }),
    J({ asOf: '2025-06-30', records: [{ month: '2025-01', months: 1, tier: 'tier3', identity: 'resident', status: 'paid' }] }),
    J({ asOf: '2025-06-30', records: [], category: 'retiree' }),
    ...JUNK,
  ];
}

function years(): string[] {
  const long = employeeMonths('2008-01', '2026-06');
  const sets: object[] = [
    { asOf: '2026-06-15', records: long, retirement: { birthDate: '1966-03-10', group: 'male' } },
    { asOf: '2025-03-31', records: [residentYear(2024), ...employeeMonths('2025-01', '2025-03')], retirement: { birthDate: '1970-05-10', group: 'male' } },
    { asOf: '2025-12-31', records: employeeMonths('2018-01', '2025-12'), veteranDeemed: { months: 204, basis: '粤劳社发〔2007〕13号' } },
    {
      asOf: '2025-12-31',
      records: employeeMonths('2019-01', '2025-12'),
      transferredIn: [
        { origin: '广州市', months: 60, from: '2014-01', to: '2018-12' },
        { origin: '佛山市', months: 24 },
      ],
      retirement: { birthDate: '1968-08-20', group: 'female_55', plannedDate: '2026-01-01' },
    },
    { asOf: '2025-12-31', records: employeeMonths('2019-01', '2025-12'), transferredIn: [{ origin: '深圳市', months: 30, from: '2024-01', to: '2026-06' }] },
    { asOf: '2025-12-31', records: employeeMonths('2000-01', '2025-12'), lifetimeEntitledOn20170630: true },
    { asOf: '2025-12-31', records: employeeMonths('2010-01', '2025-12'), crossRegion: true, retirement: { birthDate: '1965-01-31', group: 'male' } },
    { asOf: '2025-12-31', records: [residentYear(2023), residentYear(2024), residentYear(2025)] },
    {
      asOf: '2025-12-31',
      records: [
        ...employeeMonths('2015-01', '2019-12'),
        ...employeeMonths('2020-01', '2020-10', 'back_paid', '2021-02-01'),
        ...employeeMonths('2021-01', '2025-12'),
      ],
      retirement: { birthDate: '1975-11-30', group: 'female_50', plannedDate: '2040-01-01' },
    },
    { asOf: '2030-06-30', records: employeeMonths('2020-01', '2030-06'), retirement: { birthDate: '1971-02-14', group: 'female_55' } },
    { asOf: '2025-12-31', records: employeeMonths('2021-01', '2025-12'), retirement: { birthDate: '1961-04-01', group: 'male' } },
  ];
  return [
    ...sets.map(J),
    J({ asOf: '2017-06-30', records: [] }),
    J({ asOf: '2025-12-31', records: [], transferredIn: [{ origin: '', months: 1 }] }),
    J({ asOf: '2025-12-31', records: [], veteranDeemed: { months: 1.5, basis: 'x' } }),
    J({ asOf: '2025-12-31', records: [], retirement: { birthDate: '1970-01-01', group: 'other' } }),
    ...JUNK,
  ];
}

function retirement(): string[] {
  const groups = ['male', 'female_55', 'female_50'] as const;
  const random = Array.from({ length: 14 }, () => {
    const birthDate = date(1950, 1990);
    return J({ birthDate, group: one(groups), ...(r() < 0.5 ? { plannedDate: date(2010, 2060) } : {}) });
  });
  return [
    ...random,
    J({ birthDate: '1970-05-10', group: 'female_55', plannedDate: '2026-01-01' }),
    J({ birthDate: '1965-01-31', group: 'male' }),
    J({ birthDate: '1976-09-15', group: 'male' }),
    J({ birthDate: '1964-12-31', group: 'male' }),
    J({ birthDate: '1980-02-29', group: 'female_50' }),
    J({ birthDate: '1927-01-01', group: 'male' }),
    J({ birthDate: '1970-13-01', group: 'male' }),
    J({ birthDate: '1970-01-01', group: 'female_60' }),
    J({ birthDate: '1970-01-01', group: 'male', plannedDate: 'soon' }),
    ...JUNK,
  ];
}

function topup(): string[] {
  const random = Array.from({ length: 10 }, () => J({ date: date(2017, 2030), shortfallMonths: int(0, 300), ...(r() < 0.15 ? { crossRegion: true } : {}) }));
  return [
    ...random,
    J({ date: '2026-11-20', shortfallMonths: 14 }),
    J({ date: '2017-07-01', shortfallMonths: 1 }),
    J({ date: '2017-06-30', shortfallMonths: 1 }),
    J({ date: '2027-06-01', shortfallMonths: 120 }),
    J({ date: '2029-01-01', shortfallMonths: 30 }),
    J({ date: '2025-01-01', shortfallMonths: 0 }),
    J({ date: '2025-01-01', shortfallMonths: 600 }),
    J({ date: '2025-01-01', shortfallMonths: 601 }),
    J({ date: '2025-01-01', shortfallMonths: 12, crossRegion: true }),
    J({ date: '2025-01-01', shortfallMonths: -1 }),
    ...JUNK,
  ];
}

function personalAccount(): string[] {
  const random = Array.from({ length: 12 }, () => {
    const status = r() < 0.75 ? 'in_service' : 'retired';
    const first = month(2005, 2026);
    return J({
      month: month(2017, 2027),
      birthDate: date(1960, 2000),
      status,
      firstEmployeeInsuranceMonth: first,
      ...(status === 'in_service' && r() < 0.7 ? { base: yuan(3000, 40000) } : {}),
      ...(first < '2017-01' && r() < 0.5 ? { dec2016: { credit: yuan(50, 200), ...(r() < 0.5 ? { base: yuan(3000, 20000) } : {}) } } : {}),
      ...(status === 'retired' ? { retireeMonthlyAmount: yuan(80, 300) } : {}),
    });
  });
  return [
    ...random,
    J({ month: '2026-11', birthDate: '1990-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2019-03', base: '9000' }),
    J({ month: '2026-11', birthDate: '1980-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2019-03' }),
    J({
      month: '2026-11',
      birthDate: '1970-05-01',
      status: 'in_service',
      firstEmployeeInsuranceMonth: '2010-03',
      dec2016: { credit: '150.00', base: '12000' },
      base: '6000',
    }),
    J({ month: '2026-11', birthDate: '1970-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2010-03', highestHistoricalCredit: '99.50' }),
    J({ month: '2026-11', birthDate: '1970-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2010-03' }),
    J({ month: '2026-11', birthDate: '1955-05-01', status: 'retired', firstEmployeeInsuranceMonth: '2000-01', retireeMonthlyAmount: '210.00' }),
    J({ month: '2026-11', birthDate: '1955-05-01', status: 'retired', firstEmployeeInsuranceMonth: '2000-01' }),
    J({ month: '2026-11', birthDate: '1955-05-01', status: 'retired', firstEmployeeInsuranceMonth: '2000-01', difficultEnterpriseRetiree: true }),
    J({ month: '2026-11', birthDate: '1960-05-01', status: 'retired', firstEmployeeInsuranceMonth: '2019-01' }),
    J({ month: '2016-12', birthDate: '1960-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2010-01' }),
    J({ month: '2017-03', birthDate: '1960-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2017-01', base: '5000' }),
    J({ month: '2017-03', birthDate: '1990-02-28', status: 'in_service', firstEmployeeInsuranceMonth: '2017-01' }),
    J({ month: '2026-11', birthDate: '1990-05-01', status: 'working', firstEmployeeInsuranceMonth: '2019-03' }),
    J({ month: '2026-11', birthDate: '1990-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2019-03', base: 'lots' }),
    ...JUNK,
  ];
}

export const GROUPS: Record<string, () => string[]> = {
  inpatient,
  outpatient,
  'outpatient-quota': quota,
  'special-disease': specialDisease,
  contribution,
  'resident-contribution': residentContribution,
  'benefit-start': benefitStart,
  continuity,
  years,
  retirement,
  topup,
  'personal-account': personalAccount,
};

/** Single-request mode and usage cases: argv and stdin. */
export const SINGLES: Array<{ argv: string[]; stdin: string }> = [
  { argv: ['--help'], stdin: '' },
  { argv: ['-h'], stdin: '' },
  { argv: ['inpatient', '--help'], stdin: '' },
  { argv: [], stdin: '' },
  { argv: ['--ndjson'], stdin: '' },
  { argv: ['nope'], stdin: '' },
  { argv: ['inpatient', '--bogus'], stdin: '' },
  { argv: ['inpatient', 'outpatient'], stdin: '' },
  { argv: ['--ndjson', 'inpatient', '--ndjson'], stdin: '' },
  { argv: ['inpatient', '-'], stdin: '' },
  { argv: ['inpatient', '--ndjson=1'], stdin: '' },
  { argv: ['inpatient', '-hx'], stdin: '' },
  { argv: ['--bogus', '--help'], stdin: '' },
  {
    argv: ['inpatient'],
    stdin: J({ region: 'jiangmen', date: '2025-06-10', person: resident, stay: { level: 'level2', inScope: '20000', outOfScope: '2000' } }),
  },
  { argv: ['inpatient'], stdin: `\n  ${J({ region: 'jiangmen', date: '2025-06-10', person: resident, stay: { level: 'level2', inScope: '20000' } })}\n\n` },
  { argv: ['inpatient'], stdin: J({ region: 'jiangmen', date: '2017-12-31', person: resident, stay: { level: 'level2', inScope: '1' } }) },
  { argv: ['inpatient'], stdin: '{"region":"jiangmen"}' },
  { argv: ['inpatient'], stdin: '{oops' },
  { argv: ['inpatient'], stdin: '  ' },
  { argv: ['inpatient'], stdin: '' },
  { argv: ['inpatient'], stdin: `${J({ a: 1 })}\n${J({ b: 2 })}\n` },
  { argv: ['outpatient'], stdin: J({ region: 'shaoyang', date: '2025-06-10', visit: { clinic: 'primary', inScope: '100' } }) },
  { argv: ['contribution'], stdin: J({ month: '2025-01', category: 'retiree' }) },
  { argv: ['topup'], stdin: J({ date: '2026-11-20', shortfallMonths: 14 }) },
  { argv: ['inpatient', '--explain=none'], stdin: EXAMPLE_2 },
  { argv: ['inpatient', '--explain', 'none'], stdin: EXAMPLE_2 },
  { argv: ['inpatient', '--explain=full'], stdin: EXAMPLE_2 },
  { argv: ['inpatient', '--explain=none'], stdin: J({ ...(JSON.parse(EXAMPLE_2) as object), explain: 'full' }) },
  { argv: ['inpatient', '--ndjson', '--explain=none'], stdin: `${EXAMPLE_2}\n${J({ ...(JSON.parse(EXAMPLE_2) as object), explain: 'full' })}\n{oops\n` },
  { argv: ['outpatient', '--explain=none'], stdin: J({ region: 'shaoyang', date: '2025-06-10', visit: { clinic: 'primary', inScope: '100' } }) },
  { argv: ['inpatient', '--explain=some'], stdin: EXAMPLE_2 },
  { argv: ['inpatient', '--explain'], stdin: EXAMPLE_2 },
  { argv: ['inpatient', '--explain=none', '--explain=nothing'], stdin: EXAMPLE_2 },
  { argv: ['topup', '--explain=none'], stdin: J({ date: '2026-11-20', shortfallMonths: 14 }) },
];

function cli(argv: string[], stdin: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/policy-cli.ts'), ...argv], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 1 << 30,
  });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
}

function main(): void {
  const out: string[] = [];
  for (const [command, make] of Object.entries(GROUPS)) {
    const lines = make();
    const argv = [command, '--ndjson'];
    const run = cli(argv, `${lines.join('\n')}\n`);
    const answers = run.stdout.split('\n');
    if (answers.pop() !== '') throw new Error(`${command}: output does not end with a newline`);
    let k = 0;
    for (const line of lines) {
      const blank = line.trim() === '';
      out.push(J({ type: 'line', command, input: line, output: blank ? null : answers[k++] }));
    }
    if (k !== answers.length) throw new Error(`${command}: ${answers.length} answers for ${k} requests`);
    out.push(J({ type: 'run', argv, exit: run.exit, stderr: run.stderr }));
  }
  for (const s of SINGLES) out.push(J({ type: 'single', ...s, ...cli(s.argv, s.stdin) }));
  writeFileSync(join(here, 'cli-responses.ndjson'), `${out.join('\n')}\n`);
  console.log(`${out.length} fixture lines written`);
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) main();
