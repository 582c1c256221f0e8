import { describe, expect, it } from 'vitest';
import { firstResponseTime, firstResponseTimeMetric, summarize } from '../../src/kpis/index.js';
import { type InteractionRow, toInteractionTable } from '../../src/table/index.js';
import { createCalendar } from '../../src/time/index.js';

const HOUR = 3_600_000;
const openedAt = new Date('2025-01-06T09:00:00Z');
const after = (ms: number) => new Date(openedAt.getTime() + ms);

describe('firstResponseTime', () => {
  it('measures openedAt to firstResponseAt with mean, median and p90', () => {
    const result = firstResponseTime([1, 2, 3, 4].map((hours) => ({ openedAt, firstResponseAt: after(hours * HOUR) })));
    expect(result).toMatchObject({ count: 4, meanMs: 2.5 * HOUR, medianMs: 2.5 * HOUR });
    expect(result.p90Ms).toBeCloseTo(3.7 * HOUR, 6);
  });
  it('counts a reply exactly at the threshold as within it', () => {
    const result = firstResponseTime([{ openedAt, firstResponseAt: after(HOUR) }, { openedAt, firstResponseAt: after(HOUR + 1) }], {
      thresholdMs: HOUR,
    });
    expect(result.withinThreshold).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  });
  it('excludes unanswered tickets and replies before opening', () => {
    const result = firstResponseTime([{ openedAt }, { openedAt, firstResponseAt: after(-1) }, { openedAt, firstResponseAt: after(5) }]);
    expect(result).toMatchObject({ count: 1, excluded: 2, meanMs: 5 });
  });
  it('accepts epoch milliseconds from accessors', () => {
    const result = firstResponseTime([{ a: 1000, b: 4000 }], { openedAt: (row) => row.a, firstResponseAt: (row) => row.b });
    expect(result.meanMs).toBe(3000);
  });
  it('measures business time through a calendar', () => {
    const calendar = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
    // opened Monday 16:00, answered Tuesday 10:00: 1 h Monday + 1 h Tuesday of open time
    const result = firstResponseTime([{ openedAt: new Date('2025-01-06T16:00:00Z'), firstResponseAt: new Date('2025-01-07T10:00:00Z') }], {
      calendar,
    });
    expect(result.meanMs).toBe(2 * HOUR);
  });
  it('measures business time over a table from its columns, as over the records', () => {
    const calendar = createCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
    // Berlin is UTC+1 in January. t1: Monday 16:00 to Tuesday 10:00 local, 1 h + 1 h open; t2: Monday
    // 10:00 to 10:30, 30 min; t3: answered before it was opened, excluded; t4: not answered, excluded.
    const records = [
      { id: 't1', team: 'a', openedAt: new Date('2025-01-06T15:00:00Z'), firstResponseAt: new Date('2025-01-07T09:00:00Z') },
      { id: 't2', team: 'a', openedAt: new Date('2025-01-06T09:00:00Z'), firstResponseAt: new Date('2025-01-06T09:30:00Z') },
      { id: 't3', team: 'b', openedAt: new Date('2025-01-06T12:00:00Z'), firstResponseAt: new Date('2025-01-06T11:00:00Z') },
      { id: 't4', team: 'b', openedAt: new Date('2025-01-06T12:00:00Z') },
    ].map((row) => ({ customerId: 'c1', channel: 'email', direction: 'inbound' as const, priority: 'normal' as const, ...row }));
    const fromRecords = summarize(records, { by: 'team', metrics: { reply: firstResponseTimeMetric({ calendar, thresholdMs: HOUR }) } });
    const fromTable = summarize(toInteractionTable(records), { by: 'team', metrics: { reply: firstResponseTimeMetric<InteractionRow>({ calendar, thresholdMs: HOUR }) } });
    expect(fromTable).toEqual(fromRecords);
    expect(fromTable.groups.map((group) => [group.key, group.values.reply.count, group.values.reply.excluded, group.values.reply.meanMs])).toEqual([
      ['a', 2, 0, 1.25 * HOUR],
      ['b', 0, 2, null],
    ]);
  });
  it("throws the calendar's INVALID_INPUT for an instant outside the years it covers, over a table too", () => {
    const calendar = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } });
    const rows = [{ id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound' as const, priority: 'normal' as const, openedAt: new Date('0999-12-31T00:00:00Z'), firstResponseAt: openedAt }];
    const outside = 'openedAt: 0999-12-31T00:00:00.000Z is outside the years 1000–9999 that business calendars cover';
    // the field by its name, and over rows the row's index too
    expect(() => firstResponseTime(rows, { calendar })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'openedAt'], message: `row 0: ${outside}` }));
    expect(() => summarize(toInteractionTable(rows), { metrics: { reply: firstResponseTimeMetric<InteractionRow>({ calendar }) } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['openedAt'], message: outside }),
    );
  });
  it('throws INVALID_INPUT at calendar for a calendar not made by createCalendar, before any row', () => {
    expect(() => firstResponseTimeMetric({ calendar: { timeZone: 'UTC' } as never })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['calendar'] }));
    // epoch nanoseconds taken for milliseconds: past the range of a Date, said so (not a RangeError), at the field of the row
    const calendar = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } });
    const nanoseconds = [{ openedNs: 1.7e18, repliedNs: 1.7e18 + 1e12 }];
    expect(() => firstResponseTime(nanoseconds, { calendar, openedAt: (row) => row.openedNs, firstResponseAt: (row) => row.repliedNs })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'openedAt'], message: 'row 0: openedAt: 1700000000000000000 ms is outside the range of a Date' }),
    );
  });
  it('returns nulls for no answered tickets', () => {
    expect(firstResponseTime([{ openedAt }])).toMatchObject({ value: null, count: 0, excluded: 1, medianMs: null });
  });
});
