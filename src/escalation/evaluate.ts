import { formatDuration } from '../time/duration.js';
import { dateOrNull } from '../time/zone-offset.js';
import { ago, type EvaluationContext, fillEvaluationContext, HOLDS, NEXT, SINCE, SINCE_NEXT } from './compiled-condition.js';
import { type CompiledLevel, type CompiledPolicy, compilePolicy } from './compiled-policy.js';
import type { EscalationInput } from './escalation-input.js';
import { endedByNow, nextRecordedEventMs, nextStatusChangeMs } from './interaction-at-now.js';
import type { EscalationPolicy, EscalationPolicyInput } from './policy.js';

/** One level that applies, and why. */
export interface EscalationMatch {
  /** The level number. */
  readonly level: number;
  /** The level's name. */
  readonly name: string;
  /** When it began to apply: when its condition began to hold (not before the opening), plus `afterMs`. */
  readonly since: Date;
  /** Why, in words ("first reply breached 1h 20m ago", "customer tier is vip"). */
  readonly reasons: readonly string[];
  /** The level's notify targets. */
  readonly notify: readonly string[];
}

/** Why escalation is stopped. */
export interface EscalationStop {
  /** Since when, if known. */
  readonly since: Date | null;
  /** Why, in words ("solved 2h 0m ago", "status is pending"). */
  readonly reasons: readonly string[];
}

/** The decision of an escalation policy for one interaction at one instant. */
export interface EscalationDecision {
  /** The highest level that applies, or `null` for none. */
  readonly level: number | null;
  /** When that level began to apply; `null` with no level. */
  readonly since: Date | null;
  /** How many repeats of that level are due by now (`repeat` of the policy; 0 without one). */
  readonly repeat: number;
  /** Every level that applies, lowest first, with its reasons. */
  readonly matched: readonly EscalationMatch[];
  /** Why escalation is stopped (resolution or `stopWhen`), or `null` while it runs. */
  readonly stopped: EscalationStop | null;
  /**
   * The earliest instant after `now` at which the decision can change by itself (or a recorded
   * event happens), so a scheduler calls again then; `null` when nothing can change without new
   * events. Evaluating at any instant in `[now, nextReviewAt)` gives the same level, since, repeat,
   * stop and matched levels (only the "…ago" wording of reasons moves on).
   */
  readonly nextReviewAt: Date | null;
}

const NO_MATCHES: readonly EscalationMatch[] = Object.freeze([]);

const span = (ms: number) => formatDuration(Math.max(0, ms));

const instant = dateOrNull;

/**
 * Decides which escalation level applies to an interaction at `now`, why, and when to look again.
 *
 * A level applies once its `when` condition holds and has held for its `afterMs` (counted from when
 * the condition began to hold, and not before the interaction opened); the decision's `level` is
 * the highest that applies. Each leaf of a condition knows when its truth began and when it will
 * next flip by itself (a standard turns at risk at `warnAt` and breached just after `dueAt`;
 * `openFor` holds from `openedAt + openFor`; `dueWithin` from `dueAt − dueWithin`…), and `all`,
 * `any` and `not` combine those instants, so `nextReviewAt` is exact (or safely early) with no
 * polling. With `repeat`, the current level is due again every `everyMs` after it began to apply.
 *
 * Escalation stops while `stopWhen` holds and, unless `stopWhenResolved: false`, once the
 * interaction is resolved, closed or abandoned (its status history in a resolved status, or
 * `resolvedAt`, `closedAt` or `abandonedAt` by `now`); a reopen resumes it. Events recorded after
 * `now` (in a replay of history) are not seen yet, and the first of them is a review instant too:
 * following `nextReviewAt` replays a day exactly.
 *
 * Condition semantics in detail (what `since` means for `any`, how business time counts):
 * docs/guide/escalation.md.
 *
 * @param policy - A policy from {@link definePolicy} or {@link validatePolicy}, or as configuration
 *   (validated once per object).
 * @param input - The interaction, its customer, standard checks (or standards), surveys, and `now`.
 * @returns The decision.
 * @throws {@link errors!ServiceKitError} `INVALID_POLICY` for an invalid policy; `INVALID_INPUT` for an
 *   invalid `now`, an interaction without a valid `openedAt`, another instant read that is not a `Date`
 *   (a string from an unparsed export; path `['interaction', field]`, `['customer', field]` or
 *   `['interaction', 'messages', index, 'at']`), or, when the conditions read them, a check that is not
 *   one (path `['checks', index]`) or a survey without a valid `respondedAt`. A valid policy never
 *   throws.
 * @example
 * ```ts
 * const policy = {
 *   id: 'urgent-first-reply',
 *   levels: [
 *     { level: 1, name: 'team lead', when: { standard: 'first-reply', status: ['breached'] } },
 *     { level: 2, name: 'support manager', when: { standard: 'first-reply', status: ['breached'] }, afterMs: '1h' },
 *   ],
 * };
 * const standards = [{ id: 'first-reply', measure: 'first_response', targetMs: '1h' }];
 * const interaction = InteractionSchema.parse({
 *   id: 't1', customerId: 'c1', channel: 'email', priority: 'urgent', openedAt: '2025-01-06T09:00:00Z',
 * });
 * const decision = evaluateEscalation(policy, { interaction, standards, now: new Date('2025-01-06T10:20:00Z') });
 * [decision.level, decision.matched[0]?.reasons]
 * // => [1, ['first reply breached 20m 0s ago']]
 * decision.nextReviewAt
 * // => 2025-01-06T11:00:00.000Z
 * ```
 */
