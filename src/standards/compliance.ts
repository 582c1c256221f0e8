import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { checkIterableRows } from '../models/check-rows.js';
import { createRate, type Rate } from '../stats/rate.js';
import type { StandardCheck, StandardStatus } from './check.js';

/** A group key for {@link compliance}: a value, or a list of values for a composite key. */
export type ComplianceKey = string | number | boolean | null | undefined | readonly (string | number | boolean | null | undefined)[];

/** Options of {@link compliance}. */
export interface ComplianceOptions<Row> {
  /** The group of a row (team, agent, channel, `periodKey(...)` week…); without it, one row per standard. */
  by?: (row: Row) => ComplianceKey;
  /** Reads the check of a row; by default the row itself, or its `check` field when it has one. */
  check?: (row: Row) => Pick<StandardCheck, 'standardId' | 'status'>;
  /** The confidence level of the rate's interval; 0.95 by default. */
  level?: number;
}

/** Compliance with one standard, overall or in one group. */
export interface ComplianceRow {
  /** The standard. */
  readonly standardId: string;
  /** The group, when `by` was given. */
  readonly key?: ComplianceKey;
  /** Checks that met the standard. */
  readonly met: number;
  /** Checks that breached it. */
  readonly breached: number;
  /** Checks at risk (not yet decided). */
  readonly atRisk: number;
  /** Checks pending (not yet decided). */
  readonly pending: number;
  /** Checks paused (not yet decided). */
  readonly paused: number;
  /** Checks the standard did not apply to. */
  readonly notApplicable: number;
  /** `met / (met + breached)`, with its Wilson interval; `null` value when nothing was decided. */
  readonly rate: Rate;
}

interface Counts {
  standardId: string;
  key: ComplianceKey;
  counts: Record<StandardStatus, number>;
}

const FIELD: Readonly<Record<StandardStatus, true>> = { met: true, breached: true, at_risk: true, pending: true, paused: true, not_applicable: true };

function defaultCheck<Row>(row: Row): Pick<StandardCheck, 'standardId' | 'status'> {
  const value = row as { check?: StandardCheck } & StandardCheck;
  return value !== null && typeof value === 'object' && value.standardId === undefined && value.check !== undefined ? value.check : value;
}

const TYPE_ORDER = ['number', 'string', 'boolean', 'object', 'undefined'];

function compareKeys(a: ComplianceKey, b: ComplianceKey): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.min(a.length, b.length); index++) {
      const order = compareKeys(a[index] as ComplianceKey, b[index] as ComplianceKey);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  const typeA = Array.isArray(a) ? 'array' : typeof a;
  const typeB = Array.isArray(b) ? 'array' : typeof b;
  if (typeA !== typeB) return TYPE_ORDER.indexOf(typeA) - TYPE_ORDER.indexOf(typeB);
  if (a === b || a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/**
 * Compliance with service standards: per standard (and per group, with `by`), how many checks met,
 * breached, are at risk, pending, paused or not applicable, and the met rate over the decided ones.
 *
 * `rate = met / (met + breached)` with its Wilson score interval; checks not yet decided (at risk,
 * pending, paused) and not applicable ones stay out of it. Rows come back sorted by standard id, then
 * by key (numbers, then strings, then other values; lists element by element), so the result does not
 * depend on the input order.
 *
 * @param rows - Checks (from {@link checkStandard} or {@link checkStandards}), or rows holding one in a
 *   `check` field (`{ check, interaction }`), or any rows with a `check` accessor.
 * @param options - `by` (the group of a row), `check` (reads the check), `level`.
 * @returns One row per standard, or per standard and group.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for rows that are not iterable or a row without
 *   a check status; `INVALID_OPTION` for a level outside (0, 1), or a `by` or `check` that is not a function.
 * @example
 * ```ts
 * const checks = [
 *   { standardId: 'reply', status: 'met' },
 *   { standardId: 'reply', status: 'met' },
 *   { standardId: 'reply', status: 'breached' },
 *   { standardId: 'reply', status: 'pending' },
 * ];
 * const [row] = compliance(checks);
 * [row.met, row.breached, row.pending, row.rate.value]
 * // => [2, 1, 1, 2 / 3]
 * ```
 */
export function compliance<Row = StandardCheck>(rows: Iterable<Row>, options?: ComplianceOptions<Row>): ComplianceRow[] {
  const { check: accessor, by: groupOf, level: confidence } = optionsObject(options);
  const read = functionOption(accessor, 'check') ?? defaultCheck;
  const by = functionOption(groupOf, 'by');
  const level = confidence === undefined ? {} : { level: confidence };
  checkIterableRows(rows, 'checks');
  createRate(0, 0, level); // checks the level before any row
  const groups = new Map<string, Map<unknown, Counts>>();
  let index = 0;
  for (const row of rows) {
    const check = read(row);
    if (check === null || typeof check !== 'object' || FIELD[check.status] !== true || typeof check.standardId !== 'string') {
      throw new ServiceKitError('INVALID_INPUT', `row ${index} has no check with a standardId and a status`, { path: [index] });
    }
    const key = by === undefined ? undefined : by(row);
    const mapKey = Array.isArray(key) ? `[]${JSON.stringify(key)}` : key;
    let perKey = groups.get(check.standardId);
    if (perKey === undefined) {
      perKey = new Map();
      groups.set(check.standardId, perKey);
    }
    let counts = perKey.get(mapKey);
    if (counts === undefined) {
      counts = { standardId: check.standardId, key, counts: { met: 0, breached: 0, at_risk: 0, pending: 0, paused: 0, not_applicable: 0 } };
      perKey.set(mapKey, counts);
    }
    counts.counts[check.status]++;
    index++;
  }
  const all = [...groups.values()].flatMap((perKey) => [...perKey.values()]);
  all.sort((a, b) => (a.standardId < b.standardId ? -1 : a.standardId > b.standardId ? 1 : compareKeys(a.key, b.key)));
  return all.map(({ standardId, key, counts }) => ({
    standardId,
    ...(by === undefined ? {} : { key }),
    met: counts.met,
    breached: counts.breached,
    atRisk: counts.at_risk,
    pending: counts.pending,
    paused: counts.paused,
    notApplicable: counts.not_applicable,
    rate: createRate(counts.met, counts.met + counts.breached, level),
  }));
}
