// Worked examples for summarize with its group key stated as data (src/kpis/summarize.ts, second
// signature; key parts in src/kpis/group-key.ts and src/kpis/key-parts.ts). Every period key below
// is computed by hand from the calendar and the zone's rules, stated in the comments; each example
// is checked three ways: over the records, over toInteractionTable(records) (from the columns, or
// row by row for other parts) and with the equivalent key function over the records.
import { describe, expect, it } from 'vitest';
import { ahtMetric, csatMetric, type KeyPart, summarize } from '../../src/kpis/index.js';
import { type InteractionLike, type InteractionRow, toInteractionTable } from '../../src/table/index.js';
import { periodKey, type PeriodKeyOptions } from '../../src/time/index.js';

type Rec = InteractionLike & { csatScore?: number };

/** A record opened at `openedAt` (ISO), with `talkMs` and any other fields. */
function record(id: string, openedAt: string, talkMs: number, fields: Partial<Rec> = {}): Rec {
  return { id, customerId: 'c1', channel: 'chat', direction: 'inbound', priority: 'normal', openedAt: new Date(openedAt), talkMs, ...fields };
}

/** The period key of an instant field as a key function computes it (undefined when absent). */
function periodOf(value: Date | number | null | undefined, period: 'day' | 'week' | 'month' | 'quarter', options: PeriodKeyOptions = {}): string | undefined {
  return value === undefined || value === null ? undefined : periodKey(new Date(value), period, options);
}

/**
 * summarize(records, { by }) with AHT and CSAT, after checking that the table (with csatScore as an
 * extra column) and the key function give exactly the same groups and overall.
 */
function summarizeThreeWays(records: readonly Rec[], by: KeyPart<Rec> | readonly KeyPart<Rec>[], key: (row: Rec) => unknown) {
  const table = toInteractionTable(records, { numbers: { csatScore: (row) => row.csatScore } });
  const fromRecords = summarize(records, { by, metrics: { aht: ahtMetric<Rec>(), csat: csatMetric({ score: (row: Rec) => row.csatScore }) } });
  const fromFunction = summarize(records, { by: key, metrics: { aht: ahtMetric<Rec>(), csat: csatMetric({ score: (row: Rec) => row.csatScore }) } });
  type TableRow = InteractionRow<'csatScore'>;
  const fromTable = summarize(table, {
    by: by as KeyPart<TableRow> | readonly KeyPart<TableRow>[],
    metrics: { aht: ahtMetric<TableRow>(), csat: csatMetric({ score: (row: TableRow) => row.csatScore }) },
  });
  expect(fromTable.groups).toEqual(fromRecords.groups);
  expect(fromTable.overall).toEqual(fromRecords.overall);
  expect(fromFunction.groups).toEqual(fromRecords.groups);
  expect(fromFunction.overall).toEqual(fromRecords.overall);
  return fromRecords;
}

/** [key, AHT count, AHT mean] of each group. */
const ahtByKey = (report: { groups: { key: unknown; values: { aht: { count: number; meanMs: number | null } } }[] }) =>
  report.groups.map((group) => [group.key, group.values.aht.count, group.values.aht.meanMs]);

