import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../../src/kpis/index.js';

// Law: cohort periods start at the first instant of their local day in the zone, whatever the
// daylight-saving rules; checked against @date-fns/tz's TZDate as an independent reference,
// including São Paulo 2018, where clocks skipped from 00:00 to 01:00.
const zones = ['America/Sao_Paulo', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

function referenceStart(ms: number, interval: 'day' | 'week' | 'month' | 'quarter', timeZone: string, weekStartsOn: number): number {
  const local = new TZDate(ms, timeZone);
  const [year, month, day] = [local.getFullYear(), local.getMonth(), local.getDate()];
  if (interval === 'day') return new TZDate(year, month, day, timeZone).getTime();
  if (interval === 'week') return new TZDate(year, month, day - ((local.getDay() - weekStartsOn + 7) % 7), timeZone).getTime();
  if (interval === 'month') return new TZDate(year, month, 1, timeZone).getTime();
  return new TZDate(year, month - (month % 3), 1, timeZone).getTime();
}

describe('cohortRetention periods', () => {
  it('start where TZDate says local periods start, across daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'quarter' as const),
        fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5 | 6>,
        fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2026, 0, 1) }),
        (timeZone, interval, weekStartsOn, acquired) => {
          const { cohorts } = cohortRetention([{ id: 'a', acquiredAt: new Date(acquired) }], {
            asOf: new Date(acquired + 1),
            periods: 1,
            interval,
            timeZone,
            weekStartsOn,
          });
          expect(cohorts[0]?.start.getTime()).toBe(referenceStart(acquired, interval, timeZone, weekStartsOn));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('follow one another without gaps: each start is a period start and the one before ends there', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'quarter' as const),
        fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2026, 0, 1) }),
        (timeZone, interval, acquired) => {
          const span = { day: 40, week: 200, month: 800, quarter: 2_000 }[interval] * 86_400_000;
          const { cohorts } = cohortRetention([{ id: 'a', acquiredAt: new Date(acquired) }], { asOf: new Date(acquired + span), periods: 2, interval, timeZone });
          expect(cohorts.length).toBeGreaterThan(5);
          cohorts.forEach((cohort, index) => {
            const start = cohort.start.getTime();
            expect(referenceStart(start, interval, timeZone, 1)).toBe(start);
            if (index > 0) expect(referenceStart(start - 1, interval, timeZone, 1)).toBe(cohorts[index - 1]?.start.getTime());
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('starts the São Paulo day of 2018-11-04 at 01:00 local, when midnight did not exist', () => {
    const acquiredAt = new Date('2018-11-04T12:00:00Z');
    const { cohorts } = cohortRetention([{ id: 'a', acquiredAt }], { asOf: acquiredAt, periods: 1, interval: 'day', timeZone: 'America/Sao_Paulo' });
    expect(cohorts[0]?.start.toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });
});
