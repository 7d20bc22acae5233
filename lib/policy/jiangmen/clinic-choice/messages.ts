/** Explanation texts of the clinic-choice rules (RULES.md §8), zh first. Each refusal is one message with its clause. */
import { message } from '../../core';
import { INSTITUTION_LEVEL_LABELS, type InstitutionLevel } from '../institutions';
import { REGION_LABELS, type Region } from '../insured-person';
import { CLINIC_KIND_LABELS, type ClinicKind } from './codes';

const region = (r: string) => REGION_LABELS[r as Region];
const level = (l: string) => INSTITUTION_LEVEL_LABELS[l as InstitutionLevel];

export const windowOpenMessage = message<{ opens: string; closes: string; year: string; effective: string; daysLeft: string }>(
  'clinic_choice.window.open',
  'JM-UR 二(四)1(3)',
  (a) =>
    `现在是选点时间（${a.opens} 至 ${a.closes}）：可以选择或变更 ${a.year} 年的门诊选点，从 ${a.effective} 起生效；还剩 ${a.daysLeft} 天。不办理的，今年的选点自动延续到明年。`,
  (a) =>
    `The choosing period is open (${a.opens} to ${a.closes}): you can choose or change your clinic for ${a.year}, in force from ${a.effective}; ${a.daysLeft} days left. If you do nothing, this year's choice carries over.`,
);

export const windowClosedMessage = message<{ opens: string; closes: string; year: string }>(
  'clinic_choice.window.closed',
  'JM-UR 二(四)1(3)',
  (a) => `门诊选点原则上一年一定。${a.year} 年的选点可以在 ${a.opens} 至 ${a.closes} 办理，从 ${a.year} 年 1 月 1 日起生效；不办理的自动延续。`,
  (a) =>
    `The clinic choice holds for the insurance year. The choice for ${a.year} can be made from ${a.opens} to ${a.closes}, in force from 1 January ${a.year}; if you do nothing, it carries over.`,
);

export const firstChoiceMessage = message<{ date: string; year: string }>(
  'clinic_choice.first',
  'JM-UR 二(四)1(3)',
  (a) => `您 ${a.year} 年还没有选定这类机构：首次选点可以随时办理，从 ${a.date} 当天起生效。`,
  (a) => `You have no institution of this kind for ${a.year}: a first choice can be made at any time and is in force from ${a.date}.`,
);

export const designationLostMessage = message<{ date: string; year: string }>(
  'clinic_choice.designation_lost',
  'JM-UR 二(四)1(3)',
  (a) => `您选定的机构已取消医保定点：可以马上重新选择，从 ${a.date} 当天起生效（门诊额度跟人走，不受影响）。`,
  (a) => `Your chosen institution has lost its designation: you may choose again at once, in force from ${a.date} (the quota is yours and is not affected).`,
);

export const shaoyangMessage = message<Record<string, never>>(
  'clinic_choice.shaoyang',
  'SY-OP 四(三)1',
  () =>
    '邵阳参保居民在缴费时从统筹区公布的定点基层医疗卫生机构名单中自愿选择一家村卫生室、乡镇卫生院或社区卫生服务中心，原则上一年一定；未选择的，默认户籍所在地的基层机构；未办理变更的自动续期。',
  () =>
    'Shaoyang residents choose, when paying their contribution, one village clinic, township health centre or community health centre from the published list of designated primary institutions, in principle for a year; without a choice, the primary institution of their registered residence applies; with no change, the choice renews automatically.',
);

export const allowedMessage = message<{ kind: string; name: string; year: string; effective: string }>(
  'clinic_choice.allowed',
  'JM-UR 二(四)1(3)',
  (a) => `可以选择「${a.name}」作为${CLINIC_KIND_LABELS[a.kind as ClinicKind].zh}，用于 ${a.year} 年，从 ${a.effective} 起生效。`,
  (a) => `"${a.name}" can be chosen as your ${CLINIC_KIND_LABELS[a.kind as ClinicKind].en} for ${a.year}, in force from ${a.effective}.`,
);

// ---- refusals ----------------------------------------------------------------------------

