/** The 大字版 switch's form: one schema for the action and its tests. */
import { z } from 'zod';
import { TEXT_SIZES } from '../text-size';
import { returnPath } from './language';

export const textSizeSchema = z.object({
  size: z.enum(TEXT_SIZES),
  returnTo: returnPath,
});
