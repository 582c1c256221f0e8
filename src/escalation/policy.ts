import { z } from 'zod';
import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { IdSchema } from '../models/id.js';
import { BusinessCalendarSchema } from '../time/calendar.js';
import { durationSetting } from '../time/duration-setting.js';
import { type Condition, ConditionSchema } from './condition.js';

/** Keys that could reach an object's prototype when configuration is copied around; never valid in a policy. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep raw policy data may nest before it is refused unread (conditions have their own, lower limit). */
const MAX_DATA_DEPTH = 64;

/** Refuses what must not reach the schema: a cycle, absurd nesting, or a key that reaches a prototype. */
function checkPlainData(value: unknown, path: (string | number)[], ancestors: Set<object>, report: (path: (string | number)[], message: string) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (ancestors.has(value)) {
    report(path, 'this object contains itself (a cycle): a policy must be plain, finite data');
    return;
  }
  if (path.length > MAX_DATA_DEPTH) {
    report(path, `the policy nests deeper than ${MAX_DATA_DEPTH} levels`);
    return;
  }
  ancestors.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkPlainData(item, [...path, index], ancestors, report));
  } else if (!(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) report([...path, key], `the key ${JSON.stringify(key)} is not allowed`);
      else checkPlainData((value as Record<string, unknown>)[key], [...path, key], ancestors, report);
    }
  }
  ancestors.delete(value);
}

/** One escalation level (see {@link EscalationPolicySchema}). */
const LevelSchema = z.strictObject({
  /** The level number: a whole number from 1, strictly increasing down the list. */
  level: z.number({ error: 'level must be a number' }).int('level must be a whole number').min(1, 'level must be 1 or more'),
  /** A name for people ("team lead"). */
  name: z.string({ error: 'name must be a string' }).min(1, 'name must not be empty'),
  /** When the level applies. */
  when: ConditionSchema,
  /** How long `when` must have held before the level applies: milliseconds or a string; 0 when absent. */
  afterMs: durationSetting('afterMs', { positive: false }).optional(),
  /** Who to notify: opaque targets for the app ("slack:#support-leads", "user:42"). */
  notify: z.array(z.string({ error: 'a notify target must be a string' }).min(1, 'a notify target must not be empty'), { error: 'notify must be a list of targets' }).optional(),
});

/** Walks every condition of a policy with its path. */
function forEachCondition(policy: { levels: { when: Condition }[]; stopWhen?: Condition | undefined }, visit: (condition: Condition, path: (string | number)[]) => void): void {
  const walk = (condition: Condition, path: (string | number)[]): void => {
    visit(condition, path);
    if ('all' in condition) condition.all.forEach((child, index) => walk(child, [...path, 'all', index]));
    else if ('any' in condition) condition.any.forEach((child, index) => walk(child, [...path, 'any', index]));
    else if ('not' in condition) walk(condition.not, [...path, 'not']);
  };
  policy.levels.forEach((level, index) => walk(level.when, ['levels', index, 'when']));
  if (policy.stopWhen !== undefined) walk(policy.stopWhen, ['stopWhen']);
}

const PolicyObjectSchema = z
  .strictObject({
    /** The policy's id. */
    id: IdSchema,
    /** A name for people. */
    name: z.string({ error: 'name must be a string' }).optional(),
    /** Business hours for time leaves with `in: 'business'` (and standard leaves whose standard has none). */
    calendar: BusinessCalendarSchema.optional(),
    /** The levels, lowest first. */
    levels: z.array(LevelSchema, { error: 'levels must be a list of levels' }).min(1, 'a policy needs at least one level'),
    /** Notify the current level again every `everyMs`, at most `times` times, while it applies. */
    repeat: z
      .strictObject({
        /** How many repeats at most (1–1000). */
        times: z.number({ error: 'repeat.times must be a number' }).int('repeat.times must be a whole number').min(1, 'repeat.times must be 1 or more').max(1000, 'repeat.times must be at most 1000'),
        /** The time between repeats: positive, milliseconds or a string. */
        everyMs: durationSetting('repeat.everyMs', { positive: true }),
      })
      .optional(),
    /** While this holds, escalation stops (besides resolution, see `stopWhenResolved`). */
    stopWhen: ConditionSchema.optional(),
    /** Whether a resolved interaction stops escalation; `true` when absent. */
    stopWhenResolved: z.boolean({ error: 'stopWhenResolved must be true or false' }).optional(),
  })
  .superRefine((policy, context) => {
    policy.levels.forEach((level, index) => {
      const previous = policy.levels[index - 1];
      if (previous !== undefined && level.level <= previous.level) {
        context.addIssue({
          code: 'custom',
          path: ['levels', index, 'level'],
          message: `level ${level.level} must be higher than the level above it (${previous.level}): levels go up strictly`,
        });
      }
    });
    forEachCondition(policy, (condition, path) => {
      if (('openFor' in condition || 'idleFor' in condition) && condition.in === 'business' && policy.calendar === undefined) {
        context.addIssue({ code: 'custom', path: [...path, 'in'], message: "business time needs the policy's calendar: add calendar, or count calendar time" });
      }
    });
    const calendar = policy.calendar;
    if (calendar !== undefined && Object.values(calendar.weekly).every((windows) => windows === undefined || windows.length === 0)) {
      context.addIssue({ code: 'custom', path: ['calendar', 'weekly'], message: 'the calendar has no weekly opening hours, so business time would never pass' });
    }
  });

