// The compiled form of a business calendar (internal, not re-exported): the open set as sorted,
// disjoint real-time intervals, built lazily per block of BLOCK_DAYS UTC days, with prefix sums of
// open milliseconds and a per-UTC-day index into the intervals. A lookup is O(1): a division to
// find the block, one read of the day index, and a scan over the (at most few) intervals of that day.
import type { BusinessCalendar, BusinessCalendarDefinition } from './calendar.js';
import { BLOCK_DAYS, BLOCK_MS, DAY_MS, MAX_DATE_MS, type ZoneOffsets, zoneOffsets } from './zone-offset.js';


const WEEK_MS = 7 * DAY_MS;

/** The first instant a calendar (other than an always-open one) works with: 1000-01-01T00:00Z. */
export const MIN_CALENDAR_MS = Date.UTC(1000, 0, 1);
/** The end of the instants a calendar works with (exclusive): 10000-01-01T00:00Z. */
export const MAX_CALENDAR_MS = Date.UTC(10000, 0, 1);
/** The first block index a calendar builds. */
export const MIN_BLOCK = Math.floor(MIN_CALENDAR_MS / BLOCK_MS);
/** The last block index a calendar builds. */
export const MAX_BLOCK = Math.floor((MAX_CALENDAR_MS - 1) / BLOCK_MS);
/** Tables kept per calendar; older ones are dropped (and rebuilt if needed), so memory is bounded. */
const MAX_CACHED_TABLES = 256;

/** Opening hours of one day as flat `[start, end, start, end, …]` ms after local midnight, end > start. */
export type DayWindows = readonly number[];

/** The rules a calendar is compiled from, with dates as day numbers (days since 1970-01-01). */
export interface CalendarRules {
  readonly timeZone: string;
  /** Index 0 = Sunday … 6 = Saturday. */
  readonly weekly: readonly DayWindows[];
  readonly holidays: ReadonlySet<number>;
  readonly overrides: ReadonlyMap<number, DayWindows>;
}

/** The open intervals of one block `[start, start + BLOCK_MS)`, clipped to it. */
export class OpenTimeTable {
  readonly start: number;
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `cumulative[i]` is the open time in the block before interval `i`; `cumulative[count]` is the total. */
  readonly cumulative: Float64Array;
  /** `dayFirst[d]` is the first interval that ends after the start of the block's UTC day `d`. */
  readonly dayFirst: Int32Array;
  readonly total: number;

  constructor(start: number, starts: Float64Array, ends: Float64Array) {
    this.start = start;
    this.count = starts.length;
    this.starts = starts;
    this.ends = ends;
    const cumulative = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i += 1) {
      cumulative[i + 1] = (cumulative[i] as number) + (ends[i] as number) - (starts[i] as number);
    }
    this.cumulative = cumulative;
    this.total = cumulative[starts.length] as number;
    const dayFirst = new Int32Array(BLOCK_DAYS + 1);
    let i = 0;
    for (let d = 0; d <= BLOCK_DAYS; d += 1) {
      const dayStart = start + d * DAY_MS;
      while (i < starts.length && (ends[i] as number) <= dayStart) i += 1;
      dayFirst[d] = i;
    }
    this.dayFirst = dayFirst;
  }
}

/** Open milliseconds in `[table.start, t)`, for `t` inside the table's block. */
export function openBefore(table: OpenTimeTable, t: number): number {
  const ends = table.ends;
  const count = table.count;
  let i = table.dayFirst[((t - table.start) / DAY_MS) | 0] as number;
  while (i < count && (ends[i] as number) <= t) i += 1;
  if (i < count) {
    const start = table.starts[i] as number;
    if (start < t) return (table.cumulative[i] as number) + (t - start);
  }
  return table.cumulative[i] as number;
}

/** The first interval of the table that ends after `t` (`count` when none does). */
export function intervalAtOrAfter(table: OpenTimeTable, t: number): number {
  const ends = table.ends;
  const count = table.count;
  let i = table.dayFirst[((t - table.start) / DAY_MS) | 0] as number;
  while (i < count && (ends[i] as number) <= t) i += 1;
  return i;
}

/**
 * The interval where the open-time count reaches `target`: the smallest `i` with
 * `cumulative[i + 1] >= target` (forward, `inclusive`) or `> target` (backward). Starts from `hint`
 * and steps a few intervals (the usual case: hours, not months), then bisects.
 */
