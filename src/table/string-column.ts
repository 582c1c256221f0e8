import { ServiceKitError } from '../errors/service-kit-error.js';
import { StringDictionary } from './string-dictionary.js';

/**
 * A dictionary-encoded column of strings: `values` lists each distinct string once, and `codes[i]` is
 * the position of row `i`'s string in `values`, or `-1` when the row has none.
 *
 * Grouping and filtering compare small integers instead of strings, and a column of a million rows
 * holds a handful of strings.
 *
 * @example
 * ```ts
 * const teams = encodeStrings(['billing', 'tech', undefined, 'billing']);
 * [Array.from(teams.codes), teams.values]
 * // => [[0, 1, -1, 0], ['billing', 'tech']]
 * ```
 */
export interface StringColumn {
  /** One code per row: an index into `values`, or `-1` for no value. */
  readonly codes: Int32Array;
  /** The distinct strings, in the order they first appeared. */
  readonly values: readonly string[];
}

/**
 * Dictionary-encodes a list of strings into a {@link StringColumn}, in one pass.
 *
 * @param values - One string per row; `undefined`, `null` and `''` mean no value.
 * @returns The column: distinct strings in order of first appearance, and one code per row.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a value that is not a string (path `[index]`).
 * @example
 * ```ts
 * encodeStrings(['email', 'chat', 'email']).values
 * // => ['email', 'chat']
 * ```
 */
export function encodeStrings(values: readonly (string | null | undefined)[]): StringColumn {
  const codes = new Int32Array(values.length);
  const dictionary = new StringDictionary();
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === undefined || value === null || value === '') {
      codes[index] = -1;
    } else if (typeof value === 'string') {
      codes[index] = dictionary.code(value);
    } else {
      throw new ServiceKitError('INVALID_INPUT', `value ${String(value)} at index ${index} is not a string`, { path: [index] });
    }
  }
  return { codes, values: dictionary.values };
}