export function evaluateEscalation(policy: EscalationPolicy | EscalationPolicyInput, input: EscalationInput): EscalationDecision {
  const compiled = compilePolicy(policy);
  const context = compiled.context;
  context.busy = true;
  try {
    return decide(compiled, fillEvaluationContext(context, input, compiled.readsStandards, compiled.readsSurveys), input);
  } finally {
    context.reasons.clear();
    context.busy = false;
  }
}

function decide(compiled: CompiledPolicy, context: EvaluationContext, input: EscalationInput): EscalationDecision {
  const { nowMs, openedMs, values, ending, reasons } = context;
  if (nowMs < openedMs) {
    return { level: null, since: null, repeat: 0, matched: NO_MATCHES, stopped: null, nextReviewAt: instant(openedMs) };
  }
  const ended = compiled.stopWhenResolved && endedByNow(context, ending);
  // A resolution lasts until the status history changes (a reopen); otherwise any recorded event
  // after now may change the decision.
  let next = ended
    ? nextStatusChangeMs(context)
    : nextRecordedEventMs(context, input.customer, compiled.readsSurveys ? input.surveys : undefined);
  const stop = compiled.stop;
  if (stop !== null && !ended) stop.evaluate(context);
  if (ended) {
    const stopped = { since: instant(ending.atMs), reasons: [`${ending.how} ${ago(nowMs - ending.atMs)}`] };
    return { level: null, since: null, repeat: 0, matched: NO_MATCHES, stopped, nextReviewAt: instant(next) };
  }
  if (stop !== null && values[stop.slot + HOLDS] === 1) {
    // A stop condition can end, or have its start move, by itself; a resolution only ends with
    // an event (a reopen), so a resolved interaction does not read the stop condition at all.
    stop.describe(context, reasons);
    next = Math.min(next, values[stop.slot + NEXT] as number, values[stop.slot + SINCE_NEXT] as number);
    const stopped = { since: instant(values[stop.slot + SINCE] as number), reasons: reasons.take(true) };
    return { level: null, since: null, repeat: 0, matched: NO_MATCHES, stopped, nextReviewAt: instant(next) };
  }
  if (stop !== null && (values[stop.slot + NEXT] as number) < next) next = values[stop.slot + NEXT] as number;

  let matchedCount = 0;
  const levels = compiled.levels;
  const starts = compiled.starts;
  for (let index = 0; index < levels.length; index++) {
    const level = levels[index] as CompiledLevel;
    const condition = level.condition;
    condition.evaluate(context);
    const slot = condition.slot;
    if ((values[slot + NEXT] as number) < next) next = values[slot + NEXT] as number;
    starts[index] = Number.NaN;
    if (values[slot + HOLDS] === 0) continue;
    // When it began to hold matters now (for `since` and `afterMs`): look again if that can move.
    if ((values[slot + SINCE_NEXT] as number) < next) next = values[slot + SINCE_NEXT] as number;
    const start = Math.max(values[slot + SINCE] as number, openedMs) + level.afterMs;
    if (nowMs >= start) {
      starts[index] = start;
      matchedCount++;
    } else if (start < next) {
      next = start;
    }
  }
  if (matchedCount === 0) return { level: null, since: null, repeat: 0, matched: NO_MATCHES, stopped: null, nextReviewAt: instant(next) };

  const matched: EscalationMatch[] = [];
  for (let index = 0; index < levels.length; index++) {
    const start = starts[index] as number;
    if (Number.isNaN(start)) continue;
    const level = levels[index] as CompiledLevel;
    level.condition.describe(context, reasons);
    if (level.afterMs > 0) reasons.push(`held for ${span(nowMs - start + level.afterMs)} (needs ${span(level.afterMs)})`);
    matched.push({ level: level.level, name: level.name, since: new Date(start), reasons: reasons.take(true), notify: level.notify });
  }
  const top = matched[matched.length - 1] as EscalationMatch;
  let repeat = 0;
  const repeatPolicy = compiled.repeat;
  if (repeatPolicy !== null) {
    const topStart = top.since.getTime();
    const done = Math.floor((nowMs - topStart) / repeatPolicy.everyMs);
    if (done >= repeatPolicy.times) repeat = repeatPolicy.times;
    else {
      repeat = done;
      const due = topStart + (done + 1) * repeatPolicy.everyMs;
      if (due < next) next = due;
    }
  }
  return { level: top.level, since: top.since, repeat, matched, stopped: null, nextReviewAt: instant(next) };
}
