// Internal (not re-exported): group keys stated as data (see group-key.ts), checked once, then read
// from rows of any shape (a key function) or, over an InteractionTable, from its columns directly:
// every part becomes a small integer per row (a dictionary code, a period number), the parts are
// combined in mixed radix, and groups are found by array index, with no call and no Map per row.
import { isServiceKitError, ServiceKitError } from '../errors/service-kit-error.js';
import type { InteractionTable } from '../table/interaction-table.js';
import type { StringColumn } from '../table/string-column.js';
import { type Period, type PeriodKeyOptions, periodKey } from '../time/period.js';
import { civilFromDays, localDayOf } from '../time/zone-offset.js';

/** A checked period part. */
interface PeriodPart {
  readonly of: string;
  readonly period: Period;
  readonly options: PeriodKeyOptions;
  readonly timeZone: string;
  readonly weekStartsOn: number;
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

/** Checks one part, or throws INVALID_OPTION at `path` (periods are checked by {@link periodKey} itself). */
function checkPart(part: unknown, path: readonly (string | number)[]): Part {
  if (typeof part === 'string' && part !== '') return { of: part, period: null };
  if (typeof part !== 'object' || part === null || Array.isArray(part)) {
    throw new ServiceKitError('INVALID_OPTION', `a key part must be a field name or { period, of }; got ${JSON.stringify(part) ?? String(part)}`, { path });
  }
  const { period, of, timeZone, weekStartsOn } = part as { period?: unknown; of?: unknown; timeZone?: unknown; weekStartsOn?: unknown };
  if (typeof of !== 'string' || of === '') {
    throw new ServiceKitError('INVALID_OPTION', `of must name an instant field; got ${JSON.stringify(of) ?? String(of)}`, { path: [...path, 'of'] });
  }
  const options = { timeZone, weekStartsOn } as PeriodKeyOptions;
  try {
    periodKey(new Date(0), period as Period, options);
  } catch (error) {
    if (!isServiceKitError(error)) throw error;
    throw new ServiceKitError(error.code, error.message, { path: [...path, ...error.path] });
  }
  return { of, period: period as Period, options, timeZone: (timeZone as string | undefined) ?? 'UTC', weekStartsOn: (weekStartsOn as number | undefined) ?? 1 };
}

/** The instant a field holds (a `Date` or epoch ms), `undefined` when absent, or INVALID_INPUT. */
function instantOf(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(t)) throw new ServiceKitError('INVALID_INPUT', `${field} is not an instant (a Date or epoch milliseconds); got ${String(value)}`, { path: [field] });
  return t;
}

/** One part's key element for a row. */
function elementOf(part: Part, row: Record<string, unknown>): unknown {
  const value = row[part.of];
  if (part.period === null) return value;
  const t = instantOf(value, part.of);
  return t === undefined ? undefined : periodKey(new Date(t), part.period, part.options);
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

/** The period number of an instant (days, weeks, months or quarters from an origin): equal numbers, equal {@link periodKey}s. */
function periodNumber(part: PeriodPart, t: number): number {
  const days = localDayOf(part.timeZone, t);
  switch (part.period) {
    case 'day':
      return days;
    case 'week':
      // day 0 (1970-01-01) is a Thursday (weekday 4); weeks start on weekStartsOn
      return Math.floor((days + 4 - part.weekStartsOn) / 7);
    case 'month': {
      const { year, month } = civilFromDays(days);
      return year * 12 + month - 1;
    }
    default: {
      const { year, month } = civilFromDays(days);
      return year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/**
 * One part over a table: a number per row from 0 to `size` − 1 (0 for no value), written into
 * `into` as `into[row] × size + number` (the mixed-radix combination of the parts so far).
 */
function combinePart(table: InteractionTable<string>, part: Part, into: Float64Array): number {
  const n = table.length;
  if (part.period === null) {
    const { codes, values } = table[part.of as keyof InteractionTable<string>] as StringColumn;
    const size = values.length + 1;
    for (let row = 0; row < n; row++) into[row] = (into[row] as number) * size + (codes[row] as number) + 1;
    return size;
  }
  const instants = table[part.of as keyof InteractionTable<string>] as Float64Array;
  const numbers = new Float64Array(n);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < n; row++) {
    const t = instants[row] as number;
    const number = t === t ? periodNumber(part, t) : Number.NaN;
    numbers[row] = number;
    if (number < low) low = number;
    if (number > high) high = number;
  }
  const size = high >= low ? high - low + 2 : 1;
  for (let row = 0; row < n; row++) {
    const number = numbers[row] as number;
    into[row] = (into[row] as number) * size + (number === number ? number - low + 1 : 0);
  }
  return size;
}

/**
 * The group of every row of a table (numbered in order of first appearance) and the first row of
 * each group, from the columns; `null` when a part is not a string column or a period of an
 * instant column (the caller then reads keys row by row).
 */
export function tableGroups(table: InteractionTable<string>, keyParts: KeyParts): { groupIndexes: Int32Array; firstRows: number[] } | null {
  for (const part of keyParts.parts) if (!(part.period === null ? STRING_COLUMNS : INSTANT_COLUMNS).has(part.of)) return null;
  const n = table.length;
  const combined = new Float64Array(n);
  let combinations = 1;
  for (const part of keyParts.parts) {
    combinations *= combinePart(table, part, combined);
    if (combinations > Number.MAX_SAFE_INTEGER) return null;
  }
  const groupIndexes = new Int32Array(n);
  const firstRows: number[] = [];
  const dense = combinations <= DENSE_COMBINATIONS ? new Int32Array(combinations).fill(-1) : null;
  const sparse = new Map<number, number>();
  for (let row = 0; row < n; row++) {
    const slot = combined[row] as number;
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
