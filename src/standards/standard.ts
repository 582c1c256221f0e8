import { z } from 'zod';
import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { IdSchema } from '../models/id.js';
import { PRIORITIES } from '../models/interaction.js';
import { BusinessCalendarSchema } from '../time/calendar.js';
import { durationSetting } from '../time/duration-setting.js';

/**
 * What a service standard measures, each from the interaction's events:
 * - `first_response`: `openedAt` → `firstResponseAt` (or the first agent message);
 * - `next_response`: each customer message awaiting an agent reply → the next agent message;
 * - `resolution`: `openedAt` → the last resolution, a reopen resuming the same clock;
 * - `answer`: queued (`openedAt`) → `answeredAt`, for calls and chats.
 *
 * @example
 * ```ts
 * STANDARD_MEASURES
 * // => ['first_response', 'next_response', 'resolution', 'answer']
 * ```
 */
export const STANDARD_MEASURES = ['first_response', 'next_response', 'resolution', 'answer'] as const;

/** A value of {@link STANDARD_MEASURES}. */
export type StandardMeasure = (typeof STANDARD_MEASURES)[number];

/**
 * Statuses that mean a ticket is resolved: the resolution clock stops in them, and a later change to
 * any other status is a reopen that resumes it.
 *
 * @example
 * ```ts
 * RESOLVED_STATUSES
 * // => ['solved', 'resolved', 'closed']
 * ```
 */
export const RESOLVED_STATUSES = ['solved', 'resolved', 'closed'] as const;

/** One value or a non-empty list of them, always given back as a list. */
function valueOrList<T extends z.ZodType<string>>(item: T, name: string, describe: (value: unknown) => string) {
  return z
    .union([item, z.array(item).min(1, `appliesTo.${name}: an empty list matches nothing; leave the key out to match every ${name}`)], {
      error: (issue) => {
        const input = issue.input;
        const bad = Array.isArray(input) ? input.find((value) => !item.safeParse(value).success) : input;
        return `appliesTo.${name}: ${describe(bad)} (give one value or a list)`;
      },
    })
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);
}

const nonEmptyName = z.string().min(1, 'appliesTo values must not be empty strings');
const describeName = (name: string) => (value: unknown) => `${describeValue(value)} is not a ${name}: use a non-empty string`;

/**
 * A service standard as data: what is measured, the target, to whom it applies, in which hours, and
 * which statuses pause it.
 *
 * - `id` (required), `name`.
 * - `measure`: one of {@link STANDARD_MEASURES}.
 * - `targetMs`: a positive duration, milliseconds or a string (`"4h"`, `"30m"`, `"PT4H"`).
 * - `appliesTo`: `{ channel?, priority?, team?, segment? }`, each a value or a list; every key given
 *   must match (`segment` is the customer's). Absent: applies to every interaction.
 * - `calendar`: a business calendar definition (see {@link BusinessCalendarSchema}); the clock then
 *   counts business time only. Absent: calendar time, 24/7.
 * - `pauseWhile`: statuses during which the clock stops (`['pending', 'on_hold']`).
 * - `warn`: `{ atFraction?, beforeMs? }`: at-risk from a fraction of the target (0 < f ≤ 1) or from a
 *   lead time before it (shorter than the target); with both, the earlier instant wins.
 *
 * Unknown keys are rejected, so a misspelt option is not silently ignored. The output is
 * JSON-serialisable: durations become milliseconds and `appliesTo` values lists.
 *
 * @example
 * ```ts
 * const standard = ServiceStandardSchema.parse({
 *   id: 'first-reply-urgent', measure: 'first_response', targetMs: '1h',
 *   appliesTo: { priority: 'urgent' }, warn: { beforeMs: '15m' },
 * });
 * [standard.targetMs, standard.appliesTo?.priority, standard.warn?.beforeMs]
 * // => [3600000, ['urgent'], 900000]
 * ServiceStandardSchema.safeParse({ id: 's', measure: 'first_response', targetMs: 0 }).error?.issues[0]?.path
 * // => ['targetMs']
 * ```
 */