describe('summarize with by as data', () => {
  it('groups by a field name: the key is the field value, undefined when absent', () => {
    // talk 100 and 200 for billing (mean 150), 300 for tech, 400 with no team; overall (100+300+200+400)/4 = 250
    const records = [
      record('t1', '2025-01-06T09:00:00Z', 100, { team: 'billing', csatScore: 5 }),
      record('t2', '2025-01-06T10:00:00Z', 300, { team: 'tech', csatScore: 2 }),
      record('t3', '2025-01-06T11:00:00Z', 200, { team: 'billing', csatScore: 3 }),
      record('t4', '2025-01-06T12:00:00Z', 400),
    ];
    const report = summarizeThreeWays(records, 'team', (row) => row.team);
    expect(ahtByKey(report)).toEqual([
      ['billing', 2, 150],
      ['tech', 1, 300],
      [undefined, 1, 400],
    ]);
    // billing: 5 satisfied, 3 not → 1/2
    expect(report.groups[0]?.values.csat.value).toBe(0.5);
    expect(report.overall.aht.meanMs).toBe(250);
  });

  it('makes composite keys of a team and an ISO week, weeks belonging to the previous or next year', () => {
    // 2025-01-01 is a Wednesday, so ISO 2025-W01 runs Mon 2024-12-30 … Sun 2025-01-05 (its Thursday,
    // 2025-01-02, names the year); Sun 2024-12-29 closes 2024-W52 (2024-W01 began Mon 2024-01-01).
    // 2021-01-01 is a Friday: Sun 2021-01-03 is in the week of Thu 2020-12-31, the 53rd week of 2020
    // (2020-W01 began Mon 2019-12-30, and 2020-12-28 is 52 weeks later); Mon 2021-01-04 opens 2021-W01.
    const records = [
      record('a', '2024-12-30T10:00:00Z', 100, { team: 'billing' }), // 2025-W01
      record('b', '2024-12-29T10:00:00Z', 200, { team: 'billing' }), // 2024-W52
      record('c', '2021-01-03T10:00:00Z', 300, { team: 'tech' }), // 2020-W53
      record('d', '2021-01-04T10:00:00Z', 400, { team: 'tech' }), // 2021-W01
      record('e', '2025-01-05T23:00:00Z', 500, { team: 'billing' }), // 2025-W01, its last hour
    ];
    const report = summarizeThreeWays(records, ['team', { period: 'week', of: 'openedAt' }], (row) => [row.team, periodOf(row.openedAt, 'week')]);
    expect(ahtByKey(report)).toEqual([
      [['billing', '2025-W01'], 2, 300], // (100 + 500) / 2
      [['billing', '2024-W52'], 1, 200],
      [['tech', '2020-W53'], 1, 300],
      [['tech', '2021-W01'], 1, 400],
    ]);
  });

  it('follows local days across the spring-forward day in Europe/Berlin (2025-03-30, 23 hours)', () => {
    // CET (+1) until 2025-03-30T01:00Z, then CEST (+2): the local day 2025-03-30 runs from
    // 2025-03-29T23:00Z to 2025-03-30T22:00Z. Two of these instants have a UTC date one day earlier.
    const records = [
      record('b1', '2025-03-29T22:59:59.999Z', 100), // 23:59:59.999 CET on 03-29 (UTC 03-29)
      record('b2', '2025-03-29T23:00:00.000Z', 200), // 00:00 CET on 03-30 (UTC 03-29)
      record('b3', '2025-03-30T21:59:59.999Z', 300), // 23:59:59.999 CEST on 03-30 (UTC 03-30)
      record('b4', '2025-03-30T22:00:00.000Z', 400), // 00:00 CEST on 03-31 (UTC 03-30)
    ];
    const berlin = summarizeThreeWays(records, { period: 'day', of: 'openedAt', timeZone: 'Europe/Berlin' }, (row) => periodOf(row.openedAt, 'day', { timeZone: 'Europe/Berlin' }));
    expect(ahtByKey(berlin)).toEqual([
      ['2025-03-29', 1, 100],
      ['2025-03-30', 2, 250],
      ['2025-03-31', 1, 400],
    ]);
    const utc = summarizeThreeWays(records, { period: 'day', of: 'openedAt' }, (row) => periodOf(row.openedAt, 'day'));
    expect(ahtByKey(utc)).toEqual([
      ['2025-03-29', 2, 150],
      ['2025-03-30', 2, 350],
    ]);
  });

  it('follows local days across the fall-back day in America/New_York (2025-11-02, 25 hours)', () => {
    // EDT (−4) until 2025-11-02T06:00Z, then EST (−5): the local day 2025-11-02 runs from
    // 2025-11-02T04:00Z to 2025-11-03T05:00Z.
    const records = [
      record('n1', '2025-11-02T03:59:59.999Z', 100, { team: 'tech' }), // 23:59:59.999 EDT on 11-01 (UTC 11-02)
      record('n2', '2025-11-02T04:00:00.000Z', 200, { team: 'tech' }), // 00:00 EDT on 11-02
      record('n3', '2025-11-03T04:30:00.000Z', 300, { team: 'tech' }), // 23:30 EST on 11-02 (UTC 11-03), 24.5 h after n2
      record('n4', '2025-11-03T05:00:00.000Z', 400, { team: 'tech' }), // 00:00 EST on 11-03
    ];
    const zone = { timeZone: 'America/New_York' };
    const newYork = summarizeThreeWays(records, [{ period: 'day', of: 'openedAt', ...zone }, 'team'], (row) => [periodOf(row.openedAt, 'day', zone), row.team]);
    expect(ahtByKey(newYork)).toEqual([
      [['2025-11-01', 'tech'], 1, 100],
      [['2025-11-02', 'tech'], 2, 250],
      [['2025-11-03', 'tech'], 1, 400],
    ]);
    const utc = summarizeThreeWays(records, [{ period: 'day', of: 'openedAt' }, 'team'], (row) => [periodOf(row.openedAt, 'day'), row.team]);
    expect(ahtByKey(utc)).toEqual([
      [['2025-11-02', 'tech'], 2, 150],
      [['2025-11-03', 'tech'], 2, 350],
    ]);
  });

  it('puts a later instant in the day before where clocks went back across midnight (America/Goose_Bay, 2006-10-29)', () => {
    // Goose Bay set its clocks back at 00:01 local time until 2011: at 2006-10-29T03:01Z, 00:01 ADT
    // (−3) became 23:01 AST (−4) on 10-28. The first instant is in local day 10-29, the last, a
    // minute later, in 10-28: local days do not rise with the instant here, so the day numbers of
    // the first and last instants do not bound the others (the table's columns are read with a
    // margin of a period, and a row outside it sends the table row by row).
    const records = [
      record('g1', '2006-10-29T03:00:30.000Z', 100, { team: 'tech' }), // 00:00:30 ADT on 10-29
      record('g2', '2006-10-29T03:01:30.000Z', 200, { team: 'tech' }), // 23:01:30 AST on 10-28
      record('g3', '2006-10-29T03:01:00.000Z', 300), // 23:01 AST on 10-28, no team
    ];
    const zone = { timeZone: 'America/Goose_Bay' };
    const report = summarizeThreeWays(records, [{ period: 'day', of: 'openedAt', ...zone }, 'team'], (row) => [periodOf(row.openedAt, 'day', zone), row.team]);
    expect(ahtByKey(report)).toEqual([
      [['2006-10-29', 'tech'], 1, 100],
      [['2006-10-28', 'tech'], 1, 200],
      [['2006-10-28', undefined], 1, 300],
    ]);
  });
  it('names weeks starting on another day by their first date (weekStartsOn 0 and 6)', () => {
    // 2025-01-01 is a Wednesday: Sat 2025-01-04 is in the Sunday week of 2024-12-29, Sun 01-05 and
    // Sat 01-11 in that of 2025-01-05. 2025-01-05T03:00Z is Sat 22:00 in New York (EST, −5): 2024-12-29.
    const records = [
      record('w1', '2025-01-04T12:00:00Z', 100),
      record('w2', '2025-01-05T12:00:00Z', 200),
      record('w3', '2025-01-11T12:00:00Z', 300),
      record('w4', '2025-01-05T03:00:00Z', 400),
    ];
    const sunday = { weekStartsOn: 0 as const, timeZone: 'America/New_York' };
    const report = summarizeThreeWays(records, { period: 'week', of: 'openedAt', ...sunday }, (row) => periodOf(row.openedAt, 'week', sunday));
    expect(ahtByKey(report)).toEqual([
      ['2024-12-29', 2, 250], // w1, w4
      ['2025-01-05', 2, 250], // w2, w3
    ]);
    // weeks from Saturday (UTC): Sat 01-04 through Fri 01-10 are '2025-01-04'; Sat 01-11 opens '2025-01-11'
    const saturday = { weekStartsOn: 6 as const };
    const fromSaturday = summarizeThreeWays(records, { period: 'week', of: 'openedAt', ...saturday }, (row) => periodOf(row.openedAt, 'week', saturday));
    expect(ahtByKey(fromSaturday)).toEqual([
      ['2025-01-04', 3, (100 + 200 + 400) / 3],
      ['2025-01-11', 1, 300],
    ]);
  });

  it('takes months and quarters from local dates in Australia/Sydney', () => {
    // AEDT (+11) until Sun 2025-04-06, AEST (+10) from then to October.
    const records = [
      record('s1', '2025-03-31T13:30:00Z', 100), // 2025-04-01 00:30 AEDT: 2025-04, Q2 (UTC: 03, Q1)
      record('s2', '2025-03-31T12:30:00Z', 200), // 2025-03-31 23:30 AEDT: 2025-03, Q1
      record('s3', '2024-12-31T13:00:00Z', 300), // 2025-01-01 00:00 AEDT: 2025-01, Q1 (UTC: 2024-12, Q4)
      record('s4', '2025-06-30T14:00:00Z', 400), // 2025-07-01 00:00 AEST: 2025-07, Q3 (UTC: 06, Q2)
      record('s5', '2025-06-30T13:59:59.999Z', 500), // 2025-06-30 23:59:59.999 AEST: 2025-06, Q2
    ];
    const sydney = { timeZone: 'Australia/Sydney' };
    const quarterAndMonth = summarizeThreeWays(
      records,
      [
        { period: 'quarter', of: 'openedAt', ...sydney },
        { period: 'month', of: 'openedAt', ...sydney },
      ],
      (row) => [periodOf(row.openedAt, 'quarter', sydney), periodOf(row.openedAt, 'month', sydney)],
    );
    expect(quarterAndMonth.groups.map((group) => group.key)).toEqual([
      ['2025-Q2', '2025-04'],
      ['2025-Q1', '2025-03'],
      ['2025-Q1', '2025-01'],
      ['2025-Q3', '2025-07'],
      ['2025-Q2', '2025-06'],
    ]);
    const quarters = summarizeThreeWays(records, { period: 'quarter', of: 'openedAt', ...sydney }, (row) => periodOf(row.openedAt, 'quarter', sydney));
    expect(ahtByKey(quarters)).toEqual([
      ['2025-Q2', 2, 300], // s1, s5: (100 + 500) / 2
      ['2025-Q1', 2, 250], // s2, s3
      ['2025-Q3', 1, 400],
    ]);
    const utcQuarters = summarizeThreeWays(records, { period: 'quarter', of: 'openedAt' }, (row) => periodOf(row.openedAt, 'quarter'));
    expect(ahtByKey(utcQuarters)).toEqual([
      ['2025-Q1', 2, 150], // s1, s2
      ['2024-Q4', 1, 300],
      ['2025-Q2', 2, 450], // s4, s5
    ]);
  });

  it('gives undefined key elements for an absent team and an absent instant (null included)', () => {
    // resolvedAt: r1 and r3 on 2025-01-07 (UTC), r2 and r4 unresolved (r4 with null)
    const records = [
      record('r1', '2025-01-06T09:00:00Z', 100, { team: 'billing', resolvedAt: new Date('2025-01-07T08:00:00Z') }),
      record('r2', '2025-01-06T10:00:00Z', 200),
      record('r3', '2025-01-06T11:00:00Z', 300, { team: 'billing', resolvedAt: Date.UTC(2025, 0, 7, 23) }),
      record('r4', '2025-01-06T12:00:00Z', 400, { resolvedAt: null }),
    ];
    const resolvedDay = summarizeThreeWays(records, { period: 'day', of: 'resolvedAt' }, (row) => periodOf(row.resolvedAt, 'day'));
    expect(ahtByKey(resolvedDay)).toEqual([
      ['2025-01-07', 2, 200],
      [undefined, 2, 300],
    ]);
    const composite = summarizeThreeWays(records, ['team', { period: 'day', of: 'resolvedAt' }], (row) => [row.team, periodOf(row.resolvedAt, 'day')]);
    expect(ahtByKey(composite)).toEqual([
      [['billing', '2025-01-07'], 2, 200],
      [[undefined, undefined], 2, 300],
    ]);
  });

  it('falls back to reading keys row by row over a table for other parts, with the same result', () => {
    // escalationLevel: 1, none, 1, 2 → groups 1 (talk 100, 300), undefined (200), 2 (400)
    const records = [
      record('f1', '2025-01-06T09:00:00Z', 100, { team: 'billing', escalationLevel: 1, csatScore: 5 }),
      record('f2', '2025-01-06T10:00:00Z', 200, { team: 'tech', csatScore: 4 }),
      record('f3', '2025-01-13T11:00:00Z', 300, { team: 'billing', escalationLevel: 1 }),
      record('f4', '2025-01-13T12:00:00Z', 400, { team: 'billing', escalationLevel: 2, csatScore: 5 }),
    ];
    expect(ahtByKey(summarizeThreeWays(records, 'escalationLevel', (row) => row.escalationLevel))).toEqual([
      [1, 2, 200],
      [undefined, 1, 200],
      [2, 1, 400],
    ]);
    // a numeric field among column parts: the whole key is read row by row
    expect(ahtByKey(summarizeThreeWays(records, ['team', 'escalationLevel', { period: 'week', of: 'openedAt' }], (row) => [row.team, row.escalationLevel, periodOf(row.openedAt, 'week')]))).toEqual([
      [['billing', 1, '2025-W02'], 1, 100],
      [['tech', undefined, '2025-W02'], 1, 200],
      [['billing', 1, '2025-W03'], 1, 300],
      [['billing', 2, '2025-W03'], 1, 400],
    ]);
    // id is a string but not a dictionary column: one group per row
    expect(ahtByKey(summarizeThreeWays(records, ['id', { period: 'week', of: 'openedAt' }], (row) => [row.id, periodOf(row.openedAt, 'week')])).map(([key]) => key)).toEqual([
      ['f1', '2025-W02'],
      ['f2', '2025-W02'],
      ['f3', '2025-W03'],
      ['f4', '2025-W03'],
    ]);
    // the extra column csatScore: 5, 4, none, 5
    expect(ahtByKey(summarizeThreeWays(records, 'csatScore', (row) => row.csatScore))).toEqual([
      [5, 2, 250],
      [4, 1, 200],
      [undefined, 1, 300],
    ]);
  });

  it('reads a period of an extra numeric column of epoch ms row by row over a table', () => {
    // surveyedAt: 2025-01-06T23:30Z (Tue 00:30 in Berlin), none, 2025-01-07T08:00Z
    type Surveyed = Rec & { surveyedAt?: number };
    const records: Surveyed[] = [
      record('v1', '2025-01-06T09:00:00Z', 100, { surveyedAt: Date.UTC(2025, 0, 6, 23, 30) } as Partial<Surveyed>),
      record('v2', '2025-01-06T10:00:00Z', 200),
      record('v3', '2025-01-06T11:00:00Z', 300, { surveyedAt: Date.UTC(2025, 0, 7, 8) } as Partial<Surveyed>),
    ];
    const table = toInteractionTable(records, { numbers: { surveyedAt: (row) => row.surveyedAt } });
    const by = { period: 'day', of: 'surveyedAt', timeZone: 'Europe/Berlin' } as const;
    const fromTable = summarize(table, { by, metrics: { aht: ahtMetric<InteractionRow<'surveyedAt'>>() } });
    const fromRecords = summarize(records, { by, metrics: { aht: ahtMetric<Surveyed>() } });
    expect(ahtByKey(fromTable)).toEqual([
      ['2025-01-07', 2, 200],
      [undefined, 1, 200],
    ]);
    expect(fromTable).toEqual(fromRecords);
  });

  it('groups sparse periods far apart, and many-part keys, as the key function does', () => {
    // days 0 and ~6.6M apart (1970 and the year 20000, which periodKey writes with the ISO expanded
    // year '+020000'): more period numbers than a dense index holds
    const far = Date.UTC(20000, 0, 1, 12);
    const records = [
      record('x1', '1970-01-01T00:00:00Z', 100, { team: 'a', resolvedAt: far, closedAt: far }),
      record('x2', '1970-01-01T01:00:00Z', 200, { team: 'b', resolvedAt: 0, closedAt: 0 }),
      record('x3', '1970-01-01T02:00:00Z', 300, { team: 'a', resolvedAt: far, closedAt: 0 }),
    ];
    records.push({ ...record('x4', '1970-01-01T03:00:00Z', 400, { team: 'b', closedAt: far }), openedAt: far });
    const day = { period: 'day', of: 'openedAt' } as const;
    expect(ahtByKey(summarizeThreeWays(records, day, (row) => periodOf(row.openedAt, 'day')))).toEqual([
      ['1970-01-01', 3, 200],
      ['+020000-01-01', 1, 400],
    ]);
    // four parts of ~6.6M days each: more combinations than safe integers
    const parts = [day, { period: 'day', of: 'resolvedAt' }, { period: 'day', of: 'closedAt' }, 'team'] as const;
    const report = summarizeThreeWays(records, parts, (row) => [periodOf(row.openedAt, 'day'), periodOf(row.resolvedAt, 'day'), periodOf(row.closedAt, 'day'), row.team]);
    expect(report.groups.map((group) => group.key)).toEqual([
      ['1970-01-01', '+020000-01-01', '+020000-01-01', 'a'],
      ['1970-01-01', '1970-01-01', '1970-01-01', 'b'],
      ['1970-01-01', '+020000-01-01', '1970-01-01', 'a'],
      ['+020000-01-01', undefined, '+020000-01-01', 'b'],
    ]);
  });

  it('keys instants at the limits of the Date range in a zone with offsets (Europe/Berlin: local mean time +0:53:28)', () => {
    const records = [record('y1', '1970-01-01T00:00:00Z', 100), { ...record('y2', '1970-01-01T00:00:00Z', 200), openedAt: new Date(8.64e15) }];
    records.push({ ...record('y3', '1970-01-01T00:00:00Z', 300), openedAt: new Date(-8.64e15) });
    const day = { period: 'day', of: 'openedAt', timeZone: 'Europe/Berlin' } as const;
    expect(ahtByKey(summarizeThreeWays(records, day, (row) => periodOf(row.openedAt, 'day', { timeZone: 'Europe/Berlin' })))).toEqual([
      ['1970-01-01', 1, 100],
      ['+275760-09-13', 1, 200],
      ['-271821-04-20', 1, 300],
    ]);
  });

  it('gives no groups and empty results for no rows', () => {
    const report = summarizeThreeWays([], ['team', { period: 'week', of: 'openedAt' }], (row) => [row.team, periodOf(row.openedAt, 'week')]);
    expect(report.groups).toEqual([]);
    expect(report.overall.aht.count).toBe(0);
  });
});

