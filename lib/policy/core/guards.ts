/**
 * Small helpers for the rules a function applies itself — those that depend on dated parameters
 * or on what it computed. Input its schema checks is never checked again (lib/policy/README.md,
 * "Calling the functions").
 */
import { PolicyError, unsupportedDate } from './errors';
import type { Bilingual } from './text';

/** An `invalid_input` error for one field, with a plain message in zh and en. */
export function refuse(path: string, message: Bilingual): PolicyError {
  return new PolicyError('invalid_input', [{ path, message }]);
}

/** Refuses a date before `first` with the standard `unsupported_date` error. */
export function requireFrom(date: string, first: string, path: string, what: Bilingual): void {
  if (date < first) throw unsupportedDate(path, date, first, what);
}

/** The calendar year of an ISO date or month. */
export function yearOf(dateOrMonth: string): number {
  return parseInt(dateOrMonth.slice(0, 4), 10);
}
