import { z } from 'zod';
import { describeValue } from '../errors/describe-value.js';
import { DIRECTIONS, MESSAGE_AUTHORS, type MessageAuthor, PRIORITIES } from '../models/interaction.js';
import type { StandardStatus } from '../standards/check.js';
import { durationSetting } from '../time/duration-setting.js';
import type { DurationInput } from '../time/duration.js';
import { FIELD_KINDS, fieldKind } from './field-kinds.js';

/** How a time leaf counts: all elapsed time (`calendar`, the default) or open hours only (`business`). */
export type TimeBasis = 'calendar' | 'business';

/** A value a field leaf compares with. */
export type FieldValue = string | number | boolean;

/** Every condition holds. `Duration` is `number` (ms) once validated, or a duration string before. */
export interface AllCondition<Duration = number> {
  /** The conditions, all of which must hold (a non-empty list). */
  all: readonly ConditionOf<Duration>[];
}

/** At least one condition holds. */
export interface AnyCondition<Duration = number> {
  /** The conditions, one of which must hold (a non-empty list). */
  any: readonly ConditionOf<Duration>[];
}

/** The condition does not hold. */
export interface NotCondition<Duration = number> {
  /** The condition to negate. */
  not: ConditionOf<Duration>;
}

/**
 * A field of the interaction or its customer compared with values; every operator given must hold.
 * A missing field holds only for `exists: false`.
 */
export interface FieldCondition {
  /** A name from {@link CONDITION_FIELDS} (`'priority'`, `'reopenCount'`, `'customer.tier'`, `'customer.attributes.plan'`). */
  field: string;
  /** Equal to this value. */
  eq?: FieldValue;
  /** One of these values. */
  in?: readonly FieldValue[];
  /** At least this number (for `priority`, at least this priority: `'high'` matches high and urgent). */
  gte?: number | string;
  /** At most this number (or priority). */
  lte?: number | string;
  /** Whether the field is set (an instant field: whether it happened by `now`). */
  exists?: boolean;
}

/** The standard's check at `now` has one of these statuses (no check for the standard counts as `not_applicable`). */
export interface StandardStatusCondition {
  /** The standard's id. */
  standard: string;
  /** The statuses that make it hold (a non-empty list). */
  status: readonly StandardStatus[];
}

/** The standard was breached at least this long ago. */
export interface BreachedForCondition<Duration = number> {
  /** The standard's id. */
  standard: string;
  /** How long ago the breach must be, at least. */
  breachedFor: Duration;
  /** Calendar time (default) or business time (the standard's calendar, else the policy's). */
  in?: TimeBasis;
}

/** The standard's target is at most this far away, or passed, and was not met. */
export interface DueWithinCondition<Duration = number> {
  /** The standard's id. */
  standard: string;
  /** The time left to the target, at most. */
  dueWithin: Duration;
  /** Calendar time (default) or business time (the standard's calendar, else the policy's). */
  in?: TimeBasis;
}

/** The interaction was opened at least this long ago. */
export interface OpenForCondition<Duration = number> {
  /** How long it must have been open, at least. */
  openFor: Duration;
  /** Calendar time (default) or business time (the policy's calendar). */
  in?: TimeBasis;
}

/** No message for at least this long: since the last message by `now`, or since the opening when there is none. */
export interface IdleForCondition<Duration = number> {
  /** How long without a message, at least. */
  idleFor: Duration;
  /** Calendar time (default) or business time (the policy's calendar). */
  in?: TimeBasis;
  /** Hold only when the last message is from this author (an opening with no messages counts as the customer's for inbound contacts). */
  lastMessageFrom?: MessageAuthor;
}

/** The last CSAT response (by `now`) scored at or below a score. */
export interface LastCsatCondition<Duration = number> {
  /** The highest score that holds (`1` for "very unsatisfied" on a 1–5 scale). */
  lastCsatAtMost: number;
  /** Only a response this recent counts. */
  within?: Duration;
  /** Whose responses: the customer's (default, any interaction) or this interaction's only. */
  of?: 'customer' | 'interaction';
}

