import { erlangBRecursion, erlangCFromB } from './erlang-formulas.js';
import { requireAgentCount, requireNonNegative } from './input-checks.js';

/**
 * Erlang C: the probability that a contact has to wait for an agent, when `agents` serve an
 * offered load of `erlangs` and every contact waits as long as it takes.
 *
 * `C = n·B / (n − A·(1 − B))` with `B` the Erlang B blocking probability ({@link erlangB}),
 * which is algebraically the textbook formula `(Aⁿ/n!)·n/(n−A) / (Σₖ₌₀ⁿ⁻¹ Aᵏ/k! + Aⁿ/n!·n/(n−A))`
 * without its factorials, so it stays exact for 1,000+ agents and 900+ Erlangs. When `n ≤ A` the
 * queue grows without bound and every contact waits: the result is 1.
 *
 * @param agents - Number of agents, a whole number from 0 to 1,000,000 (one recursion step each).
 * @param erlangs - Offered load in Erlangs, ≥ 0 (see {@link trafficIntensity}).
 * @returns The probability of waiting, in [0, 1]; never below {@link erlangB} for the same inputs.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an agent count that is not a whole number
 *   from 0 to 1,000,000, or a negative or non-finite load.
 * @example
 * ```ts
 * erlangC(14, 10).toFixed(4)
 * // => '0.1741'
 * erlangC(10, 12)
 * // => 1
 * ```
 */
export function erlangC(agents: number, erlangs: number): number {
  requireAgentCount(agents, ['agents']);
  requireNonNegative(erlangs, ['erlangs']);
  return erlangCFromB(agents, erlangs, erlangBRecursion(agents, erlangs));
}
