import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { interactionRow, type InteractionRow } from '../table/interaction-row.js';
import type { InteractionTable } from '../table/interaction-table.js';
import { isInteractionTable } from '../table/is-interaction-table.js';
import type { GroupKeyOf, KeyPart, PeriodKeyPart } from './group-key.js';
import { compileKeyParts, tableGroups } from './key-parts.js';
import { addRows, checkMetric, rowError } from './metric-input.js';
import type { AnyMetric, MetricResult } from './metric.js';

/**
 * The row type {@link summarize} reads from its input: the element type of an iterable, or
 * {@link table!InteractionRow} for an {@link table!InteractionTable}.
 *
 * @example
 * ```ts
 * const row: RowOf<{ score: number }[]> = { score: 5 };
 * row.score
 * // => 5
 * ```
 */
export type RowOf<Input> = Input extends InteractionTable<infer Extra> ? InteractionRow<Extra> : Input extends Iterable<infer Row> ? Row : never;

/** The results of a set of metrics, by name: `values.csat` is what `csat` returns. */
export type MetricValues<Metrics> = { [Name in keyof Metrics]: MetricResult<Metrics[Name]> };

/** Options for {@link summarize} with a key function. */
export interface SummarizeOptions<Row, Metrics extends Record<string, AnyMetric<Row>>, Key> {
  /**
   * The group of a row: a value (`row.team`), or an array for a composite key
   * (`[row.team, week]`), compared element by element. Elements are compared like `Map` keys
   * (SameValueZero), except `Date`s, which are compared by their time. The function may return the
   * same array object every time: a new group keeps a copy. Without `by`, only `overall` is computed.
   */
  by?: (row: Row) => Key;
  /** The metrics to compute, by name (`{ csat: csatMetric(), nps: npsMetric() }`). */
  metrics: Metrics;
}

/** Options for {@link summarize} with the key stated as data. */
export interface SummarizeByPartsOptions<Row, Metrics extends Record<string, AnyMetric<Row>>, By extends KeyPart<Row> | readonly KeyPart<Row>[]> {
  /**
   * The group key as data: a field name (`'team'`), a {@link PeriodKeyPart} (`{ period: 'week', of:
   * 'openedAt' }`, the element named as {@link time!periodKey} names it), or a list of them for a
   * composite key (an array). Over an {@link table!InteractionTable}, a key of string columns and
   * periods of instant columns is read from the columns directly: no call and no lookup per row.
   */
  by: By;
  /** The metrics to compute, by name (`{ csat: csatMetric(), nps: npsMetric() }`). */
  metrics: Metrics;
}

/** One group of a {@link Summary}. */
export interface SummaryGroup<Key, Values> {
  /** The group's key as `by` returned it (for an array, a copy of the first one seen). */
  readonly key: Key;
  /** Each metric's result for the group's rows. */
  readonly values: Values;
}

/** What {@link summarize} returns. */
export interface Summary<Key, Values> {
  /** The groups, in the order their first row appeared. */
  readonly groups: SummaryGroup<Key, Values>[];
  /** Each metric's result over all rows. */
  readonly overall: Values;
}

interface Group {
  key: unknown;
  states: unknown[];
  /** The group's position in `groups`. */
  index: number;
}

/** A node of the composite-key lookup: one level per key element. */
interface KeyNode {
  values: Map<unknown, KeyNode> | null;
  dates: Map<number, KeyNode> | null;
  group: Group | null;
}

type RowAdder<Row> = (states: unknown[], row: Row) => void;

/**
 * One function that feeds a row to every metric. Up to eight metrics get a call site each, so every
 * call site sees a single `add` and the engine can inline it; more fall back to a loop.
 */
