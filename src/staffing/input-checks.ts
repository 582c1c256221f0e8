import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';

// Boundary checks shared by the staffing functions. Each throws `INVALID_OPTION` with the path of
// the field, so a caller sees which input is wrong (`['ahtMs']`, `['serviceLevel', 'target']`).

/**
 * The most agents any staffing function takes or finds: the Erlang recursions cost one step per
 * agent, so a count is refused above it rather than computed for minutes (a million agents take
 * milliseconds).
 */
export const MAX_AGENTS = 1_000_000;

/** INVALID_OPTION at `path`: "`name` must be `expectation`; got `value`", `name` the path joined by dots. */
export function fail(path: ServiceKitErrorPath, expectation: string, value: unknown, name = path.join('.') || 'input'): never {
  throw new ServiceKitError('INVALID_OPTION', `${name} must be ${expectation}; got ${describeValue(value)}`, { path });
}

/** An object (an input, its `serviceLevel`, an interval of a plan). */
export function requireObject<T>(value: T, path: ServiceKitErrorPath, shape = 'an object', name?: string): T {
  if (typeof value !== 'object' || value === null) fail(path, shape, value, name);
  return value;
}

/** A finite number ≥ 0 (contact volumes, thresholds, Erlangs). */
export function requireNonNegative(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'a finite number ≥ 0', value);
  return value;
}

/** A finite number > 0 (handle times, interval lengths). */
export function requirePositive(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(path, 'a finite number > 0', value);
  return value;
}

/** A whole number from 0 to `max`: {@link MAX_AGENTS} where an Erlang recursion will run over it. */
export function requireAgentCount(value: unknown, path: ServiceKitErrorPath, max = MAX_AGENTS): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    fail(path, `a whole number from 0 to ${max}`, value);
  }
  return value;
}

/** A fraction strictly between 0 and 1 (a service-level target). */
export function requireOpenFraction(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) fail(path, 'a fraction strictly between 0 and 1 (0.8 for 80 %)', value);
  return value;
}

/** A fraction in [0, 1) (shrinkage: 1 would leave nobody to take contacts). */
export function requireShrinkage(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) fail(path, 'a fraction ≥ 0 and < 1 (0.3 for 30 %)', value);
  return value;
}

/** A fraction in (0, 1] (an occupancy cap). */
export function requireOccupancyCap(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) fail(path, 'a fraction > 0 and ≤ 1 (0.85 for 85 %)', value);
  return value;
}
