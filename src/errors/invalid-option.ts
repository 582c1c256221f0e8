// Internal: the INVALID_OPTION error every option check raises, so the messages read alike. Not
// re-exported from the package.
import { ServiceKitError } from './service-kit-error.js';

/**
 * A rejected value as the small checks show it: strings and arrays as JSON (so an empty or padded
 * string is visible), `String` for the rest (a bigint without its `n`, but no throw as
 * `JSON.stringify` gives). Kept this small because `{ nps }` carries it; other messages use
 * `describeValue`.
 */
export function shownValue(value: unknown): string {
  return typeof value === 'string' || Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/**
 * `INVALID_OPTION` at path `[name]`, with the message "`name` must be `expectation`; got `value`"
 * (as {@link shownValue} shows it). Returned, for the caller to `throw`.
 */
export function invalidOption(name: string, expectation: string, value: unknown): ServiceKitError {
  return new ServiceKitError('INVALID_OPTION', `${name} must be ${expectation}; got ${shownValue(value)}`, {
    path: [name],
  });
}