function rowAdder<Row>(metrics: readonly AnyMetric<Row>[]): RowAdder<Row> {
  const [m0, m1, m2, m3, m4, m5, m6, m7] = metrics as AnyMetric<Row>[];
  switch (metrics.length) {
    case 0:
      return () => {};
    case 1:
      return (s, row) => {
        m0!.add(s[0], row);
      };
    case 2:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
      };
    case 3:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
      };
    case 4:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
        m3!.add(s[3], row);
      };
    case 5:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
        m3!.add(s[3], row);
        m4!.add(s[4], row);
      };
    case 6:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
        m3!.add(s[3], row);
        m4!.add(s[4], row);
        m5!.add(s[5], row);
      };
    case 7:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
        m3!.add(s[3], row);
        m4!.add(s[4], row);
        m5!.add(s[5], row);
        m6!.add(s[6], row);
      };
    case 8:
      return (s, row) => {
        m0!.add(s[0], row);
        m1!.add(s[1], row);
        m2!.add(s[2], row);
        m3!.add(s[3], row);
        m4!.add(s[4], row);
        m5!.add(s[5], row);
        m6!.add(s[6], row);
        m7!.add(s[7], row);
      };
    default:
      return (s, row) => {
        for (let index = 0; index < metrics.length; index++) (metrics[index] as AnyMetric<Row>).add(s[index], row);
      };
  }
}

/**
 * Feeds every row of a table to every metric: `statesByGroup[g][m]` is metric m's state for group g,
 * and `groupOf[i]` the group of row i (`null`: all rows in group 0). A metric with `addTable` takes
 * the whole table at once; others get `add` row by row through one row object.
 */
function addTableRows(
  table: InteractionTable<string>,
  metrics: readonly AnyMetric<InteractionRow<string>>[],
  statesByGroup: readonly unknown[][],
  groupOf: Int32Array | null,
): void {
  const row = interactionRow(table);
  const groups = groupOf ?? new Int32Array(table.length);
  for (let m = 0; m < metrics.length; m++) {
    const metric = metrics[m] as AnyMetric<InteractionRow<string>>;
    const states = statesByGroup.map((states) => states[m]);
    if (metric.addTable !== undefined) {
      metric.addTable(states, groups, table, row);
    } else {
      for (let index = 0; index < table.length; index++) {
        row.index = index;
        metric.add(states[groups[index] as number], row);
      }
    }
  }
}

/**
 * Whether a row's key is the previous row's primitive, so its group is too (consecutive rows often
 * share a group: sorted exports). Objects are always looked up: `by` may return the same array or
 * `Date` with new contents.
 */
function isUnchangedKey(key: unknown, previous: unknown): boolean {
  return key === previous && typeof key !== 'object';
}

function newNode(): KeyNode {
  return { values: null, dates: null, group: null };
}

function child(node: KeyNode, element: unknown): KeyNode {
  if (element instanceof Date) {
    const dates = (node.dates ??= new Map());
    const time = element.getTime();
    let next = dates.get(time);
    if (next === undefined) dates.set(time, (next = newNode()));
    return next;
  }
  const values = (node.values ??= new Map());
  let next = values.get(element);
  if (next === undefined) values.set(element, (next = newNode()));
  return next;
}

