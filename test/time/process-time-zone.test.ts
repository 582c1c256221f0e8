import { afterAll, describe, expect, it, vi } from 'vitest';

// Calendars must not depend on the process TZ (DESIGN.md, Time). This file switches TZ at run time
// (Node re-reads it when process.env.TZ is assigned), re-imports the time module from scratch so no
// cached offset table carries over, and checks the same results come out under each zone. The
// vitest projects in .tmp/calendar-vitest-projects.md also run all calendar tests under each TZ.

const PROCESS_ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'] as const;
const originalTimeZone = process.env.TZ;

async function battery(): Promise<unknown[]> {
  vi.resetModules();
  const time = await import('../../src/time/index.js');
  const weekday: [string, string][] = [['09:00', '12:00'], ['13:00', '17:00']];
  const calendar = time.createCalendar({
    timeZone: 'America/New_York',
    weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['22:00', '06:00']] },
    holidays: ['2025-03-10', '2025-07-04'],
    overrides: { '2025-11-01': [['01:00', '03:00']] },
  });
  const instants = ['2025-03-07T20:00:00Z', '2025-03-09T06:30:00Z', '2025-11-01T04:00:00Z', '2025-11-02T05:30:00Z', '2025-07-03T16:00:00Z'].map(
    (iso) => new Date(iso),
  );
  const results: unknown[] = [];
  for (const from of instants) {
    for (const to of instants) results.push(time.businessTimeBetween(calendar, from, to));
    for (const ms of [1, 3_600_000, -3_600_000, 30 * 3_600_000]) results.push(time.addBusinessTime(calendar, from, ms).toISOString());
    results.push(time.isOpen(calendar, from), time.nextOpen(calendar, from)?.toISOString(), time.nextClose(calendar, from)?.toISOString());
    results.push(time.periodKey(from, 'day', { timeZone: 'Pacific/Auckland' }), time.periodKey(from, 'week'), time.periodKey(from, 'month', { timeZone: 'America/New_York' }));
  }
  return results;
}

describe('business calendars under different process time zones', () => {
  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it('give identical results under TZ=UTC, TZ=Pacific/Auckland and TZ=America/Los_Angeles', async () => {
    const runs: unknown[][] = [];
    const offsets: number[] = [];
    for (const zone of PROCESS_ZONES) {
      process.env.TZ = zone;
      offsets.push(new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset());
      runs.push(await battery());
    }
    // The process zone really changed (UTC 0, Auckland −780 in January, Los Angeles 480) …
    expect(offsets).toEqual([0, -780, 480]);
    // … and the results did not.
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
