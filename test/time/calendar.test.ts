import { describe, expect, it } from 'vitest';
import { isServiceKitError, type ServiceKitError } from '../../src/errors/index.js';
import { ALWAYS_OPEN, BusinessCalendarSchema, createCalendar, DayHoursSchema, OpeningWindowSchema } from '../../src/time/index.js';

// Validation rules from DESIGN.md (Time): IANA zone, HH:MM times, no overlapping windows, valid dates.

function calendarError(definition: unknown): ServiceKitError {
  try {
    createCalendar(definition as never);
  } catch (error) {
    if (isServiceKitError(error, 'INVALID_CALENDAR')) return error;
    throw error;
  }
  throw new Error('expected createCalendar to throw');
}

describe('BusinessCalendarSchema', () => {
  it('accepts weekly hours, holidays and overrides and fills in defaults', () => {
    const parsed = BusinessCalendarSchema.parse({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } });
    expect(parsed).toEqual({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holidays: [], overrides: {} });
  });

  it('reports an unknown zone with its path', () => {
    const result = BusinessCalendarSchema.safeParse({ timeZone: 'Mars/Olympus', weekly: {} });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
    expect(result.error?.issues[0]?.message).toContain('Mars/Olympus');
  });

  it('reports 25:00 and a window starting at 24:00', () => {
    expect(OpeningWindowSchema.safeParse(['25:00', '26:00']).error?.issues[0]?.message).toContain('"25:00" is not a time of day');
    expect(OpeningWindowSchema.safeParse(['9:00', '17:00']).success).toBe(false);
    expect(OpeningWindowSchema.safeParse(['24:00', '02:00']).error?.issues[0]?.path).toEqual([0]);
    expect(OpeningWindowSchema.safeParse(['22:00', '24:00']).success).toBe(true);
  });

  it('reports overlapping windows on one day, counting an overnight window’s tail', () => {
    const overlap = DayHoursSchema.safeParse([['09:00', '12:00'], ['11:00', '17:00']]);
    expect(overlap.error?.issues[0]?.path).toEqual([1]);
    expect(overlap.error?.issues[0]?.message).toBe('windows 09:00–12:00 and 11:00–17:00 overlap');
    expect(DayHoursSchema.safeParse([['09:00', '12:00'], ['12:00', '17:00']]).success).toBe(true);
    expect(DayHoursSchema.safeParse([['20:00', '08:00'], ['06:00', '07:00']]).success).toBe(true);
    expect(DayHoursSchema.safeParse([['10:00', '10:00'], ['12:00', '13:00']]).success).toBe(false);
  });

  it('rejects unknown weekday keys and dates that are not dates', () => {
    expect(BusinessCalendarSchema.safeParse({ timeZone: 'UTC', weekly: { monday: [] } }).success).toBe(false);
    expect(BusinessCalendarSchema.safeParse({ timeZone: 'UTC', weekly: {}, holidays: ['2025-02-29'] }).error?.issues[0]?.path).toEqual([
      'holidays',
      0,
    ]);
    expect(BusinessCalendarSchema.safeParse({ timeZone: 'UTC', weekly: {}, holidays: ['2024-02-29'] }).success).toBe(true);
  });
});

describe('createCalendar', () => {
  it('keeps the validated definition and zone', () => {
    const calendar = createCalendar({ timeZone: 'Asia/Kolkata', weekly: { mon: [['09:00', '17:00']] }, holidays: ['2025-01-26'] });
    expect(calendar.timeZone).toBe('Asia/Kolkata');
    expect(calendar.definition.holidays).toEqual(['2025-01-26']);
    expect(JSON.parse(JSON.stringify(calendar.definition))).toEqual(calendar.definition);
  });

  it('throws INVALID_CALENDAR for an unknown IANA zone', () => {
    const error = calendarError({ timeZone: 'America/Springfield', weekly: {} });
    expect(error.path).toEqual(['timeZone']);
    expect(error.message).toContain('"America/Springfield" is not an IANA time zone');
  });

  it('throws INVALID_CALENDAR for 25:00 with the path of the time', () => {
    const error = calendarError({ timeZone: 'UTC', weekly: { mon: [['09:00', '25:00']] } });
    expect(error.path).toEqual(['weekly', 'mon', 0, 1]);
    expect(error.message).toBe('weekly.mon.0.1: "25:00" is not a time of day: use HH:MM from 00:00 to 24:00');
  });

  it('throws INVALID_CALENDAR for overlapping windows on one day', () => {
    const error = calendarError({ timeZone: 'UTC', weekly: { tue: [['13:00', '17:00'], ['09:00', '13:30']] } });
    expect(error.path).toEqual(['weekly', 'tue', 1]);
  });

  it('throws INVALID_CALENDAR for an override date that is not a date', () => {
    const error = calendarError({ timeZone: 'UTC', weekly: {}, overrides: { '2025-02-30': [['09:00', '13:00']] } });
    expect(error.path).toEqual(['overrides', '2025-02-30']);
    expect(error.message).toContain('not a date');
    expect(calendarError({ timeZone: 'UTC', weekly: {}, overrides: { tomorrow: [] } }).path).toEqual(['overrides', 'tomorrow']);
  });

  it('throws INVALID_CALENDAR with the zod error as cause for a missing field', () => {
    const error = calendarError({ timeZone: 'UTC' });
    expect(error.path).toEqual(['weekly']);
    expect(error.cause).toBeDefined();
  });
});

describe('ALWAYS_OPEN', () => {
  it('is open every day of the week in UTC', () => {
    expect(ALWAYS_OPEN.timeZone).toBe('UTC');
    expect(Object.keys(ALWAYS_OPEN.definition.weekly).sort()).toEqual(['fri', 'mon', 'sat', 'sun', 'thu', 'tue', 'wed']);
  });
});
