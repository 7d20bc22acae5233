/** Commands for enrolment: contributions, benefit dates, continuity, years, retirement, top-up, personal account. */
import type { PolicyCommand } from './core/command';

export const enrolmentCommands: readonly PolicyCommand[] = [];
