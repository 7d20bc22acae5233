/**
 * The policy library: every rule of shared/policy/RULES.md as dated parameters and pure
 * functions that explain themselves. No Next.js, no database, no clock, no I/O.
 */
export * from './core';
export { COMMANDS, commands } from './commands';
export { openApiDocument, apiError, API_ERRORS, MAX_BODY_BYTES, WORKED_EXAMPLES, type OpenApiDocument, type ApiErrorCode } from './openapi';
