import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar, isOpen, nextClose, nextOpen } from '../../src/time/index.js';

// Daylight-saving worked cases. Transition instants are from the IANA tz database (tzdata
// "northamerica", "europe", "australasia", "southamerica", "asia" files); the expected open times
// follow DESIGN.md "Exact semantics" → Time: a skipped wall time does not exist, a repeated hour
// counts twice, so a 00:00–24:00 day lasts 23 or 25 hours.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

function onSundays(timeZone: string, windows: [string, string][]) {
  return createCalendar({ timeZone, weekly: { sun: windows } });
}

function onDate(timeZone: string, date: string, windows: [string, string][]) {
  return createCalendar({ timeZone, weekly: {}, overrides: { [date]: windows } });
}

/** Open time of a calendar over a generous span around a date (two days either side). */
function openAround(calendar: ReturnType<typeof createCalendar>, date: string): number {
  const middle = Date.parse(`${date}T12:00:00Z`);
  return businessTimeBetween(calendar, new Date(middle - 3 * 24 * HOUR), new Date(middle + 3 * 24 * HOUR));
}

describe('businessTimeBetween across DST in America/New_York', () => {
  // 2025-03-09 02:00 EST → 03:00 EDT (07:00Z); 2025-11-02 02:00 EDT → 01:00 EST (06:00Z).
  const zone = 'America/New_York';

  it('gives a 00:00–24:00 day 23 hours at spring-forward and 25 hours at fall-back', () => {
    const sundays = onSundays(zone, [['00:00', '24:00']]);
    expect(businessTimeBetween(sundays, at('2025-03-09T05:00:00Z'), at('2025-03-10T04:00:00Z'))).toBe(23 * HOUR);
    expect(businessTimeBetween(sundays, at('2025-11-02T04:00:00Z'), at('2025-11-03T05:00:00Z'))).toBe(25 * HOUR);
    expect(openAround(sundays, '2025-03-09')).toBe(23 * HOUR);
    expect(openAround(sundays, '2025-11-02')).toBe(25 * HOUR);
  });

  it('opens a window that starts inside the skipped hour at the jump', () => {
    const calendar = onSundays(zone, [['02:30', '03:15']]);
    expect(nextOpen(calendar, at('2025-03-09T00:00:00Z'))?.toISOString()).toBe('2025-03-09T07:00:00.000Z');
    expect(nextClose(calendar, at('2025-03-09T00:00:00Z'))?.toISOString()).toBe('2025-03-09T07:15:00.000Z');
    expect(openAround(calendar, '2025-03-09')).toBe(15 * MINUTE);
    expect(openAround(calendar, '2025-03-16')).toBe(45 * MINUTE);
  });

  it('never opens a window that lies wholly in the skipped hour', () => {
    const calendar = onSundays(zone, [['02:10', '02:50']]);
    expect(openAround(calendar, '2025-03-09')).toBe(0);
    expect(openAround(calendar, '2025-03-02')).toBe(40 * MINUTE);
  });

  it('counts a window in the repeated hour twice, as two separate stretches', () => {
    const calendar = onSundays(zone, [['01:30', '01:45']]);
    expect(openAround(calendar, '2025-11-02')).toBe(30 * MINUTE);
    expect(isOpen(calendar, at('2025-11-02T05:40:00Z'))).toBe(true); // 01:40 EDT
    expect(isOpen(calendar, at('2025-11-02T06:00:00Z'))).toBe(false); // 01:00 EST
    expect(isOpen(calendar, at('2025-11-02T06:40:00Z'))).toBe(true); // 01:40 EST
    expect(nextOpen(calendar, at('2025-11-02T05:50:00Z'))?.toISOString()).toBe('2025-11-02T06:30:00.000Z');
    const oneToTwo = onSundays(zone, [['01:00', '02:00']]);
    expect(openAround(oneToTwo, '2025-11-02')).toBe(2 * HOUR);
  });

  it('adds business time over a weekend with a clock change', () => {
    const weekdays = createCalendar({
      timeZone: zone,
      weekly: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    });
    // Fri 2025-03-07 16:00 EST + 2 h → Mon 03-10 10:00 EDT.
    expect(addBusinessTime(weekdays, at('2025-03-07T21:00:00Z'), 2 * HOUR).toISOString()).toBe('2025-03-10T14:00:00.000Z');
    expect(businessTimeBetween(weekdays, at('2025-03-07T21:00:00Z'), at('2025-03-10T14:00:00Z'))).toBe(2 * HOUR);
  });
});

