import { z } from 'zod';

/**
 * An identifier: a non-empty string (a number is accepted and turned into its decimal string, as
 * exports often carry numeric ids).
 *
 * @example
 * ```ts
 * IdSchema.parse(42)
 * // => '42'
 * IdSchema.safeParse('').success
 * // => false
 * ```
 */
export const IdSchema: z.ZodType<string, string | number> = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((value) => String(value))
  .refine((value) => value.trim() !== '', 'id must not be empty') as unknown as z.ZodType<string, string | number>;
