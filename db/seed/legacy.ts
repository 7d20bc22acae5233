/**
 * ILLUSTRATIVE figures for contribution months before the 2017-07-01 unification (old 职工医保
 * and old 城乡医保, JM-UR 三(一)). The policy library starts on 2017-07-01 and the seed documents
 * give no earlier rates, so these numbers are made up for the demo: plausible, not published.
 * They only fill the `legacy_employee` / `legacy_resident` records that make long histories
 * (the 20-year rule, the veteran, the retiree) real. Nothing computes benefits from them.
 */
import { Dec, money, round2 } from '../../lib/policy/core';

/** Old 职工医保, illustrative: employer 6.5 %, employee 2 % of the base. */
export const LEGACY_EMPLOYEE_RATES = { employer: '0.0650', personal: '0.0200' } as const;

/** Old 职工医保 minimum monthly base by year, illustrative (2017 is the unified rules' 2906). */
const LEGACY_EMPLOYEE_MINIMUM_BASE: Readonly<Record<number, string>> = {
  1996: '600',
  1997: '650',
  1998: '700',
  1999: '750',
  2000: '800',
  2001: '860',
  2002: '920',
  2003: '990',
  2004: '1060',
  2005: '1140',
  2006: '1230',
  2007: '1330',
  2008: '1450',
  2009: '1560',
  2010: '1680',
  2011: '1820',
  2012: '1980',
  2013: '2150',
  2014: '2330',
  2015: '2520',
  2016: '2700',
  2017: '2906',
};

/** Old 城乡医保 individual contribution per person per year, illustrative. */
const LEGACY_RESIDENT_YEARLY: Readonly<Record<number, string>> = {
  2008: '20',
  2009: '30',
  2010: '40',
  2011: '50',
  2012: '60',
  2013: '70',
  2014: '90',
  2015: '120',
  2016: '150',
};

export interface LegacyEmployeeMonth {
  base: string;
  employerRate: string;
  personalRate: string;
  employer: string;
  personal: string;
}

/** One old-scheme employee month: the base is the wage, at least the (illustrative) minimum. */
export function legacyEmployeeMonth(year: number, wage: string | undefined): LegacyEmployeeMonth {
  const minimum = LEGACY_EMPLOYEE_MINIMUM_BASE[year];
  if (minimum === undefined) throw new Error(`no illustrative legacy employee base for ${year}`);
  const base = wage !== undefined && new Dec(wage).gt(minimum) ? new Dec(wage) : new Dec(minimum);
  return {
    base: money(base),
    employerRate: LEGACY_EMPLOYEE_RATES.employer,
    personalRate: LEGACY_EMPLOYEE_RATES.personal,
    employer: money(round2(base.times(LEGACY_EMPLOYEE_RATES.employer))),
    personal: money(round2(base.times(LEGACY_EMPLOYEE_RATES.personal))),
  };
}

/** One old-scheme resident year's individual contribution (illustrative). */
export function legacyResidentYear(year: number): string {
  const amount = LEGACY_RESIDENT_YEARLY[year];
  if (amount === undefined) throw new Error(`no illustrative legacy resident contribution for ${year}`);
  return money(new Dec(amount));
}
