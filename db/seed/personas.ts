/**
 * The demo personas: who they are (fixed ID numbers, listed in DEMO.md) and the history that
 * makes each one's case real, generated relative to `today` so the demo never goes stale.
 *
 * ID numbers never change. For the people whose birth date has to move with today (the
 * newborn, the student, the man two years from retirement) the ID number's birth segment is
 * therefore not their recorded birth date; the portal uses the recorded `birth_date` and
 * stores only the number's keyed hash and masked form.
 */
import { Dec, addDays, addMonths, daysInMonth, firstDayOfIndex, isoDate, monthIndex, monthOfIndex, money, parts } from '../../lib/policy/core';
import { makeIdNumber } from '../../lib/id-number';
import type { Bilingual } from '../../lib/policy/core';
import { choiceRows, type ChoiceSpec } from './choices';
import { monthlyRecords, residentRecords, type MonthlySpan, type ResidentYears } from './contributions';
import { DESIGNATION_LOST_ID, institutionByName } from './institutions';
import type { EnrolmentRow, PersonFields, PersonPlan, SpecialDiseaseRow } from './plan';
import { DISEASE_BY_ID, type DiseaseId } from '../../lib/policy/jiangmen/special-disease/diseases';
import { nearRetirementBirthDate } from './retirement';

export interface Ctx {
  today: string;
  /** This calendar year. */
  year: number;
  /** Today's month index (see `monthIndex`). */
  c: number;
  /** Notes for the operator (e.g. figures of a later year the policy library lacks). */
  notes: Set<string>;
}

export interface PersonaDef {
  key: string;
  name: string;
  idNumber: string;
  summary: Bilingual;
  build(ctx: Ctx): Omit<PersonPlan, 'key' | 'idNumber' | 'claims' | 'ledger'>;
}

// ------------------------------------------------------------------------------ helpers

/** "YYYY-MM" of the month k months from today's. */
const monthAt = (ctx: Ctx, k: number) => monthOfIndex(ctx.c + k);
const firstOf = (ctx: Ctx, k: number) => firstDayOfIndex(ctx.c + k);
function lastOf(ctx: Ctx, k: number): string {
  const { year, month } = parts(firstOf(ctx, k));
  return isoDate(year, month, daysInMonth(year, month));
}
const id = (name: string) => institutionByName(name).id;

/** A wage that grows by a yearly factor from a starting year (whole yuan). */
function wage(start: string, startYear: number, growth: string): (year: number) => string {
  return (year) => money(new Dec(start).times(new Dec(growth).pow(Math.max(0, year - startYear))).toDecimalPlaces(0));
}

function period(validFrom: string, validTo: string | null, who: Pick<EnrolmentRow, 'identity' | 'category'> & Partial<EnrolmentRow>): EnrolmentRow {
  return {
    validFrom,
    validTo,
    region: 'jiangmen',
    tiers: who.identity === 'employee' ? 'tier1_tier2' : 'tier1',
    assistance: 'none',
    status: 'active',
    enrolledOn: validFrom,
    employerName: null,
    ...who,
  };
}

function person(p: Omit<PersonFields, 'region'> & Partial<Pick<PersonFields, 'region'>>): PersonFields {
  return { region: 'jiangmen', lifetimeEntitled2017: false, crossRegionWorker: false, ...p };
}

const employees = (ctx: Ctx, spans: MonthlySpan[]) => spans.flatMap((s) => monthlyRecords(s, ctx.today, ctx.notes));
const residents = (ctx: Ctx, spec: Omit<ResidentYears, 'toYear' | 'region'> & Partial<ResidentYears>) =>
  residentRecords({ region: 'jiangmen', toYear: ctx.year, ...spec }, ctx.notes);
const choices = (ctx: Ctx, specs: ChoiceSpec[]) => specs.flatMap((s) => choiceRows(s, ctx.today));

const none = { transferredIn: [], veteran: null, filings: [], specialDiseases: [] };

/** A special-disease approval (class from the policy library's disease list). */
function specialDisease(code: DiseaseId, approvedFrom: string, approvedTo: string | null, institution: string): SpecialDiseaseRow {
  return { diseaseCode: code, diseaseClass: DISEASE_BY_ID.get(code)!.cls, approvedFrom, approvedTo, institutionId: id(institution) };
}

// ------------------------------------------------------------------------------ personas

