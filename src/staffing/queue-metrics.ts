import { erlangBRecursion, erlangCMetrics } from './erlang-formulas.js';
import { requireAgentCount, requireNonNegative } from './input-checks.js';
import { trafficIntensity, type StaffingLoad } from './traffic-intensity.js';

/** A staffed interval: its load, the agents taking contacts, and the answer-time threshold of the service level. */
export interface QueueMetricsInput extends StaffingLoad {
  /** Agents taking contacts (after shrinkage), a whole number from 0 to 1,000,000. */
  agents: number;
  /** The service-level threshold in milliseconds (20_000 for "answered within 20 s"); ≥ 0. */
  thresholdMs: number;
}

/** How a queue performs, by the Erlang C model (Poisson arrivals, exponential handle times, no abandonment). */
export interface QueueMetrics {
  /** Offered load in Erlangs. */
  erlangs: number;
  /** Probability that a contact waits at all (Erlang C), 0…1. */
  probabilityOfWaiting: number;
  /** Share of contacts answered within the threshold (a wait equal to it counts as within), 0…1. */
  serviceLevel: number;
  /** Average wait before answer over all contacts, in milliseconds; `null` when the queue is unstable. */
  averageSpeedOfAnswerMs: number | null;
  /** Share of agents' time spent handling contacts, 0…1 (0 with no agents or no load). */
  occupancy: number;
  /** `false` when agents ≤ Erlangs: the queue grows without bound and nothing else is meaningful. */
  stable: boolean;
}

/**
 * How a queue performs with a given number of agents, by Erlang C: the probability of waiting,
 * the service level within `thresholdMs`, the average speed of answer and agent occupancy.
 *
 * With `A` Erlangs ({@link trafficIntensity}) and `n` agents: `P(wait) = C(n, A)` ({@link erlangC}),
 * `SL = 1 − P(wait)·e^{−(n−A)·thresholdMs/ahtMs}`, `ASA = P(wait)·ahtMs/(n − A)`, occupancy `A/n`.
 * When `n ≤ A` the queue is unstable (it grows for as long as the load lasts): the result says
 * `stable: false`, `probabilityOfWaiting: 1`, `serviceLevel: 0`, `averageSpeedOfAnswerMs: null` and
 * occupancy 1 (0 with no agents). With zero contacts nobody waits: service level 1, probability of
 * waiting 0, ASA 0.
 *
 * @param input - Contacts, interval, average handle time, agents and the service-level threshold.
 * @returns The queue's measures; see {@link QueueMetrics}.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for what {@link trafficIntensity} rejects, a
 *   negative threshold, or an agent count that is not a whole number from 0 to 1,000,000 (`path`
 *   names the field).
 * @example
 * ```ts
 * const metrics = queueMetrics({ contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000 });
 * metrics.serviceLevel.toFixed(3)
 * // => '0.888'
 * metrics.probabilityOfWaiting.toFixed(3)
 * // => '0.174'
 * Math.round(metrics.averageSpeedOfAnswerMs ?? 0)
 * // => 7836
 * queueMetrics({ contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 10, thresholdMs: 20_000 }).stable
 * // => false
 * ```
 */
export function queueMetrics(input: QueueMetricsInput): QueueMetrics {
  const erlangs = trafficIntensity(input);
  const agents = requireAgentCount(input.agents, ['agents']);
  const thresholdMs = requireNonNegative(input.thresholdMs, ['thresholdMs']);
  return erlangCMetrics(agents, erlangs, erlangBRecursion(agents, erlangs), thresholdMs, input.ahtMs);
}
