/**
 * Clinic choice 门诊选点 as region parameters (RULES.md §8; JM-UR 二(四)1(3), 二(四)2(3); SY-OP 四(三)1):
 * who may choose what, when, and from when it is in force. Pure functions: "today" is always an
 * argument; every refusal has a code, its clause and its words in zh and en.
 *
 * > 参保人在选定的基层定点医疗机构普通门诊就医 (JM-UR 二(四)1(3))
 * > 二档参保人在选定一家基层定点医疗机构的基础上，可再选择 1 家非基层定点医疗机构 (JM-UR 二(四)2(3))
 * > 参保居民在缴纳基本医疗保险费时……自愿选择一家村卫生室、乡镇卫生院或社区卫生服务中心……原则上一年一定……
 * > 参保居民未办理变更登记的，自动续期。(SY-OP 四(三)1)
 *
 * RULINGS (RULES §8, region parameters): next year's choice is made from 1 October to 31 December,
 * in force from 1 January; with no action the current choice carries over; a person without a
 * choice of a kind chooses at any time, in force at once; a person whose institution has lost its
 * designation chooses again at once. RULING (this topic, "原则上一年一定", and the record's key of
 * person, year, kind and the day in force): next year's choice of a kind is made once in the window;
 * a correction afterwards is for the medical-insurance office. Shaoyang: SY-OP ties the choice to
 * paying the contribution and names no dates; the portal uses the same yearly window for it, marked
 * illustrative, and Shaoyang's own rule of what may be chosen.
 */
import type { Bilingual } from '../../core/text';
import { addDays, ageOn, daysBetween, isoDate, parts } from '../../core';
import { step, type Step } from '../../core/explain';
import type { InstitutionLevel } from '../institutions';
import type { Identity, Region, Tiers } from '../insured-person';
import type { ChoiceReason, ClinicKind } from './codes';
import * as m from './messages';

/** The yearly window for next year's choice, per region (month and day, inclusive). */
export interface ChoiceWindowParameters {
  opens: { month: number; day: number };
  closes: { month: number; day: number };
  citation: string;
  /** True when no published date backs the window (Shaoyang). */
  illustrative: boolean;
}

export const CHOICE_WINDOWS = {
  jiangmen: { opens: { month: 10, day: 1 }, closes: { month: 12, day: 31 }, citation: 'JM-UR 二(四)1(3)', illustrative: false },
  shaoyang: { opens: { month: 10, day: 1 }, closes: { month: 12, day: 31 }, citation: 'SY-OP 四(三)1', illustrative: true },
} as const satisfies Record<Region, ChoiceWindowParameters>;

/** Age below which a resident-identity child may choose the children's specialist institution as primary (Jiangmen). */
export const CHILD_AGE_LIMIT = 18;

export interface ChoiceWindow {
  region: Region;
  /** Today is inside this year's window. */
  open: boolean;
  /** This year's window (today's year). */
  opensOn: string;
  closesOn: string;
  /** The year a choice made in this window is for, and the day it is in force from. */
  forYear: number;
  effectiveFrom: string;
  /** Days left including today, when open. */
  daysLeft: number | null;
  /** Days until it opens, when it has not opened yet this year. */
  daysUntilOpen: number | null;
}

/** This year's window of the person's region, seen from `today`. */
export function choiceWindow(region: Region, today: string): ChoiceWindow {
  const p = CHOICE_WINDOWS[region];
  const { year } = parts(today);
  const opensOn = isoDate(year, p.opens.month, p.opens.day);
  const closesOn = isoDate(year, p.closes.month, p.closes.day);
  const open = today >= opensOn && today <= closesOn;
  return {
    region,
    open,
    opensOn,
    closesOn,
    forYear: year + 1,
    effectiveFrom: isoDate(year + 1, 1, 1),
    daysLeft: open ? daysBetween(today, closesOn) + 1 : null,
    daysUntilOpen: today < opensOn ? daysBetween(today, opensOn) : null,
  };
}

export interface ChoicePerson {
  region: Region;
  identity: Identity;
  tiers: Tiers;
  birthDate: string;
}

export interface ChoiceInstitution {
  id: string;
  name: string;
  region: Region;
  level: InstitutionLevel;
  primaryCare: boolean;
  designated: boolean;
  designatedUntil: string | null;
  specialistRoles: readonly string[];
}

/** The institution is designated on `date` (its flag, and its end date if it has one). */
export function isDesignatedOn(inst: Pick<ChoiceInstitution, 'designated' | 'designatedUntil'>, date: string): boolean {
  return inst.designated && (inst.designatedUntil === null || date <= inst.designatedUntil);
}