/** A condition with durations of type `Duration`: milliseconds once validated, {@link DurationInput} before. */
export type ConditionOf<Duration> =
  | AllCondition<Duration>
  | AnyCondition<Duration>
  | NotCondition<Duration>
  | FieldCondition
  | StandardStatusCondition
  | BreachedForCondition<Duration>
  | DueWithinCondition<Duration>
  | OpenForCondition<Duration>
  | IdleForCondition<Duration>
  | LastCsatCondition<Duration>;

/** A validated condition: durations in milliseconds (see {@link ConditionSchema}). */
export type Condition = ConditionOf<number>;

/** A condition as configuration states it: durations as milliseconds or strings (see {@link ConditionSchema}). */
export type ConditionInput = ConditionOf<DurationInput>;

/**
 * The deepest a condition may nest: a level's `when` is depth 1, each `all`, `any` or `not` adds one.
 *
 * @example
 * ```ts
 * MAX_CONDITION_DEPTH
 * // => 32
 * ```
 */
export const MAX_CONDITION_DEPTH = 32;

/**
 * The fields a field leaf can read. Besides these, `customer.attributes.NAME` reads one of the
 * customer's attributes.
 *
 * Read as of `now`: an instant field (`firstResponseAt`, `resolvedAt`…) counts only once it has
 * happened and takes `exists` only; `status` is the last status of `statusHistory` at or before
 * `now`; `reopenCount` leaves out reopens the history shows after `now`. Other fields are read as
 * they are. `priority` compares by rank with `gte`/`lte` (`low` < `normal` < `high` < `urgent`).
 *
 * @example
 * ```ts
 * CONDITION_FIELDS.includes('customer.tier')
 * // => true
 * ```
 */
export const CONDITION_FIELDS: readonly string[] = /* @__PURE__ */ Object.freeze(Object.keys(FIELD_KINDS));

const STATUSES = ['met', 'breached', 'at_risk', 'pending', 'paused', 'not_applicable'] as const satisfies readonly StandardStatus[];
const basis = z.enum(['calendar', 'business'], { error: "in must be 'calendar' or 'business'" }).optional();
const standardId = z.string({ error: 'standard must be the id of a service standard' }).min(1, 'standard must not be empty');
const fieldValue = z.union([z.string(), z.number().finite(), z.boolean()], { error: 'a field value must be a string, a finite number or a boolean' });

const LEAF_SCHEMAS = {
  field: z.strictObject({
    field: z.string({ error: 'field must be a field name' }),
    eq: fieldValue.optional(),
    in: z.array(fieldValue, { error: 'in must be a list of values' }).min(1, 'in: an empty list matches nothing').optional(),
    gte: z.union([z.number().finite(), z.string()], { error: 'gte must be a number (or a priority)' }).optional(),
    lte: z.union([z.number().finite(), z.string()], { error: 'lte must be a number (or a priority)' }).optional(),
    exists: z.boolean({ error: 'exists must be true or false' }).optional(),
  }),
  status: z.strictObject({
    standard: standardId,
    status: z
      .array(z.enum(STATUSES, { error: (issue) => `${describeValue(issue.input)} is not a check status: use ${STATUSES.join(', ')}` }), {
        error: "status must be a list of check statuses (['at_risk', 'breached'])",
      })
      .min(1, 'status: an empty list matches nothing'),
  }),
  breachedFor: z.strictObject({ standard: standardId, breachedFor: durationSetting('breachedFor', { positive: false }), in: basis }),
  dueWithin: z.strictObject({ standard: standardId, dueWithin: durationSetting('dueWithin', { positive: false }), in: basis }),
  openFor: z.strictObject({ openFor: durationSetting('openFor', { positive: false }), in: basis }),
  idleFor: z.strictObject({
    idleFor: durationSetting('idleFor', { positive: false }),
    in: basis,
    lastMessageFrom: z.enum(MESSAGE_AUTHORS, { error: "lastMessageFrom must be 'customer' or 'agent'" }).optional(),
  }),
  lastCsatAtMost: z.strictObject({
    lastCsatAtMost: z.number({ error: 'lastCsatAtMost must be a score' }).finite('lastCsatAtMost must be a finite score'),
    within: durationSetting('within', { positive: true }).optional(),
    of: z.enum(['customer', 'interaction'], { error: "of must be 'customer' or 'interaction'" }).optional(),
  }),
} as const;

