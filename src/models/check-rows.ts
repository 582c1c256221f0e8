// Internal (not re-exported): the check every batch parser makes of its `rows` argument.
import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';

/** Throws `INVALID_INPUT` unless `rows` is an array (a batch parser's rows, as read from an export). */
export function checkRows(rows: unknown): asserts rows is readonly unknown[] {
  if (!Array.isArray(rows)) throw new ServiceKitError('INVALID_INPUT', `rows must be an array; got ${describeValue(rows)}`);
}
