/**
 * Designated institutions 定点医疗机构 as the directory records them (RULES §6, §8): a hospital
 * grade, where `unrated` (未定级) counts as level 1 for benefits ("一级及以下（含基层和未定级）").
 */
import type { Bilingual } from '../core/text';
import type { Level } from './inpatient/parameters';

export const INSTITUTION_LEVELS = ['level1', 'level2', 'level3', 'unrated'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];
export const INSTITUTION_LEVEL_LABELS = {
  level1: { zh: '一级', en: 'level 1' },
  level2: { zh: '二级', en: 'level 2' },
  level3: { zh: '三级', en: 'level 3' },
  unrated: { zh: '未定级', en: 'unrated' },
} as const satisfies Record<InstitutionLevel, Bilingual>;

/** The benefit level of a designated institution (RULES §6: unrated counts as level 1). */
export function benefitLevelOf(level: InstitutionLevel): Level {
  return level === 'unrated' ? 'level1' : level;
}
