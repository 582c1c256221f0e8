// Internal (not re-exported): a standard validated and prepared for fast checks. Each standard object
// is compiled once (cached by identity), and calendars with the same definition share one compiled
// calendar, so checking millions of interactions never re-validates or recompiles.
import { createCalendar } from '../time/calendar.js';
import type { CompiledCalendar } from '../time/compiled-calendar.js';
import { CheckScratch } from './check-scratch.js';
import { RESOLVED_STATUSES, type ServiceStandard, type ServiceStandardInput, type StandardMeasure, defineStandard } from './standard.js';

/** A standard ready to check. */
export interface CompiledStandard {
  readonly standard: ServiceStandard;
  readonly id: string;
  readonly measure: StandardMeasure;
  /** One bit per measure, for the first-match-per-measure rule. */
  readonly measureBit: number;
  readonly targetMs: number;
  /** `null` for calendar time. */
  readonly calendar: CompiledCalendar | null;
  /** Statuses that stop the clock; `null` when none. */
  readonly pauses: ReadonlySet<string> | null;
  /** For `resolution`: the pauses and the resolved statuses. */
  readonly resolutionStops: ReadonlySet<string>;
  /** Clock time at which the check turns at risk; `-1` without a warning. */
  readonly warnElapsedMs: number;
  readonly channels: ReadonlySet<string> | null;
  readonly priorities: ReadonlySet<string> | null;
  readonly teams: ReadonlySet<string> | null;
  readonly segments: ReadonlySet<string> | null;
  /** The scratch of `checkStandard` calls with this standard (see `takeScratch`). */
  readonly scratch: CheckScratch;
}

const MEASURE_BITS: Readonly<Record<StandardMeasure, number>> = { first_response: 1, next_response: 2, resolution: 4, answer: 8 };

const compiledByObject = new WeakMap<object, CompiledStandard>();
const calendarsByDefinition = new Map<string, CompiledCalendar>();
const MAX_SHARED_CALENDARS = 64;

function sharedCalendar(definition: NonNullable<ServiceStandard['calendar']>): CompiledCalendar {
  const key = JSON.stringify(definition);
  let calendar = calendarsByDefinition.get(key);
  if (calendar === undefined) {
    calendar = createCalendar(definition) as CompiledCalendar; // what createCalendar makes: its numbers are read directly
    if (calendarsByDefinition.size >= MAX_SHARED_CALENDARS) calendarsByDefinition.clear();
    calendarsByDefinition.set(key, calendar);
  }
  return calendar;
}

const setOf = (values: readonly string[] | undefined): ReadonlySet<string> | null => (values === undefined ? null : new Set(values));

/** The compiled form of a standard, from the cache or built (and cached) now. */
export function compileStandard(input: ServiceStandard | ServiceStandardInput): CompiledStandard {
  const cached = compiledByObject.get(input);
  if (cached !== undefined) return cached;
  const standard = defineStandard(input);
  const targetMs = standard.targetMs;
  const warn = standard.warn;
  let warnElapsedMs = -1;
  if (warn?.atFraction !== undefined) warnElapsedMs = Math.round(targetMs * warn.atFraction);
  if (warn?.beforeMs !== undefined) {
    const before = targetMs - warn.beforeMs;
    warnElapsedMs = warnElapsedMs < 0 ? before : Math.min(warnElapsedMs, before);
  }
  const pauses = standard.pauseWhile === undefined || standard.pauseWhile.length === 0 ? null : new Set(standard.pauseWhile);
  const compiled: CompiledStandard = {
    standard,
    id: standard.id,
    measure: standard.measure,
    measureBit: MEASURE_BITS[standard.measure],
    targetMs,
    calendar: standard.calendar === undefined ? null : sharedCalendar(standard.calendar),
    pauses,
    resolutionStops: new Set([...(pauses ?? []), ...RESOLVED_STATUSES]),
    warnElapsedMs,
    channels: setOf(standard.appliesTo?.channel),
    priorities: setOf(standard.appliesTo?.priority),
    teams: setOf(standard.appliesTo?.team),
    segments: setOf(standard.appliesTo?.segment),
    scratch: new CheckScratch(),
  };
  compiledByObject.set(input, compiled);
  compiledByObject.set(standard, compiled);
  return compiled;
}
