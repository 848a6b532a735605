import { z } from 'zod/mini';
import { isIsoDate } from '../engine/dates';

/** A real calendar date 'YYYY-MM-DD' ('2024-13-01' and '2025-02-30' are refused). */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, 'must be a real date YYYY-MM-DD'));
