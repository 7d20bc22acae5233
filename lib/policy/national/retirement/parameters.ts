/**
 * The statutory retirement age (RULES §5; national law, outside the seeds: decision of the NPC
 * Standing Committee of 2024-09-13, in force 2025-01-01), as dated rules.
 */
import { cite, NATIONAL_RETIREMENT } from '../../core/documents';
import { defineValueParameter, type Bilingual } from '../../core';

/** The citation of every retirement step: "RULES §5 national retirement age". */
export const RETIREMENT_CITATION = cite(NATIONAL_RETIREMENT, 'national retirement age');

/** The original statutory retirement-age groups: men 60, women cadres 55, women workers 50. */
export const RETIREMENT_GROUPS = ['male', 'female_55', 'female_50'] as const;
export type RetirementGroup = (typeof RETIREMENT_GROUPS)[number];

export type RetirementRule =
  /** Before 2025: the original ages, no delay. */
  | { kind: 'original'; originalYears: Readonly<Record<RetirementGroup, number>> }
  /** From 2025-01-01: the gradual delay. */
  | {
      kind: 'gradual';
      groups: Readonly<Record<RetirementGroup, { originalYears: number; baseYear: number; stepMonths: number; capMonths: number }>>;
      earlierMonths: number;
      laterMonths: number;
    };

export const retirementRule = defineValueParameter<RetirementRule>({
  key: 'national.retirement.statutory_age',
  label: { zh: '法定退休年龄', en: 'Statutory retirement age' },
  unit: 'table',
  citation: RETIREMENT_CITATION,
  source: `${NATIONAL_RETIREMENT.key}: ${NATIONAL_RETIREMENT.short} (${NATIONAL_RETIREMENT.issued}, in force 2025-01-01)`,
  values: {
    // The original ages (men 60, women cadres 55, women workers 50), from the State Council's
    // 1978 interim rules on the retirement of workers.
    '1978-06-02': {
      value: { kind: 'original', originalYears: { male: 60, female_55: 55, female_50: 50 } },
      source: '国务院关于工人退休、退职的暂行办法 (1978)',
    },
    '2025-01-01': {
      kind: 'gradual',
      groups: {
        male: { originalYears: 60, baseYear: 1965, stepMonths: 4, capMonths: 36 },
        female_55: { originalYears: 55, baseYear: 1970, stepMonths: 4, capMonths: 36 },
        female_50: { originalYears: 50, baseYear: 1975, stepMonths: 2, capMonths: 60 },
      },
      earlierMonths: 36,
      laterMonths: 36,
    },
  },
});

export const RETIREMENT_GROUP_LABELS = {
  male: { zh: '男职工', en: 'men' },
  female_55: { zh: '原法定退休年龄 55 周岁的女职工', en: 'women whose original retirement age is 55' },
  female_50: { zh: '原法定退休年龄 50 周岁的女职工', en: 'women whose original retirement age is 50' },
} as const satisfies Record<RetirementGroup, Bilingual>;
