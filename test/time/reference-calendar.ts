// A plain, slow, exact reference for business-hours arithmetic: walk the local days, turn each
// window into real instants with Intl (no tables, no caching, no prefix sums), add up overlaps.
// Used by the property tests and by bench/calendar.bench.ts to check the fast path.
import type { BusinessCalendarInput } from '../../src/time/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

type Interval = [number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Local wall-clock time at `t`, as ms on a UTC scale (whole seconds). */
function wallClock(timeZone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(Math.floor(t / 1000) * 1000))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour, parts.minute, parts.second);
}

/** The zone's offset at `t`: local wall time minus UTC. */
export function referenceOffset(timeZone: string, t: number): number {
  return wallClock(timeZone, t) - Math.floor(t / 1000) * 1000;
}

/** Real instants whose local wall time is in `[wallStart, wallEnd)`. */
function realInstants(timeZone: string, wallStart: number, wallEnd: number): Interval[] {
  // Find the stretches of constant offset around the range: look every hour, bisect each change.
  const low = wallStart - 18 * HOUR;
  const high = wallEnd + 18 * HOUR;
  const stretches: [number, number, number][] = [];
  let stretchStart = low;
  let offset = referenceOffset(timeZone, low);
  for (let t = low + HOUR; t <= high; t += HOUR) {
    const next = referenceOffset(timeZone, t);
    if (next === offset) continue;
    let before = t - HOUR;
    let after = t;
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (referenceOffset(timeZone, middle) === offset) before = middle;
      else after = middle;
    }
    stretches.push([stretchStart, after, offset]);
    stretchStart = after;
    offset = next;
  }
  stretches.push([stretchStart, high, offset]);
  const result: Interval[] = [];
  for (const [start, end, stretchOffset] of stretches) {
    const from = Math.max(wallStart - stretchOffset, start);
    const to = Math.min(wallEnd - stretchOffset, end);
    if (from < to) result.push([from, to]);
  }
  return result;
}

function minutes(text: string): number {
  const [hours, mins] = text.split(':').map(Number);
  return ((hours as number) * 60 + (mins as number)) * 60_000;
}

/** The calendar's open intervals (merged, sorted) that meet `[from, to]`. */
export function referenceOpenIntervals(definition: BusinessCalendarInput, from: number, to: number): Interval[] {
  const { timeZone } = definition;
  const firstDate = Math.floor(wallClock(timeZone, from) / DAY) * DAY - 2 * DAY;
  const lastDate = Math.floor(wallClock(timeZone, to) / DAY) * DAY + DAY;
  const all: Interval[] = [];
  for (let date = firstDate; date <= lastDate; date += DAY) {
    const key = new Date(date).toISOString().slice(0, 10);
    const weekday = WEEKDAY_KEYS[new Date(date).getUTCDay()] as (typeof WEEKDAY_KEYS)[number];
    const override = definition.overrides?.[key];
    const windows = override ?? (definition.holidays?.includes(key) ? [] : (definition.weekly[weekday] ?? []));
    for (const [startText, endText] of windows) {
      const start = minutes(startText);
      let end = minutes(endText);
      if (end <= start) end += DAY;
      all.push(...realInstants(timeZone, date + start, date + end));
    }
  }
  all.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.filter(([start, end]) => end >= from && start <= to);
}

/** Reference `businessTimeBetween`. */
export function referenceBetween(definition: BusinessCalendarInput, from: Date, to: Date): number {
  const low = Math.min(from.getTime(), to.getTime());
  const high = Math.max(from.getTime(), to.getTime());
  let open = 0;
  for (const [start, end] of referenceOpenIntervals(definition, low, high)) {
    open += Math.max(0, Math.min(end, high) - Math.max(start, low));
  }
  return from.getTime() <= to.getTime() ? open : 0 - open;
}

/** Reference `addBusinessTime`: walk open intervals forward (or backward) until `ms` is used. */
export function referenceAdd(definition: BusinessCalendarInput, from: Date, ms: number): Date {
  const t = from.getTime();
  if (ms === 0) return new Date(t);
  let remaining = Math.abs(ms);
  for (let span = 14 * DAY; span < 4000 * DAY; span *= 2) {
    remaining = Math.abs(ms);
    if (ms > 0) {
      for (const [start, end] of referenceOpenIntervals(definition, t, t + span)) {
        const clippedStart = Math.max(start, t);
        if (end <= clippedStart) continue;
        if (remaining <= end - clippedStart) return new Date(clippedStart + remaining);
        remaining -= end - clippedStart;
      }
    } else {
      for (const [start, end] of referenceOpenIntervals(definition, t - span, t).reverse()) {
        const clippedEnd = Math.min(end, t);
        if (clippedEnd <= start) continue;
        if (remaining <= clippedEnd - start) return new Date(clippedEnd - remaining);
        remaining -= clippedEnd - start;
      }
    }
  }
  throw new Error('reference: not enough open time');
}

/** Reference `isOpen`. */
export function referenceIsOpen(definition: BusinessCalendarInput, at: Date): boolean {
  const t = at.getTime();
  return referenceOpenIntervals(definition, t - DAY, t + DAY).some(([start, end]) => start <= t && t < end);
}
