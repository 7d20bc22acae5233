import { estimateEndpoint } from '@/lib/public-api';
import { outpatientCommand } from '@/lib/policy/commands';

/**
 * POST /api/v1/estimates/outpatient — an outpatient visit estimate, the contract of
 * `npm run policy -- outpatient` (lib/public-api.ts; the OpenAPI document at /api/v1/openapi.json).
 * No sign-in.
 */
export const POST = estimateEndpoint(outpatientCommand);
