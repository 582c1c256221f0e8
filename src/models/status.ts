import { z } from 'zod';
import { InstantSchema } from './instant.js';

/**
 * Ticket statuses most helpdesks share. Any other non-empty string is accepted as a status too;
 * these are the names the examples and docs use (`pauseWhile: ['pending', 'on_hold']`).
 *
 * @example
 * ```ts
 * WELL_KNOWN_STATUSES.includes('pending')
 * // => true
 * ```
 */
export const WELL_KNOWN_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;

/** A status from {@link WELL_KNOWN_STATUSES}, or any other non-empty string. */
export type Status = (typeof WELL_KNOWN_STATUSES)[number] | (string & {});

/**
 * One entry of a ticket's status history: the ticket entered `status` at `at`.
 *
 * @example
 * ```ts
 * StatusChangeSchema.parse({ status: 'pending', at: '2025-01-06T10:00:00Z' }).at.toISOString()
 * // => '2025-01-06T10:00:00.000Z'
 * ```
 */
export const StatusChangeSchema = z.object({
  /** The status entered (`pending`, `on_hold`, … or any non-empty name). */
  status: z.string().min(1, 'status must not be empty') as z.ZodType<Status, string>,
  /** When the ticket entered it. */
  at: InstantSchema,
});

/** One entry of a ticket's status history (see {@link StatusChangeSchema}). */
export interface StatusChange extends z.output<typeof StatusChangeSchema> {}
