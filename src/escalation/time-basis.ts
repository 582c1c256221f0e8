// Internal (not re-exported): time arithmetic of a leaf in calendar time (`calendar` null) or in a
// business calendar, on epoch milliseconds, that never throws: an instant the calendar cannot reach
// (it runs out of open time, or leaves the years 1000–9999) is ±Infinity.
import { compiledCalendar } from '../time/business-time-ms.js';
import type { BusinessCalendar } from '../time/calendar.js';
import { type CompiledCalendar, covers, instantAfterOpenTime, openTimeBetween } from '../time/compiled-calendar.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';

function clamp(ms: number): number {
  return ms > MAX_DATE_MS ? Number.POSITIVE_INFINITY : ms < -MAX_DATE_MS ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * `addBusinessTime` on epoch milliseconds, or `fallback` where it would throw: an instant the
 * calendar does not cover, an amount that is not whole, no more open time that way.
 */
function afterOpenTime(calendar: CompiledCalendar, fromMs: number, ms: number, fallback: number): number {
  if (!covers(calendar, fromMs) || !Number.isInteger(ms)) return fallback;
  const at = instantAfterOpenTime(calendar, fromMs, ms);
  return at === at ? at : fallback;
}

/** The earliest instant with `ms` (≥ 0) of time since `fromMs`. */
export function instantAfter(calendar: BusinessCalendar | null, fromMs: number, ms: number): number {
  if (!Number.isFinite(fromMs)) return fromMs;
  if (calendar === null || ms === 0) return clamp(fromMs + ms);
  return afterOpenTime(compiledCalendar(calendar), fromMs, ms, Number.POSITIVE_INFINITY);
}

/**
 * The earliest instant `t` with at most `ms` (≥ 0) of time left from `t` to `dueMs`. In business
 * time that is the first instant after the one with `ms + 1` left at which one more open
 * millisecond has passed: so on a Friday evening before a Monday-morning target, the time left is
 * already the Monday amount.
 */
export function earliestWithin(calendar: BusinessCalendar | null, dueMs: number, ms: number): number {
  if (!Number.isFinite(dueMs)) return dueMs;
  if (calendar === null) return clamp(dueMs - ms);
  const compiled = compiledCalendar(calendar);
  const before = afterOpenTime(compiled, dueMs, -ms - 1, Number.NEGATIVE_INFINITY);
  return before === Number.NEGATIVE_INFINITY ? before : afterOpenTime(compiled, before, 1, dueMs);
}

/** Time from `fromMs` to `toMs` (negative when `toMs` is earlier); `NaN` when it cannot be counted. */
export function timeBetween(calendar: BusinessCalendar | null, fromMs: number, toMs: number): number {
  if (calendar === null) return toMs - fromMs;
  const compiled = compiledCalendar(calendar);
  return covers(compiled, fromMs) && covers(compiled, toMs) ? openTimeBetween(compiled, fromMs, toMs) : Number.NaN;
}
