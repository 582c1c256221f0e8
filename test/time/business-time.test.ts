import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/index.js';
import {
  addBusinessTime,
  ALWAYS_OPEN,
  type BusinessCalendar,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextClose,
  nextOpen,
} from '../../src/time/index.js';

// Worked cases computed by hand from the definitions in ../shared/DESIGN.md (Time, and "Exact
// semantics" → Time); each instant is written in UTC with its local wall time beside it.

const HOUR = 3_600_000;
const DAY = 86_400_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);
const weekday: [string, string][] = [['09:00', '17:00']];

const newYork = createCalendar({
  timeZone: 'America/New_York',
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: ['2025-07-04', '2025-12-25', '2025-01-08'],
  overrides: { '2025-12-24': [['09:00', '13:00']], '2025-01-08': [['10:00', '11:00']], '2025-01-09': [] },
});

function expectError(run: () => unknown, code: string, path?: readonly (string | number)[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isServiceKitError(caught, code as never)).toBe(true);
  if (path !== undefined) expect((caught as { path: unknown }).path).toEqual(path);
}

describe('businessTimeBetween', () => {
  it('counts from the opening when the span starts outside hours', () => {
    // Mon 2025-01-06 07:00 EST → Mon 10:00 EST: open from 09:00, so 1 h.
    expect(businessTimeBetween(newYork, at('2025-01-06T12:00:00Z'), at('2025-01-06T15:00:00Z'))).toBe(HOUR);
  });

  it('counts Friday evening to Monday morning as Monday morning only', () => {
    // Fri 2025-01-10 18:00 EST → Mon 2025-01-13 10:30 EST: 1.5 h on Monday.
    expect(businessTimeBetween(newYork, at('2025-01-10T23:00:00Z'), at('2025-01-13T15:30:00Z'))).toBe(1.5 * HOUR);
  });

  it('skips a holiday inside the span', () => {
    // Thu 2025-07-03 16:00 EDT → Mon 2025-07-07 10:00 EDT; Fri 07-04 is a holiday: 1 h + 1 h.
    expect(businessTimeBetween(newYork, at('2025-07-03T20:00:00Z'), at('2025-07-07T14:00:00Z'))).toBe(2 * HOUR);
  });

  it('uses an override half-day and a holiday after it', () => {
    // Wed 2025-12-24 08:00 EST (override 09–13) → Fri 12-26 10:00 EST, Thu 12-25 closed: 4 h + 1 h.
    expect(businessTimeBetween(newYork, at('2025-12-24T13:00:00Z'), at('2025-12-26T15:00:00Z'))).toBe(5 * HOUR);
  });

  it('lets an override win over a holiday on the same date, and an empty override close the day', () => {
    // Wed 2025-01-08 is a holiday and has override 10–11; Thu 01-09 has override [] (closed).
    expect(businessTimeBetween(newYork, at('2025-01-08T05:00:00Z'), at('2025-01-10T05:00:00Z'))).toBe(HOUR);
  });

  it('leaves out a lunch break', () => {
    const lunch = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
    // Mon 2025-01-06 11:00 → 14:00: 11–12 and 13–14.
    expect(businessTimeBetween(lunch, at('2025-01-06T11:00:00Z'), at('2025-01-06T14:00:00Z'))).toBe(2 * HOUR);
  });

  it('counts an overnight shift for the day it starts, even when the next day is a holiday', () => {
    const nights = createCalendar({ timeZone: 'UTC', weekly: { fri: [['22:00', '06:00']] }, holidays: ['2025-01-11'] });
    // Fri 2025-01-10 21:00 → Sat 07:00: the shift 22:00–06:00 is Friday's, so Saturday's holiday does not cut it.
    expect(businessTimeBetween(nights, at('2025-01-10T21:00:00Z'), at('2025-01-11T07:00:00Z'))).toBe(8 * HOUR);
    // A holiday on the Friday removes the whole shift.
    const fridayOff = createCalendar({ timeZone: 'UTC', weekly: { fri: [['22:00', '06:00']] }, holidays: ['2025-01-10'] });
    expect(businessTimeBetween(fridayOff, at('2025-01-10T21:00:00Z'), at('2025-01-11T07:00:00Z'))).toBe(0);
  });

  it('treats a window ending at 24:00 as running to midnight', () => {
    const evenings = createCalendar({ timeZone: 'UTC', weekly: { sat: [['18:00', '24:00']], sun: [['00:00', '02:00']] } });
    // Sat 2025-01-11 17:00 → Sun 03:00: 18–24 and 00–02.
    expect(businessTimeBetween(evenings, at('2025-01-11T17:00:00Z'), at('2025-01-12T03:00:00Z'))).toBe(8 * HOUR);
  });

  it('treats a window whose end equals its start as 24 hours long', () => {
    const day = createCalendar({ timeZone: 'UTC', weekly: { mon: [['10:00', '10:00']] } });
    expect(businessTimeBetween(day, at('2025-01-06T00:00:00Z'), at('2025-01-08T00:00:00Z'))).toBe(24 * HOUR);
  });

  it('gives zero for an empty span and negative time for a reversed one', () => {
    const monday10 = at('2025-01-06T15:00:00Z');
    expect(businessTimeBetween(newYork, monday10, monday10)).toBe(0);
    expect(Object.is(businessTimeBetween(newYork, at('2025-01-11T15:00:00Z'), at('2025-01-11T12:00:00Z')), 0)).toBe(true);
    expect(businessTimeBetween(newYork, at('2025-01-13T15:30:00Z'), at('2025-01-10T23:00:00Z'))).toBe(-1.5 * HOUR);
  });

  it('counts single milliseconds', () => {
    // Mon 2025-01-06 16:59:59.999 EST → 17:00:00.500 EST: only the last millisecond is open.
    expect(businessTimeBetween(newYork, at('2025-01-06T21:59:59.999Z'), at('2025-01-06T22:00:00.500Z'))).toBe(1);
  });

  it('spans years and counts a whole year of weekdays', () => {
    // 2024-01-01 00:00 EST → 2025-01-01 00:00 EST: 262 weekdays of 8 h (no 2024 holidays listed).
    expect(businessTimeBetween(newYork, at('2024-01-01T05:00:00Z'), at('2025-01-01T05:00:00Z'))).toBe(262 * 8 * HOUR);
  });

  it('is elapsed time for ALWAYS_OPEN', () => {
    expect(businessTimeBetween(ALWAYS_OPEN, at('1960-01-01T00:00:00Z'), at('2200-01-01T00:00:00Z'))).toBe(
      Date.UTC(2200, 0, 1) - Date.UTC(1960, 0, 1),
    );
  });

  it('throws INVALID_INPUT for an invalid Date and for a calendar not made by createCalendar', () => {
    expectError(() => businessTimeBetween(newYork, new Date(Number.NaN), at('2025-01-06T15:00:00Z')), 'INVALID_INPUT', ['from']);
    expectError(() => businessTimeBetween(newYork, at('2025-01-06T15:00:00Z'), new Date(Number.NaN)), 'INVALID_INPUT', ['to']);
    expectError(() => businessTimeBetween(newYork, at('0900-01-01T00:00:00Z'), at('2025-01-06T15:00:00Z')), 'INVALID_INPUT', ['from']);
    const fake = { timeZone: 'UTC', definition: newYork.definition } as BusinessCalendar;
    // epoch ms where a Date goes: said so, not taken for an instant outside the calendar's years
    expect(() => businessTimeBetween(newYork, Date.UTC(2025, 0, 6) as never, at('2025-01-06T15:00:00Z'))).toThrow('from must be a Date; got 1736121600000');
    expectError(() => businessTimeBetween(fake, at('2025-01-06T15:00:00Z'), at('2025-01-06T16:00:00Z')), 'INVALID_INPUT', ['calendar']);
  });

  it('accepts a calendar compiled by another copy of the library (ESM and CJS side by side)', () => {
    // Such a calendar carries the shared brand but is not an instance of this copy's class.
    const foreign = { timeZone: newYork.timeZone, definition: newYork.definition, [Symbol.for('servicekit.BusinessCalendar')]: true };
    expect(businessTimeBetween(foreign, at('2025-01-10T23:00:00Z'), at('2025-01-13T15:30:00Z'))).toBe(1.5 * HOUR);
  });
});

