import { fail, requireNonNegative, requireObject, requirePositive } from './input-checks.js';

/** The load on a queue in one interval: how many contacts arrive, over how long, and how long each takes. */
export interface StaffingLoad {
  /** Contacts offered in the interval (a forecast may be fractional); ≥ 0. */
  contacts: number;
  /** Length of the interval in milliseconds (1_800_000 for a half hour); > 0. */
  intervalMs: number;
  /** Average handle time (talk + hold + wrap-up) in milliseconds; > 0. */
  ahtMs: number;
}

/**
 * Traffic intensity in Erlangs: the number of agents that would be busy all interval long if the
 * work arrived perfectly evenly.
 *
 * `A = contacts × ahtMs / intervalMs`. 100 calls in half an hour at a 3-minute handle time are
 * 10 Erlangs.
 *
 * @param load - Contacts, interval length and average handle time.
 * @returns The offered load in Erlangs (≥ 0).
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a load that is not an object, negative
 *   contacts or a zero or negative `intervalMs` or `ahtMs` (the error's `path` names the field), or
 *   when the load in Erlangs is not a finite number (path `[]`: `1e200` contacts of `1e200` ms).
 * @example
 * ```ts
 * trafficIntensity({ contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000 })
 * // => 10
 * ```
 */
export function trafficIntensity(load: StaffingLoad): number {
  const contacts = requireNonNegative(requireObject(load, []).contacts, ['contacts']);
  const intervalMs = requirePositive(load.intervalMs, ['intervalMs']);
  const erlangs = (contacts * requirePositive(load.ahtMs, ['ahtMs'])) / intervalMs;
  if (!Number.isFinite(erlangs)) fail([], 'a finite number of Erlangs', erlangs, 'contacts × ahtMs / intervalMs');
  return erlangs;
}
