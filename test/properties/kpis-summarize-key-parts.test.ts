import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahtMetric, csatMetric, fcrMetric, type KeyPart, type PeriodKeyPart, summarize } from '../../src/kpis/index.js';
import { type InteractionLike, type InteractionRow, toInteractionTable } from '../../src/table/index.js';
import { type Period, periodKey, type WeekdayNumber } from '../../src/time/index.js';

// Law: a key stated as data means what its key function means, whatever reads it. For any
// interactions and any `by` made of string columns, periods (day, week, month, quarter, in any zone,
// with any week start) of openedAt or resolvedAt, a numeric field, or a list of 1–3 of them:
// summarize(toInteractionTable(records), { by }) (groups from the columns) equals
// summarize(records, { by }) equals summarize(records, { by: row => [row.team, periodKey(…), …] }):
// the same groups, keys and values, in order of first appearance, and the same overall. Instants
// span two years and cluster around DST changes and local year ends, where UTC and local dates differ.

type Rec = InteractionLike & { csatScore?: number };
type TableRow = InteractionRow<'csatScore'>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2023, 11, 1);
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'] as const;
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter'];
const STRING_COLUMNS = ['customerId', 'channel', 'direction', 'priority', 'team', 'agentId', 'reason'] as const;

/** DST changes of 2024 and 2025 and local midnights of new year in the zones above. */
const EDGES = [
  '2024-03-31T01:00:00Z', '2024-10-27T01:00:00Z', '2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z', // Europe/Berlin
  '2024-03-10T07:00:00Z', '2024-11-03T06:00:00Z', '2025-03-09T07:00:00Z', '2025-11-02T06:00:00Z', // America/New_York
  '2024-04-06T16:00:00Z', '2024-10-05T16:00:00Z', '2025-04-05T16:00:00Z', '2025-10-04T16:00:00Z', // Australia/Sydney
  '2024-12-31T13:00:00Z', '2024-12-31T18:30:00Z', '2024-12-31T23:00:00Z', '2025-01-01T00:00:00Z', '2025-01-01T05:00:00Z', // 2025 begins
  '2025-03-30T22:00:00Z', '2025-11-03T05:00:00Z', '2025-06-30T14:00:00Z', '2025-09-30T18:30:00Z', // local midnights
].map((at) => Date.parse(at));

