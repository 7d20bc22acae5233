/**
 * The 28 special diseases 特定病种 of JM-UR 附表 (RULES.md §10), in four classes, with the
 * restrictions of the table's notes (说明 5–7).
 */
import type { Bilingual } from '../../core';

export type DiseaseClass = 1 | 2 | 3 | 4;

export interface Disease {
  id: string;
  cls: DiseaseClass;
  name: Bilingual;
  /** 说明5: "仅限城乡居民身份参保人". */
  residentOnly?: true;
  /** 说明6–7: only paid at certain institutions (stated in the explanation; not checked). */
  where?: Bilingual;
}

const TB_WHERE = { zh: '须在江门市肺结核专科防治门诊定点医疗机构就诊', en: "only at Jiangmen's tuberculosis specialist outpatient institutions" };
const MENTAL_WHERE = {
  zh: '须在精神专科门诊定点医疗机构或定点综合医院精神专科就诊',
  en: 'only at psychiatric outpatient institutions or the psychiatric department of a designated general hospital',
};
const SEVERE_MENTAL_WHERE = {
  zh: '限精神分裂症等 6 种重性精神疾病；须在精神专科门诊定点医疗机构、定点综合医院精神专科或经批准的非定点医疗机构就诊',
  en: 'the six named severe mental disorders only; at psychiatric outpatient institutions, psychiatric departments of designated general hospitals, or approved non-designated institutions',
};
const HCV_WHERE = {
  zh: '只能在江门市五邑中医院、江门市中心医院、江门市人民医院、开平市中心医院、恩平市人民医院门诊就诊',
  en: 'only at Wuyi Hospital of TCM, Jiangmen Central Hospital, Jiangmen People’s Hospital, Kaiping Central Hospital or Enping People’s Hospital',
};

export const DISEASES = [
  // 一类
  { id: 'severe_mental_illness', cls: 1, name: { zh: '重性精神疾病', en: 'severe mental illness' }, where: SEVERE_MENTAL_WHERE },
  { id: 'cancer_radio_chemo', cls: 1, name: { zh: '恶性肿瘤（放疗、化疗期间）', en: 'cancer during radiotherapy or chemotherapy' } },
  { id: 'ckd_dialysis', cls: 1, name: { zh: '慢性肾功能不全（需透析）', en: 'chronic kidney failure needing dialysis' } },
  { id: 'transplant_anti_rejection', cls: 1, name: { zh: '器官移植抗排异', en: 'anti-rejection treatment after organ transplant' } },
  {
    id: 'stem_cell_transplant',
    cls: 1,
    name: { zh: '造血干细胞移植后（移植物抗宿主病及感染的治疗）', en: 'after stem-cell transplant (graft-versus-host disease and infections)' },
  },
  // 二类
  { id: 'hepatitis_c_peg_ifn', cls: 2, name: { zh: '慢性丙型肝炎（限聚乙二醇干扰素治疗）', en: 'chronic hepatitis C on peginterferon' }, where: HCV_WHERE },
  { id: 'beta_thalassaemia_major', cls: 2, name: { zh: '重型β地中海贫血', en: 'severe beta thalassaemia' } },
  { id: 'haemophilia', cls: 2, name: { zh: '血友病', en: 'haemophilia' } },
  // 三类
  { id: 'ckd_no_dialysis', cls: 3, name: { zh: '慢性肾功能不全（不需透析）', en: 'chronic kidney failure without dialysis' } },
  { id: 'cancer_other', cls: 3, name: { zh: '恶性肿瘤（非放疗化疗期间）', en: 'cancer outside radiotherapy or chemotherapy' } },
  {
    id: 'cerebral_palsy',
    cls: 3,
    name: { zh: '小儿脑性瘫痪（含0-3岁精神运动发育迟缓儿）', en: 'cerebral palsy in children (incl. psychomotor delay aged 0–3)' },
    residentOnly: true,
  },
  { id: 'aids', cls: 3, name: { zh: '艾滋病', en: 'AIDS' } },
  // 四类
  { id: 'coronary_heart_disease', cls: 4, name: { zh: '冠心病', en: 'coronary heart disease' } },
  { id: 'diabetes', cls: 4, name: { zh: '糖尿病', en: 'diabetes' } },
  { id: 'hypertension_stage2_plus', cls: 4, name: { zh: '高血压Ⅱ期以上', en: 'hypertension stage II or above' } },
  { id: 'mental_illness', cls: 4, name: { zh: '精神病（重性精神疾病除外）', en: 'mental illness (other than severe)' }, where: MENTAL_WHERE },
  { id: 'epilepsy', cls: 4, name: { zh: '癫痫', en: 'epilepsy' } },
  { id: 'parkinsons', cls: 4, name: { zh: '帕金森病', en: "Parkinson's disease" } },
  { id: 'cirrhosis', cls: 4, name: { zh: '肝硬化', en: 'liver cirrhosis' } },
  { id: 'rheumatoid_arthritis', cls: 4, name: { zh: '类风湿关节炎', en: 'rheumatoid arthritis' } },
  { id: 'active_tuberculosis', cls: 4, name: { zh: '肺结核活动期间', en: 'active pulmonary tuberculosis' }, where: TB_WHERE },
  { id: 'aplastic_anaemia', cls: 4, name: { zh: '再生障碍性贫血', en: 'aplastic anaemia' } },
  {
    id: 'chronic_viral_hepatitis',
    cls: 4,
    name: { zh: '慢性病毒性肝炎（乙型、丙型，活动期）', en: 'active chronic viral hepatitis B or C (not on peginterferon)' },
  },
  { id: 'cerebrovascular_sequelae', cls: 4, name: { zh: '脑血管疾病后遗症', en: 'after-effects of stroke' } },
  { id: 'thalassaemia_other', cls: 4, name: { zh: '珠蛋白生成障碍（重型β地中海贫血除外）', en: 'thalassaemia (other than severe beta)' } },
  { id: 'lupus', cls: 4, name: { zh: '系统性红斑狼疮', en: 'systemic lupus erythematosus' } },
  { id: 'copd_emphysema', cls: 4, name: { zh: '慢性阻塞性肺气肿', en: 'chronic obstructive emphysema' } },
  { id: 'childhood_autism', cls: 4, name: { zh: '儿童孤独症', en: 'childhood autism' }, residentOnly: true },
] as const satisfies readonly Disease[];

export type DiseaseId = (typeof DISEASES)[number]['id'];
export const DISEASE_IDS = DISEASES.map((d) => d.id) as [DiseaseId, ...DiseaseId[]];
export const DISEASE_BY_ID: ReadonlyMap<string, Disease> = new Map(DISEASES.map((d) => [d.id, d as Disease]));
