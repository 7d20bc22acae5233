/**
 * The documents the rules cite (RULES.md, "Citation keys"): one constant per document, so that
 * a parameter's source, a step's citation and the explanation shown to a resident name a
 * document the same way everywhere. A citation is `<key> <clause>`, e.g. `JM-UR 二(四)1(1)`.
 */
import type { Bilingual } from './text';

export interface PolicyDocument {
  /** Citation key used in RULES.md and in every step's `citation`, e.g. "JM-UR". */
  key: string;
  /** Document number as issued, e.g. 江府办〔2017〕20号 (null when it has none). */
  number: string | null;
  title: Bilingual;
  issuer: Bilingual;
  /** Date of issue (ISO). */
  issued: string;
  /** File in shared/seeds/ holding the Chinese original. */
  seed: string;
  /** Set for documents issued as a trial (SY-OP: one year). */
  trial?: Bilingual;
}

export const JM_UR: PolicyDocument = {
  key: 'JM-UR',
  number: '江府办〔2017〕20号',
  title: { zh: '江门市基本医疗保险城乡一体化改革方案', en: 'Jiangmen plan for unifying urban and rural basic medical insurance' },
  issuer: { zh: '江门市人民政府办公室', en: 'General Office of the Jiangmen Municipal Government' },
  issued: '2017-05-11',
  seed: '002_ce61af0439604804.txt',
};

export const JM_PAY: PolicyDocument = {
  key: 'JM-PAY',
  number: '江人社发〔2016〕440号',
  title: { zh: '江门市基本医疗保险付费方式改革试行方案', en: 'Jiangmen trial plan for reforming basic medical insurance payment methods' },
  issuer: {
    zh: '江门市人力资源和社会保障局、江门市财政局、江门市卫生和计划生育局',
    en: 'Jiangmen Human Resources and Social Security Bureau, Finance Bureau and Health and Family Planning Bureau',
  },
  issued: '2016-10-24',
  seed: '000_47bdbd3d90447689.txt',
};

export const JM_14: PolicyDocument = {
  key: 'JM-14',
  number: null,
  title: { zh: '江门市医疗保障事业发展“十四五”规划', en: "Jiangmen's 14th five-year plan for medical security" },
  issuer: { zh: '江门市医疗保障局', en: 'Jiangmen Medical Security Bureau' },
  issued: '2021-01-01',
  seed: '001_f09211e82d11d68e.txt',
};

export const GD_MC: PolicyDocument = {
  key: 'GD-MC',
  number: '粤医保发〔2025〕15号',
  title: {
    zh: '关于全面开展紧密型县域医共体医保支付改革的通知',
    en: 'Notice on reforming medical-insurance payment for tight county medical communities (Guangdong)',
  },
  issuer: { zh: '广东省医疗保障局、广东省卫生健康委员会', en: 'Guangdong Medical Security Bureau and Health Commission' },
  issued: '2025-01-01',
  seed: '003_7b50b1c18d98c79d.txt',
};

export const SY_OP: PolicyDocument = {
  key: 'SY-OP',
  number: '邵医保发〔2019〕17号',
  title: {
    zh: '邵阳市城乡居民基本医疗保险普通门诊统筹实施方案',
    en: 'Shaoyang plan for general outpatient pooling of resident basic medical insurance',
  },
  issuer: { zh: '邵阳市医疗保障局、邵阳市财政局、邵阳市卫生健康委员会', en: 'Shaoyang Medical Security Bureau, Finance Bureau and Health Commission' },
  issued: '2019-10-30',
  seed: '004_595683642e1a5aed.txt',
  trial: { zh: '试行期一年', en: 'issued as a one-year trial' },
};

/** Rules outside the seeds that RULES.md digests (national retirement age, RULES §5). */
export const NATIONAL_RETIREMENT: PolicyDocument = {
  key: 'RULES §5',
  number: null,
  title: {
    zh: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024-09-13）',
    en: 'Decision of the NPC Standing Committee on gradually raising the statutory retirement age (13 Sep 2024)',
  },
  issuer: { zh: '全国人民代表大会常务委员会', en: 'Standing Committee of the National People’s Congress' },
  issued: '2024-09-13',
  seed: '',
};

export const DOCUMENTS: readonly PolicyDocument[] = [JM_UR, JM_PAY, JM_14, GD_MC, SY_OP, NATIONAL_RETIREMENT];

/** A citation string for a clause of a document: `cite(JM_UR, '二(四)1(1)')` → "JM-UR 二(四)1(1)". */
export function cite(document: PolicyDocument, clause: string): string {
  return clause ? `${document.key} ${clause}` : document.key;
}

/** Splits a citation into its document and clause ("JM-UR 二(四)1(1)" → JM_UR, "二(四)1(1)"). */
export function parseCitation(citation: string): { document: PolicyDocument | null; clause: string } {
  for (const d of DOCUMENTS) {
    if (citation === d.key) return { document: d, clause: '' };
    if (citation.startsWith(`${d.key} `)) return { document: d, clause: citation.slice(d.key.length + 1) };
  }
  return { document: null, clause: citation };
}