function intervalReaching(table: OpenTimeTable, target: number, inclusive: boolean, hint: number): number {
  const cumulative = table.cumulative;
  let low = 0;
  let high = table.count - 1;
  let i = Math.min(hint, high);
  if (inclusive) {
    for (let steps = 0; steps < 8; steps += 1) {
      if ((cumulative[i + 1] as number) >= target) {
        if (i === 0 || (cumulative[i] as number) < target) return i;
        high = i;
        break;
      }
      low = i + 1;
      i += 1;
    }
  } else {
    for (let steps = 0; steps < 8; steps += 1) {
      if ((cumulative[i] as number) <= target) {
        if ((cumulative[i + 1] as number) > target) return i;
        low = i + 1;
        break;
      }
      high = i;
      i -= 1;
    }
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    const reached = cumulative[middle + 1] as number;
    if (inclusive ? reached >= target : reached > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Merges `[start, end)` pairs into sorted, disjoint, non-touching intervals. */
function mergeIntervals(starts: number[], ends: number[]): { starts: Float64Array; ends: Float64Array } {
  const order = starts.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number));
  const mergedStarts: number[] = [];
  const mergedEnds: number[] = [];
  for (const i of order) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const last = mergedEnds.length - 1;
    if (last >= 0 && start <= (mergedEnds[last] as number)) {
      if (end > (mergedEnds[last] as number)) mergedEnds[last] = end;
    } else {
      mergedStarts.push(start);
      mergedEnds.push(end);
    }
  }
  return { starts: Float64Array.from(mergedStarts), ends: Float64Array.from(mergedEnds) };
}

/** Whether weekly hours cover every wall-clock instant of the week. */
function coversWholeWeek(weekly: readonly DayWindows[]): boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  weekly.forEach((windows, weekday) => {
    for (let k = 0; k < windows.length; k += 2) {
      const start = weekday * DAY_MS + (windows[k] as number);
      const end = weekday * DAY_MS + (windows[k + 1] as number);
      starts.push(start);
      ends.push(Math.min(end, WEEK_MS));
      if (end > WEEK_MS) {
        starts.push(0);
        ends.push(end - WEEK_MS);
      }
    }
  });
  const merged = mergeIntervals(starts, ends);
  return merged.starts.length === 1 && merged.starts[0] === 0 && merged.ends[0] === WEEK_MS;
}

/** Marks compiled calendars across copies of the library (ESM and CJS side by side). */
export const CALENDAR_BRAND: symbol = Symbol.for('servicekit.BusinessCalendar');

/** A compiled calendar: the public {@link BusinessCalendar} plus its lazily built tables. */
export class CompiledCalendar implements BusinessCalendar {
  readonly timeZone: string;
  readonly definition: BusinessCalendarDefinition;
  /** Open at every instant (24/7, no holidays or overrides): no tables needed. */
  readonly alwaysOpen: boolean;
  readonly #rules: CalendarRules;
  readonly #zone: ZoneOffsets;
  readonly #weeklyEmpty: boolean;
  readonly #weeklyFull: boolean;
  /** Instants before this are governed by weekly hours alone (no holiday or override reaches them). */
  readonly #specialFrom: number;
  /** Instants from this on are governed by weekly hours alone. */
  readonly #specialTo: number;
  // Pre-filled so the array stays packed (fast indexed reads), one slot per block.
  readonly #tables: (OpenTimeTable | undefined)[] = new Array<OpenTimeTable | undefined>(MAX_BLOCK - MIN_BLOCK + 1).fill(undefined);
  readonly #totals = new Map<number, number>();
  readonly #cachedOrder: number[] = [];

  constructor(definition: BusinessCalendarDefinition, rules: CalendarRules) {
    this.timeZone = definition.timeZone;
    this.definition = definition;
    this.#rules = rules;
    this.#zone = zoneOffsets(rules.timeZone);
    this.#weeklyEmpty = rules.weekly.every((windows) => windows.length === 0);
    this.#weeklyFull = coversWholeWeek(rules.weekly);
    // A window of local date D lies within real [D − 1 day, D + 3 days): outside the span of the
    // special dates widened by that, weekly hours alone decide.
    let firstSpecial = Number.POSITIVE_INFINITY;
    let lastSpecial = Number.NEGATIVE_INFINITY;
    for (const day of [...rules.holidays, ...rules.overrides.keys()]) {
      firstSpecial = Math.min(firstSpecial, day);
      lastSpecial = Math.max(lastSpecial, day);
    }
    this.#specialFrom = (firstSpecial - 2) * DAY_MS;
    this.#specialTo = (lastSpecial + 3) * DAY_MS;
    this.alwaysOpen = this.#weeklyFull && lastSpecial === Number.NEGATIVE_INFINITY;
    Object.defineProperty(this, CALENDAR_BRAND, { value: true });
  }

  /** The table of block `block` (= `Math.floor(t / BLOCK_MS)`), built on first use. */
  table(block: number): OpenTimeTable {
    const table = this.#tables[block - MIN_BLOCK];
    return table !== undefined ? table : this.#build(block);
  }

  /** The open time of a whole block. */
  blockTotal(block: number): number {
    const cached = this.#tables[block - MIN_BLOCK];
    if (cached !== undefined) return cached.total;
    const total = this.#totals.get(block);
    return total !== undefined ? total : this.#build(block).total;
  }

  /** Whether no instant in block `block` or after it is open. */
  closedFrom(block: number): boolean {
    return this.#weeklyEmpty && block * BLOCK_MS >= this.#specialTo;
  }

  /** Whether no instant in block `block` or before it is open. */
  closedUntil(block: number): boolean {
    return this.#weeklyEmpty && (block + 1) * BLOCK_MS <= this.#specialFrom;
  }

