// Internal (not re-exported): the check of an option that takes one of a closed list of strings,
// shared by every module that has one.
import { invalidOption } from './invalid-option.js';

/** `value` when it is one of `allowed`, else INVALID_OPTION at `[name]` listing them. */
export function choiceOption<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value as T)) throw invalidOption(name, `one of ${allowed.map((item) => `'${item}'`).join(', ')}`, value);
  return value as T;
}