describe('summarize with by as data: errors', () => {
  const records = [record('t1', '2025-01-06T09:00:00Z', 100, { team: 'billing' })];
  const table = toInteractionTable(records);
  const metrics = { aht: ahtMetric<unknown>() };
  const invalid = (by: unknown, path: readonly (string | number)[]) => {
    // checked once, before any row is read: the same error for no rows, the records and the table
    for (const rows of [[], records, table]) {
      expect(() => summarize(rows as Rec[], { by: by as 'team', metrics })).toThrow(expect.objectContaining({ name: 'ServiceKitError', code: 'INVALID_OPTION', path }));
    }
  };

  it('throws INVALID_OPTION at by for an empty list, an empty name or a part that is not a name or an object', () => {
    invalid([], ['by']);
    invalid('', ['by']);
    invalid(5, ['by']);
    invalid(null, ['by']);
    invalid(['team', ['channel']], ['by', 1]);
    invalid(['team', ''], ['by', 1]);
  });

  it('throws INVALID_OPTION at the part and option for an unknown period, zone or week start, or no field', () => {
    invalid(['team', { period: 'year', of: 'openedAt' }], ['by', 1, 'period']);
    invalid({ period: 'year', of: 'openedAt' }, ['by', 'period']);
    invalid(['team', { period: 'day', of: 'openedAt', timeZone: 'Mars/Olympus_Mons' }], ['by', 1, 'timeZone']);
    invalid({ period: 'week', of: 'openedAt', timeZone: 42 }, ['by', 'timeZone']);
    invalid([{ period: 'day' }, 'team'], ['by', 0, 'of']);
    invalid([{ period: 'day', of: '' }], ['by', 0, 'of']);
    invalid(['team', 'channel', { period: 'week', of: 'openedAt', weekStartsOn: 7 }], ['by', 2, 'weekStartsOn']);
    invalid({ period: 'week', of: 'openedAt', weekStartsOn: 1.5 }, ['by', 'weekStartsOn']);
  });

  it('throws INVALID_INPUT at the field for a period of a value that is not an instant', () => {
    const notInstant = { path: [0, 'openedAt'], code: 'INVALID_INPUT' };
    expect(() => summarize([{ openedAt: '2025-01-06T09:00:00Z' }], { by: { period: 'day', of: 'openedAt' }, metrics: {} })).toThrow(expect.objectContaining(notInstant));
    expect(() => summarize([{ openedAt: new Date(Number.NaN) }], { by: ['openedAt', { period: 'day', of: 'openedAt' }], metrics: {} })).toThrow(expect.objectContaining(notInstant));
    // over a table, team is a string column: read row by row, and refused the same way
    expect(() => summarize(table, { by: { period: 'month', of: 'team' }, metrics })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'team'] }));
    expect(() => summarize(records, { by: { period: 'month', of: 'team' }, metrics })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'team'] }));
  });
});
