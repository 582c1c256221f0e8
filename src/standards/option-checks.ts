// Internal (not re-exported): the check of an optional option that is a function (an accessor, a
// group key), made once per call before any row is read.
import { invalidOption } from '../errors/invalid-option.js';

/** `value` when it is a function or `undefined`, else INVALID_OPTION at `[name]`. */
export function functionOption<T>(value: T, name: string): T {
  if (value !== undefined && typeof value !== 'function') throw invalidOption(name, 'a function', value);
  return value;
}