describe('businessTimeBetween across DST in Europe/London', () => {
  // 2025-03-30 01:00 GMT → 02:00 BST (01:00Z); 2025-10-26 02:00 BST → 01:00 GMT (01:00Z).
  const zone = 'Europe/London';

  it('gives a 00:00–24:00 day 23 and 25 hours', () => {
    const sundays = onSundays(zone, [['00:00', '24:00']]);
    expect(openAround(sundays, '2025-03-30')).toBe(23 * HOUR);
    expect(openAround(sundays, '2025-10-26')).toBe(25 * HOUR);
  });

  it('opens 01:30–02:30 on spring-forward day only from 02:00 BST', () => {
    const calendar = onSundays(zone, [['01:30', '02:30']]);
    expect(openAround(calendar, '2025-03-30')).toBe(30 * MINUTE);
    expect(nextOpen(calendar, at('2025-03-30T00:00:00Z'))?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(openAround(onSundays(zone, [['01:00', '02:00']]), '2025-03-30')).toBe(0);
  });

  it('counts 01:00–02:00 on fall-back day as two hours', () => {
    const calendar = onSundays(zone, [['01:00', '02:00']]);
    expect(openAround(calendar, '2025-10-26')).toBe(2 * HOUR);
    expect(nextClose(calendar, at('2025-10-26T00:00:00Z'))?.toISOString()).toBe('2025-10-26T02:00:00.000Z');
  });
});

describe('businessTimeBetween across DST in Europe/Berlin', () => {
  // 2025-03-30 02:00 CET → 03:00 CEST (01:00Z); 2025-10-26 03:00 CEST → 02:00 CET (01:00Z).
  const zone = 'Europe/Berlin';

  it('opens a window 02:30–03:15 on spring-forward night at 03:00 (DESIGN example)', () => {
    const calendar = onDate(zone, '2025-03-30', [['02:30', '03:15']]);
    expect(openAround(calendar, '2025-03-30')).toBe(15 * MINUTE);
    expect(nextOpen(calendar, at('2025-03-29T12:00:00Z'))?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(nextClose(calendar, at('2025-03-29T12:00:00Z'))?.toISOString()).toBe('2025-03-30T01:15:00.000Z');
  });

  it('counts 02:00–03:00 on fall-back night as two hours and a 00:00–24:00 day as 25', () => {
    expect(openAround(onDate(zone, '2025-10-26', [['02:00', '03:00']]), '2025-10-26')).toBe(2 * HOUR);
    expect(openAround(onDate(zone, '2025-10-26', [['00:00', '24:00']]), '2025-10-26')).toBe(25 * HOUR);
    expect(openAround(onDate(zone, '2025-03-30', [['00:00', '24:00']]), '2025-03-30')).toBe(23 * HOUR);
  });

  it('adds through the repeated hour', () => {
    const calendar = onDate(zone, '2025-10-26', [['01:00', '05:00']]);
    // From 01:00 CEST (23:00Z the day before), three real hours: 02:00 CEST, 02:00 CET again
    // (01:00Z), then 03:00 CET at 02:00Z. The window 01:00 CEST–05:00 CET lasts 5 h.
    expect(addBusinessTime(calendar, at('2025-10-25T23:00:00Z'), 3 * HOUR).toISOString()).toBe('2025-10-26T02:00:00.000Z');
    expect(openAround(calendar, '2025-10-26')).toBe(5 * HOUR);
  });
});

describe('businessTimeBetween across DST in Australia/Lord_Howe (30-minute shift)', () => {
  // DST ends 2025-04-06 02:00 +11 → 01:30 +10:30 (15:00Z on 04-05);
  // DST starts 2025-10-05 02:00 +10:30 → 02:30 +11 (15:30Z on 10-04).
  const zone = 'Australia/Lord_Howe';

  it('gives a 00:00–24:00 day 24.5 hours in April and 23.5 hours in October', () => {
    const sundays = onSundays(zone, [['00:00', '24:00']]);
    expect(openAround(sundays, '2025-04-06')).toBe(24.5 * HOUR);
    expect(openAround(sundays, '2025-10-05')).toBe(23.5 * HOUR);
    expect(openAround(sundays, '2025-06-01')).toBe(24 * HOUR);
  });

  it('skips 02:00–02:30 in October and repeats 01:30–02:00 in April', () => {
    expect(openAround(onSundays(zone, [['02:00', '02:30']]), '2025-10-05')).toBe(0);
    expect(openAround(onSundays(zone, [['02:00', '03:00']]), '2025-10-05')).toBe(30 * MINUTE);
    expect(openAround(onSundays(zone, [['01:30', '02:00']]), '2025-04-06')).toBe(HOUR);
    expect(nextOpen(onSundays(zone, [['02:15', '03:00']]), at('2025-10-04T12:00:00Z'))?.toISOString()).toBe(
      '2025-10-04T15:30:00.000Z',
    );
  });
});

describe('businessTimeBetween across DST in America/Sao_Paulo (2018, when Brazil had DST)', () => {
  // 2018-02-18 00:00 −02 → 2018-02-17 23:00 −03 (02:00Z); 2018-11-04 00:00 −03 → 01:00 −02 (03:00Z).
  const zone = 'America/Sao_Paulo';

  it('gives Saturday 2018-02-17 25 hours and Sunday 2018-11-04 23 hours', () => {
    const allDay: [string, string][] = [['00:00', '24:00']];
    const weekends = createCalendar({ timeZone: zone, weekly: { sat: allDay, sun: allDay } });
    expect(businessTimeBetween(weekends, at('2018-02-17T02:00:00Z'), at('2018-02-18T03:00:00Z'))).toBe(25 * HOUR);
    expect(businessTimeBetween(weekends, at('2018-11-04T03:00:00Z'), at('2018-11-05T02:00:00Z'))).toBe(23 * HOUR);
  });

  it('opens a window starting at the skipped midnight at 01:00', () => {
    const calendar = onSundays(zone, [['00:00', '09:00']]);
    expect(nextOpen(calendar, at('2018-11-03T12:00:00Z'))?.toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(openAround(calendar, '2018-11-04')).toBe(8 * HOUR);
  });

  it('counts the repeated 23:00 hour of 2018-02-17', () => {
    const calendar = createCalendar({ timeZone: zone, weekly: { sat: [['22:00', '24:00']] } });
    expect(openAround(calendar, '2018-02-17')).toBe(3 * HOUR);
    expect(nextClose(calendar, at('2018-02-17T12:00:00Z'))?.toISOString()).toBe('2018-02-18T03:00:00.000Z');
  });
});

describe('businessTimeBetween in Asia/Kolkata (no DST, +05:30)', () => {
  const zone = 'Asia/Kolkata';

  it('gives every day 24 hours and maps 09:00–17:00 to 03:30Z–11:30Z', () => {
    const calendar = createCalendar({ timeZone: zone, weekly: { sun: [['00:00', '24:00']], mon: [['09:00', '17:00']] } });
    expect(openAround(calendar, '2025-03-09')).toBe(24 * HOUR + 8 * HOUR);
    expect(openAround(calendar, '2025-11-02')).toBe(24 * HOUR + 8 * HOUR);
    expect(nextOpen(calendar, at('2025-03-10T00:00:00Z'))?.toISOString()).toBe('2025-03-10T03:30:00.000Z');
    expect(nextClose(calendar, at('2025-03-10T00:00:00Z'))?.toISOString()).toBe('2025-03-10T11:30:00.000Z');
  });
});
