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
});