/** A validated escalation policy (see {@link EscalationPolicySchema}): durations in milliseconds. */
export interface EscalationPolicy extends z.output<typeof PolicyObjectSchema> {}

/** An escalation policy as configuration states it (see {@link EscalationPolicySchema}). */
export type EscalationPolicyInput = z.input<typeof PolicyObjectSchema>;

/** One level of a validated policy. */
export type EscalationLevel = EscalationPolicy['levels'][number];

/**
 * An escalation policy as data: levels that apply when their condition holds (for long enough),
 * repeats, and what stops escalation.
 *
 * - `id` (required), `name`.
 * - `levels`: `[{ level, name, when, afterMs?, notify? }]`, level numbers whole, from 1 and strictly
 *   increasing; `when` is a {@link Condition}; `afterMs` (ms or a string) is how long `when` must
 *   have held; `notify` lists opaque targets for the app.
 * - `repeat`: `{ times, everyMs }`: while a level applies, notify it again every `everyMs`, at most
 *   `times` times.
 * - `stopWhen`: a condition that stops escalation while it holds; `stopWhenResolved` (default
 *   `true`): a resolved interaction stops it too.
 * - `calendar`: a business calendar definition for time leaves with `in: 'business'`.
 *
 * Unknown keys and operators, level numbers that do not go up, unparsable durations, business time
 * without a calendar, conditions nested deeper than {@link MAX_CONDITION_DEPTH}, a cycle, and the
 * keys `__proto__`, `constructor` and `prototype` anywhere are rejected with the path of the problem.
 * Use {@link validatePolicy} to also check standard ids.
 *
 * @example
 * ```ts
 * const policy = EscalationPolicySchema.parse({
 *   id: 'urgent',
 *   levels: [
 *     { level: 1, name: 'team lead', when: { standard: 'first-reply', status: ['breached'] } },
 *     { level: 2, name: 'manager', when: { standard: 'first-reply', status: ['breached'] }, afterMs: '1h' },
 *   ],
 * });
 * policy.levels[1]?.afterMs
 * // => 3600000
 * EscalationPolicySchema.safeParse({ ...policy, levels: [...policy.levels].reverse() }).error?.issues[0]?.path
 * // => ['levels', 1, 'level']
 * ```
 */
export const EscalationPolicySchema: z.ZodType<EscalationPolicy, EscalationPolicyInput> = z
  .unknown()
  .superRefine((value, context) => {
    checkPlainData(value, [], new Set(), (path, message) => context.addIssue({ code: 'custom', path, message }));
  })
  .pipe(PolicyObjectSchema) as unknown as z.ZodType<EscalationPolicy, EscalationPolicyInput>;

/** One problem with a policy: where it is and what is wrong. */
export interface PolicyIssue {
  /** The path into the policy: keys and list indexes, outermost first. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a person can act on. */
  readonly message: string;
}

/** The result of {@link validatePolicy}: the policy, or every problem found. */
export type ValidatePolicyResult =
  | {
      /** The policy is valid. */
      readonly success: true;
      /** The parsed, frozen policy. */
      readonly policy: EscalationPolicy;
    }
  | {
      /** The policy is not valid. */
      readonly success: false;
      /** Every problem, with its path in the JSON. */
      readonly issues: readonly PolicyIssue[];
    };