export const notDesignatedMessage = message<{ name: string }>(
  'clinic_choice.refused.not_designated',
  'JM-UR 二(四)1(3)',
  (a) => `「${a.name}」现在不是医保定点医疗机构，不能选择。`,
  (a) => `"${a.name}" is not a designated institution now and cannot be chosen.`,
);

export const otherRegionMessage = message<{ name: string; region: string; institutionRegion: string }>(
  'clinic_choice.refused.other_region',
  'JM-UR 二(四)1(3)',
  (a) => `您在${region(a.region).zh}参保，只能选择${region(a.region).zh}的定点医疗机构；「${a.name}」在${region(a.institutionRegion).zh}。`,
  (a) => `You are insured in ${region(a.region).en} and can choose only designated institutions there; "${a.name}" is in ${region(a.institutionRegion).en}.`,
);

export const primaryNotPrimaryCareMessage = message<{ name: string; level: string }>(
  'clinic_choice.refused.primary_not_primary_care',
  'JM-UR 二(四)1(3)',
  (a) => `门诊选点必须是基层定点医疗机构（社区卫生服务中心、乡镇卫生院等）。「${a.name}」是${level(a.level).zh}医院，不是基层医疗机构，不能作为基层选点。`,
  (a) =>
    `The primary clinic must be a primary-care designated institution (a community health centre, a township health centre…). "${a.name}" is a ${level(a.level).en} hospital, not primary care, so it cannot be your primary clinic.`,
);

export const shaoyangPrimaryMessage = message<{ name: string }>(
  'clinic_choice.refused.shaoyang_not_primary',
  'SY-OP 四(三)1',
  (a) => `邵阳参保居民只能选择村卫生室、乡镇卫生院或社区卫生服务中心；「${a.name}」不是定点基层医疗卫生机构。`,
  (a) =>
    `Shaoyang residents can choose only a village clinic, township health centre or community health centre; "${a.name}" is not a designated primary institution.`,
);

export const otherIsPrimaryCareMessage = message<{ name: string }>(
  'clinic_choice.refused.other_is_primary_care',
  'JM-UR 二(四)2(3)',
  (a) => `二档的其他选定医疗机构必须是非基层定点医疗机构；「${a.name}」是基层医疗机构，只能作为基层选点。`,
  (a) => `The tier-2 other chosen institution must not be a primary-care institution; "${a.name}" is primary care and can only be a primary clinic.`,
);

export const otherNeedsTier2Message = message<Record<string, never>>(
  'clinic_choice.refused.other_needs_tier2',
  'JM-UR 二(四)2(3)',
  () => '只有参加二档（职工身份）的人员，才可以再选一家非基层定点医疗机构。',
  () => 'Only people in tier 2 (employee identity) may add a non-primary-care institution.',
);

export const outsideWindowMessage = message<{ opens: string; closes: string; year: string }>(
  'clinic_choice.refused.outside_window',
  'JM-UR 二(四)1(3)',
  (a) => `现在不在选点时间。门诊选点原则上一年一定，${a.year} 年的选点要在 ${a.opens} 至 ${a.closes} 办理。`,
  (a) => `It is not the choosing period now. The clinic choice holds for the year; the choice for ${a.year} is made from ${a.opens} to ${a.closes}.`,
);

export const alreadyChosenMessage = message<{ year: string; name: string }>(
  'clinic_choice.refused.already_chosen',
  'JM-UR 二(四)1(3)',
  (a) => `${a.year} 年的选点已经办理（「${a.name}」），原则上一年一定；如需更正，请到医保经办机构办理。`,
  (a) => `Your choice for ${a.year} is already made ("${a.name}") and holds for the year; to correct it, contact the medical-insurance office.`,
);

export const sameAsCurrentMessage = message<{ name: string; year: string }>(
  'clinic_choice.refused.same_as_current',
  'JM-UR 二(四)1(3)',
  (a) => `「${a.name}」已经是您 ${a.year} 年的选点，不用再办理；不办理的会自动延续。`,
  (a) => `"${a.name}" is already your choice for ${a.year}; nothing to do (it carries over by itself).`,
);
