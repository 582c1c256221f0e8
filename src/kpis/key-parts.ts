// Internal (not re-exported): group keys stated as data (see group-key.ts), checked once, then read
// from rows of any shape (a key function) or, over an InteractionTable, from its columns directly:
// every part becomes a small integer per row (a dictionary code, a period number), the parts are
// combined in mixed radix, and groups are found by array index, with no call and no Map per row.
import { describeValue } from '../errors/describe-value.js';
import { locatedError } from '../errors/located-error.js';
import { isServiceKitError, ServiceKitError } from '../errors/service-kit-error.js';
import type { InteractionTable } from '../table/interaction-table.js';
import type { StringColumn } from '../table/string-column.js';
import { periodLabel, periodNumber, periodRule } from '../time/period-number.js';
import type { Period } from '../time/period.js';
import { localDayOf } from '../time/zone-offset.js';
import { type InstantValue, instantToMs } from './accessor.js';

/** A checked period part. */
interface PeriodPart {
  readonly of: string;
  readonly period: Period;
  readonly timeZone: string;
  readonly weekStartsOn: number;
  /** The key of each period number met so far (one call's parts: no state outlives it). */
  readonly keys: Map<number, string>;
}

/** A checked key part: a field (`period` null) or a period of an instant field. */
type Part = { readonly of: string; readonly period: null } | PeriodPart;

/** Key parts checked once, with the key function they make for rows of any shape. */
export interface KeyParts {
  readonly parts: readonly Part[];
  /** The key of a row (a composite key in one array reused from row to row, as `by` may). */
  readonly keyOf: (row: unknown) => unknown;
}

