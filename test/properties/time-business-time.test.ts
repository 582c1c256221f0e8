import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  type BusinessCalendarInput,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextClose,
  nextOpen,
  WEEKDAYS,
} from '../../src/time/index.js';
import { referenceAdd, referenceBetween, referenceIsOpen } from '../time/reference-calendar.js';

// Laws of business-time arithmetic over random calendars (zones with and without DST, several
// windows a day, overnight windows, 24:00, holidays, overrides) and random instants, many of them
// near daylight-saving changes. The last block checks the fast path against the plain reference.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Asia/Kathmandu',
];

// DST changes of the zones above in 2017–2019 (tzdata); instants are drawn near them half the time.
const TRANSITIONS = [
  '2017-10-01', '2017-10-08', '2017-10-15', '2017-10-29', '2017-11-05', '2018-02-18', '2018-03-11',
  '2018-03-25', '2018-04-01', '2018-09-30', '2018-10-07', '2018-10-28', '2018-11-04', '2019-02-17',
  '2019-03-10', '2019-03-31', '2019-04-07',
].map((date) => Date.parse(`${date}T00:00:00Z`));
const RANGE_START = Date.UTC(2017, 8, 1);
const RANGE_END = Date.UTC(2019, 4, 1);

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 0–2 non-overlapping windows on a 15-minute grid, the last one possibly overnight. */
const dayHours: fc.Arbitrary<[string, string][]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }), fc.boolean(), fc.integer({ min: 0, max: 96 }))
  .map(([points, overnight, tailEnd]) => {
    const sorted = [...points].sort((a, b) => a - b).map((q) => q * 15);
    const windows: [number, number][] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) windows.push([sorted[k] as number, sorted[k + 1] as number]);
    const last = windows[windows.length - 1];
    if (overnight && last !== undefined) last[1] = (tailEnd * 15) % (last[0] + 1); // end ≤ start: runs past midnight
    return windows.map(([start, end]) => [hhmm(start), hhmm(end)] as [string, string]);
  });

const localDate = fc.integer({ min: RANGE_START / DAY, max: RANGE_END / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10));

const calendarDefinition: fc.Arbitrary<BusinessCalendarInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(fc.option(dayHours, { freq: 3 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.array(localDate, { maxLength: 20 }),
    overrides: fc.dictionary(localDate, dayHours, { maxKeys: 10 }),
  })
  .filter(({ days }) => days.some((hours) => hours !== null && hours.length > 0))
  .map(({ timeZone, days, holidays, overrides }) => {
    const weekly: Record<string, [string, string][]> = {};
    days.forEach((hours, weekday) => {
      if (hours !== null) weekly[WEEKDAYS[weekday] as string] = hours;
    });
    return { timeZone, weekly, holidays, overrides };
  });

const instant: fc.Arbitrary<Date> = fc.oneof(
  fc.integer({ min: RANGE_START, max: RANGE_END }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * DAY, max: 3 * DAY })).map(([base, shift]) => base + shift),
).map((t) => new Date(t));

/** Amounts of business time, from single milliseconds to a few weeks' worth. */
const amount = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -200 * HOUR, max: 200 * HOUR }));

const RUNS = { numRuns: 150 };

