import type { InteractionRow } from '../table/interaction-row.js';
import type { InteractionTable } from '../table/interaction-table.js';
import { addRows, checkMetric } from './metric-input.js';

/**
 * A KPI as a one-pass, mergeable computation: a state is created with `init`, fed rows with `add`,
 * combined with another state with `merge`, and turned into a result with `finish`.
 *
 * Laws every metric in servicekit keeps (and property tests check): `finish` of a state fed rows
 * `r₁…rₙ` does not depend on their order, and merging the states of two halves gives the same result
 * as one state fed all rows. So {@link summarize} can run many metrics over many groups in one pass,
 * and partial states from workers or shards combine exactly. States are mutable and private to the
 * metric; `merge` changes `into` and leaves `from` as it was.
 *
 * @typeParam Input - The row type the metric reads (through its accessors).
 * @typeParam State - The running state.
 * @typeParam Result - What `finish` returns (what the KPI's array function returns).
 * @example
 * ```ts
 * const metric = npsMetric();
 * const week1 = metric.init();
 * const week2 = metric.init();
 * metric.add(week1, { score: 10, respondedAt: new Date() });
 * metric.add(week2, { score: 3, respondedAt: new Date() });
 * metric.merge(week1, week2);
 * metric.finish(week1).value
 * // => 0
 * ```
 */
export interface Metric<Input, State, Result> {
  /** A new, empty state. */
  init(): State;
  /** Feeds one row into a state. */
  add(state: State, input: Input): void;
  /** Adds everything `from` has seen into `into`; `from` is not changed. */
  merge(into: State, from: State): void;
  /** The result for everything the state has seen; the state stays usable. */
  finish(state: State): Result;
  /**
   * Optional bulk form of `add` over an {@link table!InteractionTable}, which {@link summarize} uses
   * when it is there: adds every row `i` of the table to `states[groups[i]]`, exactly as
   * `add(states[groups[i]], row)` would with `row.index = i` (the row object reads the table), but
   * reading the columns directly where the metric's accessors are the defaults. Metrics without it
   * get `add` row by row.
   *
   * @param states - One state per group.
   * @param groups - The group of each row (`groups.length` is the table's length).
   * @param source - The table.
   * @param row - A row object of the table, for accessors given as options (move its `index`).
   */
  addTable?(states: readonly State[], groups: Int32Array, source: InteractionTable<string>, row: InteractionRow<string>): void;
}

/**
 * Any metric over rows of type `Input`, whatever its state and result (what {@link summarize}
 * accepts, in any mix).
 */
export type AnyMetric<Input = never> = Metric<Input, any, any>;

/**
 * The result type of a metric.
 *
 * @example
 * ```ts
 * const result: MetricResult<ReturnType<typeof npsMetric>> = nps([]);
 * result.value
 * // => null
 * ```
 */
export type MetricResult<M> = M extends Metric<never, unknown, infer Result> ? Result : never;

/**
 * Runs a metric over rows in one pass: `finish` of `init` fed every row.
 *
 * Every KPI's array function is exactly this over its metric (`nps(rows, options)` is
 * `runMetric(npsMetric(options), rows)`), so the two never drift apart.
 *
 * @param metric - The metric to run.
 * @param rows - The rows, an array or any iterable.
 * @returns The metric's result.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a `metric` without an `add` method (path
 *   `['metric']`), rows that are not an array or iterable (path `[]`), a row that is not an object
 *   where the metric reads its fields (path `[index]`, "row 3 must be an object; got null"), and the
 *   metric's own `INVALID_INPUT` for a row, located at it (path `[3, 'resolvedAt']`, "row 3: …").
 * @example
 * ```ts
 * runMetric(csatMetric(), [{ score: 5, respondedAt: new Date() }, { score: 2, respondedAt: new Date() }]).value
 * // => 0.5
 * ```
 */
export function runMetric<Input, State, Result>(metric: Metric<Input, State, Result>, rows: Iterable<Input>): Result {
  checkMetric(metric, 'INVALID_INPUT', ['metric']);
  const state = metric.init();
  addRows(rows, (row) => metric.add(state, row));
  return metric.finish(state);
}