export const ServiceStandardSchema = z.strictObject({
  /** The standard's id, used in checks and compliance tables. */
  id: IdSchema,
  /** A name for people. */
  name: z.string().optional(),
  /** What is measured: one of {@link STANDARD_MEASURES}. */
  measure: z.enum(STANDARD_MEASURES, {
    error: (issue) => `${describeValue(issue.input)} is not a measure: use ${STANDARD_MEASURES.map((m) => `'${m}'`).join(', ')}`,
  }),
  /** The target: milliseconds or a duration string; positive. */
  targetMs: durationSetting('targetMs', { positive: true }),
  /** Which interactions it applies to; every key given must match. */
  appliesTo: z
    .strictObject({
      /** Channels (`'email'`, `['phone', 'chat']`). */
      channel: valueOrList(nonEmptyName, 'channel', describeName('channel')).optional(),
      /** Priorities (`'urgent'`, `['high', 'urgent']`). */
      priority: valueOrList(z.enum(PRIORITIES), 'priority', (value) => `${describeValue(value)} is not a priority: use ${PRIORITIES.join(', ')}`).optional(),
      /** Teams. */
      team: valueOrList(nonEmptyName, 'team', describeName('team')).optional(),
      /** Customer segments (read from the `customer` option of a check). */
      segment: valueOrList(nonEmptyName, 'segment', describeName('segment')).optional(),
    })
    .optional(),
  /** Business hours of the clock; absent for calendar time. */
  calendar: BusinessCalendarSchema.optional(),
  /** Statuses that stop the clock. */
  pauseWhile: z
    .array(z.string({ error: 'pauseWhile holds status names, which are strings' }).min(1, 'a status name must not be empty'), {
      error: "pauseWhile must be a list of status names (e.g. ['pending', 'on_hold'])",
    })
    .optional(),
  /** When a check turns `at_risk`. */
  warn: z
    .strictObject({
      /** At this fraction of the target (0 < f ≤ 1). */
      atFraction: z
        .number({ error: 'warn.atFraction must be a number' })
        .refine((f) => f > 0 && f <= 1, { error: (issue) => `warn.atFraction must be in (0, 1]; got ${String(issue.input)}` })
        .optional(),
      /** This long before the due instant (milliseconds or a string). */
      beforeMs: durationSetting('warn.beforeMs', { positive: true }).optional(),
    })
    .optional(),
}).superRefine((standard, context) => {
  if (standard.warn?.beforeMs !== undefined && standard.warn.beforeMs >= standard.targetMs) {
    context.addIssue({
      code: 'custom',
      path: ['warn', 'beforeMs'],
      message: `warn.beforeMs (${standard.warn.beforeMs} ms) must be shorter than targetMs (${standard.targetMs} ms)`,
    });
  }
  const calendar = standard.calendar;
  if (calendar !== undefined && Object.values(calendar.weekly).every((windows) => windows === undefined || windows.length === 0)) {
    context.addIssue({
      code: 'custom',
      path: ['calendar', 'weekly'],
      message: 'the calendar has no weekly opening hours, so the clock would never run',
    });
  }
});

/** A validated service standard (see {@link ServiceStandardSchema}): durations in ms, `appliesTo` values as lists. */
export interface ServiceStandard extends z.output<typeof ServiceStandardSchema> {}

/** A service standard as configuration states it (see {@link ServiceStandardSchema}). */
export type ServiceStandardInput = z.input<typeof ServiceStandardSchema>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Validates a standard from configuration and returns it frozen, ready to check (its calendar is
 * compiled once, on first use, and reused by every check).
 *
 * Checks also accept the raw configuration object; it is then validated on its first use and the
 * result cached for that object, so do not change a standard object after checking with it.
 *
 * @param input - The standard (see {@link ServiceStandardSchema}).
 * @returns The validated standard.
 * @throws {@link errors!ServiceKitError} `INVALID_STANDARD` naming the first problem and its `path`
 *   (`['targetMs']` for a target that is not positive, `['measure']` for an unknown measure,
 *   `['pauseWhile', 1]` for a status that is not a string); the zod error is its `cause`.
 * @example
 * ```ts
 * defineStandard({ id: 'reply-4h', measure: 'first_response', targetMs: '4h' }).targetMs
 * // => 14400000
 * try {
 *   defineStandard({ id: 'bad', measure: 'first_reply', targetMs: '4h' });
 * } catch (error) {
 *   error.path
 *   // => ['measure']
 * }
 * ```
 */
export function defineStandard(input: ServiceStandardInput): ServiceStandard {
  const parsed = ServiceStandardSchema.safeParse(input);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const path = (first?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    const id = typeof (input as { id?: unknown } | null)?.id === 'string' ? ` ${JSON.stringify((input as { id: string }).id)}` : '';
    const where = path.length === 0 ? '' : ` at ${path.join('.')}`;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    throw new ServiceKitError('INVALID_STANDARD', `standard${id}${where}: ${first?.message ?? 'invalid standard'}${more}`, {
      path,
      cause: parsed.error,
    });
  }
  return deepFreeze(parsed.data);
}