const KINDS = ['all', 'any', 'not', 'field', 'standard', 'openFor', 'idleFor', 'lastCsatAtMost'] as const;

type IssueSink = (path: readonly (string | number)[], message: string) => void;

function copyIssues(error: z.ZodError, path: readonly (string | number)[], report: IssueSink): void {
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const at = [...path, ...issue.path.filter((part): part is string | number => typeof part !== 'symbol')];
      if (key === undefined) report(at, issue.message);
      else report([...at, key], `unknown key ${JSON.stringify(key)}: a condition is one of ${KINDS.join(', ')} with its own options`);
    }
  }
}

function checkFieldLeaf(leaf: FieldCondition, path: readonly (string | number)[], report: IssueSink): void {
  const kind = fieldKind(leaf.field);
  if (kind === undefined) {
    report([...path, 'field'], `${describeValue(leaf.field)} is not a field: use one of ${CONDITION_FIELDS.join(', ')} or customer.attributes.NAME`);
    return;
  }
  const operators = (['eq', 'in', 'gte', 'lte', 'exists'] as const).filter((operator) => leaf[operator] !== undefined);
  if (operators.length === 0) report(path, `field ${leaf.field}: give an operator (eq, in, gte, lte or exists)`);
  if (kind === 'instant') {
    for (const operator of operators) {
      if (operator !== 'exists') report([...path, operator], `${leaf.field} is an instant: use exists, or a time leaf such as openFor`);
    }
    return;
  }
  const named = kind === 'priority' ? PRIORITIES : kind === 'direction' ? DIRECTIONS : null;
  for (const operator of ['gte', 'lte'] as const) {
    const bound = leaf[operator];
    if (bound === undefined) continue;
    if (kind === 'priority') {
      if (!(PRIORITIES as readonly unknown[]).includes(bound)) report([...path, operator], `${describeValue(bound)} is not a priority: use ${PRIORITIES.join(', ')}`);
    } else if (kind !== 'number' && kind !== 'any') {
      report([...path, operator], `${leaf.field} is not a number: use eq or in`);
    } else if (typeof bound !== 'number') {
      report([...path, operator], `${operator} must be a number`);
    }
  }
  if (named !== null) {
    const values: [FieldValue, (string | number)[]][] = [];
    if (leaf.eq !== undefined) values.push([leaf.eq, [...path, 'eq']]);
    leaf.in?.forEach((value, index) => values.push([value, [...path, 'in', index]]));
    for (const [value, at] of values) {
      if (!(named as readonly unknown[]).includes(value)) report(at, `${describeValue(value)} is not a ${leaf.field}: use ${named.join(', ')}`);
    }
  }
}

/**
 * Reads one condition node at `path` and `depth` (the `when` itself is depth 1), reporting every
 * problem; returns the validated condition, or `undefined` when it has problems.
 */
