import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../src/models/index.js';
import { instantMs } from '../../src/models/instant-ms.js';

describe('InstantSchema', () => {
  it.each([
    ['2025-01-06T09:00:00Z', '2025-01-06T09:00:00.000Z'],
    ['2025-01-06T09:00:00.123Z', '2025-01-06T09:00:00.123Z'],
    ['2025-01-06T09:00:00.1239Z', '2025-01-06T09:00:00.123Z'],
    ['2025-01-06T09:00Z', '2025-01-06T09:00:00.000Z'],
    ['2025-01-06 09:00:00Z', '2025-01-06T09:00:00.000Z'],
    ['2025-01-06T10:00:00+01:00', '2025-01-06T09:00:00.000Z'],
    ['2025-01-06T04:00:00-0500', '2025-01-06T09:00:00.000Z'],
    ['2025-01-06T14:30:00+05:30', '2025-01-06T09:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['0050-06-01T00:00:00.000Z', '0050-06-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(InstantSchema.parse(text).toISOString()).toBe(iso);
  });

  it.each([
    ['2025-02-30T10:00:00Z', 'not a calendar date'],
    ['2025-02-29', 'not a calendar date'],
    ['2025-13-01T00:00:00Z', 'not a calendar date'],
    ['2025-01-06T24:00:00Z', 'not a time of day'],
    ['2025-01-06T23:60:00Z', 'not a time of day'],
    ['2025-01-06T10:00:00+25:00', 'impossible zone offset'],
    ['2025-01-06T10:00:00', 'zone offset'],
    ['06/01/2025', 'zone offset'],
  ])('refuses %s rather than rolling it over (%s)', (text, words) => {
    expect(InstantSchema.safeParse(text).error?.issues[0]?.message).toContain(words);
  });

  it('refuses epoch milliseconds beyond the range of Date', () => {
    expect(InstantSchema.safeParse(8.64e15 + 1).success).toBe(false);
  });
});

describe('instantMs', () => {
  it('reads every instant that toISOString writes back to the same millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(instantMs(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with Date.parse on valid date-times with offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, offsetMinutes) => {
          const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(instantMs(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it.each(['2025-02-29T10:00:00.000Z', '2100-02-29T00:00:00.000Z', '2025-04-31T00:00:00.000Z', '2025-01-06T24:00:00.000Z', '2025-01-06T23:60:00.000Z', '2025-00-06T10:00:00.000Z'])(
    'refuses %s, written as toISOString writes',
    (text) => {
      expect(typeof instantMs(text)).toBe('string');
    },
  );

  it('reads leap days of leap years written as toISOString writes', () => {
    expect(instantMs('2000-02-29T00:00:00.000Z')).toBe(Date.UTC(2000, 1, 29));
    expect(instantMs('2024-02-29T12:34:56.789Z')).toBe(Date.UTC(2024, 1, 29, 12, 34, 56, 789));
  });

  it('reads the form toISOString writes as it reads the same instant written with a space', () => {
    // the first goes through the reader of that one form, the second through the general one;
    // the digits range past the valid values, so both refuse the same impossible dates and times
    const two = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, '0'));
    const read = (text: string) => {
      const ms = instantMs(text);
      return typeof ms === 'number' ? ms : 'refused';
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), two(19), two(39), two(29), two(69), two(69), fc.integer({ min: 0, max: 999 }), (year, month, day, hour, minute, second, ms) => {
        const date = `${String(year).padStart(4, '0')}-${month}-${day}`;
        const time = `${hour}:${minute}:${second}.${String(ms).padStart(3, '0')}Z`;
        expect(read(`${date}T${time}`)).toBe(read(`${date} ${time}`));
      }),
      { numRuns: 2_000 },
    );
  });
});
