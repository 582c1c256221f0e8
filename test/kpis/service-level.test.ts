import { describe, expect, it } from 'vitest';
import { ABANDON_CONVENTIONS, serviceLevel } from '../../src/kpis/index.js';

const openedAt = new Date('2025-01-06T09:00:00Z');
const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);
const answered = (seconds: number) => ({ openedAt, answeredAt: after(seconds) });
const abandoned = (seconds: number) => ({ openedAt, abandonedAt: after(seconds) });

// 6 answered (4 within 20 s), 3 abandoned after 5 s or more (1 within 20 s), 1 short abandon (2 s)
const calls = [answered(5), answered(10), answered(15), answered(20), answered(30), answered(60), abandoned(10), abandoned(40), abandoned(90), abandoned(2)];

describe('serviceLevel', () => {
  it('implements the four abandon conventions', () => {
    // Call Centre Helper, "How to calculate contact centre service level" (four formulas):
    // negative: answered in T / (answered + abandoned) = 4 / 9
    // ignore: answered in T / answered = 4 / 6
    // positive: (answered in T + abandoned in T) / (answered + abandoned) = 5 / 9
    // negative-after-threshold: answered in T / (answered + abandoned after T) = 4 / 8
    const options = { thresholdMs: 20_000, shortAbandonMs: 5_000 };
    expect(serviceLevel(calls, options)).toMatchObject({ numerator: 4, denominator: 9 });
    expect(serviceLevel(calls, { ...options, abandons: 'ignore' })).toMatchObject({ numerator: 4, denominator: 6 });
    expect(serviceLevel(calls, { ...options, abandons: 'positive' })).toMatchObject({ numerator: 5, denominator: 9 });
    expect(serviceLevel(calls, { ...options, abandons: 'negative-after-threshold' })).toMatchObject({ numerator: 4, denominator: 8 });
    expect(ABANDON_CONVENTIONS).toEqual(['negative', 'ignore', 'positive', 'negative-after-threshold']);
  });
  it('counts a wait equal to the threshold as within', () => {
    expect(serviceLevel([answered(20)], { thresholdMs: 20_000 }).value).toBe(1);
    expect(serviceLevel([answered(20.001)], { thresholdMs: 20_000 }).value).toBe(0);
  });
  it('leaves short abandons out of numerator and denominator in every convention', () => {
    for (const abandons of ABANDON_CONVENTIONS) {
      const withShort = serviceLevel([answered(5), abandoned(1)], { thresholdMs: 20_000, shortAbandonMs: 5_000, abandons });
      expect(withShort).toMatchObject({ numerator: 1, denominator: 1, shortAbandoned: 1 });
    }
  });
  it('reports the counts behind the rate', () => {
    expect(serviceLevel(calls, { thresholdMs: 20_000, shortAbandonMs: 5_000 })).toMatchObject({
      answered: 6,
      answeredWithinThreshold: 4,
      abandoned: 3,
      abandonedWithinThreshold: 1,
      shortAbandoned: 1,
      excluded: 0,
    });
  });
  it('counts contacts neither answered nor abandoned as excluded', () => {
    expect(serviceLevel([{ openedAt }, answered(1)], { thresholdMs: 20_000 })).toMatchObject({ value: 1, excluded: 1 });
  });
  it('returns null for nothing offered', () => {
    expect(serviceLevel([], { thresholdMs: 20_000 })).toMatchObject({ value: null, interval: null, numerator: 0, denominator: 0 });
  });
  it('throws INVALID_OPTION for a missing or negative threshold and an unknown convention', () => {
    expect(() => serviceLevel([], {} as { thresholdMs: number })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['thresholdMs'] }));
    expect(() => serviceLevel([], { thresholdMs: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['thresholdMs'] }));
    expect(() => serviceLevel([], { thresholdMs: 1, shortAbandonMs: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['shortAbandonMs'] }),
    );
    expect(() => serviceLevel([], { thresholdMs: 1, abandons: 'exclude' as 'ignore' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['abandons'] }),
    );
  });
  it('throws INVALID_INPUT at the row and field for an instant that is an unparsed string', () => {
    expect(() => serviceLevel([{ openedAt, answeredAt: after(5) }, { openedAt: '2025-01-06T09:00:00Z', answeredAt: '2025-01-06T09:00:10Z' }] as never, { thresholdMs: 20_000 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: [1, 'openedAt'],
        message: 'row 1: openedAt must be a Date (or epoch milliseconds); got "2025-01-06T09:00:00Z" (parse rows with parseInteractions or parseCustomers first)',
      }),
    );
  });
});
