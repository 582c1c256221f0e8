// Internal (not re-exported): the check of an option that is a function (an accessor, a group key),
// made once per call before any row is read.
import { invalidOption } from './invalid-option.js';

/** `value` when it is a function, `undefined` when absent (`undefined` or `null`), else INVALID_OPTION at `[name]`. */
export function functionOption<T>(value: T, name: string): NonNullable<T> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'function') throw invalidOption(name, 'a function', value);
  return value;
}
