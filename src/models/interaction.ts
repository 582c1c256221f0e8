import { z } from 'zod';
import { IdSchema } from './id.js';
import { InstantSchema } from './instant.js';
import { StatusChangeSchema } from './status.js';

/**
 * Channels most contact centers use. Any other non-empty string is accepted as a channel too.
 *
 * @example
 * ```ts
 * WELL_KNOWN_CHANNELS.length
 * // => 7
 * ```
 */
export const WELL_KNOWN_CHANNELS = ['phone', 'email', 'chat', 'messaging', 'social', 'web', 'in_person'] as const;

/** A channel from {@link WELL_KNOWN_CHANNELS}, or any other non-empty string. */
export type Channel = (typeof WELL_KNOWN_CHANNELS)[number] | (string & {});

/**
 * Who started the contact: the customer (`inbound`) or the team (`outbound`).
 *
 * @example
 * ```ts
 * DIRECTIONS
 * // => ['inbound', 'outbound']
 * ```
 */
export const DIRECTIONS = ['inbound', 'outbound'] as const;

/** A value of {@link DIRECTIONS}. */
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Ticket priorities, lowest first.
 *
 * @example
 * ```ts
 * PRIORITIES.indexOf('urgent')
 * // => 3
 * ```
 */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** A value of {@link PRIORITIES}. */
export type Priority = (typeof PRIORITIES)[number];

/**
 * Who wrote a message in a conversation.
 *
 * @example
 * ```ts
 * MESSAGE_AUTHORS
 * // => ['customer', 'agent']
 * ```
 */
export const MESSAGE_AUTHORS = ['customer', 'agent'] as const;

/** A value of {@link MESSAGE_AUTHORS}. */
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/**
 * One message of a conversation: when it was sent and by whom.
 *
 * @example
 * ```ts
 * MessageSchema.parse({ at: '2025-01-06T09:05:00Z', author: 'agent' }).author
 * // => 'agent'
 * ```
 */
export const MessageSchema = z.object({
  /** When the message was sent. */
  at: InstantSchema,
  /** Who wrote it. */
  author: z.literal(MESSAGE_AUTHORS),
});

/** One message of a conversation (see {@link MessageSchema}). */
export interface Message extends z.output<typeof MessageSchema> {}

const durationMs = z.number().finite('must be a finite number of milliseconds').nonnegative('must not be negative');
const count = z.number().int('must be a whole number').nonnegative('must not be negative');

/** Instants that cannot come before `openedAt`, in the order their issues are reported. */
const AFTER_OPENED = ['answeredAt', 'firstResponseAt', 'abandonedAt', 'resolvedAt', 'closedAt'] as const;

/**
 * A customer contact: a ticket, a call or a chat, with its timestamps, handle times and history.
 *
 * Required: `id`, `customerId`, `channel`, `openedAt`. `direction` defaults to `inbound` and
 * `priority` to `normal`. Rejected: an empty id; `answeredAt`, `firstResponseAt`, `abandonedAt`,
 * `resolvedAt` or `closedAt` before `openedAt`; negative or non-finite durations (`talkMs`, `holdMs`,
 * `wrapMs`); negative or fractional counts (`transfers`, `reopenCount`, `escalationLevel`); a status
 * history out of time order. The issue's path names the later field (`resolvedAt`). Messages are
 * kept in time order (a stable sort), as exports do not always list them so.
 *
 * @example
 * ```ts
 * const ticket = InteractionSchema.parse({
 *   id: 't1', customerId: 'c1', channel: 'email',
 *   openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:42:00Z',
 * });
 * ticket.priority
 * // => 'normal'
 * InteractionSchema.safeParse({ ...ticket, resolvedAt: '2025-01-05T09:00:00Z' }).error?.issues[0]?.path
 * // => ['resolvedAt']
 * ```
 */
export const InteractionSchema = z
  .object({
    /** The interaction's id. */
    id: IdSchema,
    /** The id of the customer who made (or received) the contact. */
    customerId: IdSchema,
    /** The channel: one of {@link WELL_KNOWN_CHANNELS} or any other name. */
    channel: z.string().min(1, 'channel must not be empty') as z.ZodType<Channel, string>,
    /** Inbound (the customer reached out, the default) or outbound. */
    direction: z.enum(DIRECTIONS).default('inbound'),
    /** The priority; `normal` when not given. */
    priority: z.enum(PRIORITIES).default('normal'),
    /** The team that handled it. */
    team: z.string().min(1).optional(),
    /** The agent who handled it. */
    agentId: IdSchema.optional(),
    /** The contact reason (used by FCR's same-reason rule). */
    reason: z.string().min(1).optional(),
    /** When the contact was opened, or the call or chat entered the queue. */
    openedAt: InstantSchema,
    /** When an agent answered the call or chat. */
    answeredAt: InstantSchema.optional(),
    /** When the first agent reply was sent. */
    firstResponseAt: InstantSchema.optional(),
    /** When it was (last) resolved. */
    resolvedAt: InstantSchema.optional(),
    /** When it was closed for good. */
    closedAt: InstantSchema.optional(),
    /** When the customer hung up or left the queue before an answer. */
    abandonedAt: InstantSchema.optional(),
    /** Talk (or active handling) time in milliseconds. */
    talkMs: durationMs.optional(),
    /** Hold time in milliseconds. */
    holdMs: durationMs.optional(),
    /** After-contact work (wrap-up) time in milliseconds. */
    wrapMs: durationMs.optional(),
    /** How many times it was transferred. */
    transfers: count.optional(),
    /** How many times it was reopened after a resolution. */
    reopenCount: count.optional(),
    /** The helpdesk's own first-contact-resolution flag, when it records one. */
    resolvedOnFirstContact: z.boolean().optional(),
    /** The escalation level it reached (0 = none). */
    escalationLevel: count.optional(),
    /** Every status change, in time order. */
    statusHistory: z.array(StatusChangeSchema).optional(),
    /** The messages of the conversation (kept in time order). */
    messages: z.array(MessageSchema).optional(),
  })
  .superRefine((interaction, context) => {
    const opened = interaction.openedAt.getTime();
    for (const field of AFTER_OPENED) {
      const at = interaction[field];
      if (at !== undefined && at.getTime() < opened) {
        context.addIssue({ code: 'custom', path: [field], message: `${field} is before openedAt` });
      }
    }
    const history = interaction.statusHistory ?? [];
    for (let index = 1; index < history.length; index++) {
      if ((history[index] as { at: Date }).at < (history[index - 1] as { at: Date }).at) {
        context.addIssue({
          code: 'custom',
          path: ['statusHistory', index, 'at'],
          message: 'status history is out of time order: this change is before the one above it',
        });
      }
    }
  })
  .transform((interaction) => {
    if (interaction.messages !== undefined && !isInTimeOrder(interaction.messages)) {
      interaction.messages = [...interaction.messages].sort((a, b) => a.at.getTime() - b.at.getTime());
    }
    return interaction;
  });

function isInTimeOrder(messages: readonly { at: Date }[]): boolean {
  for (let index = 1; index < messages.length; index++) {
    if ((messages[index] as { at: Date }).at < (messages[index - 1] as { at: Date }).at) return false;
  }
  return true;
}

/** A customer contact: ticket, call or chat (see {@link InteractionSchema}). */
export interface Interaction extends z.output<typeof InteractionSchema> {}
/** What {@link InteractionSchema} accepts: dates may be strings or epoch milliseconds. */
export type InteractionInput = z.input<typeof InteractionSchema>;
