/** Commands for care: hospital stays, outpatient visits and quotas, special diseases. */
import type { PolicyCommand } from './core/command';

export const careCommands: readonly PolicyCommand[] = [];
