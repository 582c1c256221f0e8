// Internal (not re-exported): the INVALID_INPUT of a field of a record that is not what the
// functions reading parsed records expect (a string instant from an unparsed export, a null entry).
import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';

/** Whether `value` is a `Date` or absent (`undefined` or `null`): what an optional instant of a parsed record holds. */
export const isDateOrAbsent = (value: unknown): boolean => value === undefined || value === null || value instanceof Date;

/**
 * INVALID_INPUT at `path`: "messages[2].at must be `expectation`; got `value`", with a hint to parse
 * first when a string is given for a `Date`. Returned, for the caller to `throw`.
 */
export function invalidField(path: ServiceKitErrorPath, expectation: string, value: unknown): ServiceKitError {
  const name = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
  const hint = typeof value === 'string' && expectation.includes('Date') ? ' (parse rows with parseInteractions first)' : '';
  return new ServiceKitError('INVALID_INPUT', `${name} must be ${expectation}; got ${describeValue(value)}${hint}`, { path });
}

/** The length of an optional list field (0 when absent); INVALID_INPUT at `path` when it is not an array. */
export function listLength(value: unknown, path: ServiceKitErrorPath): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) throw invalidField(path, 'an array', value);
  return value.length;
}

/**
 * The INVALID_INPUT of entry `index` of the list at `path` (`statusHistory`, `messages`) whose `at`
 * is not a valid `Date`, or that is not an object. Returned, for the caller to `throw`.
 */
export function invalidEntry(path: ServiceKitErrorPath, index: number, entry: unknown): ServiceKitError {
  return typeof entry === 'object' && entry !== null
    ? invalidField([...path, index, 'at'], 'a valid Date', (entry as { at?: unknown }).at)
    : invalidField([...path, index], 'an object', entry);
}