/** An instant anywhere in two years, or within two hours of an edge (the edge itself often). */
const instant = fc.oneof(
  fc.integer({ min: START, max: START + 760 * DAY }),
  fc.tuple(fc.constantFrom(...EDGES), fc.integer({ min: -2 * HOUR, max: 2 * HOUR })).map(([edge, offset]) => edge + offset),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const recordArbitrary: fc.Arbitrary<Rec> = fc
  .record({
    customerId: fc.constantFrom('c1', 'c2', 'c3'),
    channel: fc.constantFrom('chat', 'email', 'phone'),
    direction: fc.constantFrom('inbound' as const, 'outbound' as const),
    priority: fc.constantFrom('low' as const, 'normal' as const, 'urgent' as const),
    team: optional(fc.constantFrom('billing', 'tech', 'vip')),
    agentId: optional(fc.constantFrom('a1', 'a2')),
    reason: optional(fc.constantFrom('refund', 'login')),
    openedAt: instant,
    resolvedAfter: optional(fc.integer({ min: 0, max: 10 * DAY })),
    talkMs: optional(fc.integer({ min: 0, max: HOUR })),
    escalationLevel: optional(fc.nat(2)),
    resolvedOnFirstContact: optional(fc.boolean()),
    csatScore: optional(fc.integer({ min: 1, max: 5 })),
  })
  .map(({ openedAt, resolvedAfter, ...fields }) => {
    const record: Rec = { id: '', customerId: fields.customerId, channel: fields.channel, direction: fields.direction, priority: fields.priority, openedAt: new Date(openedAt) };
    for (const name of ['team', 'agentId', 'reason', 'talkMs', 'escalationLevel', 'resolvedOnFirstContact', 'csatScore'] as const) {
      if (fields[name] !== undefined) (record as Record<string, unknown>)[name] = fields[name];
    }
    if (resolvedAfter !== undefined) record.resolvedAt = new Date(openedAt + resolvedAfter);
    return record;
  });

/** Records in random order, or sorted by openedAt (consecutive rows then often share a group). */
const recordsArbitrary = fc
  .tuple(fc.array(recordArbitrary, { maxLength: 60 }), fc.boolean())
  .map(([records, sorted]) => {
    const list = records.map((record, index) => ({ ...record, id: `t${index}` }));
    if (sorted) list.sort((a, b) => +a.openedAt - +b.openedAt);
    return list;
  });

/** A period part, sometimes leaving timeZone and weekStartsOn to their defaults. */
const periodPart: fc.Arbitrary<PeriodKeyPart<'openedAt' | 'resolvedAt'>> = fc
  .record({
    period: fc.constantFrom(...PERIODS),
    of: fc.constantFrom('openedAt' as const, 'resolvedAt' as const),
    timeZone: optional(fc.constantFrom(...ZONES)),
    weekStartsOn: optional(fc.integer({ min: 0, max: 6 }).map((day) => day as WeekdayNumber)),
  })
  .map(({ timeZone, weekStartsOn, ...part }) => ({ ...part, ...(timeZone !== undefined && { timeZone }), ...(weekStartsOn !== undefined && { weekStartsOn }) }));

/** A string column or a period (read from the columns), or now and then a numeric field (read row by row). */
const part: fc.Arbitrary<KeyPart<Rec>> = fc.oneof(
  { arbitrary: fc.constantFrom(...STRING_COLUMNS), weight: 3 },
  { arbitrary: periodPart, weight: 4 },
  { arbitrary: fc.constant('escalationLevel' as const), weight: 1 },
);
const byArbitrary = fc.oneof(part, fc.array(part, { minLength: 1, maxLength: 3 }));

/** The key function a part stands for, written out with periodKey. */
function elementFunction(keyPart: KeyPart<Rec>): (row: Rec) => unknown {
  if (typeof keyPart === 'string') return (row) => row[keyPart];
  const options = { timeZone: keyPart.timeZone, weekStartsOn: keyPart.weekStartsOn };
  return (row) => {
    const value = row[keyPart.of as 'openedAt' | 'resolvedAt'];
    return value === undefined || value === null ? undefined : periodKey(new Date(value), keyPart.period, options);
  };
}

function keyFunction(by: KeyPart<Rec> | readonly KeyPart<Rec>[]): (row: Rec) => unknown {
  if (!Array.isArray(by)) return elementFunction(by as KeyPart<Rec>);
  const elements = (by as readonly KeyPart<Rec>[]).map(elementFunction);
  return (row) => elements.map((element) => element(row));
}

const recordMetrics = () => ({ aht: ahtMetric<Rec>(), fcr: fcrMetric<Rec>(), csat: csatMetric({ score: (row: Rec) => row.csatScore }) });
const tableMetrics = () => ({ aht: ahtMetric<TableRow>(), fcr: fcrMetric<TableRow>(), csat: csatMetric({ score: (row: TableRow) => row.csatScore }) });

describe('summarize with by as data', () => {
  it('gives over a table what it gives over the records, and what the equivalent key function gives', () => {
    fc.assert(
      fc.property(recordsArbitrary, byArbitrary, (records, by) => {
        const table = toInteractionTable(records, { numbers: { csatScore: (row) => row.csatScore } });
        const fromRecords = summarize(records, { by, metrics: recordMetrics() });
        const fromFunction = summarize(records, { by: keyFunction(by), metrics: recordMetrics() });
        const fromTable = summarize(table, { by: by as KeyPart<TableRow> | readonly KeyPart<TableRow>[], metrics: tableMetrics() });
        const keys = fromFunction.groups.map((group) => group.key);
        expect(fromRecords.groups.map((group) => group.key)).toStrictEqual(keys);
        expect(fromTable.groups.map((group) => group.key)).toStrictEqual(keys);
        expect(fromRecords.groups).toEqual(fromFunction.groups);
        expect(fromTable.groups).toEqual(fromFunction.groups);
        expect(fromRecords.overall).toEqual(fromFunction.overall);
        expect(fromTable.overall).toEqual(fromFunction.overall);
      }),
      { numRuns: 150 },
    );
  });
});
