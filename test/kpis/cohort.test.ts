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
});