describe('businessTimeBetween over long spans', () => {
  it('works from 1970 to 2100 without configuration and matches a sum of yearly parts', () => {
    const from = at('1970-01-01T00:00:00Z');
    const to = at('2100-12-31T23:59:59.999Z');
    let sum = 0;
    for (let year = 1970; year <= 2100; year += 1) {
      const start = new Date(Math.max(Date.UTC(year, 0, 1), from.getTime()));
      const end = new Date(Math.min(Date.UTC(year + 1, 0, 1), to.getTime()));
      sum += businessTimeBetween(newYork, start, end);
    }
    expect(businessTimeBetween(newYork, from, to)).toBe(sum);
    // 1970–2100 has 34 177 weekdays; five of them differ: holidays 2025-07-04 and 2025-12-25 (0 h), the
    // 2025-01-08 holiday overridden to 1 h, 2025-01-09 closed by override, 2025-12-24 a 4 h half-day.
    expect(sum).toBe((34_177 - 5) * 8 * HOUR + HOUR + 4 * HOUR);
  });

  it('gives the same answers after its table cache has been cycled (bounded memory)', () => {
    const calendar = createCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: weekday, tue: weekday } });
    const first = businessTimeBetween(calendar, at('2025-01-06T00:00:00Z'), at('2025-01-08T00:00:00Z'));
    // Visit some 330 blocks of tables (more than are kept) …
    businessTimeBetween(calendar, at('1700-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z'));
    // … then ask again: tables are rebuilt as needed.
    expect(businessTimeBetween(calendar, at('2025-01-06T00:00:00Z'), at('2025-01-08T00:00:00Z'))).toBe(first);
    expect(first).toBe(16 * HOUR);
  });

  it('keeps an open period whole across the boundaries of its internal tables', () => {
    const allDay: [string, string][] = [['00:00', '24:00']];
    const nonstop = createCalendar({
      timeZone: 'Asia/Kolkata',
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      holidays: ['2020-01-01', '2029-01-01'],
    });
    // Open from 2020-01-02 00:00 IST to 2029-01-01 00:00 IST, several tables apart.
    expect(nextClose(nonstop, at('2021-06-01T00:00:00Z'))?.toISOString()).toBe('2028-12-31T18:30:00.000Z');
    expect(businessTimeBetween(nonstop, at('2019-12-31T18:30:00Z'), at('2029-01-01T18:30:00Z'))).toBe(
      Date.UTC(2029, 0, 1, 18, 30) - Date.UTC(2019, 11, 31, 18, 30) - 2 * 24 * HOUR,
    );
    expect(addBusinessTime(nonstop, at('2019-12-31T00:00:00Z'), 3 * 365 * 24 * HOUR).toISOString()).toBe('2022-12-31T00:00:00.000Z');
  });

  it('counts a thousand years of a UTC calendar without asking Intl for its offsets (a typo year in the data)', () => {
    const mondays = createCalendar({ timeZone: 'UTC', weekly: { mon: weekday } });
    const from = Date.UTC(1025, 0, 1) / DAY;
    const to = Date.UTC(2025, 0, 1) / DAY;
    let count = 0;
    for (let day = from; day < to; day += 1) if ((((day + 4) % 7) + 7) % 7 === 1) count += 1; // day 0 was a Thursday
    const started = performance.now();
    expect(businessTimeBetween(mondays, at('1025-01-01T00:00:00Z'), at('2025-01-01T00:00:00Z'))).toBe(count * 8 * HOUR);
    // about 80 ms; asking Intl for each UTC day of the thousand years took 2 s
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('addBusinessTime', () => {
  it('moves a due time over the weekend', () => {
    // Fri 2025-01-10 15:00 EST + 4 h: 2 h on Friday, 2 h on Monday → Mon 11:00 EST.
    expect(addBusinessTime(newYork, at('2025-01-10T20:00:00Z'), 4 * HOUR).toISOString()).toBe('2025-01-13T16:00:00.000Z');
  });

  it('starts counting at the opening when it starts outside hours', () => {
    // Sat 2025-01-11 12:00 EST + 1 h → Mon 10:00 EST.
    expect(addBusinessTime(newYork, at('2025-01-11T17:00:00Z'), HOUR).toISOString()).toBe('2025-01-13T15:00:00.000Z');
  });

  it('lands exactly on the closing time, not on the next opening', () => {
    // Mon 2025-01-06 09:00 EST + 8 h → Mon 17:00 EST.
    expect(addBusinessTime(newYork, at('2025-01-06T14:00:00Z'), 8 * HOUR).toISOString()).toBe('2025-01-06T22:00:00.000Z');
  });

  it('lands exactly on the opening time when going backwards', () => {
    // Mon 2025-01-13 10:00 EST − 1 h → Mon 09:00 EST (the latest instant with 1 h before 10:00).
    expect(addBusinessTime(newYork, at('2025-01-13T15:00:00Z'), -HOUR).toISOString()).toBe('2025-01-13T14:00:00.000Z');
    // − 2 h → Fri 16:00 EST.
    expect(addBusinessTime(newYork, at('2025-01-13T15:00:00Z'), -2 * HOUR).toISOString()).toBe('2025-01-10T21:00:00.000Z');
  });

  it('skips holidays and uses override hours', () => {
    // Wed 2025-12-24 12:00 EST + 2 h: 1 h until the override's 13:00, Thu holiday, Fri 09:00 + 1 h.
    expect(addBusinessTime(newYork, at('2025-12-24T17:00:00Z'), 2 * HOUR).toISOString()).toBe('2025-12-26T15:00:00.000Z');
    // Thu 2025-07-03 16:30 EDT + 1 h: 30 min Thursday, Friday 07-04 closed, Mon 09:30 EDT.
    expect(addBusinessTime(newYork, at('2025-07-03T20:30:00Z'), HOUR).toISOString()).toBe('2025-07-07T13:30:00.000Z');
  });

  it('steps over a lunch break and runs through an overnight shift', () => {
    const lunch = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
    expect(addBusinessTime(lunch, at('2025-01-06T11:30:00Z'), HOUR).toISOString()).toBe('2025-01-06T13:30:00.000Z');
    expect(addBusinessTime(lunch, at('2025-01-06T11:00:00Z'), HOUR).toISOString()).toBe('2025-01-06T12:00:00.000Z');
    const nights = createCalendar({ timeZone: 'UTC', weekly: { fri: [['22:00', '06:00']] } });
    expect(addBusinessTime(nights, at('2025-01-10T23:00:00Z'), 3 * HOUR).toISOString()).toBe('2025-01-11T02:00:00.000Z');
  });

  it('returns from itself for zero, even outside hours', () => {
    const saturday = at('2025-01-11T17:00:00Z');
    const result = addBusinessTime(newYork, saturday, 0);
    expect(result.toISOString()).toBe('2025-01-11T17:00:00.000Z');
    expect(result).not.toBe(saturday);
  });

  it('adds and subtracts single milliseconds', () => {
    expect(addBusinessTime(newYork, at('2025-01-06T14:00:00Z'), 1).toISOString()).toBe('2025-01-06T14:00:00.001Z');
    // Fri 2025-01-10 16:59:59.999 EST + 2 ms → Mon 09:00:00.001 EST.
    expect(addBusinessTime(newYork, at('2025-01-10T21:59:59.999Z'), 2).toISOString()).toBe('2025-01-13T14:00:00.001Z');
    expect(addBusinessTime(newYork, at('2025-01-13T14:00:00.001Z'), -2).toISOString()).toBe('2025-01-10T21:59:59.999Z');
  });

  it('adds across a year end', () => {
    // Wed 2025-12-31 16:00 EST + 2 h → Thu 2026-01-01 is a weekday (no 2026 holidays listed): 10:00 EST.
    expect(addBusinessTime(newYork, at('2025-12-31T21:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-01-01T15:00:00.000Z');
  });

  it('is plain addition for ALWAYS_OPEN', () => {
    expect(addBusinessTime(ALWAYS_OPEN, at('2025-01-11T17:00:00Z'), -90 * MINUTE).toISOString()).toBe('2025-01-11T15:30:00.000Z');
  });

  it('throws INVALID_INPUT for a fractional or non-finite amount and an invalid Date', () => {
    expectError(() => addBusinessTime(newYork, at('2025-01-06T14:00:00Z'), 0.5), 'INVALID_INPUT', ['ms']);
    expectError(() => addBusinessTime(newYork, at('2025-01-06T14:00:00Z'), Number.POSITIVE_INFINITY), 'INVALID_INPUT', ['ms']);
    expectError(() => addBusinessTime(newYork, new Date(Number.NaN), HOUR), 'INVALID_INPUT', ['from']);
    expect(() => addBusinessTime(newYork, at('2025-01-06T14:00:00Z'), 10n as never)).toThrow('ms: 10n is not a whole number of milliseconds');
  });

  it('throws INVALID_INPUT when the calendar never opens again', () => {
    const once = createCalendar({ timeZone: 'UTC', weekly: {}, overrides: { '2025-01-06': [['09:00', '10:00']] } });
    expect(addBusinessTime(once, at('2025-01-01T00:00:00Z'), HOUR).toISOString()).toBe('2025-01-06T10:00:00.000Z');
    expectError(() => addBusinessTime(once, at('2025-01-01T00:00:00Z'), HOUR + 1), 'INVALID_INPUT', ['ms']);
    expectError(() => addBusinessTime(once, at('2025-01-07T00:00:00Z'), -HOUR - 1), 'INVALID_INPUT', ['ms']);
  });
});

describe('isOpen', () => {
  it('is open from the opening instant and closed at the closing instant', () => {
    expect(isOpen(newYork, at('2025-01-06T14:00:00Z'))).toBe(true); // Mon 09:00 EST
    expect(isOpen(newYork, at('2025-01-06T13:59:59.999Z'))).toBe(false);
    expect(isOpen(newYork, at('2025-01-06T21:59:59.999Z'))).toBe(true);
    expect(isOpen(newYork, at('2025-01-06T22:00:00Z'))).toBe(false); // Mon 17:00 EST
  });

  it('is closed on holidays and follows overrides', () => {
    expect(isOpen(newYork, at('2025-07-04T15:00:00Z'))).toBe(false);
    expect(isOpen(newYork, at('2025-12-24T17:30:00Z'))).toBe(true); // 12:30 EST in the 09–13 override
    expect(isOpen(newYork, at('2025-12-24T18:30:00Z'))).toBe(false); // 13:30 EST
  });

  it('is always true for ALWAYS_OPEN', () => {
    expect(isOpen(ALWAYS_OPEN, at('2025-12-25T03:00:00Z'))).toBe(true);
  });
});

describe('nextOpen', () => {
  it('returns the instant itself when open, else the next opening', () => {
    expect(nextOpen(newYork, at('2025-01-06T15:00:00Z'))?.toISOString()).toBe('2025-01-06T15:00:00.000Z');
    expect(nextOpen(newYork, at('2025-01-10T22:00:00Z'))?.toISOString()).toBe('2025-01-13T14:00:00.000Z');
    // Thu 2025-07-03 18:00 EDT → Mon 07-07 09:00 EDT (Friday is a holiday).
    expect(nextOpen(newYork, at('2025-07-03T22:00:00Z'))?.toISOString()).toBe('2025-07-07T13:00:00.000Z');
  });

  it('returns null when the calendar never opens again', () => {
    const once = createCalendar({ timeZone: 'UTC', weekly: {}, overrides: { '2025-01-06': [['09:00', '10:00']] } });
    expect(nextOpen(once, at('2025-01-01T00:00:00Z'))?.toISOString()).toBe('2025-01-06T09:00:00.000Z');
    expect(nextOpen(once, at('2025-01-06T10:00:00Z'))).toBeNull();
  });
});

describe('nextClose', () => {
  it('returns the end of the current open period, or of the next one when closed', () => {
    expect(nextClose(newYork, at('2025-01-06T15:00:00Z'))?.toISOString()).toBe('2025-01-06T22:00:00.000Z');
    expect(nextClose(newYork, at('2025-01-10T22:00:00Z'))?.toISOString()).toBe('2025-01-13T22:00:00.000Z');
  });

  it('joins an overnight shift with the next day’s hours and a 24:00 end with the next midnight', () => {
    const shifts = createCalendar({ timeZone: 'UTC', weekly: { mon: [['22:00', '06:00']], tue: [['05:00', '09:00']] } });
    expect(nextClose(shifts, at('2025-01-06T23:00:00Z'))?.toISOString()).toBe('2025-01-07T09:00:00.000Z');
    expect(businessTimeBetween(shifts, at('2025-01-06T00:00:00Z'), at('2025-01-08T00:00:00Z'))).toBe(11 * HOUR);
    const evenings = createCalendar({ timeZone: 'UTC', weekly: { sat: [['18:00', '24:00']], sun: [['00:00', '02:00']] } });
    expect(nextClose(evenings, at('2025-01-11T19:00:00Z'))?.toISOString()).toBe('2025-01-12T02:00:00.000Z');
  });

  it('returns null for ALWAYS_OPEN and for a 24/7 week after its last holiday', () => {
    expect(nextClose(ALWAYS_OPEN, at('2025-01-06T10:00:00Z'))).toBeNull();
    const allDay: [string, string][] = [['00:00', '24:00']];
    const nonstop = createCalendar({
      timeZone: 'Europe/Berlin',
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      holidays: ['2025-12-25'],
    });
    // Open until the holiday starts at 2025-12-25 00:00 CET, then open for good after it.
    expect(nextClose(nonstop, at('2025-06-01T00:00:00Z'))?.toISOString()).toBe('2025-12-24T23:00:00.000Z');
    expect(nextOpen(nonstop, at('2025-12-25T12:00:00Z'))?.toISOString()).toBe('2025-12-25T23:00:00.000Z');
    expect(nextClose(nonstop, at('2025-12-25T12:00:00Z'))).toBeNull();
  });
});
