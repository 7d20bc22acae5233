/** Who paid a month's contribution (RULES §2; JM-UR 二(三)1–2). */
import type { Bilingual } from '../../core/text';

/**
 * `employer_and_person`: an employee's month (employer part + personal part); `person`: flexible
 * workers and the self-employed pay it all; `unemployment_fund`: for people receiving
 * unemployment benefit; `government`: a difficult resident's fully subsidised individual part
 * (JM-UR 二(三)1).
 */
export const CONTRIBUTION_PAYERS = ['employer_and_person', 'person', 'unemployment_fund', 'government'] as const;
export type ContributionPayer = (typeof CONTRIBUTION_PAYERS)[number];
export const CONTRIBUTION_PAYER_LABELS = {
  employer_and_person: { zh: '单位和个人', en: 'employer and employee' },
  person: { zh: '本人', en: 'yourself' },
  unemployment_fund: { zh: '失业保险基金', en: 'the unemployment insurance fund' },
  government: { zh: '政府资助', en: 'government subsidy' },
} as const satisfies Record<ContributionPayer, Bilingual>;

/** Who pays an employee-identity month (a resident's subsidy is the fourth payer, `government`). */
export const MONTHLY_PAYERS = ['employer_and_person', 'person', 'unemployment_fund'] as const satisfies readonly ContributionPayer[];
export type MonthlyPayer = (typeof MONTHLY_PAYERS)[number];
