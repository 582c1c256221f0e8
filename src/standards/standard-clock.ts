// Internal (not re-exported): the clock of one standard over one span of an interaction, with the
// pauses of its status history cut out (in business time when the standard has a calendar), and the
// exact instants at which it reaches the warning and the target.
import { businessTimeBetweenMs } from '../time/business-time-ms.js';
import { type CompiledCalendar, covers, instantAfterOpenTime } from '../time/compiled-calendar.js';
import { dateOrNull } from '../time/zone-offset.js';
import type { CheckSubject } from './check-subject.js';
import type { CompiledStandard } from './compiled-standard.js';

/** The clock from a start up to an end. */
export interface ClockReading {
  /** Clock time from the start to the end, pauses cut out. */
  elapsedMs: number;
  /** The earliest instant the clock reaches the target: reached by the end, or projected from the end while it runs; `null` when it stands still short of it. */
  dueAt: Date | null;
  /** The same for the warning; `null` without a warning. */
  warnAt: Date | null;
  /** Whether the clock runs at the end (not in a pause status). */
  running: boolean;
}

/** Clock time in `[fromMs, toMs)`: business time with a calendar, else real time. */
function timeBetween(calendar: CompiledCalendar | null, fromMs: number, toMs: number): number {
  return calendar === null ? toMs - fromMs : businessTimeBetweenMs(calendar, fromMs, toMs);
}

/** The earliest instant with `ms` of clock time after `fromMs`, or `null` if the calendar runs out of open time or it is past the range of a `Date`. */
function instantAfter(calendar: CompiledCalendar | null, fromMs: number, ms: number): Date | null {
  const at = calendar === null ? fromMs + ms : covers(calendar, fromMs) ? instantAfterOpenTime(calendar, fromMs, ms) : Number.NaN;
  return dateOrNull(at);
}

/**
 * Reads the clock of `standard` from `startMs` to `endMs` into `reading`, the caller's object (so a
 * check can reuse one for all its readings); an end before the start reads zero. Only the subject's
 * status changes at or before the end are seen; the status at the start is the last change at or
 * before it (so a ticket created in a paused status starts paused). `stops` are the statuses that
 * stop it. With `projectFromEnd` (a decided check), instants not reached by the end are projected
 * from it as if the clock ran on, even when it stands in a pause there.
 */
export function readClock(
  standard: CompiledStandard,
  startMs: number,
  endMs: number,
  subject: CheckSubject,
  stops: ReadonlySet<string> | null,
  projectFromEnd: boolean,
  reading: ClockReading,
): void {
  const calendar = standard.calendar;
  const targetMs = standard.targetMs;
  const warnMs = standard.warnElapsedMs;
  const horizonMs = endMs < startMs ? endMs : startMs;
  if (endMs < startMs) endMs = startMs;
  const { historyAt, historyCodes, historyValues } = subject;
  const count = stops === null ? subject.historyFrom : subject.historyTo;
  let running = true;
  let index = subject.historyFrom;
  for (; index < count; index++) {
    if ((historyAt[index] as number) > horizonMs) break;
    running = !(stops as ReadonlySet<string>).has(historyValues[historyCodes[index] as number] as string);
  }
  if (horizonMs < startMs) index = count; // the end was before the start: nothing later is seen
  let segmentStartMs = startMs;
  let elapsedMs = 0;
  let dueAt: Date | null = null;
  let warnAt: Date | null = null;
  for (;;) {
    let segmentEndMs = endMs;
    let flipped = false;
    while (index < count) {
      const atMs = historyAt[index] as number;
      if (atMs > endMs) {
        index = count;
        break;
      }
      const runsAfter = !(stops as ReadonlySet<string>).has(historyValues[historyCodes[index] as number] as string);
      index++;
      if (runsAfter !== running) {
        segmentEndMs = atMs;
        flipped = true;
        break;
      }
    }
    if (running) {
      const ms = timeBetween(calendar, segmentStartMs, segmentEndMs);
      if (warnAt === null && warnMs >= 0 && elapsedMs + ms >= warnMs) warnAt = instantAfter(calendar, segmentStartMs, warnMs - elapsedMs);
      if (dueAt === null && elapsedMs + ms >= targetMs) dueAt = instantAfter(calendar, segmentStartMs, targetMs - elapsedMs);
      elapsedMs += ms;
    }
    if (!flipped) break;
    segmentStartMs = segmentEndMs;
    running = !running;
  }
  if (running || projectFromEnd) {
    if (warnAt === null && warnMs >= 0) warnAt = instantAfter(calendar, endMs, warnMs - elapsedMs);
    if (dueAt === null) dueAt = instantAfter(calendar, endMs, targetMs - elapsedMs);
  }
  reading.elapsedMs = elapsedMs;
  reading.dueAt = dueAt;
  reading.warnAt = warnAt;
  reading.running = running;
}
