import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../../src/kpis/index.js';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('cohortRetention', () => {
  it('builds the monthly matrix with future periods as null', () => {
    const customers = [
      { acquiredAt: day('2025-01-05'), churnedAt: day('2025-02-20') },
      { acquiredAt: day('2025-01-20') },
      { acquiredAt: day('2025-03-03'), churnedAt: day('2025-03-10') },
    ];
    const { cohorts, excluded } = cohortRetention(customers, { asOf: day('2025-03-31'), periods: 3 });
    expect(excluded).toBe(0);
    expect(cohorts.map((cohort) => cohort.start.toISOString().slice(0, 10))).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(cohorts.map((cohort) => cohort.size)).toEqual([2, 0, 1]);
    expect(cohorts.map((cohort) => cohort.active)).toEqual([
      [2, 2, 1],
      [0, 0, null],
      [1, null, null],
    ]);
    expect(cohorts[0]?.rates).toEqual([1, 1, 0.5]);
    expect(cohorts[1]?.rates).toEqual([null, null, null]);
  });
  it('starts periods at local midnight in the time zone and weeks on Monday', () => {
    const { cohorts } = cohortRetention([{ acquiredAt: new Date('2025-01-08T23:30:00Z') }], {
      asOf: day('2025-01-20'),
      interval: 'week',
      timeZone: 'Europe/Paris',
      periods: 2,
    });
    // Thursday 00:30 in Paris; ISO week starts Monday 6 January 00:00 CET = 5 January 23:00 UTC
    expect(cohorts[0]?.start.toISOString()).toBe('2025-01-05T23:00:00.000Z');
    expect(cohorts).toHaveLength(3);
  });
  it('groups by quarter', () => {
    const { cohorts } = cohortRetention([{ acquiredAt: day('2025-05-10') }], { asOf: day('2025-12-31'), interval: 'quarter', periods: 4 });
    expect(cohorts[0]?.start.toISOString().slice(0, 10)).toBe('2025-04-01');
    expect(cohorts[0]?.active).toEqual([1, 1, 1, null]);
  });
  it('leaves out customers acquired after asOf, and returns no cohorts for none', () => {
    expect(cohortRetention([{ acquiredAt: day('2026-01-01') }], { asOf: day('2025-12-31') })).toEqual({ cohorts: [], excluded: 1 });
  });
  it('throws INVALID_OPTION for a bad interval, zone, periods or missing asOf', () => {
    const asOf = day('2025-01-01');
    expect(() => cohortRetention([], { asOf, interval: 'year' as 'month' })).toThrow(expect.objectContaining({ path: ['interval'] }));
    expect(() => cohortRetention([], { asOf, timeZone: 'Mars/Olympus' })).toThrow(expect.objectContaining({ path: ['timeZone'] }));
    expect(() => cohortRetention([], { asOf, periods: 0 })).toThrow(expect.objectContaining({ path: ['periods'] }));
    expect(() => cohortRetention([], {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['asOf'] }));
  });
  it('throws INVALID_OPTION at asOf beyond 10 000 cohorts (a typo in a year), without walking them', () => {
    const started = performance.now();
    expect(() => cohortRetention([{ acquiredAt: day('2025-01-01') }], { asOf: new Date('+020250-01-01T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['asOf'], message: 'asOf is 218701 months after the first acquisition; at most 10000 cohorts' }),
    );
    expect(() => cohortRetention([{ acquiredAt: day('2025-01-01') }], { asOf: day('9999-01-01'), interval: 'day', timeZone: 'America/New_York' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['asOf'] }),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    // 10 000 cohorts are still made
    expect(cohortRetention([{ acquiredAt: day('2000-01-01') }], { asOf: new Date(day('2000-01-01').getTime() + 9_999 * 86_400_000), interval: 'day', periods: 1 }).cohorts).toHaveLength(10_000);
  });
  it('throws INVALID_OPTION at periods above 1 000', () => {
    expect(() => cohortRetention([{ acquiredAt: day('2025-01-01') }], { asOf: day('2025-02-01'), periods: 1e10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['periods'], message: 'periods must be a whole number of at least 1 and at most 1000; got 10000000000' }),
    );
  });
  it('leaves out an acquiredAt outside the range of a Date, and starts a cohort before that range at the earliest Date', () => {
    expect(cohortRetention([{ acquiredAt: Number.NEGATIVE_INFINITY }, { acquiredAt: day('2025-01-10') }], { asOf: day('2025-01-31'), periods: 1 })).toEqual({
      cohorts: [{ start: day('2025-01-01'), size: 1, active: [1], rates: [1] }],
      excluded: 1,
    });
    const earliest = new Date(-8.64e15);
    const { cohorts } = cohortRetention([{ acquiredAt: earliest }], { asOf: new Date(-8.64e15 + 40 * 86_400_000), periods: 2, timeZone: 'America/New_York' });
    expect(cohorts.map((cohort) => [cohort.start.getTime(), cohort.size, cohort.active])).toEqual([
      [-8.64e15, 1, [1, 1]],
      [Date.UTC(-271821, 4, 1) + 17_762_000, 0, [0, null]], // New York's local mean time then: UTC−4:56:02
    ]);
  });
  it('throws INVALID_INPUT at the row and field for an acquiredAt that is a string', () => {
    expect(() => cohortRetention([{ acquiredAt: '2024-01-01' }] as never, { asOf: day('2025-02-01') })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'acquiredAt'] }),
    );
  });
});
