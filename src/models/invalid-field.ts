// Internal (not re-exported): the INVALID_INPUT of a field of a record that is not what the
// functions reading parsed records expect (a string instant from an unparsed export, a null entry).
import { invalidInput } from '../errors/invalid-input.js';
import type { ServiceKitError, ServiceKitErrorPath } from '../errors/service-kit-error.js';

/** Whether `value` is a `Date` or absent (`undefined` or `null`): what an optional instant of a parsed record holds. */
export const isDateOrAbsent = (value: unknown): boolean => value === undefined || value === null || value instanceof Date;

/** The length of an optional list field (0 when absent); INVALID_INPUT at `path` when it is not an array. */
export function listLength(value: unknown, path: ServiceKitErrorPath): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) throw invalidInput(path, 'an array', value);
  return value.length;
}

/**
 * The INVALID_INPUT of entry `index` of the list at `path` (`statusHistory`, `messages`) whose `at`
 * is not a valid `Date`, or that is not an object. Returned, for the caller to `throw`.
 */
export function invalidEntry(path: ServiceKitErrorPath, index: number, entry: unknown): ServiceKitError {
  return typeof entry === 'object' && entry !== null
    ? invalidInput([...path, index, 'at'], 'a valid Date', (entry as { at?: unknown }).at)
    : invalidInput([...path, index], 'an object', entry);
}

/**
 * The epoch ms of optional instant `field` (of `record`, when given): `NaN` when absent or an
 * invalid `Date`; INVALID_INPUT at `[field]` (`[record, field]`) for anything but a `Date`, its path
 * made only then.
 */
export function dateFieldMs(at: unknown, field: string, record?: string): number {
  if (at instanceof Date) return at.getTime();
  if (at === undefined || at === null) return Number.NaN;
  throw invalidInput(record === undefined ? [field] : [record, field], 'a Date', at);
}

/** The epoch ms of entry `index` of the list at `path` (`NaN` for an invalid `Date`); {@link invalidEntry}'s error unless an object with a `Date` in `at`. */
export function entryDateMs(entries: readonly unknown[], index: number, path: ServiceKitErrorPath): number {
  const at = (entries[index] as { at?: unknown } | null | undefined)?.at;
  if (at instanceof Date) return at.getTime();
  throw invalidEntry(path, index, entries[index]);
}