/** Options of {@link validatePolicy}. */
export interface ValidatePolicyOptions {
  /** The service standards that exist (ids, or standards): a standard leaf naming another id is an issue. */
  standards?: readonly (string | StandardReference)[];
}

/** A standard as {@link validatePolicy} needs to know it: by its id. */
export interface StandardReference {
  /** The standard's id. */
  readonly id: string | number;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Validates an escalation policy from configuration (see {@link EscalationPolicySchema}), like zod's
 * `safeParse`: the policy, frozen and with durations in milliseconds, or every problem with its path.
 *
 * With `standards`, standard leaves must name one of them (checked only when given).
 *
 * @param json - The policy, as parsed JSON (or any value).
 * @param options - `standards`: the known standards or their ids.
 * @returns `{ success: true, policy }` or `{ success: false, issues }`.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for options that are not an object, or
 *   `standards` that is not a list of standards or ids (the policy itself never throws).
 * @example
 * ```ts
 * const json = {
 *   id: 'p', levels: [{ level: 1, name: 'lead', when: { standard: 'first-reply', breachedFor: '1h' } }],
 * };
 * validatePolicy(json).success
 * // => true
 * validatePolicy(json, { standards: ['resolution'] })
 * // => { success: false, issues: [{ path: ['levels', 0, 'when', 'standard'], message: 'there is no standard "first-reply" (known: resolution)' }] }
 * ```
 */
export function validatePolicy(json: unknown, options?: ValidatePolicyOptions): ValidatePolicyResult {
  const { standards } = optionsObject(options);
  if (standards !== undefined && !Array.isArray(standards)) throw invalidOption('standards', 'a list of standards or their ids', standards);
  const parsed = EscalationPolicySchema.safeParse(json);
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.flatMap((issue) => {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        // An unknown key is reported where it is, one issue per key.
        if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key ${JSON.stringify(key)}` }));
        return [{ path, message: issue.message }];
      }),
    };
  }
  const policy = parsed.data;
  if (standards !== undefined) {
    const known = new Set(standards.map((standard) => (typeof standard === 'string' ? standard : String(standard?.id))));
    const issues: PolicyIssue[] = [];
    forEachCondition(policy, (condition, path) => {
      if ('standard' in condition && !known.has(condition.standard)) {
        const list = known.size === 0 ? 'none' : [...known].join(', ');
        issues.push({ path: [...path, 'standard'], message: `there is no standard ${JSON.stringify(condition.standard)} (known: ${list})` });
      }
    });
    if (issues.length > 0) return { success: false, issues };
  }
  return { success: true, policy: deepFreeze(policy) };
}

/**
 * Validates a policy from configuration and returns it frozen, ready to evaluate; like
 * {@link validatePolicy}, but throws.
 *
 * {@link evaluateEscalation} also accepts the raw configuration object; it is then validated on
 * its first use and the result cached for that object, so do not change a policy after using it.
 *
 * @param input - The policy (see {@link EscalationPolicySchema}).
 * @param options - `standards`: the known standards or their ids.
 * @returns The validated policy.
 * @throws {@link errors!ServiceKitError} `INVALID_POLICY` naming the first problem and its `path`; the
 *   list of every {@link PolicyIssue} is its `cause`. `INVALID_OPTION` as {@link validatePolicy}.
 * @example
 * ```ts
 * definePolicy({ id: 'p', levels: [{ level: 1, name: 'lead', when: { openFor: '4h' } }] }).levels[0]?.when
 * // => { openFor: 14400000 }
 * try {
 *   definePolicy({ id: 'p', levels: [{ level: 1, name: 'lead', when: { openFor: '4 hours' } }] });
 * } catch (error) {
 *   error.path
 *   // => ['levels', 0, 'when', 'openFor']
 * }
 * ```
 */
export function definePolicy(input: EscalationPolicyInput, options: ValidatePolicyOptions = {}): EscalationPolicy {
  const result = validatePolicy(input, options);
  if (result.success) return result.policy;
  const [first] = result.issues;
  const path = first?.path ?? [];
  const id = typeof (input as { id?: unknown } | null)?.id === 'string' ? ` ${JSON.stringify((input as { id: string }).id)}` : '';
  const where = path.length === 0 ? '' : ` at ${path.join('.')}`;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new ServiceKitError('INVALID_POLICY', `policy${id}${where}: ${first?.message ?? 'invalid policy'}${more}`, { path, cause: result.issues });
}
