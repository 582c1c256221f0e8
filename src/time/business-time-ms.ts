// Internal (not re-exported): business time on epoch milliseconds, for callers that hold instants
// as numbers (tables, service standards, escalation policies), so that no `Date` is made per call.
// The public functions of business-time.ts are these, with `Date`s in and out.
import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { type BusinessCalendar, createCalendar } from './calendar.js';
import { CALENDAR_BRAND, CompiledCalendar, covers, openTimeBetween } from './compiled-calendar.js';
import { MAX_DATE_MS } from './zone-offset.js';

const adopted = new WeakMap<object, CompiledCalendar>();


/**
 * The compiled form of a calendar made by `createCalendar` (or `ALWAYS_OPEN`), by this copy of
 * servicekit or another (ESM and CJS side by side: its definition is compiled here, once);
 * INVALID_INPUT at `['calendar']` for anything else.
 */
export function compiledCalendar(calendar: BusinessCalendar): CompiledCalendar {
  if (calendar instanceof CompiledCalendar) return calendar;
  if (typeof calendar === 'object' && calendar !== null && (calendar as unknown as Record<symbol, unknown>)[CALENDAR_BRAND] === true) {
    let own = adopted.get(calendar);
    if (own === undefined) {
      own = createCalendar(calendar.definition) as CompiledCalendar;
      adopted.set(calendar, own);
    }
    return own;
  }
  throw new ServiceKitError('INVALID_INPUT', 'expected a calendar made by createCalendar (or ALWAYS_OPEN)', { path: ['calendar'] });
}

/** INVALID_INPUT at `[name]` for an instant (a `Date`, or epoch ms) a calendar does not cover. */
export function uncoveredInstant(value: unknown, name: string): ServiceKitError {
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Number.NaN;
  const why = !Number.isFinite(t)
    ? `${describeValue(value)} is not a valid Date`
    : Math.abs(t) > MAX_DATE_MS
      ? `${t} ms is outside the range of a Date`
      : `${new Date(t).toISOString()} is outside the years 1000–9999 that business calendars cover`;
  return new ServiceKitError('INVALID_INPUT', `${name}: ${why}`, { path: [name] });
}

/**
 * `businessTimeBetween` on epoch milliseconds: the open time in `[fromMs, toMs)`, negative when
 * `toMs` is earlier; its INVALID_INPUT for an instant the calendar does not cover, at the path
 * `[from]` or `[to]` (the caller's names for the two instants, `'openedAt'` say).
 */
export function businessTimeBetweenMs(calendar: CompiledCalendar, fromMs: number, toMs: number, from = 'from', to = 'to'): number {
  if (!covers(calendar, fromMs)) throw uncoveredInstant(fromMs, from);
  if (!covers(calendar, toMs)) throw uncoveredInstant(toMs, to);
  return openTimeBetween(calendar, fromMs, toMs);
}