describe('businessTimeBetween and addBusinessTime laws', () => {
  it('round trip: businessTimeBetween(c, a, addBusinessTime(c, a, m)) === m', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(fc.tuple(instant, amount), { minLength: 1, maxLength: 20 }), (definition, cases) => {
        const calendar = createCalendar(definition);
        for (const [from, ms] of cases) {
          expect(businessTimeBetween(calendar, from, addBusinessTime(calendar, from, ms))).toBe(ms);
        }
      }),
      RUNS,
    );
  });

  it('add returns the earliest (forward) or latest (backward) such instant, also when landing on an opening or closing', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(fc.tuple(instant, amount, instant), { minLength: 1, maxLength: 20 }), (definition, cases) => {
        const calendar = createCalendar(definition);
        for (const [from, random, other] of cases) {
          // Amounts that end exactly on an opening or a closing instant, before or after `from`.
          const edges = [nextOpen(calendar, other), nextClose(calendar, other)].filter((edge): edge is Date => edge !== null);
          for (const ms of [random, ...edges.map((edge) => businessTimeBetween(calendar, from, edge))]) {
            const result = addBusinessTime(calendar, from, ms).getTime();
            expect(businessTimeBetween(calendar, from, new Date(result))).toBe(ms);
            if (ms > 0) expect(businessTimeBetween(calendar, from, new Date(result - 1))).toBeLessThan(ms);
            if (ms < 0) expect(businessTimeBetween(calendar, from, new Date(result + 1))).toBeGreaterThan(ms);
          }
        }
      }),
      RUNS,
    );
  });

  it('additivity: between(a, b) + between(b, c) === between(a, c), for any order of a, b, c', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(fc.tuple(instant, instant, instant), { minLength: 1, maxLength: 20 }), (definition, cases) => {
        const calendar = createCalendar(definition);
        for (const [a, b, c] of cases) {
          expect(businessTimeBetween(calendar, a, b) + businessTimeBetween(calendar, b, c)).toBe(businessTimeBetween(calendar, a, c));
        }
      }),
      RUNS,
    );
  });

  it('antisymmetry: between(a, b) === −between(b, a), and between(a, a) === 0', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(fc.tuple(instant, instant), { minLength: 1, maxLength: 20 }), (definition, cases) => {
        const calendar = createCalendar(definition);
        for (const [a, b] of cases) {
          expect(businessTimeBetween(calendar, a, b)).toBe(0 - businessTimeBetween(calendar, b, a));
          expect(businessTimeBetween(calendar, a, a)).toBe(0);
          const open = businessTimeBetween(calendar, a, b);
          expect(Math.abs(open)).toBeLessThanOrEqual(Math.abs(b.getTime() - a.getTime()));
        }
      }),
      RUNS,
    );
  });

  it('monotonicity: add is non-decreasing in the amount and in the start instant', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(fc.tuple(instant, amount, amount, instant), { minLength: 1, maxLength: 20 }), (definition, cases) => {
        const calendar = createCalendar(definition);
        for (const [from, m1, m2, other] of cases) {
          const [small, large] = m1 <= m2 ? [m1, m2] : [m2, m1];
          expect(addBusinessTime(calendar, from, small).getTime()).toBeLessThanOrEqual(addBusinessTime(calendar, from, large).getTime());
          const [early, late] = from.getTime() <= other.getTime() ? [from, other] : [other, from];
          expect(addBusinessTime(calendar, early, m1).getTime()).toBeLessThanOrEqual(addBusinessTime(calendar, late, m1).getTime());
        }
      }),
      RUNS,
    );
  });

  it('isOpen agrees with nextOpen and nextClose', () => {
    fc.assert(
      fc.property(calendarDefinition, fc.array(instant, { minLength: 1, maxLength: 20 }), (definition, instants) => {
        const calendar = createCalendar(definition);
        for (const at of instants) {
          const t = at.getTime();
          const opens = nextOpen(calendar, at);
          const closes = nextClose(calendar, at);
          expect(opens).not.toBeNull(); // every generated calendar has weekly hours
          const openAt = (opens as Date).getTime();
          expect(openAt === t).toBe(isOpen(calendar, at));
          expect(isOpen(calendar, opens as Date)).toBe(true);
          if (openAt > t) {
            expect(isOpen(calendar, new Date(openAt - 1))).toBe(false);
            expect(businessTimeBetween(calendar, at, opens as Date)).toBe(0);
          }
          if (closes !== null) {
            const closeAt = closes.getTime();
            expect(closeAt).toBeGreaterThan(openAt);
            expect(isOpen(calendar, closes)).toBe(false);
            expect(isOpen(calendar, new Date(closeAt - 1))).toBe(true);
            // Open all the way from the opening to the closing.
            expect(businessTimeBetween(calendar, opens as Date, closes)).toBe(closeAt - openAt);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('fast path equals the plain exact reference', () => {
  it('businessTimeBetween, addBusinessTime and isOpen agree with the reference walk', () => {
    fc.assert(
      fc.property(
        calendarDefinition,
        fc.array(fc.tuple(instant, fc.integer({ min: -4 * DAY, max: 4 * DAY }), fc.integer({ min: -30 * HOUR, max: 30 * HOUR })), {
          minLength: 1,
          maxLength: 4,
        }),
        (definition, cases) => {
          const calendar = createCalendar(definition);
          for (const [from, span, ms] of cases) {
            const to = new Date(from.getTime() + span);
            expect(businessTimeBetween(calendar, from, to)).toBe(referenceBetween(definition, from, to));
            expect(addBusinessTime(calendar, from, ms).getTime()).toBe(referenceAdd(definition, from, ms).getTime());
            expect(isOpen(calendar, from)).toBe(referenceIsOpen(definition, from));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
