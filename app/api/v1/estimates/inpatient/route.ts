import { estimateEndpoint } from '@/lib/public-api';
import { inpatientCommand } from '@/lib/policy/commands';

/**
 * POST /api/v1/estimates/inpatient — a hospital stay estimate, the contract of
 * `npm run policy -- inpatient` (lib/public-api.ts; the OpenAPI document at /api/v1/openapi.json).
 * No sign-in.
 */
export const POST = estimateEndpoint(inpatientCommand);
