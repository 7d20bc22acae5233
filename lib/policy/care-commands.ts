/** Commands for care: hospital stays, outpatient visits and quotas, special diseases. */
import { defineCommand, type PolicyCommand } from './core/command';
import { estimateInpatient } from './jiangmen/inpatient/inpatient';
import { inpatientRequestSchema } from './jiangmen/inpatient/schema';
import { estimateOutpatient } from './jiangmen/outpatient/outpatient';
import { outpatientQuota } from './jiangmen/outpatient/quota';
import { outpatientRequestSchema, quotaRequestSchema } from './jiangmen/outpatient/schema';
import { estimateSpecialDisease } from './jiangmen/special-disease/special-disease';
import { specialDiseaseRequestSchema } from './jiangmen/special-disease/schema';

export const inpatientCommand = defineCommand({
  name: 'inpatient',
  summary: {
    zh: '住院费用估算（江门）：起付标准、一档统筹、大病保险、二档、医疗救助和个人自付，附计算说明。',
    en: 'Hospital stay estimate (Jiangmen): deductible, tier-1 pooling, critical illness, tier 2, assistance and out-of-pocket, with the explanation.',
  },
  schema: inpatientRequestSchema,
  run: estimateInpatient,
});

export const outpatientCommand = defineCommand({
  name: 'outpatient',
  summary: {
    zh: '普通门诊一次就诊的基金支付（江门或邵阳，按 region 区分）和剩余额度。',
    en: 'General outpatient visit: fund payment and what is left in the pools (Jiangmen or Shaoyang, by region).',
  },
  schema: outpatientRequestSchema,
  run: estimateOutpatient,
});

export const outpatientQuotaCommand = defineCommand({
  name: 'outpatient-quota',
  summary: {
    zh: '江门普通门诊额度：某一天各额度还剩多少，逐月列出结转情况。',
    en: 'Jiangmen outpatient quotas at a date: what is left in each pool, month by month with carry-over.',
  },
  schema: quotaRequestSchema,
  run: outpatientQuota,
});

export const specialDiseaseCommand = defineCommand({
  name: 'special-disease',
  summary: {
    zh: '江门特定病种门诊一个月的基金支付（一至四类）。',
    en: 'Jiangmen special-disease outpatient costs for one month (classes 1–4).',
  },
  schema: specialDiseaseRequestSchema,
  run: estimateSpecialDisease,
});

export const careCommands: readonly PolicyCommand[] = [inpatientCommand, outpatientCommand, outpatientQuotaCommand, specialDiseaseCommand];
