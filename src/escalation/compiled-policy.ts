// Internal (not re-exported): a policy validated and compiled once per object (cached by
// identity), so evaluating millions of interactions never re-validates or recompiles.
import { type BusinessCalendar, createCalendar } from '../time/calendar.js';
import { type ConditionNode, compileCondition, conditionReads, type EvaluationContext, emptyEvaluationContext, NodeNumbering } from './compiled-condition.js';
import { definePolicy, type EscalationPolicy, type EscalationPolicyInput } from './policy.js';

/** One level ready to evaluate. */
export interface CompiledLevel {
  readonly level: number;
  readonly name: string;
  readonly afterMs: number;
  readonly notify: readonly string[];
  readonly condition: ConditionNode;
}

/** A policy ready to evaluate. */
export interface CompiledPolicy {
  readonly policy: EscalationPolicy;
  readonly levels: readonly CompiledLevel[];
  readonly stop: ConditionNode | null;
  readonly stopWhenResolved: boolean;
  readonly repeat: { readonly times: number; readonly everyMs: number } | null;
  readonly calendar: BusinessCalendar | null;
  readonly readsStandards: boolean;
  readonly readsSurveys: boolean;
  /** Scratch space of one evaluation: when each level began to apply (`NaN` when it does not). */
  readonly starts: Float64Array;
  /** The context of one evaluation, refilled by each, with the numbers of every node. */
  readonly context: EvaluationContext;
}

const compiledByObject = new WeakMap<object, CompiledPolicy>();

/**
 * The compiled form of a policy, from the cache or built (and cached) now, ready for one
 * evaluation: while one is under way with the cached form (a call from a getter of the input), a
 * new uncached one. Throws `INVALID_POLICY` for an invalid policy.
 */
export function compilePolicy(input: EscalationPolicy | EscalationPolicyInput): CompiledPolicy {
  const cached = typeof input === 'object' && input !== null ? compiledByObject.get(input) : undefined;
  if (cached !== undefined) return cached.context.busy ? build(cached.policy) : cached;
  const compiled = build(definePolicy(input));
  compiledByObject.set(input, compiled);
  compiledByObject.set(compiled.policy, compiled);
  return compiled;
}

function build(policy: EscalationPolicy): CompiledPolicy {
  const conditions = [...policy.levels.map((level) => level.when), ...(policy.stopWhen === undefined ? [] : [policy.stopWhen])];
  const calendar = policy.calendar === undefined ? null : createCalendar(policy.calendar);
  const numbering = new NodeNumbering();
  const levels = policy.levels.map((level) => ({
    level: level.level,
    name: level.name,
    afterMs: level.afterMs ?? 0,
    notify: level.notify ?? [],
    condition: compileCondition(level.when, numbering),
  }));
  const stop = policy.stopWhen === undefined ? null : compileCondition(policy.stopWhen, numbering);
  return {
    policy,
    levels,
    stop,
    stopWhenResolved: policy.stopWhenResolved ?? true,
    repeat: policy.repeat ?? null,
    calendar,
    readsStandards: conditions.some((condition) => conditionReads(condition, 'standards')),
    readsSurveys: conditions.some((condition) => conditionReads(condition, 'surveys')),
    starts: new Float64Array(policy.levels.length),
    context: emptyEvaluationContext(calendar, numbering),
  };
}
