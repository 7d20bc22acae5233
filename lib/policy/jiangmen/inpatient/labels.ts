/** Words for the codes of a request, in plain zh and en, shared by the care messages (the code lists live in ../insured-person). */
import type { Bilingual, Dec } from '../../core';
import { LEVELS, LEVEL_LABELS, type Level } from './parameters';

export {
  IDENTITIES,
  CATEGORIES,
  CATEGORIES_BY_IDENTITY,
  ASSISTANCE_STATUSES,
  IDENTITY_LABELS as IDENTITY_TEXT,
  CATEGORY_LABELS as CATEGORY_TEXT,
  ASSISTANCE_LABELS as ASSISTANCE_TEXT,
} from '../insured-person';
export type { Identity, Category, AssistanceStatus } from '../insured-person';

/** A level's label inside a sentence ("For a stay at a level-2 designated hospital…"). */
export const LEVEL_TEXT: Readonly<Record<Level, Bilingual>> = Object.fromEntries(
  LEVELS.map((l) => [l, { zh: LEVEL_LABELS[l].zh, en: `a ${LEVEL_LABELS[l].en}` }]),
) as Record<Level, Bilingual>;

/** "5" for 0.05: a ratio change in percentage points. */
export function points(ratio: Dec): string {
  return ratio.times(100).toString();
}