export const CHOICE_REFUSALS = [
  'not_designated',
  'other_region',
  'primary_not_primary_care',
  'shaoyang_not_primary',
  'other_is_primary_care',
  'other_needs_tier2',
  'outside_window',
  'already_chosen',
  'same_as_current',
] as const;
export type ChoiceRefusal = (typeof CHOICE_REFUSALS)[number];

export interface Refused {
  ok: false;
  code: ChoiceRefusal;
  /** RULES.md clause key. */
  citation: string;
  text: Bilingual;
  explanation: Step[];
}

function refuse(code: ChoiceRefusal, s: Step, explanation: Step[] = []): Refused {
  return { ok: false, code, citation: s.citation, text: s.text, explanation: [...explanation, s] };
}

/** Who may choose what: may `person` choose `inst` as a clinic of `kind` on `today`? null when yes. */
export function institutionRefusal(person: ChoicePerson, kind: ClinicKind, inst: ChoiceInstitution, today: string): Refused | null {
  const sy = person.region === 'shaoyang';
  if (inst.region !== person.region)
    return refuse(
      'other_region',
      step(m.otherRegionMessage, { name: inst.name, region: person.region, institutionRegion: inst.region }, undefined, sy ? 'SY-OP 四(三)1' : undefined),
    );
  if (!isDesignatedOn(inst, today))
    return refuse('not_designated', step(m.notDesignatedMessage, { name: inst.name }, undefined, sy ? 'SY-OP 四(三)1' : undefined));
  if (kind === 'primary') {
    if (sy) return inst.primaryCare ? null : refuse('shaoyang_not_primary', step(m.shaoyangPrimaryMessage, { name: inst.name }));
    const child = person.identity === 'resident' && ageOn(person.birthDate, today) < CHILD_AGE_LIMIT && inst.specialistRoles.includes('children');
    if (inst.primaryCare || child) return null;
    return refuse('primary_not_primary_care', step(m.primaryNotPrimaryCareMessage, { name: inst.name, level: inst.level }));
  }
  if (sy || person.tiers !== 'tier1_tier2') return refuse('other_needs_tier2', step(m.otherNeedsTier2Message, {}, undefined, sy ? 'SY-OP 四(三)1' : undefined));
  if (inst.primaryCare) return refuse('other_is_primary_care', step(m.otherIsPrimaryCareMessage, { name: inst.name }));
  return null;
}

/** The person's choice of one kind: what is in force today, whether it is still designated, and next year's choice if made. */
export interface ChoiceState {
  /** In force today (this year's row, or carried over from an earlier year). */
  current: { institutionId: string; name: string; designatedToday: boolean } | null;
  /** A choice already made for next year. */
  nextYear: { institutionId: string; name: string } | null;
}

export interface Allowed {
  ok: true;
  year: number;
  effectiveFrom: string;
  reason: Extract<ChoiceReason, 'first_choice' | 'annual_change' | 'designation_lost'>;
  previousInstitutionId: string | null;
  explanation: Step[];
}

export type ChoiceDecision = Allowed | Refused;

/**
 * When may the person choose (whatever the institution): a first choice and a choice after a lost
 * designation at once, for this year; otherwise next year's, inside the window, once.
 */
export function choiceTiming(region: Region, state: ChoiceState, today: string): Allowed | Refused {
  const { year } = parts(today);
  const sy = region === 'shaoyang';
  const cite = sy ? 'SY-OP 四(三)1' : undefined;
  const intro: Step[] = sy ? [step(m.shaoyangMessage, {})] : [];
  if (state.current === null)
    return {
      ok: true,
      year,
      effectiveFrom: today,
      reason: 'first_choice',
      previousInstitutionId: null,
      explanation: [...intro, step(m.firstChoiceMessage, { date: today, year: String(year) }, undefined, cite)],
    };
  if (!state.current.designatedToday)
    return {
      ok: true,
      year,
      effectiveFrom: today,
      reason: 'designation_lost',
      previousInstitutionId: state.current.institutionId,
      explanation: [...intro, step(m.designationLostMessage, { date: today, year: String(year) }, undefined, cite)],
    };
  const w = choiceWindow(region, today);
  const next = w.open ? w.forYear : year + 1;
  const nextOpens = w.open || w.daysUntilOpen !== null ? w.opensOn : isoDate(year + 1, CHOICE_WINDOWS[region].opens.month, CHOICE_WINDOWS[region].opens.day);
  const nextCloses =
    w.open || w.daysUntilOpen !== null ? w.closesOn : isoDate(year + 1, CHOICE_WINDOWS[region].closes.month, CHOICE_WINDOWS[region].closes.day);
  if (!w.open)
    return refuse('outside_window', step(m.outsideWindowMessage, { opens: nextOpens, closes: nextCloses, year: String(next) }, undefined, cite), intro);
  if (state.nextYear !== null)
    return refuse('already_chosen', step(m.alreadyChosenMessage, { year: String(w.forYear), name: state.nextYear.name }, undefined, cite), intro);
  return {
    ok: true,
    year: w.forYear,
    effectiveFrom: w.effectiveFrom,
    reason: 'annual_change',
    previousInstitutionId: state.current.institutionId,
    explanation: [
      ...intro,
      step(
        m.windowOpenMessage,
        { opens: w.opensOn, closes: w.closesOn, year: String(w.forYear), effective: w.effectiveFrom, daysLeft: String(w.daysLeft) },
        undefined,
        cite,
      ),
    ],
  };
}

