import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';

// Boundary checks shared by the staffing functions. Each throws `INVALID_OPTION` with the path of
// the field, so a caller sees which input is wrong (`['ahtMs']`, `['serviceLevel', 'target']`).

function fail(path: ServiceKitErrorPath, message: string): never {
  throw new ServiceKitError('INVALID_OPTION', message, { path });
}

function name(path: ServiceKitErrorPath): string {
  return path.map(String).join('.');
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
}

/** A finite number ≥ 0 (contact volumes, thresholds, Erlangs). */
export function requireNonNegative(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(path, `${name(path)} must be a finite number ≥ 0, got ${describe(value)}`);
  }
  return value;
}

/** A finite number > 0 (handle times, interval lengths). */
export function requirePositive(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(path, `${name(path)} must be a finite number > 0, got ${describe(value)}`);
  }
  return value;
}

/** A whole number ≥ 0 (agent counts). */
export function requireAgentCount(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(path, `${name(path)} must be a whole number of agents ≥ 0, got ${describe(value)}`);
  }
  return value;
}

/** A fraction strictly between 0 and 1 (a service-level target). */
export function requireOpenFraction(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail(path, `${name(path)} must be a fraction strictly between 0 and 1 (0.8 for 80 %), got ${describe(value)}`);
  }
  return value;
}

/** A fraction in [0, 1) (shrinkage: 1 would leave nobody to take contacts). */
export function requireShrinkage(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    fail(path, `${name(path)} must be a fraction ≥ 0 and < 1 (0.3 for 30 %), got ${describe(value)}`);
  }
  return value;
}

/** A fraction in (0, 1] (an occupancy cap). */
export function requireOccupancyCap(value: unknown, path: ServiceKitErrorPath): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    fail(path, `${name(path)} must be a fraction > 0 and ≤ 1 (0.85 for 85 %), got ${describe(value)}`);
  }
  return value;
}
