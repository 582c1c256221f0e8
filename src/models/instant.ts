import { z } from 'zod';

/** What an instant may be given as: a `Date`, an ISO 8601 string, or epoch milliseconds. */
export type InstantInput = Date | string | number;

// A date-time must say where it is (Z or ±HH:MM), so the result never depends on the process TZ.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toInstant(value: unknown): Date | string {
  if (value === undefined || value === null) return 'expected a Date, an ISO 8601 string or epoch milliseconds, received nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'is an invalid Date' : value;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Date(value) : 'is not a finite number of epoch milliseconds';
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (ISO_DATE.test(text)) {
      const date = new Date(`${text}T00:00:00Z`);
      return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? `"${value}" is not a calendar date` : date;
    }
    if (!ISO_DATE_TIME.test(text)) {
      return `"${value}" is not an ISO 8601 date-time with a zone offset (e.g. 2025-01-06T09:00:00Z)`;
    }
    const date = new Date(text.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? `"${value}" is not a valid date-time` : date;
  }
  return 'expected a Date, an ISO 8601 string or epoch milliseconds';
}

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
  const result = toInstant(value);
  if (typeof result === 'string') {
    context.addIssue({ code: 'custom', message: result.startsWith('expected') || result.startsWith('"') ? result : `instant ${result}` });
    return z.NEVER;
  }
  return result;
}) as unknown as z.ZodType<Date, InstantInput>;
