import { describe, expect, it } from 'vitest';
import { firstResponseTime } from '../../src/kpis/index.js';
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
  it('returns nulls for no answered tickets', () => {
    expect(firstResponseTime([{ openedAt }])).toMatchObject({ value: null, count: 0, excluded: 1, medianMs: null });
  });
});
