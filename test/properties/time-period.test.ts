import { format, getISOWeek, getISOWeekYear, startOfWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodKey, type WeekdayNumber } from '../../src/time/index.js';

// Law: periodKey agrees with Intl's local date in the zone (day, month, quarter) and with date-fns'
// ISO week and start-of-week applied to that local date (built at local noon, so the process TZ
// does not matter), for random instants 1900–2150, including around DST changes.

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Chatham', 'Pacific/Kiritimati'];

function localDate(t: number, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(t);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const pad = (value: number) => String(value).padStart(2, '0');

describe('periodKey', () => {
  it('agrees with Intl and date-fns on the local date, month, quarter and week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2150, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 6 }),
        (t, timeZone, weekStartsOn) => {
          const { year, month, day } = localDate(t, timeZone);
          const at = new Date(t);
          expect(periodKey(at, 'day', { timeZone })).toBe(`${year}-${pad(month)}-${pad(day)}`);
          expect(periodKey(at, 'month', { timeZone })).toBe(`${year}-${pad(month)}`);
          expect(periodKey(at, 'quarter', { timeZone })).toBe(`${year}-Q${Math.ceil(month / 3)}`);
          const localNoon = new Date(year, month - 1, day, 12);
          localNoon.setFullYear(year);
          expect(periodKey(at, 'week', { timeZone })).toBe(`${getISOWeekYear(localNoon)}-W${pad(getISOWeek(localNoon))}`);
          if (weekStartsOn !== 1) {
            const first = startOfWeek(localNoon, { weekStartsOn: weekStartsOn as WeekdayNumber });
            expect(periodKey(at, 'week', { timeZone, weekStartsOn: weekStartsOn as WeekdayNumber })).toBe(format(first, 'yyyy-MM-dd'));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
