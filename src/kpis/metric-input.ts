// Internal (not re-exported): what runMetric and summarize check of what they are given (the rows
// and the metrics), and what an error while adding a row becomes: located at the row's index.
import { shownValue } from '../errors/invalid-option.js';
import { locatedError } from '../errors/located-error.js';
import { ServiceKitError, type ServiceKitErrorCode } from '../errors/service-kit-error.js';
import { checkIterableRows, rowNotObject } from '../models/check-rows.js';
import type { AnyMetric } from './metric.js';

/** `metric` when it has an `add` method, else `code` at `path`. */
export function checkMetric<M extends AnyMetric<never>>(metric: M, code: ServiceKitErrorCode, path: string[]): M {
  if (typeof metric?.add !== 'function') throw new ServiceKitError(code, `${path.join('.')} must be a metric; got ${shownValue(metric)}`, { path });
  return metric;
}

/**
 * What an error thrown while adding row `index` becomes: an INVALID_INPUT located at the row
 * (`[index, …]`, "row 3: …"); a TypeError from a row that is not an object (the default accessors
 * read its fields) INVALID_INPUT "row 3 must be an object"; anything else as it was.
 */
export function rowError(error: unknown, index: number, row: unknown): unknown {
  // this copy's own errors: the metrics throw them
  if (error instanceof ServiceKitError && error.code === 'INVALID_INPUT') return locatedError(error, [index], `row ${index}`);
  return error instanceof TypeError && (typeof row !== 'object' || row === null) ? rowNotObject(index, row) : error;
}

/**
 * Calls `addRow` with each row of an array or other iterable (INVALID_INPUT at `[]` for anything
 * else, a string included); an error while adding a row becomes {@link rowError}'s.
 */
export function addRows<Row>(rows: Iterable<Row>, addRow: (row: Row) => void): void {
  checkIterableRows(rows, 'rows');
  let index = 0;
  let row: Row | undefined;
  try {
    // an index loop over arrays: `for…of` costs 4× as much per row
    if (Array.isArray(rows)) for (; index < rows.length; index++) addRow((row = rows[index]));
    else {
      for (row of rows) {
        addRow(row);
        index++;
      }
    }
  } catch (error) {
    throw rowError(error, index, row);
  }
}
