import { ServiceKitError } from '../errors/service-kit-error.js';
import { requireNonNegative, requireObject, requirePositive } from './input-checks.js';
import type { StaffingLoad } from './traffic-intensity.js';

/** KPI results to staff from: an AHT result, a contact count and the interval it was counted over. */
export interface StaffingInputFromKpisInput {
  /**
   * An average-handle-time result, such as what `aht(...)` returns. Only its `meanMs` is read: Erlang
   * models take the mean handle time (the median or p90 would understate or overstate the load),
   * so any object with `meanMs` will do.
   */
  aht: {
    /** Mean handle time in milliseconds; `null` when there was nothing to average. */
    readonly meanMs: number | null;
  };
  /** Contacts offered (or forecast) in the interval; ≥ 0. */
  contacts: number;
  /** Length of the interval in milliseconds; > 0. */
  intervalMs: number;
}

/**
 * Turns KPI results into the load the staffing functions take: the AHT result's mean becomes
 * `ahtMs`, next to the interval's contacts and length.
 *
 * The parameter is typed by shape (`{ meanMs: number | null }`) rather than by the AHT result's
 * type, so it accepts the result of `aht(...)` (or any summary with a mean handle time) without
 * tying staffing to the KPI module.
 *
 * @param input - The AHT result, the contact count and the interval length.
 * @returns `{ contacts, intervalMs, ahtMs }`, ready for {@link trafficIntensity},
 *   {@link queueMetrics} or {@link agentsRequired} (add `agents` or `serviceLevel`).
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` when `input` or `aht` is not an object, the AHT mean
 *   is `null` (no handled contacts to average: take AHT over a longer period) or not > 0 (`path: ['aht',
 *   'meanMs']`), for negative contacts, or a zero or negative interval.
 * @example
 * ```ts
 * const load = staffingInputFromKpis({ aht: { count: 412, meanMs: 180_000 }, contacts: 100, intervalMs: 1_800_000 });
 * load
 * // => { contacts: 100, intervalMs: 1800000, ahtMs: 180000 }
 * agentsRequired({ ...load, serviceLevel: { thresholdMs: 20_000, target: 0.8 } }).agents
 * // => 14
 * ```
 */
export function staffingInputFromKpis(input: StaffingInputFromKpisInput): StaffingLoad {
  const meanMs = requireObject(requireObject(input, []).aht, ['aht']).meanMs;
  if (meanMs === null || meanMs === undefined) {
    throw new ServiceKitError('INVALID_OPTION', 'aht.meanMs is null: there were no handled contacts to average; take AHT over a longer period', {
      path: ['aht', 'meanMs'],
    });
  }
  return {
    contacts: requireNonNegative(input.contacts, ['contacts']),
    intervalMs: requirePositive(input.intervalMs, ['intervalMs']),
    ahtMs: requirePositive(meanMs, ['aht', 'meanMs']),
  };
}
