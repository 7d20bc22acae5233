/**
 * Clinic choice 门诊选点 (RULES §8; JM-UR 二(四)1(3), 二(四)2(3); SY-OP 四(三)1): the codes of a
 * choice record — which clinic, who made it, why. "Every choice and change is recorded: who,
 * when, for which year, from, to, and why."
 */
import type { Bilingual } from '../../core/text';

/** The primary-care clinic (tier 1, everyone) and the other, non-primary-care institution (tier 2). */
export const CLINIC_KINDS = ['primary', 'other'] as const;
export type ClinicKind = (typeof CLINIC_KINDS)[number];
export const CLINIC_KIND_LABELS = {
  primary: { zh: '基层定点医疗机构（门诊选点）', en: 'primary-care clinic' },
  other: { zh: '其他选定医疗机构（非基层）', en: 'other chosen institution (not primary care)' },
} as const satisfies Record<ClinicKind, Bilingual>;

export const CHOICE_ACTORS = ['resident', 'agent', 'fund_office', 'system'] as const;
export type ChoiceActor = (typeof CHOICE_ACTORS)[number];
export const CHOICE_ACTOR_LABELS = {
  resident: { zh: '本人', en: 'the resident' },
  agent: { zh: '受托人代办', en: 'an agent with consent' },
  fund_office: { zh: '医保经办机构', en: 'the medical-insurance office' },
  system: { zh: '系统自动', en: 'automatically' },
} as const satisfies Record<ChoiceActor, Bilingual>;

export const CHOICE_REASONS = ['first_choice', 'annual_change', 'carried_over', 'designation_lost', 'fund_office_correction'] as const;
export type ChoiceReason = (typeof CHOICE_REASONS)[number];
export const CHOICE_REASON_LABELS = {
  first_choice: { zh: '首次选点', en: 'first choice' },
  annual_change: { zh: '年度变更（10 月 1 日至 12 月 31 日）', en: 'yearly change (1 October to 31 December)' },
  carried_over: { zh: '未变更，自动延续', en: 'carried over (no change made)' },
  designation_lost: { zh: '原机构取消定点，重新选择', en: 'chosen again: the institution lost its designation' },
  fund_office_correction: { zh: '经办机构更正', en: 'corrected by the medical-insurance office' },
} as const satisfies Record<ChoiceReason, Bilingual>;
