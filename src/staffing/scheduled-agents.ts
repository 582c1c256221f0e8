import { requireAgentCount, requireShrinkage } from './input-checks.js';

/** A number as the decimal fraction JavaScript writes it (0.3 → 3/10), exactly, with bigints. */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  // Every finite number ≥ 0 prints in this form; the fallback is never reached.
  if (match === null) return { numerator: BigInt(Math.round(value * 1e6)), denominator: 1_000_000n };
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(`${match[1]}${fraction}`);
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/**
 * Agents to schedule so that `agents` remain to take contacts after shrinkage (breaks, training,
 * meetings, absence): the smallest whole number `m` with `m × (1 − shrinkage) ≥ agents`, that is
 * `ceil(agents / (1 − shrinkage))`.
 *
 * Computed exactly on the decimal the shrinkage is written as, so 14 agents at 30 % shrinkage are
 * 20 to schedule and 21 agents are 30 (plain floating point gives `21 / (1 − 0.3) = 30.000000000000004`
 * and would round up to 31).
 *
 * @param agents - Agents needed on the queue, a whole number ≥ 0.
 * @param shrinkage - Share of paid time not available for contacts, ≥ 0 and < 1 (0.3 for 30 %).
 * @returns The number of agents to schedule.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a fractional or negative agent count, or a
 *   shrinkage below 0 or not below 1.
 * @example
 * ```ts
 * scheduledAgents(14, 0.3)
 * // => 20
 * scheduledAgents(21, 0.3)
 * // => 30
 * scheduledAgents(14, 0.35)
 * // => 22
 * scheduledAgents(14, 0)
 * // => 14
 * ```
 */
export function scheduledAgents(agents: number, shrinkage: number): number {
  requireAgentCount(agents, ['agents'], Number.MAX_SAFE_INTEGER);
  requireShrinkage(shrinkage, ['shrinkage']);
  if (agents === 0 || shrinkage === 0) return agents;
  const { numerator, denominator } = decimalFraction(shrinkage);
  const available = denominator - numerator; // (1 − shrinkage) × denominator, > 0
  const needed = BigInt(agents) * denominator;
  return Number((needed + available - 1n) / available);
}
