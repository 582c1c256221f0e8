import { ServiceKitError } from '../errors/service-kit-error.js';
import { erlangCMetrics, nextErlangB } from './erlang-formulas.js';
import { requireNonNegative, requireOccupancyCap, requireOpenFraction, requireShrinkage } from './input-checks.js';
import type { QueueMetrics } from './queue-metrics.js';
import { scheduledAgents } from './scheduled-agents.js';
import { trafficIntensity, type StaffingLoad } from './traffic-intensity.js';

/** A service-level promise: `target` of contacts answered within `thresholdMs` (80 % in 20 s). */
export interface StaffingServiceLevel {
  /** The answer-time threshold in milliseconds; ≥ 0. */
  thresholdMs: number;
  /** The share of contacts to answer within it, strictly between 0 and 1 (0.8 for 80 %). */
  target: number;
}

/** What to staff for: an interval's load, the service-level promise and the optional limits. */
export interface AgentsRequiredInput extends StaffingLoad {
  /** The service level to meet. */
  serviceLevel: StaffingServiceLevel;
  /** Highest acceptable occupancy, > 0 and ≤ 1 (0.85 for 85 %); no cap when omitted. */
  maxOccupancy?: number;
  /** Share of scheduled time not spent on contacts, ≥ 0 and < 1 (0.3 for 30 %); 0 when omitted. */
  shrinkage?: number;
}

/** How many agents an interval needs. */
export interface AgentsRequiredResult {
  /** Agents taking contacts: the smallest count meeting the service level and the occupancy cap. */
  agents: number;
  /** Agents to schedule so that `agents` remain after shrinkage ({@link scheduledAgents}). */
  scheduledAgents: number;
  /** The queue's measures with `agents` agents. */
  metrics: QueueMetrics;
}

/**
 * The smallest number of agents that meets a service-level promise, by Erlang C, and the number to
 * schedule after shrinkage.
 *
 * Counts up from one agent, carrying the Erlang B recursion along (so the search costs one step per
 * agent, even for thousands), and stops at the first count `n` with a stable queue (`n > A`),
 * occupancy `A/n ≤ maxOccupancy` and service level ≥ `target` ({@link queueMetrics}). Zero contacts
 * need zero agents (and meet any target).
 *
 * @param input - Contacts, interval, average handle time, the service level to meet and the
 *   optional `maxOccupancy` and `shrinkage`.
 * @returns The agent count, the scheduled count and the metrics at that count.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for negative contacts, a zero or negative
 *   `intervalMs` or `ahtMs`, a negative threshold, a target outside (0, 1), a `maxOccupancy` outside
 *   (0, 1] or a shrinkage outside [0, 1); `path` names the field (`['serviceLevel', 'target']`).
 * @example
 * ```ts
 * const staffing = agentsRequired({
 *   contacts: 100,
 *   intervalMs: 1_800_000,
 *   ahtMs: 180_000,
 *   serviceLevel: { thresholdMs: 20_000, target: 0.8 },
 *   maxOccupancy: 0.85,
 *   shrinkage: 0.3,
 * });
 * [staffing.agents, staffing.scheduledAgents]
 * // => [14, 20]
 * staffing.metrics.serviceLevel.toFixed(3)
 * // => '0.888'
 * ```
 */
export function agentsRequired(input: AgentsRequiredInput): AgentsRequiredResult {
  const erlangs = trafficIntensity(input);
  const serviceLevel = input.serviceLevel as StaffingServiceLevel | undefined;
  if (serviceLevel === null || typeof serviceLevel !== 'object') {
    throw new ServiceKitError('INVALID_OPTION', 'serviceLevel must be { thresholdMs, target } (80 % in 20 s is { thresholdMs: 20_000, target: 0.8 })', {
      path: ['serviceLevel'],
    });
  }
  const thresholdMs = requireNonNegative(serviceLevel.thresholdMs, ['serviceLevel', 'thresholdMs']);
  const target = requireOpenFraction(serviceLevel.target, ['serviceLevel', 'target']);
  const maxOccupancy = input.maxOccupancy === undefined ? 1 : requireOccupancyCap(input.maxOccupancy, ['maxOccupancy']);
  const shrinkage = input.shrinkage === undefined ? 0 : requireShrinkage(input.shrinkage, ['shrinkage']);
  const { ahtMs } = input;

  let agents = 0;
  let blocking = 1;
  let metrics = erlangCMetrics(agents, erlangs, blocking, thresholdMs, ahtMs);
  while (erlangs > 0) {
    agents += 1;
    blocking = nextErlangB(agents, erlangs, blocking);
    if (agents <= erlangs || erlangs / agents > maxOccupancy) continue;
    metrics = erlangCMetrics(agents, erlangs, blocking, thresholdMs, ahtMs);
    if (metrics.serviceLevel >= target) break;
  }
  return {
    agents,
    scheduledAgents: scheduledAgents(agents, shrinkage),
    metrics,
  };
}
