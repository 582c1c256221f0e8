import { ServiceKitError } from '../errors/service-kit-error.js';
import { type DurationInput, parseDuration } from '../time/duration.js';

/**
 * A target for one KPI: a floor, a ceiling or both, on the result's `value` (or another numeric
 * field).
 *
 * Rates are fractions (`{ atLeast: 0.85 }` for CSAT ≥ 85 %); NPS is in points (`{ atLeast: 30 }`);
 * duration KPIs take milliseconds or duration strings (`{ atMost: '6m' }` on AHT, or
 * `{ field: 'p90Ms', atMost: '8h' }`).
 */
export interface KpiTarget {
  /** The value must be at least this (≥). */
  readonly atLeast?: number | DurationInput;
  /** The value must be at most this (≤). */
  readonly atMost?: number | DurationInput;
  /** The numeric field of the result to compare; `'value'` by default. */
  readonly field?: string;
  /** A label for people (`'80 % answered in 20s'`). */
  readonly label?: string;
}

/** Whether a KPI met its target: `pass`, `fail`, or `no_data` when it has no value. */
export type KpiTargetStatus = 'pass' | 'fail' | 'no_data';

/** One KPI against its target. */
export interface KpiScorecardEntry {
  /** The KPI's name, as in `results` and `targets`. */
  readonly kpi: string;
  /** The target's label, when it has one. */
  readonly label?: string;
  /** The value compared; `null` when there is none. */
  readonly value: number | null;
  /** The floor, in the value's unit; `null` when none. */
  readonly atLeast: number | null;
  /** The ceiling, in the value's unit; `null` when none. */
  readonly atMost: number | null;
  /** Pass, fail or no data. */
  readonly status: KpiTargetStatus;
}

/** Every KPI against its target, with the counts. */
export interface KpiScorecardResult {
  /** `fail` if any KPI failed, else `pass` if every KPI passed (and there is one), else `no_data`. */
  readonly status: KpiTargetStatus;
  /** KPIs that passed. */
  readonly passed: number;
  /** KPIs that failed. */
  readonly failed: number;
  /** KPIs without a value. */
  readonly noData: number;
  /** One entry per target, in the order of `targets`. */
  readonly entries: readonly KpiScorecardEntry[];
}

function bound(value: number | DurationInput | undefined, kpi: string, name: 'atLeast' | 'atMost'): number | null {
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    try {
      return parseDuration(value);
    } catch (error) {
      throw new ServiceKitError('INVALID_OPTION', `targets.${kpi}.${name}: ${(error as Error).message}`, { path: [kpi, name], cause: error });
    }
  }
  throw new ServiceKitError('INVALID_OPTION', `targets.${kpi}.${name} must be a finite number or a duration string; got ${String(value)}`, {
    path: [kpi, name],
  });
}

function valueOf(result: unknown, field: string, kpi: string): number | null {
  if (result === undefined || result === null) return null;
  const value = typeof result === 'number' ? result : typeof result === 'object' ? (result as Record<string, unknown>)[field] : Symbol();
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number') {
    throw new ServiceKitError('INVALID_INPUT', `results.${kpi}${typeof result === 'number' ? '' : `.${field}`} is not a number`, {
      path: typeof result === 'object' ? [kpi, field] : [kpi],
    });
  }
  return Number.isNaN(value) ? null : value;
}

/**
 * Compares KPI results with their targets and marks each `pass`, `fail` or `no_data`.
 *
 * A result is a number, or any KPI result with a numeric `value` (a {@link stats!Rate}, an NPS result, a
 * duration statistic) or the target's `field`. A KPI that is missing from `results`, or whose value is
 * `null`, is `no_data`. Bounds are inclusive (a CSAT of exactly 0.85 meets `atLeast: 0.85`).
 *
 * @param results - KPI results by name (e.g. `summarize(...).overall`, or `{ csat: csat(rows) }`).
 * @param targets - Targets by the same names (see {@link KpiTarget}, {@link serviceLevelTarget}).
 * @returns Every target's entry, and the overall status.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a target without a bound, a bound that is not a
 *   number or a duration, or `atLeast > atMost`; `INVALID_INPUT` for a result field that is not a number.
 * @example
 * ```ts
 * const card = scorecard(
 *   { csat: { value: 0.88 }, fcr: { value: 0.64 }, nps: { value: null }, ahtMs: 350_000 },
 *   { csat: { atLeast: 0.85 }, fcr: { atLeast: 0.7 }, nps: { atLeast: 30 }, ahtMs: { atMost: '6m' } },
 * );
 * card.entries.map((entry) => `${entry.kpi} ${entry.status}`)
 * // => ['csat pass', 'fcr fail', 'nps no_data', 'ahtMs pass']
 * card.status
 * // => 'fail'
 * ```
 */
export function scorecard(results: Readonly<Record<string, unknown>>, targets: Readonly<Record<string, KpiTarget>>): KpiScorecardResult {
  if (targets === null || typeof targets !== 'object') {
    throw new ServiceKitError('INVALID_OPTION', 'targets must be an object of KPI targets by name', { path: [] });
  }
  const entries: KpiScorecardEntry[] = [];
  let passed = 0;
  let failed = 0;
  let noData = 0;
  for (const [kpi, target] of Object.entries(targets)) {
    const atLeast = bound(target?.atLeast, kpi, 'atLeast');
    const atMost = bound(target?.atMost, kpi, 'atMost');
    if (atLeast === null && atMost === null) {
      throw new ServiceKitError('INVALID_OPTION', `targets.${kpi} needs atLeast, atMost or both`, { path: [kpi] });
    }
    if (atLeast !== null && atMost !== null && atLeast > atMost) {
      throw new ServiceKitError('INVALID_OPTION', `targets.${kpi}: atLeast ${atLeast} is above atMost ${atMost}`, { path: [kpi, 'atLeast'] });
    }
    const value = valueOf(results?.[kpi], target.field ?? 'value', kpi);
    let status: KpiTargetStatus;
    if (value === null) {
      status = 'no_data';
      noData++;
    } else if ((atLeast === null || value >= atLeast) && (atMost === null || value <= atMost)) {
      status = 'pass';
      passed++;
    } else {
      status = 'fail';
      failed++;
    }
    entries.push({ kpi, ...(target.label === undefined ? {} : { label: target.label }), value, atLeast, atMost, status });
  }
  const status: KpiTargetStatus = failed > 0 ? 'fail' : passed > 0 && passed === entries.length ? 'pass' : 'no_data';
  return { status, passed, failed, noData, entries };
}