/**
 * Computes any set of metrics over groups of rows in one pass: one state per metric and group, each
 * row added once to its group's states; `overall` merges the groups' states (metrics merge exactly).
 *
 * `values.name` is exactly what the array function of that KPI returns for the group's rows
 * (`values.csat` equals `csat(rowsOfTheGroup, options)`). Groups come in the order their first row
 * appeared; a `by` returning an array makes one composite key, returned as that array. The pass
 * allocates nothing per row beyond what `by` and the metrics' samples need: group lookups go
 * through a `Map` per key element.
 *
 * `rows` may also be an {@link table!InteractionTable}: the pass then walks the table's columns
 * with one {@link table!InteractionRow} object (instants as epoch ms, absent values `undefined`),
 * and metrics read fields through it without allocating (their row type is inferred:
 * `ahtMetric()` reads `row.talkMs` from the table's column, `csatMetric({ score: (row) =>
 * row.csatScore })` an extra column). Over a table, a key stated as data (`by: ['team', { period:
 * 'week', of: 'openedAt' }]`, the next signature) is grouped from the columns, with no call per row.
 *
 * @param rows - The rows: an array, any iterable, or an {@link table!InteractionTable}.
 * @param options - `by` (the group key, from a row) and `metrics` (by name).
 * @returns `{ groups: [{ key, values }], overall }`.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for options that are not an object, or
 *   `metrics` that are not an object of metrics (path `['metrics', name]`); `INVALID_INPUT` as
 *   {@link runMetric} for the rows (a row's error at `[index, …]`).
 * @see docs/guide/definitions.md
 * @example
 * ```ts
 * const rows = [
 *   { team: 'billing', score: 5 },
 *   { team: 'tech', score: 2 },
 *   { team: 'billing', score: 3 },
 * ];
 * const report = summarize(rows, { by: (row) => row.team, metrics: { csat: csatMetric(), mean: csatMeanMetric() } });
 * report.groups.map((group) => [group.key, group.values.csat.value])
 * // => [['billing', 0.5], ['tech', 0]]
 * report.overall.mean.value
 * // => 3.3333333333333335
 *
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', team: 'billing', openedAt: new Date(0), talkMs: 300_000 },
 *   { id: 't2', customerId: 'c2', channel: 'email', direction: 'inbound', priority: 'normal', team: 'billing', openedAt: new Date(0), talkMs: 100_000 },
 * ]);
 * summarize(table, { by: (row) => row.team, metrics: { aht: ahtMetric() } }).groups[0]?.values.aht.meanMs
 * // => 200000
 * ```
 */
export function summarize<Input extends Iterable<unknown> | InteractionTable<string>, const Metrics extends Record<string, AnyMetric<RowOf<Input>>>, Key = undefined>(
  rows: Input,
  options: SummarizeOptions<RowOf<Input>, Metrics, Key>,
): Summary<Key, MetricValues<Metrics>>;
/**
 * {@link summarize} with the group key stated as data: a field name, a {@link PeriodKeyPart}, or a
 * list of them. Over an {@link table!InteractionTable}, string columns and periods of instant
 * columns are grouped from the columns directly (the fastest way to summarize a table).
 *
 * @param rows - The rows: an array, any iterable, or an {@link table!InteractionTable}.
 * @param options - `by` (key parts) and `metrics` (by name).
 * @returns `{ groups: [{ key, values }], overall }`; a key is the part's value (`'billing'`, `'2025-W02'`), or an array of them for a list.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` (path `['by', …]`) for a part that is neither a field name nor a period of a field, an unknown period, time zone or week start, and as the first signature for options and metrics; `INVALID_INPUT` (path `[index, field]`) for a period of a value that is not an instant, and as {@link runMetric} for the rows.
 * @example
 * ```ts
 * const rows = [
 *   { team: 'billing', openedAt: new Date('2025-01-06T09:00:00Z'), score: 5 },
 *   { team: 'billing', openedAt: new Date('2025-01-13T09:00:00Z'), score: 2 },
 *   { team: 'billing', openedAt: new Date('2025-01-07T17:00:00Z'), score: 4 },
 * ];
 * summarize(rows, { by: ['team', { period: 'week', of: 'openedAt' }], metrics: { csat: csatMetric() } }).groups.map((group) => [group.key, group.values.csat.value])
 * // => [[['billing', '2025-W02'], 1], [['billing', '2025-W03'], 0]]
 * ```
 */
export function summarize<
  Input extends Iterable<unknown> | InteractionTable<string>,
  const Metrics extends Record<string, AnyMetric<RowOf<Input>>>,
  const By extends KeyPart<RowOf<Input>> | readonly KeyPart<RowOf<Input>>[],
