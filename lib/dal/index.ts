import 'server-only';
/**
 * The data access layer: the only way pages, routes and actions reach the database or the
 * session. Every read and write starts from `currentSubject()`.
 *
 *   subject      currentSubject, isSignedIn, Subject, Unauthenticated
 *   pages/routes signedInPage (sign-in redirect), signedInRoute (401)
 *   actions      residentAction, publicAction → ActionResult { ok, data, errors, message, values }
 *   writes       withAudit(db, entry, tx => …), auditEntryFor(subject, event)
 *   reads        myInsurance, …; the queries themselves and DATA_LAYER_QUERIES in queries.ts
 */
export { currentSubject, endCurrentSession, isSignedIn } from './session';
export {
  auditEntryFor,
  isUnauthenticated,
  selfSubject,
  signInPath,
  Unauthenticated,
  type Actor,
  type ActorKind,
  type Subject,
  type UnauthenticatedReason,
} from './subject';
export { NO_STORE, signedInPage, signedInRoute } from './guards';
export { publicAction, residentAction } from './safe-action';
export { ACTION_MESSAGES, ActionRefused, type ActionDone, type ActionResult, type FieldErrors, type FormAction } from './action-client';
export { AUDIT_EVENTS, withAudit, type AuditEntry, type AuditEvent } from '../audit';
export { inTransaction, type Tx } from '../../db/client';
export { myInsurance, type InsuranceSummary } from './me';
export {
  HISTORY_MAX_YEARS,
  myContributionHistory,
  myContributionYears,
  myContributionYearsStream,
  myEnrolment,
  myTopUp,
  timelineOf,
  type TimelineSpan,
  type ContributionTotals,
  type EnrolmentFigures,
  type HistoryPage,
  type HistoryYear,
  type MyEnrolment,
  type TierFilter,
  type TierRecord,
} from './enrolment';
export {
  endMySessions,
  finishPasskeyRegistration,
  myPasskeyList,
  mySessions,
  passkeySignInOptions,
  removeMyPasskey,
  startPasskeyConfirmation,
  startPasskeyRegistration,
  type EndSessionsResult,
  type MySession,
  type PasskeySummary,
} from './security';
export { DATA_LAYER_QUERIES, explain, type DataLayerQuery } from './queries';
