import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/index.js';
import { periodKey } from '../../src/time/index.js';

// Key formats from DESIGN.md "Exact semantics" → Time; ISO week numbers per ISO 8601 (the week
// with the year's first Thursday is week 1), checked against a printed ISO week calendar.

const at = (iso: string) => new Date(iso);

describe('periodKey', () => {
  it('keys days, months and quarters in UTC by default', () => {
    expect(periodKey(at('2025-01-06T03:00:00Z'), 'day')).toBe('2025-01-06');
    expect(periodKey(at('2025-01-06T03:00:00Z'), 'month')).toBe('2025-01');
    expect(periodKey(at('2025-12-31T23:59:59.999Z'), 'quarter')).toBe('2025-Q4');
    expect(periodKey(at('2025-04-01T00:00:00Z'), 'quarter')).toBe('2025-Q2');
  });

  it('uses local dates of the given zone', () => {
    expect(periodKey(at('2025-01-06T03:00:00Z'), 'day', { timeZone: 'America/New_York' })).toBe('2025-01-05');
    expect(periodKey(at('2024-12-31T23:30:00Z'), 'month', { timeZone: 'Europe/Berlin' })).toBe('2025-01');
    expect(periodKey(at('2025-03-31T19:00:00Z'), 'quarter', { timeZone: 'Asia/Kolkata' })).toBe('2025-Q2');
    // Lord Howe in DST is +11: 13:00Z is midnight of the next day.
    expect(periodKey(at('2025-01-05T13:00:00Z'), 'day', { timeZone: 'Australia/Lord_Howe' })).toBe('2025-01-06');
  });

  it('keys ISO weeks by ISO week-year', () => {
    expect(periodKey(at('2025-01-06T12:00:00Z'), 'week')).toBe('2025-W02');
    expect(periodKey(at('2024-12-30T12:00:00Z'), 'week')).toBe('2025-W01'); // Monday of 2025-W01
    expect(periodKey(at('2021-01-03T12:00:00Z'), 'week')).toBe('2020-W53'); // Sunday, last day of 2020-W53
    expect(periodKey(at('2027-01-01T12:00:00Z'), 'week')).toBe('2026-W53');
    expect(periodKey(at('2025-12-29T12:00:00Z'), 'week')).toBe('2026-W01');
  });

  it('keys weeks starting on another day by their first date', () => {
    expect(periodKey(at('2025-01-06T12:00:00Z'), 'week', { weekStartsOn: 0 })).toBe('2025-01-05');
    expect(periodKey(at('2025-01-05T12:00:00Z'), 'week', { weekStartsOn: 0 })).toBe('2025-01-05');
    expect(periodKey(at('2025-01-04T12:00:00Z'), 'week', { weekStartsOn: 6 })).toBe('2025-01-04');
    expect(periodKey(at('2025-01-03T12:00:00Z'), 'week', { weekStartsOn: 6 })).toBe('2024-12-28');
    // Sunday 2025-01-05 22:00 in New York is Monday 03:00 UTC.
    expect(periodKey(at('2025-01-06T03:00:00Z'), 'week', { weekStartsOn: 0, timeZone: 'America/New_York' })).toBe('2025-01-05');
  });

  it('works far from today', () => {
    expect(periodKey(at('1970-01-01T00:00:00Z'), 'week')).toBe('1970-W01');
    expect(periodKey(at('2100-12-31T23:00:00Z'), 'day', { timeZone: 'Pacific/Auckland' })).toBe('2101-01-01');
  });

  it('keys every valid Date in any zone, up to the limits of the Date range', () => {
    expect(periodKey(new Date(8.64e15), 'day', { timeZone: 'America/New_York' })).toBe('+275760-09-12');
    expect(periodKey(new Date(8.64e15), 'day', { timeZone: 'Asia/Tokyo' })).toBe('+275760-09-13');
    expect(periodKey(new Date(-8.64e15), 'day', { timeZone: 'America/New_York' })).toBe('-271821-04-19');
    expect(periodKey(new Date(-8.64e15), 'month', { timeZone: 'Europe/Berlin' })).toBe('-271821-04');
  });

  it('throws INVALID_OPTION at [] for options that are not an object, and shows a bigint period', () => {
    const now = at('2025-01-06T00:00:00Z');
    expect(() => periodKey(now, 'day', null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }));
    expect(() => periodKey(now, 10n as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['period'], message: 'period 10n is not one of day, week, month, quarter' }));
    expect(() => periodKey('2025-01-06' as never, 'day')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['at'], message: 'at must be a valid Date; got "2025-01-06"' }));
  });

  it('throws INVALID_INPUT for an invalid Date and INVALID_OPTION for bad options', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isServiceKitError(error) ? `${error.code} ${error.path.join('.')}` : 'other';
      }
      return 'none';
    };
    expect(code(() => periodKey(new Date(Number.NaN), 'day'))).toBe('INVALID_INPUT at');
    expect(code(() => periodKey(at('2025-01-06T00:00:00Z'), 'year' as never))).toBe('INVALID_OPTION period');
    expect(code(() => periodKey(at('2025-01-06T00:00:00Z'), 'day', { timeZone: 'Nowhere/Else' }))).toBe('INVALID_OPTION timeZone');
    expect(code(() => periodKey(at('2025-01-06T00:00:00Z'), 'week', { weekStartsOn: 7 as never }))).toBe('INVALID_OPTION weekStartsOn');
  });
});