>(rows: Input, options: SummarizeByPartsOptions<RowOf<Input>, Metrics, By>): Summary<GroupKeyOf<RowOf<Input>, By>, MetricValues<Metrics>>;
export function summarize<Input extends Iterable<unknown> | InteractionTable<string>, Metrics extends Record<string, AnyMetric<RowOf<Input>>>>(
  rows: Input,
  options: { by?: ((row: RowOf<Input>) => unknown) | KeyPart<RowOf<Input>> | readonly KeyPart<RowOf<Input>>[]; metrics: Metrics },
): Summary<unknown, MetricValues<Metrics>> {
  type Row = RowOf<Input>;
  const { by, metrics: byName } = optionsObject(options);
  if (typeof byName !== 'object' || byName === null) throw invalidOption('metrics', 'an object of metrics by name', byName);
  const names = Object.keys(byName);
  const metrics = names.map((name) => checkMetric(byName[name] as AnyMetric<Row>, 'INVALID_OPTION', ['metrics', name]));
  const count = metrics.length;
  const init = (): unknown[] => metrics.map((metric) => metric.init());
  const finish = (states: unknown[]): MetricValues<Metrics> => {
    const values: Record<string, unknown> = {};
    for (let index = 0; index < count; index++) values[names[index] as string] = (metrics[index] as AnyMetric<Row>).finish(states[index]);
    return values as MetricValues<Metrics>;
  };
  const add = rowAdder(metrics);

  const table = isInteractionTable(rows) ? rows : null;
  if (by === undefined) {
    const states = init();
    if (table !== null) {
      addTableRows(table, metrics as AnyMetric<InteractionRow<string>>[], [states], null);
    } else {
      addRows(rows as Iterable<Row>, (row) => add(states, row));
    }
    return { groups: [], overall: finish(states) };
  }
  // `by` as data: checked once, read through a key function, or over a table from its columns
  const parts = typeof by === 'function' ? null : compileKeyParts(by);
  const keyOf = (parts === null ? by : parts.keyOf) as (row: Row) => unknown;

  const groups: Group[] = [];
  const scalars = newNode();
  const composites: KeyNode[] = [];
  let lastKey: unknown = undefined;
  let lastGroup: Group | null = null;

  const lookup = (key: unknown): Group => {
    let node: KeyNode;
    if (Array.isArray(key)) {
      node = composites[key.length] ??= newNode();
      for (let index = 0; index < key.length; index++) node = child(node, key[index]);
    } else {
      node = child(scalars, key);
    }
    if (node.group === null) {
      node.group = { key: Array.isArray(key) ? [...key] : key, states: init(), index: groups.length };
      groups.push(node.group);
    }
    return node.group;
  };

  const groupOf = (row: Row): Group => {
    const key = keyOf(row);
    if (lastGroup !== null && isUnchangedKey(key, lastKey)) return lastGroup;
    lastKey = key;
    lastGroup = lookup(key);
    return lastGroup;
  };

  const addRow = (row: Row): void => {
    add(groupOf(row).states, row);
  };

  // over a table, two phases: the group of every row first, then each metric over the whole table
  const tableGroupIndexes = (source: InteractionTable<string>): Int32Array => {
    const row = interactionRow(source);
    const fromColumns = parts === null ? null : tableGroups(source, parts);
    if (fromColumns !== null) {
      // the groups, numbered as the columns numbered them: each made from its first row's key
      for (const first of fromColumns.firstRows) {
        row.index = first;
        lookup(keyOf(row as Row));
      }
      return fromColumns.groupIndexes;
    }
    const groupIndexes = new Int32Array(source.length);
    // the last key and group in locals, not in groupOf's closure: a quarter of this loop's time
    let previousKey: unknown = undefined;
    let previous = -1;
    try {
      for (let index = 0; index < source.length; index++) {
        row.index = index;
        const key = keyOf(row as Row);
        if (previous < 0 || !isUnchangedKey(key, previousKey)) {
          previousKey = key;
          previous = lookup(key).index;
        }
        groupIndexes[index] = previous;
      }
    } catch (error) {
      throw rowError(error, row.index, row);
    }
    return groupIndexes;
  };

  if (table !== null) {
    const groupIndexes = tableGroupIndexes(table);
    addTableRows(table, metrics as AnyMetric<InteractionRow<string>>[], groups.map((group) => group.states), groupIndexes);
  } else {
    addRows(rows as Iterable<Row>, addRow);
  }

  const overall = init();
  for (const group of groups) {
    for (let index = 0; index < count; index++) (metrics[index] as AnyMetric<Row>).merge(overall[index], group.states[index]);
  }
  return {
    groups: groups.map((group) => ({ key: group.key, values: finish(group.states) })),
    overall: finish(overall),
  };
}