export const PERSONAS: readonly PersonaDef[] = [
  {
    key: 'resident',
    name: '梁淑仪',
    idNumber: makeIdNumber('440703', '1979-04-16', 22),
    summary: {
      zh: '城乡居民身份一档：本市户籍无业居民（蓬江），自 2012 年参保；所选门诊机构被取消定点后当即改选；今年有二级医院住院和普通门诊。',
      en: 'Resident identity, tier 1: a local resident without work in Pengjiang, insured since 2012; re-chose her clinic at once when it lost its designation; a level-2 hospital stay and outpatient visits this year.',
    },
    build: (ctx) => ({
      person: person({
        name: '梁淑仪',
        sex: 'female',
        birthDate: '1979-04-16',
        hukouDistrict: '440703',
        retirementGroup: 'female_50',
        phone: '13700000101',
        address: '广东省江门市蓬江区潮连街道（演示地址）',
      }),
      enrolments: [period('2012-01-01', null, { identity: 'resident', category: 'resident', enrolledOn: '2011-11-14' })],
      contributions: residents(ctx, { fromYear: 2012, category: 'resident', assistance: () => 'none', payDay: 14 }),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: DESIGNATION_LOST_ID, on: '2018-01-01' }, afterDesignationLost: id('蓬江区环市街道社区卫生服务中心') },
      ]),
      ...none,
      care: {
        stays: [{ at: 0.45, days: 9, institution: '江门市江海区人民医院', inScope: [17000, 22000], outOfScope: [1500, 2500] }],
        visits: [
          { at: 0.1, clinic: 'primary', inScope: [80, 160] },
          { at: 0.3, clinic: 'primary', inScope: [60, 120] },
          { at: 0.85, clinic: 'primary', inScope: [90, 150], outOfScope: [10, 30] },
        ],
      },
    }),
  },
  {
    key: 'student',
    name: '陈浩然',
    idNumber: makeIdNumber('440704', '2006-09-08', 15),
    summary: {
      zh: '学生（城乡居民身份一档，大学在读，19 岁）：按学生缴费；今年在所选社区卫生服务中心看普通门诊。',
      en: 'A university student, 19 (resident identity, tier 1), contributing as a student; outpatient visits at his chosen community health centre this year.',
    },
    build: (ctx) => {
      const birthDate = addMonths(ctx.today, -(19 * 12 + 3));
      const fromYear = Math.max(2012, parts(birthDate).year + 6);
      return {
        person: person({
          name: '陈浩然',
          sex: 'male',
          birthDate,
          hukouDistrict: '440704',
          retirementGroup: 'male',
          phone: '13700000102',
          address: '广东省江门市江海区江南街道（演示地址）',
        }),
        enrolments: [period(`${fromYear}-01-01`, null, { identity: 'resident', category: 'student', enrolledOn: `${fromYear - 1}-11-20` })],
        contributions: residents(ctx, { fromYear, category: 'student', assistance: () => 'none', payDay: 20 }),
        choices: choices(ctx, [{ kind: 'primary', first: { institution: id('江海区江南街道社区卫生服务中心'), on: `${Math.max(2018, fromYear)}-01-01` } }]),
        ...none,
        care: {
          stays: [],
          visits: [
            { at: 0.2, clinic: 'primary', inScope: [50, 90] },
            { at: 0.7, clinic: 'primary', inScope: [120, 200] },
          ],
        },
      };
    },
  },
  {
    key: 'employee_legacy',
    name: '黄志强',
    idNumber: makeIdNumber('440705', '1976-02-11', 31),
    summary: {
      zh: '职工（一档+二档），2009 年 3 月起参加原职工医保，2017 年 7 月转入一档+二档：2018 年前参保，适用 20 年最低缴费年限；今年三级医院住院（住院统筹、大病保险、二档逐层支付），糖尿病特定病种门诊按月结算，门诊自付由个人账户支付。',
      en: 'Employee (tiers 1 + 2) in the old employee scheme from March 2009, tiers 1 + 2 from July 2017: insured before 2018, so the 20-year minimum applies; a level-3 hospital stay this year paid layer by layer (pooling, critical illness, tier 2), monthly special-disease outpatient care for diabetes, outpatient self-pay from the personal account.',
    },
    build: (ctx) => ({
      person: person({
        name: '黄志强',
        sex: 'male',
        birthDate: '1976-02-11',
        hukouDistrict: '440705',
        retirementGroup: 'male',
        personalAccountDec2016: '96.40',
        phone: '13700000103',
        address: '广东省江门市新会区会城街道（演示地址）',
      }),
      enrolments: [period('2009-03-01', null, { identity: 'employee', category: 'employee', employerName: '江门市新会区圭峰五金制品有限公司（演示）' })],
      contributions: employees(ctx, [{ from: '2009-03', to: monthAt(ctx, 0), category: 'employee', wage: wage('3200', 2009, '1.06'), payDay: 12 }]),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('新会区会城街道社区卫生服务中心'), on: '2018-01-01' } },
        { kind: 'other', first: { institution: id('江门市新会区人民医院'), on: '2018-01-01' }, changes: { 2021: id('江门市中心医院') } },
      ]),
      transferredIn: [],
      veteran: null,
      filings: [],
      specialDiseases: [specialDisease('diabetes', '2021-05-10', null, '新会区会城街道社区卫生服务中心')],
      care: {
        specialDisease: { diabetes: [320, 520] },
        stays: [{ at: 0.35, days: 14, institution: '江门市中心医院', inScope: [90000, 110000], outOfScope: [4000, 6000] }],
        visits: [
          { at: 0.08, clinic: 'primary', inScope: [150, 260] },
          { at: 0.2, clinic: 'other', referred: true, inScope: [300, 480] },
          { at: 0.6, clinic: 'primary', inScope: [100, 200] },
          { at: 0.8, clinic: 'other', inScope: [200, 400] },
        ],
      },
    }),
  },
  {
    key: 'employee_2019',
    name: '吴嘉欣',
    idNumber: makeIdNumber('440704', '1996-07-23', 48),
    summary: {
      zh: '职工（一档+二档），2019 年 7 月首次参保：首次参加二档在 2018 年后，适用 25 年最低缴费年限；选了基层门诊和一家非基层机构（10 月起已为明年改选）。',
      en: 'Employee (tiers 1 + 2) first insured in July 2019: first tier 2 after 2018, so the 25-year minimum applies; has a primary clinic and a non-primary institution (from October she has already changed the latter for next year).',
    },
    build: (ctx) => ({
      person: person({
        name: '吴嘉欣',
        sex: 'female',
        birthDate: '1996-07-23',
        hukouDistrict: '440704',
        retirementGroup: 'female_55',
        phone: '13700000104',
        address: '广东省江门市江海区外海街道（演示地址）',
      }),
      enrolments: [
        period('2019-07-01', null, {
          identity: 'employee',
          category: 'employee',
          enrolledOn: '2019-07-01',
          employerName: '江门市粤华电子科技有限公司（演示）',
        }),
      ],
      contributions: employees(ctx, [{ from: '2019-07', to: monthAt(ctx, 0), category: 'employee', wage: wage('4800', 2019, '1.05'), payDay: 10 }]),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('江海区外海街道社区卫生服务中心'), on: '2019-07-10' } },
        { kind: 'other', first: { institution: id('江门江海康和医院'), on: '2019-07-10' }, nextYear: id('江门市江海区人民医院') },
      ]),
      ...none,
      care: {
        stays: [],
        visits: [
          { at: 0.15, clinic: 'primary', inScope: [180, 260] },
          { at: 0.25, clinic: 'primary', inScope: [120, 220] },
          { at: 0.5, clinic: 'other', referred: true, inScope: [260, 420] },
          { at: 0.9, clinic: 'other', inScope: [150, 300] },
        ],
      },
    }),
  },
  {
    key: 'flexible',
    name: '张伟明',
    idNumber: makeIdNumber('440703', '1982-10-05', 57),
    summary: {
      zh: '灵活就业人员（职工身份）：曾断缴 5 个月（超过 3 个月，连续缴费时间从重新缴费当月重新计算，年度限额按 70%），另有一次 3 个月欠费已补缴、视为连续。',
      en: 'Flexible worker (employee identity): once 5 months in arrears (over 3 months, so continuous time restarted from the month of re-payment and the annual caps apply at 70 %), and once 3 months in arrears, back-paid and counted as continuous.',
    },
    build: (ctx) => {
      const longFrom = ctx.c - 22;
      const longTo = ctx.c - 18;
      const shortFrom = ctx.c - 9;
      const shortTo = ctx.c - 7;
      const backPaidOn = `${monthAt(ctx, -6)}-20`;
      const restartPaidOn = `${monthAt(ctx, -17)}-20`;
      return {
        person: person({
          name: '张伟明',
          sex: 'male',
          birthDate: '1982-10-05',
          hukouDistrict: '440703',
          retirementGroup: 'male',
          personalAccountDec2016: '76.80',
          phone: '13700000105',
          address: '广东省江门市蓬江区白沙街道（演示地址）',
        }),
        enrolments: [
          period('2013-05-01', '2019-12-31', { identity: 'employee', category: 'employee', employerName: '江门市华联物流有限公司（演示）' }),
          period('2020-01-01', lastOf(ctx, -23), { identity: 'employee', category: 'flexible', enrolledOn: '2020-01-06' }),
          period(firstOf(ctx, -22), lastOf(ctx, -18), { identity: 'employee', category: 'flexible', status: 'suspended', enrolledOn: '2020-01-06' }),
          period(firstOf(ctx, -17), null, { identity: 'employee', category: 'flexible', enrolledOn: restartPaidOn }),
        ],
        contributions: employees(ctx, [
          { from: '2013-05', to: '2019-12', category: 'employee', wage: wage('3000', 2013, '1.05'), payDay: 15 },
          {
            from: '2020-01',
            to: monthAt(ctx, 0),
            category: 'flexible',
            payDay: 20,
            payment: (m) => {
              const i = monthIndex(m);
              if (i >= longFrom && i <= longTo) return { status: 'arrears' };
              if (i >= shortFrom && i <= shortTo) return { status: 'back_paid', paidOn: backPaidOn };
              return undefined;
            },
          },
        ]),
        choices: choices(ctx, [
          { kind: 'primary', first: { institution: id('蓬江区白沙街道社区卫生服务中心'), on: '2018-01-01' } },
          { kind: 'other', first: { institution: id('江门蓬江仁和医院'), on: '2018-01-01' } },
        ]),
        ...none,
        care: {
          stays: [{ at: 0.55, days: 8, institution: '江门市江海区中医院', inScope: [14000, 20000], outOfScope: [800, 1500] }],
          visits: [{ at: 0.3, clinic: 'primary', inScope: [90, 180] }],
        },
      };
    },
  },
  {
    key: 'retiree',
    name: '林国华',
    idNumber: makeIdNumber('440784', '1958-05-20', 13),
    summary: {
      zh: '退休职工（2018 年 6 月退休）：累计缴费 22 年 5 个月，达到 20 年，终身享受待遇、不再缴费；个人账户按原办法每月划入；今年一级医院住院后按规定转诊到三级医院（起付标准连续计算）。',
      en: 'Retired employee (retired June 2018) with 22 years 5 months of contributions, over the 20-year minimum: lifetime benefits without further contributions; personal account credited monthly by the old method; a level-1 stay this year, then a referral to a level-3 hospital (deductible computed continuously).',
    },
    build: (ctx) => ({
      person: person({
        name: '林国华',
        sex: 'male',
        birthDate: '1958-05-20',
        hukouDistrict: '440784',
        retirementGroup: 'male',
        retiredOn: '2018-06-01',
        personalAccountDec2016: '101.20',
        personalAccountRetireeMonthly: '138.60',
        phone: '13700000106',
        address: '广东省江门市鹤山市沙坪街道（演示地址）',
      }),
      enrolments: [
        period('1996-01-01', '2018-05-31', { identity: 'employee', category: 'employee', employerName: '鹤山市雅瑶纺织有限公司（演示）' }),
        period('2018-06-01', null, { identity: 'employee', category: 'retiree', enrolledOn: '2018-06-01' }),
      ],
      contributions: employees(ctx, [{ from: '1996-01', to: '2018-05', category: 'employee', wage: wage('900', 1996, '1.07'), payDay: 15 }]),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('鹤山市沙坪街道社区卫生服务中心'), on: '2018-01-01' } },
        { kind: 'other', first: { institution: id('鹤山市人民医院'), on: '2018-01-01' } },
      ]),
      ...none,
      care: {
        stays: [
          {
            at: 0.4,
            days: 6,
            institution: '鹤山市古劳镇卫生院',
            inScope: [6000, 9000],
            outOfScope: [200, 500],
            then: { transfer: 'referral', institution: '江门市人民医院', days: 10, inScope: [30000, 42000], outOfScope: [1500, 3000] },
          },
        ],
        visits: [
          { at: 0.05, clinic: 'primary', inScope: [200, 320] },
          { at: 0.25, clinic: 'primary', inScope: [180, 300] },
          { at: 0.75, clinic: 'other', referred: true, inScope: [300, 500] },
        ],
      },
    }),
  },
  {
    key: 'near_retirement',
    name: '何建军',
    idNumber: makeIdNumber('440783', '1967-08-14', 35),
    summary: {
      zh: '职工，距法定退休年龄约两年，累计缴费年限不足 20 年（到退休时约差 5 年）：补缴情形（一次性或按月）。',
      en: 'Employee about two years from statutory retirement age whose contribution years fall short of 20 (about 5 years short at retirement): the top-up case (lump sum or monthly).',
    },
    build: (ctx) => {
      const { birthDate, retiresOn } = nearRetirementBirthDate(ctx.today, 24);
      // 15 years of contributions by retirement: 5 years short of the 20-year minimum (insured before 2018).
      const from = monthOfIndex(monthIndex(retiresOn) - 15 * 12);
      return {
        person: person({
          name: '何建军',
          sex: 'male',
          birthDate,
          hukouDistrict: '440783',
          retirementGroup: 'male',
          phone: '13700000107',
          address: '广东省江门市开平市水口镇（演示地址）',
        }),
        enrolments: [period(`${from}-01`, null, { identity: 'employee', category: 'employee', employerName: '开平市水口华艺卫浴有限公司（演示）' })],
        contributions: employees(ctx, [{ from, to: monthAt(ctx, 0), category: 'employee', wage: wage('2600', parts(`${from}-01`).year, '1.05'), payDay: 11 }]),
        choices: choices(ctx, [
          { kind: 'primary', first: { institution: id('开平市水口镇卫生院'), on: `${Math.max(2018, parts(`${from}-01`).year)}-01-01` } },
          { kind: 'other', first: { institution: id('开平市中医院'), on: `${Math.max(2018, parts(`${from}-01`).year)}-01-01` } },
        ]),
        ...none,
        care: { stays: [], visits: [{ at: 0.4, clinic: 'primary', inScope: [150, 250] }] },
      };
    },
  },
  {
    key: 'transferred_in',
    name: '刘思远',
    idNumber: makeIdNumber('440106', '1984-12-02', 71),
    summary: {
      zh: '转入职工：在广州参保多年后转入江门，本地实际缴费约 6 年（不足 10 年）；今年在广州未备案住院，基金支付比例减半。',
      en: 'Transferred-in employee: insured for years in Guangzhou, then in Jiangmen for about 6 years (fewer than the 10 local years required); an unregistered stay in Guangzhou this year, at halved fund ratios.',
    },
    build: (ctx) => {
      const localFrom = ctx.c - 75;
      const before = monthIndex('2006-07');
      return {
        person: person({
          name: '刘思远',
          sex: 'male',
          birthDate: '1984-12-02',
          hukouDistrict: '440703',
          retirementGroup: 'male',
          phone: '13700000108',
          address: '广东省江门市蓬江区环市街道（演示地址）',
        }),
        enrolments: [
          period(firstDayOfIndex(localFrom), null, { identity: 'employee', category: 'employee', employerName: '江门市建筑设计院有限公司（演示）' }),
        ],
        contributions: employees(ctx, [
          { from: monthOfIndex(localFrom), to: monthAt(ctx, 0), category: 'employee', wage: wage('8500', 2019, '1.04'), payDay: 14 },
        ]),
        transferredIn: [
          {
            fromMonth: '2006-07-01',
            toMonth: firstDayOfIndex(localFrom - 1),
            months: localFrom - before,
            origin: '广州市',
            originCode: '440100',
            acceptedOn: addDays(firstDayOfIndex(localFrom + 2), 9),
          },
        ],
        veteran: null,
        // A temporary out-of-town filing that ended long before this year's stay in Guangzhou.
        filings: [
          {
            kind: 'temporary',
            destination: '广东省广州市',
            destinationCode: '440100',
            validFrom: firstOf(ctx, -20),
            validTo: lastOf(ctx, -15),
            filedOn: addDays(firstOf(ctx, -20), -3),
            status: 'expired',
          },
        ],
        specialDiseases: [],
        choices: choices(ctx, [
          { kind: 'primary', first: { institution: id('蓬江区环市街道社区卫生服务中心'), on: firstDayOfIndex(localFrom) } },
          { kind: 'other', first: { institution: id('江门市五邑中医院'), on: firstDayOfIndex(localFrom) } },
        ]),
        care: {
          stays: [
            {
              at: 0.3,
              days: 7,
              institution: { name: '中山大学附属第一医院（广州，未办理异地就医备案）', level: 'level3' },
              outOfTown: 'unregistered',
              inScope: [28000, 38000],
              outOfScope: [2000, 4000],
            },
          ],
          visits: [{ at: 0.6, clinic: 'primary', inScope: [100, 200] }],
        },
      };
    },
  },
  {
    key: 'veteran',
    name: '郑志勇',
    idNumber: makeIdNumber('440781', '1975-03-28', 19),
    summary: {
      zh: '退役军人职工：1993 年 12 月至 2001 年 11 月服役 96 个月，按粤劳社发〔2007〕13号视同缴费年限；2002 年起参保；正在五邑中医院接受聚乙二醇干扰素治疗慢性丙肝（二类特定病种，每月一档 1500 元、二档 900 元）。',
      en: 'Veteran employee: 96 months of service (Dec 1993 – Nov 2001) deemed contribution years under 粤劳社发〔2007〕13号; insured since 2002; on peginterferon for chronic hepatitis C at Wuyi Hospital of TCM (special disease class 2: up to 1500 a month from tier 1 and 900 from tier 2).',
    },
    build: (ctx) => ({
      person: person({
        name: '郑志勇',
        sex: 'male',
        birthDate: '1975-03-28',
        hukouDistrict: '440781',
        retirementGroup: 'male',
        personalAccountDec2016: '88.10',
        phone: '13700000109',
        address: '广东省江门市台山市台城街道（演示地址）',
      }),
      enrolments: [period('2002-01-01', null, { identity: 'employee', category: 'employee', employerName: '台山市供电服务有限公司（演示）' })],
      contributions: employees(ctx, [{ from: '2002-01', to: monthAt(ctx, 0), category: 'employee', wage: wage('1500', 2002, '1.06'), payDay: 13 }]),
      transferredIn: [],
      veteran: {
        deemedMonths: 96,
        basis: '粤劳社发〔2007〕13号',
        serviceFrom: '1993-12-01',
        serviceTo: '2001-11-30',
        approvedOn: '2008-03-18',
      },
      filings: [],
      // A 48-week peginterferon course at one of the five designated hospitals (RULES §10).
      specialDiseases: [specialDisease('hepatitis_c_peg_ifn', firstOf(ctx, -5), addDays(firstOf(ctx, 7), -1), '江门市五邑中医院')],
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('台山市台城街道社区卫生服务中心'), on: '2018-01-01' } },
        { kind: 'other', first: { institution: id('台山市人民医院'), on: '2018-01-01' } },
      ]),
      care: {
        specialDisease: { hepatitis_c_peg_ifn: [2600, 3400] },
        stays: [],
        visits: [
          { at: 0.2, clinic: 'primary', inScope: [120, 220] },
          { at: 0.45, clinic: 'other', inScope: [200, 350] },
          { at: 0.8, clinic: 'primary', inScope: [100, 180] },
        ],
      },
    }),
  },
  {
    key: 'wubao',
    name: '伍炳坤',
    idNumber: makeIdNumber('440781', '1948-09-03', 11),
    summary: {
      zh: '农村五保供养对象（城乡居民一档，个人免缴费）：在镇卫生院住院不设起付标准，一级医院支付比例提高 10 个百分点。',
      en: 'Rural five-guarantee (五保) resident, tier 1, paying nothing himself: no deductible in hospital and 10 points more at level 1, shown by a township health-centre stay.',
    },
    build: (ctx) => ({
      person: person({
        name: '伍炳坤',
        sex: 'male',
        birthDate: '1948-09-03',
        hukouDistrict: '440781',
        retirementGroup: 'male',
        phone: null,
        address: '广东省江门市台山市水步镇（演示地址）',
      }),
      enrolments: [period('2010-01-01', null, { identity: 'resident', category: 'resident', assistance: 'wubao', enrolledOn: '2009-11-05' })],
      contributions: residents(ctx, { fromYear: 2010, category: 'resident', assistance: () => 'wubao', payDay: 5 }),
      choices: choices(ctx, [{ kind: 'primary', first: { institution: id('台山市水步镇卫生院'), on: '2018-01-01' }, madeBy: 'agent' }]),
      ...none,
      care: {
        stays: [{ at: 0.5, days: 12, institution: '台山市水步镇卫生院', inScope: [8000, 11000], outOfScope: [100, 300] }],
        visits: [
          { at: 0.15, clinic: 'primary', inScope: [60, 120] },
          { at: 0.7, clinic: 'primary', inScope: [80, 140] },
        ],
      },
    }),
  },
  {
    key: 'dibao',
    name: '谭秀珍',
    idNumber: makeIdNumber('440783', '1968-12-19', 26),
    summary: {
      zh: '最低生活保障对象（2019 年 3 月起，城乡居民一档，2020 年起个人免缴费）：今年在开平医共体内由开平市中心医院转回镇卫生院（视为一次住院），大病保险起赔线降低，医疗救助再付 70%。',
      en: 'Minimum-living-allowance (低保) resident since March 2019, tier 1, paying nothing herself since 2020: this year a stay at Kaiping Central Hospital continued at a township health centre of the same medical community (one hospitalisation), with the lower critical-illness threshold and 70 % medical assistance.',
    },
    build: (ctx) => ({
      person: person({
        name: '谭秀珍',
        sex: 'female',
        birthDate: '1968-12-19',
        hukouDistrict: '440783',
        retirementGroup: 'female_50',
        phone: '13700000111',
        address: '广东省江门市开平市塘口镇（演示地址）',
      }),
      enrolments: [
        period('2012-01-01', '2019-02-28', { identity: 'resident', category: 'resident', enrolledOn: '2011-11-09' }),
        period('2019-03-01', null, { identity: 'resident', category: 'resident', assistance: 'dibao', enrolledOn: '2019-03-01' }),
      ],
      contributions: residents(ctx, { fromYear: 2012, category: 'resident', assistance: (y) => (y >= 2020 ? 'dibao' : 'none'), payDay: 9 }),
      choices: choices(ctx, [{ kind: 'primary', first: { institution: id('开平市塘口镇卫生院'), on: '2018-01-01' } }]),
      ...none,
      care: {
        stays: [
          {
            at: 0.3,
            days: 11,
            institution: '开平市中心医院',
            inScope: [38000, 48000],
            outOfScope: [2000, 3500],
            then: { transfer: 'medical_community', institution: '开平市塘口镇卫生院', days: 8, inScope: [3000, 5000], outOfScope: [100, 300] },
          },
        ],
        visits: [{ at: 0.75, clinic: 'primary', inScope: [80, 160] }],
      },
    }),
  },
  {
    key: 'tekun',
    name: '冯振东',
    idNumber: makeIdNumber('440785', '1961-01-30', 39),
    summary: {
      zh: '特困供养人员（城乡居民一档，个人免缴费）：今年二级医院大额住院，大病保险起赔线为标准的 20%、比例更高且不设封顶，医疗救助再付 70%。',
      en: 'Person in extreme poverty (特困), resident tier 1, paying nothing himself: a costly level-2 stay this year, with critical illness from 20 % of the threshold at higher rates and no cap, then 70 % medical assistance.',
    },
    build: (ctx) => ({
      person: person({
        name: '冯振东',
        sex: 'male',
        birthDate: '1961-01-30',
        hukouDistrict: '440785',
        retirementGroup: 'male',
        phone: null,
        address: '广东省江门市恩平市大田镇（演示地址）',
      }),
      enrolments: [period('2012-01-01', null, { identity: 'resident', category: 'resident', assistance: 'tekun', enrolledOn: '2011-11-03' })],
      contributions: residents(ctx, { fromYear: 2012, category: 'resident', assistance: () => 'tekun', payDay: 3 }),
      choices: choices(ctx, [{ kind: 'primary', first: { institution: id('恩平市大田镇卫生院'), on: '2018-01-01' }, madeBy: 'agent' }]),
      ...none,
      care: {
        stays: [{ at: 0.4, days: 18, institution: '恩平市人民医院', inScope: [60000, 80000], outOfScope: [3000, 5000] }],
        visits: [{ at: 0.8, clinic: 'primary', inScope: [60, 120] }],
      },
    }),
  },
  {
    key: 'newborn',
    name: '周欣怡',
    idNumber: makeIdNumber('440703', '2025-09-01', 42),
    summary: {
      zh: '新生儿：出生后 3 个月内参保，待遇从出生之日起享受（跨年出生的缴两个年度）；选了市妇幼保健院（儿童专科）作为门诊机构。',
      en: "A newborn enrolled within 3 months of birth, so covered from the day of birth (one born late in a year pays both years); her outpatient clinic is the city maternal and child health hospital (the children's specialist).",
    },
    build: (ctx) => {
      const birthDate = addDays(ctx.today, -80);
      const enrolledOn = addDays(birthDate, 30);
      return {
        person: person({
          name: '周欣怡',
          sex: 'female',
          birthDate,
          hukouDistrict: '440703',
          retirementGroup: 'female_55',
          phone: '13700000113',
          address: '广东省江门市蓬江区环市街道（演示地址）',
        }),
        enrolments: [period(birthDate, null, { identity: 'resident', category: 'resident', enrolledOn })],
        contributions: residents(ctx, {
          fromYear: parts(birthDate).year,
          category: 'resident',
          assistance: () => 'none',
          payDay: 20,
          first: { month: birthDate.slice(0, 7), paidOn: enrolledOn },
        }),
        choices: choices(ctx, [{ kind: 'primary', first: { institution: id('江门市妇幼保健院'), on: enrolledOn }, madeBy: 'agent' }]),
        ...none,
        care: { from: enrolledOn, stays: [], visits: [{ at: 0.5, clinic: 'primary', inScope: [90, 180] }] },
      };
    },
  },
  {
    key: 'shaoyang',
    name: '刘桂兰',
    idNumber: makeIdNumber('430502', '1970-06-18', 84),
    summary: {
      zh: '邵阳市城乡居民（双清区）：缴费时选定村卫生室，2022 年改选镇卫生院；普通门诊 70%，每年 600 元、每天 60 元。',
      en: 'Shaoyang resident (Shuangqing district): chose a village clinic when paying, changed to the township health centre for 2022; general outpatient at 70 %, up to 600 a year and 60 a day.',
    },
    build: (ctx) => ({
      person: person({
        name: '刘桂兰',
        sex: 'female',
        birthDate: '1970-06-18',
        region: 'shaoyang',
        hukouDistrict: '430502',
        retirementGroup: 'female_50',
        phone: '13700000114',
        address: '湖南省邵阳市双清区渡头桥镇（演示地址）',
      }),
      enrolments: [{ ...period('2018-01-01', null, { identity: 'resident', category: 'resident', enrolledOn: '2017-11-16' }), region: 'shaoyang' }],
      contributions: residentRecords(
        { region: 'shaoyang', fromYear: 2018, toYear: ctx.year, category: 'resident', assistance: () => 'none', payDay: 16 },
        ctx.notes,
      ),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('双清区渡头桥镇新滩村卫生室'), on: '2018-01-01' }, changes: { 2022: id('邵阳市双清区渡头桥镇卫生院') } },
      ]),
      ...none,
      care: {
        stays: [],
        visits: [
          { at: 0.1, clinic: 'primary', inScope: [40, 90] },
          { at: 0.35, clinic: 'primary', inScope: [90, 130] },
          { at: 0.6, clinic: 'primary', inScope: [60, 100] },
          { at: 0.85, clinic: 'primary', inScope: [70, 110] },
        ],
      },
    }),
  },
  {
    key: 'low_income',
    name: '甘秀莲',
    idNumber: makeIdNumber('440784', '1955-02-14', 62),
    summary: {
      zh: '低收入家庭成员，60 岁以上（城乡居民一档，2021 年起个人免缴费）：今年二级医院住院，医疗救助再付 70%。',
      en: 'Member of a low-income family aged over 60 (resident tier 1, paying nothing herself since 2021): a level-2 stay this year with 70 % medical assistance.',
    },
    build: (ctx) => ({
      person: person({
        name: '甘秀莲',
        sex: 'female',
        birthDate: '1955-02-14',
        hukouDistrict: '440784',
        retirementGroup: 'female_50',
        phone: '13700000115',
        address: '广东省江门市鹤山市古劳镇（演示地址）',
      }),
      enrolments: [
        period('2012-01-01', '2020-12-31', { identity: 'resident', category: 'resident', enrolledOn: '2011-11-18' }),
        period('2021-01-01', null, { identity: 'resident', category: 'resident', assistance: 'low_income', enrolledOn: '2020-11-18' }),
      ],
      contributions: residents(ctx, {
        fromYear: 2012,
        category: 'resident',
        assistance: (y) => (y >= 2021 ? 'low_income' : 'none'),
        // A member of a low-income family aged 60 or over (JM-UR 二(三)1).
        lowIncomeQualifies: true,
        payDay: 18,
      }),
      choices: choices(ctx, [{ kind: 'primary', first: { institution: id('鹤山市古劳镇卫生院'), on: '2018-01-01' } }]),
      ...none,
      care: {
        stays: [{ at: 0.6, days: 10, institution: '鹤山市人民医院', inScope: [24000, 32000], outOfScope: [1200, 2200] }],
        visits: [{ at: 0.2, clinic: 'primary', inScope: [90, 160] }],
      },
    }),
  },
  {
    key: 'unemployed',
    name: '区伟杰',
    idNumber: makeIdNumber('440704', '1988-04-09', 93),
    summary: {
      zh: '领取失业保险金的失业人员（职工身份）：三个月前失业，一档+二档费用由失业保险基金缴纳，待遇从申领当月 1 日起。',
      en: 'Unemployed person receiving unemployment benefit (employee identity): out of work since three months ago; the unemployment fund pays tiers 1 + 2, with benefits from the 1st of the month of applying.',
    },
    build: (ctx) => ({
      person: person({
        name: '区伟杰',
        sex: 'male',
        birthDate: '1988-04-09',
        hukouDistrict: '440704',
        retirementGroup: 'male',
        personalAccountDec2016: '70.40',
        phone: '13700000116',
        address: '广东省江门市江海区礼乐街道（演示地址）',
      }),
      enrolments: [
        period('2015-03-01', lastOf(ctx, -4), { identity: 'employee', category: 'employee', employerName: '江门市江海区恒通机械有限公司（演示）' }),
        period(firstOf(ctx, -3), null, { identity: 'employee', category: 'unemployed', enrolledOn: addDays(firstOf(ctx, -3), 4) }),
      ],
      contributions: employees(ctx, [
        { from: '2015-03', to: monthAt(ctx, -4), category: 'employee', wage: wage('4200', 2015, '1.05'), payDay: 12 },
        { from: monthAt(ctx, -3), to: monthAt(ctx, 0), category: 'unemployed', payDay: 8 },
      ]),
      choices: choices(ctx, [
        { kind: 'primary', first: { institution: id('江海区礼乐街道社区卫生服务中心'), on: '2018-01-01' } },
        { kind: 'other', first: { institution: id('江门市江海区中医院'), on: '2018-01-01' } },
      ]),
      ...none,
      care: {
        stays: [],
        visits: [
          { at: 0.3, clinic: 'primary', inScope: [100, 200] },
          { at: 0.9, clinic: 'primary', inScope: [120, 220] },
        ],
      },
    }),
  },
];