/** The whole decision: what (the institution), then when, then whether it changes anything. */
export function decideChoice(input: {
  person: ChoicePerson;
  kind: ClinicKind;
  institution: ChoiceInstitution;
  state: ChoiceState;
  today: string;
}): ChoiceDecision {
  const { person, kind, institution, state, today } = input;
  const what = institutionRefusal(person, kind, institution, today);
  if (what) return what;
  const when = choiceTiming(person.region, state, today);
  if (!when.ok) return when;
  // Choosing for next year what is in force now changes nothing: it carries over by itself.
  if (when.reason === 'annual_change' && state.current?.institutionId === institution.id)
    return refuse('same_as_current', step(m.sameAsCurrentMessage, { name: institution.name, year: String(when.year) }), when.explanation);
  if (when.reason === 'designation_lost' && state.current?.institutionId === institution.id)
    return refuse('not_designated', step(m.notDesignatedMessage, { name: institution.name }), when.explanation);
  return {
    ...when,
    explanation: [
      ...when.explanation,
      step(
        m.allowedMessage,
        { kind, name: institution.name, year: String(when.year), effective: when.effectiveFrom },
        undefined,
        person.region === 'shaoyang' ? 'SY-OP 四(三)1' : undefined,
      ),
    ],
  };
}

/** One row of a person's choice history, as the rules need it. */
export interface ChoiceRecord {
  year: number;
  kind: ClinicKind;
  effectiveFrom: string;
  institutionId: string;
}

/**
 * The institution of `kind` in force on `date`: the latest row of the date's year in force by
 * then, else the latest row of an earlier year (it carries over: "未办理变更登记的，自动续期").
 */
export function inForceOn(rows: readonly ChoiceRecord[], kind: ClinicKind, date: string): ChoiceRecord | null {
  const { year } = parts(date);
  let found: ChoiceRecord | null = null;
  for (const r of rows) {
    if (r.kind !== kind || r.year > year || r.effectiveFrom > date) continue;
    if (found === null || r.year > found.year || (r.year === found.year && r.effectiveFrom >= found.effectiveFrom)) found = r;
  }
  return found;
}

/** Next year's choice of `kind` if one was made (a row for next year). */
export function madeForYear(rows: readonly ChoiceRecord[], kind: ClinicKind, year: number): ChoiceRecord | null {
  let found: ChoiceRecord | null = null;
  for (const r of rows) if (r.kind === kind && r.year === year && (found === null || r.effectiveFrom >= found.effectiveFrom)) found = r;
  return found;
}

/** The calendar file (.ics) text of the window's opening: an all-day event on the day it opens. */
export function windowIcs(window: Pick<ChoiceWindow, 'opensOn' | 'closesOn' | 'forYear'>, uid: string, stamp: string): string {
  const d = (iso: string) => iso.replaceAll('-', '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//yibaotong//clinic-choice//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${d(window.opensOn)}`,
    `DTEND;VALUE=DATE:${d(addDays(window.opensOn, 1))}`,
    `SUMMARY:门诊选点开始（${window.forYear} 年）/ Clinic choice opens for ${window.forYear}`,
    `DESCRIPTION:${window.opensOn} 至 ${window.closesOn} 可选择或变更 ${window.forYear} 年的门诊选点。 / Choose or change your clinic for ${window.forYear} from ${window.opensOn} to ${window.closesOn}.`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join('\r\n') + '\r\n';
}
