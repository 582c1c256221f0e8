import { ServiceKitError } from '../errors/service-kit-error.js';
import { erlangBRecursion, erlangCMetrics, nextErlangB } from './erlang-formulas.js';
import { MAX_AGENTS, requireNonNegative, requireObject, requireOccupancyCap, requireOpenFraction, requireShrinkage } from './input-checks.js';
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
 * Searches up from the analytic lower bound (a stable queue needs `n > A`, the occupancy cap
 * `n ≥ A / maxOccupancy`), carrying the Erlang B recursion along (so the search costs one step per
 * agent, even for thousands), and stops at the first count `n` with a stable queue (`n > A`),
 * occupancy `A/n ≤ maxOccupancy` and service level ≥ `target` ({@link queueMetrics}). Zero contacts
 * need zero agents (and meet any target). At most 1,000,000 agents are searched (a few
 * milliseconds); a load that needs more is refused.
 *
 * @param input - Contacts, interval, average handle time, the service level to meet and the
 *   optional `maxOccupancy` and `shrinkage`.
 * @returns The agent count, the scheduled count and the metrics at that count.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for what {@link trafficIntensity} rejects, a
 *   `serviceLevel` that is not an object, a negative threshold, a target outside (0, 1), a
 *   `maxOccupancy` outside (0, 1] or a shrinkage outside [0, 1); `path` names the field
 *   (`['serviceLevel', 'target']`). Also when more than 1,000,000 agents would be needed: path
 *   `['maxOccupancy']` when the occupancy cap alone asks for more, else `[]`.
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
  const serviceLevel = requireObject(input.serviceLevel, ['serviceLevel'], '{ thresholdMs, target } (80 % in 20 s is { thresholdMs: 20_000, target: 0.8 })');
  const thresholdMs = requireNonNegative(serviceLevel.thresholdMs, ['serviceLevel', 'thresholdMs']);
  const target = requireOpenFraction(serviceLevel.target, ['serviceLevel', 'target']);
  const maxOccupancy = input.maxOccupancy === undefined ? 1 : requireOccupancyCap(input.maxOccupancy, ['maxOccupancy']);
  const shrinkage = input.shrinkage === undefined ? 0 : requireShrinkage(input.shrinkage, ['shrinkage']);
  const { ahtMs } = input;

  // Every count up to here fails: n ≤ A is unstable, n ≤ ⌈A / maxOccupancy⌉ − 2 is over the cap
  // (− 2, not − 1, keeps the bound below the answer whatever the rounding of A / maxOccupancy).
  let agents = Math.min(MAX_AGENTS, Math.max(Math.floor(erlangs), Math.ceil(erlangs / maxOccupancy) - 2));
  let blocking = erlangBRecursion(agents, erlangs);
  let metrics = erlangCMetrics(agents, erlangs, blocking, thresholdMs, ahtMs);
  while (erlangs > 0) {
    if (agents === MAX_AGENTS) {
      // a million agents fail: the cap's fault when they would be over it but stable, else the load's
      throw new ServiceKitError('INVALID_OPTION', `over 1,000,000 agents needed for ${erlangs} Erlangs at maxOccupancy ${maxOccupancy}`, {
        path: erlangs < MAX_AGENTS && erlangs / MAX_AGENTS > maxOccupancy ? ['maxOccupancy'] : [],
      });
    }
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