/** The string columns of an InteractionTable, by name. */
const STRING_COLUMNS = new Set(['customerId', 'channel', 'direction', 'priority', 'team', 'agentId', 'reason']);
/** The instant columns of an InteractionTable, by name. */
const INSTANT_COLUMNS = new Set(['openedAt', 'answeredAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'abandonedAt']);

/** Above this many combinations of part values, groups are found through a `Map` of combined numbers. */
const DENSE_COMBINATIONS = 4_194_304; // 2 ** 22, written out so bundlers drop it where unused

/** Checks one part, or throws INVALID_OPTION at `path` (a period and its options as `periodKey` checks them). */
function checkPart(part: unknown, path: readonly (string | number)[]): Part {
  if (typeof part === 'string' && part !== '') return { of: part, period: null };
  if (typeof part !== 'object' || part === null || Array.isArray(part)) {
    throw new ServiceKitError('INVALID_OPTION', `a key part must be a field name or { period, of }; got ${describeValue(part)}`, { path });
  }
  const { period, of, timeZone, weekStartsOn } = part as { period?: unknown; of?: unknown; timeZone?: unknown; weekStartsOn?: unknown };
  if (typeof of !== 'string' || of === '') {
    throw new ServiceKitError('INVALID_OPTION', `of must name an instant field; got ${describeValue(of)}`, { path: [...path, 'of'] });
  }
  try {
    return { of, ...periodRule(period, { timeZone, weekStartsOn }), keys: new Map() };
  } catch (error) {
    throw isServiceKitError(error) ? locatedError(error, path) : error;
  }
}

/** The instant a field holds (a `Date` or epoch ms), `undefined` when absent, or INVALID_INPUT at `[field]`. */
function instantOf(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const t = instantToMs(value as InstantValue, field);
  if (!Number.isFinite(t)) throw new ServiceKitError('INVALID_INPUT', `${field} is not a valid instant; got ${describeValue(value)}`, { path: [field] });
  return t;
}

/**
 * One part's key element for a row. A period's key is named once per period number, not once per
 * row: a number is a few arithmetic steps, a key a new string.
 */
function elementOf(part: Part, row: Record<string, unknown>): unknown {
  const value = row[part.of];
  if (part.period === null) return value;
  const t = instantOf(value, part.of);
  if (t === undefined) return undefined;
  const number = periodNumberOf(part, t);
  let key = part.keys.get(number);
  if (key === undefined) {
    key = periodLabel(number, part.period, part.weekStartsOn);
    part.keys.set(number, key);
  }
  return key;
}

/**
 * Checks `by` given as data (one part or a list of parts) once; INVALID_OPTION at `['by']` (and the
 * part's index) for anything else.
 */
export function compileKeyParts(by: unknown): KeyParts {
  if (Array.isArray(by)) {
    if (by.length === 0) throw new ServiceKitError('INVALID_OPTION', 'by must list at least one key part', { path: ['by'] });
    const parts = by.map((part, index) => checkPart(part, ['by', index]));
    const key = new Array<unknown>(parts.length);
    return {
      parts,
      keyOf: (row) => {
        for (let index = 0; index < parts.length; index++) key[index] = elementOf(parts[index] as Part, row as Record<string, unknown>);
        return key;
      },
    };
  }
  const part = checkPart(by, ['by']);
  return { parts: [part], keyOf: (row) => elementOf(part, row as Record<string, unknown>) };
}

/** The number of the period of instant `t` (see time/period-number.ts): equal numbers, equal `periodKey`s. */
function periodNumberOf(part: PeriodPart, t: number): number {
  return periodNumber(localDayOf(part.timeZone, t), part.period, part.weekStartsOn);
}

/** How one part numbers a table's rows: 0 for no value, `1 … size − 1` for values (a period's number minus `low`, plus 1). */
interface PartRange {
  readonly size: number;
  readonly low: number;
}

/**
 * A part's range over a table, without reading a key: dictionary codes for a string column; for a
 * period, the numbers of the first and last instants. Period numbers rise with the instant, except
 * where a zone sets its clocks back across the start of a period, which can put an instant in the
 * period before; a margin of one period on each side covers that.
 */
function partRange(table: InteractionTable<string>, part: Part): PartRange {
  if (part.period === null) return { size: (table[part.of as keyof InteractionTable<string>] as StringColumn).values.length + 1, low: 0 };
  const instants = table[part.of as keyof InteractionTable<string>] as Float64Array;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < instants.length; row++) {
    const t = instants[row] as number;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (first > last) return { size: 1, low: 0 };
  const low = periodNumberOf(part, first) - 1;
  return { size: periodNumberOf(part, last) + 1 - low + 2, low };
}

/**
 * One part over a table, written into `into` as `into[row] × size + number` (the mixed-radix
 * combination of the parts so far); `false` if a row's period falls outside the part's range
 * (beyond what {@link partRange} allows for), in which case the caller reads keys row by row.
 */
function combinePart(table: InteractionTable<string>, part: Part, { size, low }: PartRange, into: Int32Array | Float64Array): boolean {
  const n = table.length;
  if (part.period === null) {
    const codes = (table[part.of as keyof InteractionTable<string>] as StringColumn).codes;
    for (let row = 0; row < n; row++) into[row] = (into[row] as number) * size + (codes[row] as number) + 1;
    return true;
  }
  const instants = table[part.of as keyof InteractionTable<string>] as Float64Array;
  for (let row = 0; row < n; row++) {
    const t = instants[row] as number;
    let number = 0;
    if (t === t) {
      number = periodNumberOf(part, t) - low + 1;
      if (!(number >= 1 && number < size)) return false;
    }
    into[row] = (into[row] as number) * size + number;
  }
  return true;
}

/**
 * The group of every row of a table (numbered in order of first appearance) and the first row of
 * each group, from the columns; `null` when a part is not a string column or a period of an
 * instant column (the caller then reads keys row by row).
 *
 * With up to {@link DENSE_COMBINATIONS} combinations the combined numbers go into the array that
 * then holds the groups (each slot read before its group is written), and groups are found by
 * index in a table of combinations; with more, through a `Map` of combined numbers.
 */
export function tableGroups(table: InteractionTable<string>, keyParts: KeyParts): { groupIndexes: Int32Array; firstRows: number[] } | null {
  for (const part of keyParts.parts) if (!(part.period === null ? STRING_COLUMNS : INSTANT_COLUMNS).has(part.of)) return null;
  const n = table.length;
  const ranges = keyParts.parts.map((part) => partRange(table, part));
  const combinations = ranges.reduce((product, range) => product * range.size, 1);
  if (combinations > Number.MAX_SAFE_INTEGER) return null;
  const dense = combinations <= DENSE_COMBINATIONS ? new Int32Array(combinations).fill(-1) : null;
  const slots = dense !== null ? new Int32Array(n) : new Float64Array(n);
  for (let index = 0; index < ranges.length; index++) {
    if (!combinePart(table, keyParts.parts[index] as Part, ranges[index] as PartRange, slots)) return null;
  }
  const groupIndexes = slots instanceof Int32Array ? slots : new Int32Array(n);
  const firstRows: number[] = [];
  const sparse = new Map<number, number>();
  for (let row = 0; row < n; row++) {
    const slot = slots[row] as number;
    let group = dense !== null ? (dense[slot] as number) : (sparse.get(slot) ?? -1);
    if (group < 0) {
      group = firstRows.length;
      firstRows.push(row);
      if (dense !== null) dense[slot] = group;
      else sparse.set(slot, group);
    }
    groupIndexes[row] = group;
  }
  return { groupIndexes, firstRows };
}
