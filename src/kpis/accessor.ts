/**
 * Reads one field of a row. Every metric takes accessors as options, defaulting to the model's field
 * names, so it runs over any row shape (`csatMetric({ score: (row) => row.csatScore })`).
 *
 * @typeParam Row - The row type.
 * @typeParam Value - What the accessor returns.
 */
export type Accessor<Row, Value> = (row: Row) => Value;

/**
 * An instant as accessors may return it: a `Date`, epoch milliseconds, or nothing (`undefined` or
 * `null`: the event has not happened).
 */
export type InstantValue = Date | number | null | undefined;

/**
 * Epoch milliseconds of an {@link InstantValue}, without allocating: `NaN` when absent or invalid.
 *
 * @param value - A `Date`, epoch milliseconds, `undefined` or `null`.
 * @returns The epoch milliseconds, or `NaN`.
 * @example
 * ```ts
 * instantToMs(new Date('2025-01-06T00:00:00Z'))
 * // => 1736121600000
 * Number.isNaN(instantToMs(undefined))
 * // => true
 * ```
 */
export function instantToMs(value: InstantValue): number {
  if (value === undefined || value === null) return Number.NaN;
  return typeof value === 'number' ? value : value.getTime();
}