  /** Whether every instant from the start of block `block` on is open. */
  openFrom(block: number): boolean {
    return this.#weeklyFull && block * BLOCK_MS >= this.#specialTo;
  }

  #windowsOn(day: number): DayWindows {
    const override = this.#rules.overrides.get(day);
    if (override !== undefined) return override;
    if (this.#rules.holidays.has(day)) return [];
    return this.#rules.weekly[(((day + 4) % 7) + 7) % 7] as DayWindows;
  }

  #build(block: number): OpenTimeTable {
    const start = block * BLOCK_MS;
    const end = start + BLOCK_MS;
    const firstDay = block * BLOCK_DAYS;
    const pieces = this.#zone.pieces(start, end);
    const starts: number[] = [];
    const ends: number[] = [];
    // A window of local date D lies within [D − 16 h, D + 2 days + 16 h] in real time.
    for (let day = firstDay - 3; day <= firstDay + BLOCK_DAYS + 1; day += 1) {
      const windows = this.#windowsOn(day);
      const midnight = day * DAY_MS;
      for (let k = 0; k < windows.length; k += 2) {
        const wallStart = midnight + (windows[k] as number);
        const wallEnd = midnight + (windows[k + 1] as number);
        // Real instants whose wall time is in [wallStart, wallEnd): per stretch of constant offset.
        for (const piece of pieces) {
          const from = Math.max(wallStart - piece.offset, piece.start);
          const to = Math.min(wallEnd - piece.offset, piece.end);
          if (from < to) {
            starts.push(from);
            ends.push(to);
          }
        }
      }
    }
    const merged = mergeIntervals(starts, ends);
    const table = new OpenTimeTable(start, merged.starts, merged.ends);
    this.#remember(block, table);
    return table;
  }

  #remember(block: number, table: OpenTimeTable): void {
    if (this.#cachedOrder.length >= MAX_CACHED_TABLES) {
      const dropped = this.#cachedOrder.shift() as number;
      this.#tables[dropped - MIN_BLOCK] = undefined;
    }
    this.#tables[block - MIN_BLOCK] = table;
    this.#cachedOrder.push(block);
    this.#totals.set(block, table.total);
  }
}

/** Whether the calendar works with the instant `t` (epoch ms): from the year 1000 to 9999, or any finite one when it is always open. */
export function covers(calendar: CompiledCalendar, t: number): boolean {
  return (t >= MIN_CALENDAR_MS && t < MAX_CALENDAR_MS) || (calendar.alwaysOpen && Number.isFinite(t));
}

/** Open milliseconds in `[a, b)`, negative when `b < a`: the numbers behind `businessTimeBetween` (both instants {@link covers covered}). */
export function openTimeBetween(calendar: CompiledCalendar, a: number, b: number): number {
  if (calendar.alwaysOpen) return b - a;
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  const lowBlock = Math.floor(low / BLOCK_MS);
  const highBlock = Math.floor(high / BLOCK_MS);
  const lowTable = calendar.table(lowBlock);
  let open: number;
  if (lowBlock === highBlock) {
    open = openBefore(lowTable, high) - openBefore(lowTable, low);
  } else {
    open = lowTable.total - openBefore(lowTable, low);
    for (let block = lowBlock + 1; block < highBlock; block += 1) open += calendar.blockTotal(block);
    open += openBefore(calendar.table(highBlock), high);
  }
  return a <= b ? open : 0 - open;
}

/**
 * The earliest instant with `ms` (a whole number) open milliseconds after `t`, or the latest one
 * before it when negative, `t` itself for zero: the numbers behind `addBusinessTime` (`t`
 * {@link covers covered}); `NaN` when the calendar has no more open time that way.
 */
export function instantAfterOpenTime(calendar: CompiledCalendar, t: number, ms: number): number {
  if (ms === 0) return t;
  if (calendar.alwaysOpen) {
    const result = t + ms;
    return Math.abs(result) <= MAX_DATE_MS ? result : Number.NaN;
  }
  let block = Math.floor(t / BLOCK_MS);
  let table = calendar.table(block);
  let hint = intervalAtOrAfter(table, t);
  const inside = hint < table.count && (table.starts[hint] as number) < t;
  let target = (table.cumulative[hint] as number) + (inside ? t - (table.starts[hint] as number) : 0) + ms;
  if (ms > 0) {
    while (target > table.total) {
      target -= table.total;
      block += 1;
      if (block > MAX_BLOCK || calendar.closedFrom(block)) return Number.NaN;
      table = calendar.table(block);
      hint = 0;
    }
    const i = intervalReaching(table, target, true, hint);
    return (table.starts[i] as number) + (target - (table.cumulative[i] as number));
  }
  while (target < 0) {
    block -= 1;
    if (block < MIN_BLOCK || calendar.closedUntil(block)) return Number.NaN;
    table = calendar.table(block);
    target += table.total;
    hint = table.count - 1;
  }
  const i = intervalReaching(table, target, false, hint);
  return (table.starts[i] as number) + (target - (table.cumulative[i] as number));
}
