// Zone offsets (internal, not re-exported): the UTC offset of an IANA zone at any instant, read from
// Intl once per day at table-build time and cached per zone in blocks of BLOCK_DAYS days, so a
// lookup afterwards is a division, an array read and a short scan of that block's transitions.

/** Milliseconds in a day of 24 hours. */
export const DAY_MS = 86_400_000;
/** Days in one table block: a year's worth, so a block holds at most a few offset transitions. */
export const BLOCK_DAYS = 366;
/** Milliseconds in one table block. */
export const BLOCK_MS = BLOCK_DAYS * DAY_MS;
/** The largest epoch millisecond a `Date` holds. */
export const MAX_DATE_MS = 8.64e15;

/** The `Date` of epoch ms `ms`, or `null` past the range of a `Date` (or for NaN and the infinities). */
export function dateOrNull(ms: number): Date | null {
  return Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : null;
}

/** Days from 1970-01-01 to the proleptic Gregorian date `year-month-day` (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The proleptic Gregorian date of a day number (days from 1970-01-01). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` for a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${formatYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A year with at least four digits, and a sign before year 0 (ISO 8601 expanded form). */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/** Offsets of one block: the offset at its start, then each transition inside it (sorted). */
interface OffsetBlock {
  readonly initialOffset: number;
  readonly transitionAt: readonly number[];
  readonly offsetAfter: readonly number[];
}

/** One stretch of real time with a constant UTC offset: `[start, end)`. */
export interface OffsetPiece {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/** The UTC offsets of one IANA zone, with lazily built per-block transition tables. */
export class ZoneOffsets {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #blocks = new Map<number, OffsetBlock>();

  constructor(timeZone: string) {
    this.timeZone = timeZone;
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /**
   * The offset (local wall time minus UTC, in ms) at instant `t`, asked of Intl directly; past the
   * range of a `Date`, the offset at its end (Intl takes no instant beyond it).
   */
  offsetFromIntl(t: number): number {
    const second = Math.floor(Math.min(Math.max(t, -MAX_DATE_MS), MAX_DATE_MS) / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let sec = 0;
    let beforeCommonEra = false;
    for (const part of this.#format.formatToParts(second)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          sec = Number(part.value);
          break;
        case 'era':
          beforeCommonEra = part.value.startsWith('B');
          break;
        default:
          break;
      }
    }
    if (beforeCommonEra) year = 1 - year;
    const wall = daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + sec * 1000;
    return wall - second;
  }

  #block(index: number): OffsetBlock {
    let block = this.#blocks.get(index);
    if (block === undefined) {
      block = this.#buildBlock(index);
      this.#blocks.set(index, block);
    }
    return block;
  }

  // Intl once per day boundary; where two neighbouring days differ, bisect to the second. UTC
  // needs no Intl: a business time over a thousand years of UTC blocks takes 80 ms, not 2 s.
  #buildBlock(index: number): OffsetBlock {
    if (this.timeZone === 'UTC') return { initialOffset: 0, transitionAt: [], offsetAfter: [] };
    const start = index * BLOCK_MS;
    const initialOffset = this.offsetFromIntl(start);
    const transitionAt: number[] = [];
    const offsetAfter: number[] = [];
    let previousAt = start;
    let previous = initialOffset;
    for (let k = 1; k <= BLOCK_DAYS; k += 1) {
      const at = start + k * DAY_MS;
      const offset = this.offsetFromIntl(at);
      if (offset !== previous) {
        let low = previousAt / 1000; // offset here is `previous`
        let high = at / 1000; // offset here is `offset`
        while (high - low > 1) {
          const middle = Math.floor((low + high) / 2);
          if (this.offsetFromIntl(middle * 1000) === previous) low = middle;
          else high = middle;
        }
        const transition = high * 1000;
        if (transition < start + BLOCK_MS) {
          transitionAt.push(transition);
          offsetAfter.push(this.offsetFromIntl(transition));
        }
      }
      previousAt = at;
      previous = offset;
    }
    return { initialOffset, transitionAt, offsetAfter };
  }

  /** The offset at instant `t` (ms), from the cached tables. */
  offsetAt(t: number): number {
    const block = this.#block(Math.floor(t / BLOCK_MS));
    let offset = block.initialOffset;
    const at = block.transitionAt;
    for (let i = 0; i < at.length && (at[i] as number) <= t; i += 1) offset = block.offsetAfter[i] as number;
    return offset;
  }

  /** The stretches of constant offset that cover `[from, to)`, in order. */
  pieces(from: number, to: number): OffsetPiece[] {
    const result: OffsetPiece[] = [];
    let pieceStart = from;
    let offset = this.offsetAt(from);
    for (let index = Math.floor(from / BLOCK_MS); index * BLOCK_MS < to; index += 1) {
      const block = this.#block(index);
      for (let i = 0; i < block.transitionAt.length; i += 1) {
        const at = block.transitionAt[i] as number;
        if (at <= pieceStart || at >= to) continue;
        result.push({ start: pieceStart, end: at, offset });
        pieceStart = at;
        offset = block.offsetAfter[i] as number;
      }
    }
    result.push({ start: pieceStart, end: to, offset });
    return result;
  }
}

const zones = new Map<string, ZoneOffsets>();

/**
 * The shared offset tables for a zone; throws a `RangeError` from Intl for an unknown zone.
 * Memory stays bounded: one small table per zone and block visited.
 */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

/**
 * The first instant whose local wall time in the zone is at or after 00:00 of day number `days`
 * (days from 1970-01-01): local midnight, or the transition that skips past it.
 */
export function startOfLocalDay(timeZone: string, days: number): number {
  const wall = days * DAY_MS;
  let first = Number.POSITIVE_INFINITY;
  for (const piece of zoneOffsets(timeZone).pieces(wall - 2 * DAY_MS, wall + 2 * DAY_MS)) {
    // Inside a piece local time is t + offset, so local ≥ wall from t = wall − offset on.
    const t = Math.max(piece.start, wall - piece.offset);
    if (t < piece.end && t < first) first = t;
  }
  return first;
}

/** The local day number (days from 1970-01-01) of instant `t` in the zone. */
export function localDayOf(timeZone: string, t: number): number {
  return Math.floor((timeZone === 'UTC' ? t : t + zoneOffsets(timeZone).offsetAt(t)) / DAY_MS);
}

/** Whether Intl knows `timeZone` as an IANA zone (or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