function readCondition(input: unknown, path: readonly (string | number)[], depth: number, report: IssueSink): Condition | undefined {
  if (depth > MAX_CONDITION_DEPTH) {
    report(path, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels`);
    return undefined;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    report(path, `a condition must be an object: one of ${KINDS.join(', ')}`);
    return undefined;
  }
  const record = input as Record<string, unknown>;
  const has = (key: string) => Object.hasOwn(record, key);
  for (const combinator of ['all', 'any'] as const) {
    if (!has(combinator)) continue;
    const extra = Object.keys(record).filter((key) => key !== combinator);
    for (const key of extra) report([...path, key], `unknown key ${JSON.stringify(key)}: ${combinator} takes only its list of conditions`);
    const list = record[combinator];
    if (!Array.isArray(list)) {
      report([...path, combinator], `${combinator} must be a list of conditions`);
      return undefined;
    }
    if (list.length === 0) report([...path, combinator], `${combinator}: an empty list is a mistake (it would ${combinator === 'all' ? 'always' : 'never'} hold)`);
    const children = list.map((child, index) => readCondition(child, [...path, combinator, index], depth + 1, report));
    if (extra.length > 0 || list.length === 0 || children.some((child) => child === undefined)) return undefined;
    return combinator === 'all' ? { all: children as Condition[] } : { any: children as Condition[] };
  }
  if (has('not')) {
    const extra = Object.keys(record).filter((key) => key !== 'not');
    for (const key of extra) report([...path, key], `unknown key ${JSON.stringify(key)}: not takes only one condition`);
    const child = readCondition(record.not, [...path, 'not'], depth + 1, report);
    return child === undefined || extra.length > 0 ? undefined : { not: child };
  }
  let schema: z.ZodType | undefined;
  if (has('field')) schema = LEAF_SCHEMAS.field;
  else if (has('standard')) {
    const options = (['status', 'breachedFor', 'dueWithin'] as const).filter(has);
    if (options.length !== 1) {
      report(path, `a standard leaf takes exactly one of status, breachedFor or dueWithin${options.length > 1 ? ` (got ${options.join(', ')})` : ''}`);
      return undefined;
    }
    schema = LEAF_SCHEMAS[options[0] as 'status' | 'breachedFor' | 'dueWithin'];
  } else if (has('openFor')) schema = LEAF_SCHEMAS.openFor;
  else if (has('idleFor')) schema = LEAF_SCHEMAS.idleFor;
  else if (has('lastCsatAtMost')) schema = LEAF_SCHEMAS.lastCsatAtMost;
  if (schema === undefined) {
    const keys = Object.keys(record);
    report(path, `unknown condition${keys.length > 0 ? ` with keys ${keys.join(', ')}` : ''}: use one of ${KINDS.join(', ')}`);
    return undefined;
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    copyIssues(parsed.error, path, report);
    return undefined;
  }
  const leaf = stripUndefined(parsed.data as Record<string, unknown>) as unknown as Condition;
  if ('field' in leaf) {
    let bad = false;
    checkFieldLeaf(leaf, path, (at, message) => {
      bad = true;
      report(at, message);
    });
    if (bad) return undefined;
  }
  return leaf;
}

function stripUndefined(record: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

/**
 * The schema of a {@link Condition}: JSON that says when an escalation level applies.
 *
 * - Combinators: `{ all: [...] }`, `{ any: [...] }` (non-empty lists), `{ not: condition }`.
 * - Field leaves: `{ field, eq?, in?, gte?, lte?, exists? }` on a name from {@link CONDITION_FIELDS}
 *   (`{ field: 'customer.tier', eq: 'vip' }`, `{ field: 'reopenCount', gte: 2 }`).
 * - Standard leaves: `{ standard, status: [...] }`, `{ standard, breachedFor }`, `{ standard, dueWithin }`.
 * - Time leaves: `{ openFor }`, `{ idleFor, lastMessageFrom? }`; these and `breachedFor` and
 *   `dueWithin` take `in: 'calendar' | 'business'`.
 * - Survey leaf: `{ lastCsatAtMost, within?, of? }`.
 *
 * Durations are milliseconds or strings (`"4h"`, `"30m"`, `"PT4H"`) and come out as milliseconds.
 * Unknown keys, unknown fields, operators a field does not take (`gte` on a text, `eq` on an
 * instant), a priority that does not exist, empty lists and nesting deeper than
 * {@link MAX_CONDITION_DEPTH} are rejected with the path of the problem.
 *
 * @example
 * ```ts
 * ConditionSchema.parse({ all: [{ field: 'priority', in: ['urgent'] }, { openFor: '4h' }] })
 * // => { all: [{ field: 'priority', in: ['urgent'] }, { openFor: 14400000 }] }
 * ConditionSchema.safeParse({ any: [{ field: 'priority', gt: 'high' }] }).error?.issues[0]?.path
 * // => ['any', 0, 'gt']
 * ```
 */
export const ConditionSchema: z.ZodType<Condition, ConditionInput> = z.unknown().transform((input, context) => {
  let failed = false;
  const condition = readCondition(input, [], 1, (path, message) => {
    failed = true;
    context.addIssue({ code: 'custom', path: [...path], message });
  });
  return failed || condition === undefined ? z.NEVER : condition;
}) as unknown as z.ZodType<Condition, ConditionInput>;
