import { z } from 'zod';
import { instantMs } from './instant-ms.js';

/** What an instant may be given as: a `Date`, an ISO 8601 string, or epoch milliseconds. */
export type InstantInput = Date | string | number;

/**
 * An instant: accepts a `Date`, an ISO 8601 date-time with `Z` or an offset, a date alone
 * (`"2025-01-06"`, read as UTC midnight) or epoch milliseconds, and gives a `Date`.
 *
 * Date-times without a zone are rejected, because their meaning would depend on the machine's TZ.
 *
 * @example
 * ```ts
 * InstantSchema.parse('2025-01-06T09:00:00+01:00').toISOString()
 * // => '2025-01-06T08:00:00.000Z'
 * InstantSchema.parse(0).toISOString()
 * // => '1970-01-01T00:00:00.000Z'
 * InstantSchema.safeParse('2025-01-06 09:00').success
 * // => false
 * ```
 */
export const InstantSchema: z.ZodType<Date, InstantInput> = z.custom<InstantInput>().transform((value, context) => {
  const result = instantMs(value);
  if (typeof result === 'string') {
    context.addIssue({ code: 'custom', message: result.startsWith('expected') || result.startsWith('"') ? result : `instant ${result}` });
    return z.NEVER;
  }
  return value instanceof Date ? value : new Date(result);
}) as unknown as z.ZodType<Date, InstantInput>;
