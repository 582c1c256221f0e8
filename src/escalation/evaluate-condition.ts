import { ServiceKitError } from '../errors/service-kit-error.js';
import type { BusinessCalendar } from '../time/calendar.js';
import { dateOrNull } from '../time/zone-offset.js';
import { compileCondition, conditionReads, emptyEvaluationContext, fillEvaluationContext, HOLDS, NEXT, NodeNumbering, SINCE, SINCE_NEXT } from './compiled-condition.js';
import { type Condition, type ConditionInput, ConditionSchema } from './condition.js';
import type { EscalationInput } from './escalation-input.js';

/** A condition at one instant. */
export interface ConditionResult {
  /** Whether it holds. */
  readonly holds: boolean;
  /** When its current truth value began (holding or not); `null` when not known (a field has no history). */
  readonly since: Date | null;
  /** The earliest instant after `now` at which it can flip by itself; `null` for never (only a new event can). */
  readonly nextChangeAt: Date | null;
  /**
   * The earliest instant after `now` at which `since` can move without a flip (an `any` whose
   * earliest holding child stops while another holds, when their runs are not known to join); `null` for never.
   */
  readonly sinceChangeAt: Date | null;
  /** Why it holds, or why not, in words. */
  readonly reasons: readonly string[];
}

/** Options of {@link evaluateCondition}: {@link EscalationInput} and a calendar. */
export interface EvaluateConditionInput extends EscalationInput {
  /** The calendar of time leaves with `in: 'business'` (and of standard leaves whose standard has none). */
  calendar?: BusinessCalendar;
}

/** A validated condition (its nodes are compiled for each evaluation: a few objects, and no state shared between calls). */
const validatedByObject = new WeakMap<object, { condition: Condition; readsStandards: boolean; readsSurveys: boolean; business: boolean }>();

function needsCalendar(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(needsCalendar);
  if ('any' in condition) return condition.any.some(needsCalendar);
  if ('not' in condition) return needsCalendar(condition.not);
  return ('openFor' in condition || 'idleFor' in condition) && condition.in === 'business';
}

function validate(condition: Condition | ConditionInput) {
  let validated = typeof condition === 'object' && condition !== null ? validatedByObject.get(condition) : undefined;
  if (validated !== undefined) return validated;
  const parsed = ConditionSchema.safeParse(condition);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const path = (first?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    throw new ServiceKitError('INVALID_POLICY', `condition${path.length === 0 ? '' : ` at ${path.join('.')}`}: ${first?.message ?? 'invalid condition'}`, {
      path,
      cause: parsed.error,
    });
  }
  validated = {
    condition: parsed.data,
    readsStandards: conditionReads(parsed.data, 'standards'),
    readsSurveys: conditionReads(parsed.data, 'surveys'),
    business: needsCalendar(parsed.data),
  };
  validatedByObject.set(condition, validated);
  return validated;
}

const instant = dateOrNull;

/**
 * Evaluates one condition at `now`: whether it holds, since when, when it can next flip by itself,
 * and why. The building block of {@link evaluateEscalation}, for testing a condition or showing it.
 *
 * Combinators combine their children's instants. `all` holding holds since its latest child began
 * to and can stop at the earliest child change; `all` failing cannot hold before every failing
 * child has changed, and fails since the earliest failing child began to, extended through the
 * runs of children known to have just left failing. `any` is the mirror image (its holding is the
 * union), and `not` keeps the instants and flips the truth.
 *
 * @param condition - A condition (see {@link ConditionSchema}), validated once per object.
 * @param input - What the condition reads (see {@link EscalationInput}) and the `calendar` for business time.
 * @returns The result.
 * @throws {@link errors!ServiceKitError} `INVALID_POLICY` for an invalid condition; `INVALID_OPTION` when a
 *   time leaf counts business time and no `calendar` is given; `INVALID_INPUT` as {@link evaluateEscalation}.
 * @example
 * ```ts
 * const interaction = InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-06T09:00:00Z' });
 * const result = evaluateCondition({ all: [{ openFor: '4h' }, { field: 'customer.tier', eq: 'vip' }] }, {
 *   interaction, customer: { tier: 'vip' }, now: new Date('2025-01-06T14:00:00Z'),
 * });
 * [result.holds, result.since?.toISOString(), result.reasons]
 * // => [true, '2025-01-06T13:00:00.000Z', ['open for 5h 0m', 'customer tier is vip']]
 * ```
 */
export function evaluateCondition(condition: Condition | ConditionInput, input: EvaluateConditionInput): ConditionResult {
  const validated = validate(condition);
  const { readsStandards, readsSurveys, business } = validated;
  const calendar = input?.calendar;
  if (business && calendar === undefined) {
    throw new ServiceKitError('INVALID_OPTION', "the condition counts business time: pass the calendar (createCalendar) as input.calendar", { path: ['calendar'] });
  }
  const numbering = new NodeNumbering();
  const node = compileCondition(validated.condition, numbering);
  const context = fillEvaluationContext(emptyEvaluationContext(calendar ?? null, numbering), input, readsStandards, readsSurveys);
  node.evaluate(context);
  node.describe(context, context.reasons);
  const values = context.values;
  return {
    holds: values[node.slot + HOLDS] === 1,
    since: instant(values[node.slot + SINCE] as number),
    nextChangeAt: instant(values[node.slot + NEXT] as number),
    sinceChangeAt: instant(values[node.slot + SINCE_NEXT] as number),
    reasons: context.reasons.take(false),
  };
}
