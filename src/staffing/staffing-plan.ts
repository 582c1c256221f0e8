import { locatedError } from '../errors/located-error.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError, isServiceKitError } from '../errors/service-kit-error.js';
import { agentsRequired, type AgentsRequiredResult, type StaffingServiceLevel } from './agents-required.js';
import { fail, requireObject } from './input-checks.js';

/** One interval of a forecast: its contacts and, optionally, its own handle time and a name or start. */
export interface StaffingPlanInterval {
  /** Contacts forecast for the interval; ≥ 0. */
  contacts: number;
  /** This interval's average handle time in milliseconds; the plan's `ahtMs` when omitted. */
  ahtMs?: number;
  /** When the interval starts; copied to the result. */
  start?: Date;
  /** A name for the interval (`"08:30"`); copied to the result. */
  label?: string;
}

/** What every interval of a plan shares: its length, the promise, and the default handle time and limits. */
export interface StaffingPlanOptions {
  /** Length of each interval in milliseconds (1_800_000 for half hours); > 0. */
  intervalMs: number;
  /** Average handle time in milliseconds for intervals that do not give their own. */
  ahtMs?: number;
  /** The service level to meet in every interval. */
  serviceLevel: StaffingServiceLevel;
  /** Highest acceptable occupancy, > 0 and ≤ 1; no cap when omitted. */
  maxOccupancy?: number;
  /** Share of scheduled time not spent on contacts, ≥ 0 and < 1; 0 when omitted. */
  shrinkage?: number;
}

/** One interval of a plan: the forecast it came from and the agents it needs. */
export interface StaffingPlanRow extends AgentsRequiredResult {
  /** The interval's position in the input. */
  index: number;
  /** The interval's start, when given. */
  start?: Date;
  /** The interval's label, when given. */
  label?: string;
  /** Contacts forecast. */
  contacts: number;
  /** The average handle time used, in milliseconds. */
  ahtMs: number;
}

/** Agents needed across a day (or any run of equal intervals). */
export interface StaffingPlan {
  /** One row per input interval, in input order. */
  intervals: StaffingPlanRow[];
  /** The largest `agents` of any interval (0 for an empty plan). */
  peakAgents: number;
  /** The largest `scheduledAgents` of any interval (0 for an empty plan). */
  peakScheduledAgents: number;
  /** Agent-hours on the queue: Σ agents × intervalMs / 3,600,000. */
  agentHours: number;
  /** Agent-hours to schedule: Σ scheduledAgents × intervalMs / 3,600,000. */
  scheduledAgentHours: number;
}

/**
 * Agents required in every interval of a forecast, by {@link agentsRequired}: a day of 48 half-hours
 * becomes 48 rows with agents, scheduled agents and the metrics each count gives, plus the peak and
 * the total agent-hours.
 *
 * Each interval is staffed on its own (Erlang C assumes a steady state within an interval, which is
 * why half hours or quarter hours are the usual grain). An interval's `ahtMs` overrides the plan's.
 *
 * @param intervals - The forecast: contacts per interval, with optional `ahtMs`, `start` and `label`.
 * @param options - Interval length, service level, and the default `ahtMs`, `maxOccupancy` and `shrinkage`.
 * @returns One row per interval, with the peak and agent-hours.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for `intervals` that is not an array, an
 *   interval or `options` that is not an object, and what {@link agentsRequired} rejects; a problem in
 *   an interval has the path `['intervals', index, field]` (`['intervals', index]` for the interval
 *   itself or a load needing over 1,000,000 agents), one in the options `[field]` (an interval
 *   without `ahtMs` when the options have none: `['intervals', index, 'ahtMs']`).
 * @example
 * ```ts
 * const plan = staffingPlan([{ label: '08:00', contacts: 40 }, { label: '08:30', contacts: 100 }, { label: '09:00', contacts: 0 }], {
 *   intervalMs: 1_800_000,
 *   ahtMs: 180_000,
 *   serviceLevel: { thresholdMs: 20_000, target: 0.8 },
 *   shrinkage: 0.3,
 * });
 * plan.intervals.map((row) => row.agents)
 * // => [7, 14, 0]
 * plan.peakScheduledAgents
 * // => 20
 * plan.agentHours
 * // => 10.5
 * ```
 */
export function staffingPlan(intervals: readonly StaffingPlanInterval[], options: StaffingPlanOptions): StaffingPlan {
  const shape = '{ contacts, ahtMs?, start?, label? }';
  if (!Array.isArray(intervals)) fail(['intervals'], `an array of ${shape}`, intervals);
  options = optionsObject(options);
  // Options are checked once, on a quiet interval, so their errors carry the options' own paths.
  agentsRequired({ ...options, contacts: 0, ahtMs: options.ahtMs ?? 1 });
  const rows = intervals.map((interval, index): StaffingPlanRow => {
    const ahtMs = requireObject(interval, ['intervals', index], shape, `interval ${index}`).ahtMs ?? options.ahtMs;
    try {
      if (ahtMs === undefined) {
        throw new ServiceKitError('INVALID_OPTION', 'ahtMs is missing: give it on the interval or in the plan options', { path: ['ahtMs'] });
      }
      const staffing = agentsRequired({ ...options, contacts: interval.contacts, ahtMs });
      return {
        index,
        ...(interval.start === undefined ? {} : { start: interval.start }),
        ...(interval.label === undefined ? {} : { label: interval.label }),
        contacts: interval.contacts,
        ahtMs,
        ...staffing,
      };
    } catch (error) {
      if (!isServiceKitError(error)) throw error;
      // the options were checked above, so this is the interval's contacts, ahtMs or load as a whole
      // (path []), or the occupancy cap it cannot meet, which keeps its option's path
      throw locatedError(error, error.path[0] === 'maxOccupancy' ? [] : ['intervals', index], `interval ${index}`);
    }
  });
  const hours = options.intervalMs / 3_600_000;
  return {
    intervals: rows,
    peakAgents: rows.reduce((peak, row) => Math.max(peak, row.agents), 0),
    peakScheduledAgents: rows.reduce((peak, row) => Math.max(peak, row.scheduledAgents), 0),
    agentHours: rows.reduce((sum, row) => sum + row.agents, 0) * hours,
    scheduledAgentHours: rows.reduce((sum, row) => sum + row.scheduledAgents, 0) * hours,
  };
}
