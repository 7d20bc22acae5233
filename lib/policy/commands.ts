/** Every command of the policy library, by name (used by the CLI and, later, the HTTP API). */
import type { PolicyCommand } from './core/command';
import { careCommands } from './care-commands';
import { enrolmentCommands } from './enrolment-commands';

export const commands: ReadonlyMap<string, PolicyCommand> = new Map([...careCommands, ...enrolmentCommands].map((c) => [c.name, c]));
