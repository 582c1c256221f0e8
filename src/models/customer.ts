import { z } from 'zod';
import { InstantSchema } from './instant.js';
import { IdSchema } from './id.js';

/**
 * A customer: when they were acquired and, if they left, when they churned.
 *
 * `churnedAt` must not be before `acquiredAt`. `attributes` holds any extra flat values an app wants
 * to group or filter by.
 *
 * @example
 * ```ts
 * const customer = CustomerSchema.parse({ id: 'c1', acquiredAt: '2025-01-06', tier: 'vip' });
 * customer.acquiredAt.toISOString()
 * // => '2025-01-06T00:00:00.000Z'
 * ```
 */
export const CustomerSchema = z
  .object({
    /** The customer's id. */
    id: IdSchema,
    /** When the customer was acquired (signed up, first bought). */
    acquiredAt: InstantSchema,
    /** When the customer churned; absent while active. */
    churnedAt: InstantSchema.optional(),
    /** A segment to group by (`smb`, `enterprise`). */
    segment: z.string().min(1).optional(),
    /** A service tier (`vip`, `standard`). */
    tier: z.string().min(1).optional(),
    /** Any extra flat values to group or filter by. */
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .superRefine((customer, context) => {
    if (customer.churnedAt !== undefined && customer.churnedAt < customer.acquiredAt) {
      context.addIssue({ code: 'custom', path: ['churnedAt'], message: 'churnedAt is before acquiredAt' });
    }
  });

/** A customer (see {@link CustomerSchema}). */
export interface Customer extends z.output<typeof CustomerSchema> {}
/** What {@link CustomerSchema} accepts: dates may be strings or epoch milliseconds. */
export type CustomerInput = z.input<typeof CustomerSchema>;
