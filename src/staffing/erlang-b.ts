import { erlangBRecursion } from './erlang-formulas.js';
import { requireAgentCount, requireNonNegative } from './input-checks.js';

/**
 * Erlang B: the probability that a contact finds all `agents` busy when there is no queue (it is
 * blocked), for an offered load of `erlangs`.
 *
 * Computed by the stable recursion `B(0) = 1`, `B(k) = A·B(k−1) / (k + A·B(k−1))`: no factorials
 * or powers, so it stays exact to double precision for thousands of agents and Erlangs.
 *
 * @param agents - Number of agents (servers), a whole number from 0 to 1,000,000 (one recursion step
 *   each, so the largest count takes milliseconds).
 * @param erlangs - Offered load in Erlangs, ≥ 0 (see {@link trafficIntensity}).
 * @returns The blocking probability, in [0, 1].
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an agent count that is not a whole number
 *   from 0 to 1,000,000, or a negative or non-finite load.
 * @example
 * ```ts
 * erlangB(1, 1)
 * // => 0.5
 * erlangB(2, 1)
 * // => 0.2
 * ```
 */
export function erlangB(agents: number, erlangs: number): number {
  requireAgentCount(agents, ['agents']);
  requireNonNegative(erlangs, ['erlangs']);
  return erlangBRecursion(agents, erlangs);
}

