// Internal (not re-exported): the checks of a function's `rows` argument and of its rows. The KPIs'
// runMetric, and so `{ nps }`, carry the iterable and row checks: they show values by shownValue,
// the small form.
import { describeValue } from '../errors/describe-value.js';
import { shownValue } from '../errors/invalid-option.js';
import { ServiceKitError } from '../errors/service-kit-error.js';

/** Throws `INVALID_INPUT` unless `rows` is an array (a batch parser's rows, as read from an export). */
export function checkRows(rows: unknown): asserts rows is readonly unknown[] {
  if (!Array.isArray(rows)) throw new ServiceKitError('INVALID_INPUT', `rows must be an array; got ${describeValue(rows)}`);
}

/** Throws `INVALID_INPUT` at `[]` unless `rows` is an array or another iterable (a string is not rows): "rows must be an array (or iterable) of `what`". */
export function checkIterableRows(rows: unknown, what: string): asserts rows is Iterable<unknown> {
  if (typeof rows === 'string' || typeof (rows as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new ServiceKitError('INVALID_INPUT', `rows must be an array (or iterable) of ${what}; got ${shownValue(rows)}`);
  }
}

/** `INVALID_INPUT` at `[index]`: "row 3 must be an object; got null". Returned, for the caller to `throw`. */
export function rowNotObject(index: number, row: unknown): ServiceKitError {
  return new ServiceKitError('INVALID_INPUT', `row ${index} must be an object; got ${shownValue(row)}`, { path: [index] });
}
