// Internal (not re-exported): the clock of one standard over one span of an interaction, with the
// pauses of its status history cut out (in business time when the standard has a calendar), and the
// exact instants at which it reaches the warning and the target.
import type { StatusChange } from '../models/status.js';
import { addBusinessTime, businessTimeBetween } from '../time/business-time.js';
import type { BusinessCalendar } from '../time/calendar.js';
import type { CompiledStandard } from './compiled-standard.js';

/** The clock from `start` up to `end`. */
export interface ClockReading {
  /** Clock time in `[start, end)`, pauses cut out. */
  elapsedMs: number;
  /** The earliest instant the clock reaches the target: reached by `end`, or projected from `end` while it runs; `null` when it stands still short of it. */
  dueAt: Date | null;
  /** The same for the warning; `null` without a warning. */
  warnAt: Date | null;
  /** Whether the clock runs at `end` (not in a pause status). */
  running: boolean;
}

/** The reading of the last {@link readClock} call, reused to spare an allocation per check: copy it before the next call. */
export const lastReading: ClockReading = { elapsedMs: 0, dueAt: null, warnAt: null, running: true };

/** The earliest instant with `ms` of clock time after `from`, or `null` if the calendar runs out of open time. */
function instantAfter(calendar: BusinessCalendar | null, from: Date, ms: number): Date | null {
  if (calendar === null) return new Date(from.getTime() + ms);
  try {
    return addBusinessTime(calendar, from, ms);
  } catch {
    return null;
  }
}

/**
 * Reads the clock of `standard` from `start` to `end` into {@link lastReading} (an `end` before `start` reads zero). Only
 * status changes at or before `end` are seen; the status at `start` is the last change at or before
 * it (so a ticket created in a paused status starts paused). `stops` are the statuses that stop it.
 * With `projectFromEnd` (a decided check), instants not reached by `end` are projected from `end` as
 * if the clock ran on, even when it stands in a pause there.
 */
export function readClock(
  standard: CompiledStandard,
  start: Date,
  end: Date,
  history: readonly StatusChange[] | undefined,
  stops: ReadonlySet<string> | null,
  projectFromEnd: boolean,
): ClockReading {
  const calendar = standard.calendar;
  const targetMs = standard.targetMs;
  const warnMs = standard.warnElapsedMs;
  const startMs = start.getTime();
  let endMs = end.getTime();
  const horizonMs = endMs < startMs ? endMs : startMs;
  if (endMs < startMs) {
    end = start;
    endMs = startMs;
  }
  const count = stops === null || history === undefined ? 0 : history.length;
  let running = true;
  let index = 0;
  for (; index < count; index++) {
    const change = (history as readonly StatusChange[])[index] as StatusChange;
    if (change.at.getTime() > horizonMs) break;
    running = !(stops as ReadonlySet<string>).has(change.status);
  }
  if (horizonMs < startMs) index = count; // `end` was before `start`: nothing later is seen
  let segmentStart = start;
  let elapsedMs = 0;
  let dueAt: Date | null = null;
  let warnAt: Date | null = null;
  for (;;) {
    let segmentEnd = end;
    let flipped = false;
    while (index < count) {
      const change = (history as readonly StatusChange[])[index] as StatusChange;
      if (change.at.getTime() > endMs) {
        index = count;
        break;
      }
      index++;
      const runsAfter = !(stops as ReadonlySet<string>).has(change.status);
      if (runsAfter !== running) {
        segmentEnd = change.at;
        flipped = true;
        break;
      }
    }
    if (running) {
      const ms = calendar === null ? segmentEnd.getTime() - segmentStart.getTime() : businessTimeBetween(calendar, segmentStart, segmentEnd);
      if (warnAt === null && warnMs >= 0 && elapsedMs + ms >= warnMs) warnAt = instantAfter(calendar, segmentStart, warnMs - elapsedMs);
      if (dueAt === null && elapsedMs + ms >= targetMs) dueAt = instantAfter(calendar, segmentStart, targetMs - elapsedMs);
      elapsedMs += ms;
    }
    if (!flipped) break;
    segmentStart = segmentEnd;
    running = !running;
  }
  if (running || projectFromEnd) {
    if (warnAt === null && warnMs >= 0) warnAt = instantAfter(calendar, end, warnMs - elapsedMs);
    if (dueAt === null) dueAt = instantAfter(calendar, end, targetMs - elapsedMs);
  }
  lastReading.elapsedMs = elapsedMs;
  lastReading.dueAt = dueAt;
  lastReading.warnAt = warnAt;
  lastReading.running = running;
  return lastReading;
}
