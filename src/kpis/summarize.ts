import type { AnyMetric, MetricResult } from './metric.js';

/** The results of a set of metrics, by name: `values.csat` is what `csat` returns. */
export type MetricValues<Metrics> = { [Name in keyof Metrics]: MetricResult<Metrics[Name]> };

/** Options for {@link summarize}. */
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
 * @param rows - The rows, an array or any iterable.
 * @param options - `by` (the group key) and `metrics` (by name).
 * @returns `{ groups: [{ key, values }], overall }`.
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
 * ```
 */
export function summarize<Row, const Metrics extends Record<string, AnyMetric<Row>>, Key = undefined>(
  rows: Iterable<Row>,
  options: SummarizeOptions<Row, Metrics, Key>,
): Summary<Key, MetricValues<Metrics>> {
  const names = Object.keys(options.metrics);
  const metrics = names.map((name) => options.metrics[name] as AnyMetric<Row>);
  const count = metrics.length;
  const init = (): unknown[] => metrics.map((metric) => metric.init());
  const finish = (states: unknown[]): MetricValues<Metrics> => {
    const values: Record<string, unknown> = {};
    for (let index = 0; index < count; index++) values[names[index] as string] = (metrics[index] as AnyMetric<Row>).finish(states[index]);
    return values as MetricValues<Metrics>;
  };
  const by = options.by;
  const add = rowAdder(metrics);

  if (by === undefined) {
    const states = init();
    for (const row of rows) add(states, row);
    return { groups: [], overall: finish(states) };
  }

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
      node.group = { key: Array.isArray(key) ? [...key] : key, states: init() };
      groups.push(node.group);
    }
    return node.group;
  };

  const addRow = (row: Row): void => {
    const key = by(row);
    let group: Group;
    // consecutive rows often share a group (sorted exports): skip the lookup then
    if (lastGroup !== null && key === lastKey && !Array.isArray(key) && !(key instanceof Date)) {
      group = lastGroup;
    } else {
      group = lookup(key);
      lastKey = key;
      lastGroup = group;
    }
    add(group.states, row);
  };

  if (Array.isArray(rows)) {
    const list = rows as readonly Row[];
    for (let index = 0; index < list.length; index++) addRow(list[index] as Row);
  } else {
    for (const row of rows) addRow(row);
  }

  const overall = init();
  for (const group of groups) {
    for (let index = 0; index < count; index++) (metrics[index] as AnyMetric<Row>).merge(overall[index], group.states[index]);
  }
  return {
    groups: groups.map((group) => ({ key: group.key as Key, values: finish(group.states) })),
    overall: finish(overall),
  };
}
