/**
 * Every code a {@link ServiceKitError} can carry: a closed union, so callers can switch on it.
 *
 * - `INVALID_OPTION`: an option is out of range or unknown (a CSAT threshold outside the scale).
 * - `INVALID_INPUT`: an argument is not what the function accepts (a non-finite instant).
 * - `INVALID_DURATION`: a duration string or number that does not parse.
 * - `INVALID_CALENDAR`: a business calendar that cannot be built (unknown zone, `25:00`, overlaps).
 * - `INVALID_STANDARD`: a service standard that cannot be checked.
 * - `INVALID_POLICY`: an escalation policy that cannot be evaluated.
 * - `INVALID_SCORECARD`: a quality scorecard or review that cannot be scored.
 * - `INCOMPARABLE_INPUT`: values that must not be combined (different scorecard major versions).
 */
export type ServiceKitErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_INPUT'
  | 'INVALID_DURATION'
  | 'INVALID_CALENDAR'
  | 'INVALID_STANDARD'
  | 'INVALID_POLICY'
  | 'INVALID_SCORECARD'
  | 'INCOMPARABLE_INPUT';

/** Where in the caller's input a problem is: keys and array indexes, outermost first. */
export type ServiceKitErrorPath = readonly (string | number)[];

/**
 * The error servicekit throws for misuse: a `code` from a closed union, a message a person can act
 * on, and the `path` into the input that caused it.
 *
 * Invalid records are reported as zod errors (or, in batch parsing, as issues); a
 * `ServiceKitError` means an option, a configuration or an argument is wrong.
 *
 * @example
 * ```ts
 * const error = new ServiceKitError('INVALID_OPTION', 'satisfiedFrom 6 is outside the scale 1–5', {
 *   path: ['satisfiedFrom'],
 * });
 * error.code
 * // => 'INVALID_OPTION'
 * error.path
 * // => ['satisfiedFrom']
 * ```
 */
export class ServiceKitError extends Error {
  /** The kind of problem, from {@link ServiceKitErrorCode}. */
  declare readonly code: ServiceKitErrorCode;
  /** The path into the input that caused it; empty when the whole input is at fault. */
  declare readonly path: ServiceKitErrorPath;

  constructor(code: ServiceKitErrorCode, message: string, options: { path?: ServiceKitErrorPath; cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ServiceKitError';
    this.code = code;
    this.path = options.path ?? [];
  }
}

/**
 * Whether a value is a {@link ServiceKitError}, optionally with a given code; works across bundles
 * (ESM and CJS copies of the library), where `instanceof` does not.
 *
 * @example
 * ```ts
 * isServiceKitError(new ServiceKitError('INVALID_DURATION', 'bad'), 'INVALID_DURATION')
 * // => true
 * isServiceKitError(new Error('bad'))
 * // => false
 * ```
 */
export function isServiceKitError(value: unknown, code?: ServiceKitErrorCode): value is ServiceKitError {
  if (!(value instanceof Error) || value.name !== 'ServiceKitError') return false;
  const actual = (value as { code?: unknown }).code;
  return typeof actual === 'string' && (code === undefined || actual === code);
}
