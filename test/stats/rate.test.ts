import { describe, expect, it } from 'vitest';
import { createRate, wilsonInterval } from '../../src/stats/index.js';

describe('createRate', () => {
  it('divides and attaches the Wilson interval', () => {
    const rate = createRate(81, 263);
    expect(rate.value).toBe(81 / 263);
    expect(rate.interval).toEqual(wilsonInterval(81, 263));
  });
  it('returns null value and interval with zero counts for an empty denominator', () => {
    expect(createRate(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0, interval: null });
  });
  it('throws INVALID_INPUT for a numerator above the denominator', () => {
    expect(() => createRate(5, 4)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createRate(Number.NaN, 4)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('blames the denominator when it is the bad count (the path said numerator)', () => {
    for (const denominator of [Number.NaN, -1]) {
      expect(() => createRate(0, denominator)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', path: ['denominator'], message: `denominator must be a finite number ≥ 0; got ${denominator}` }),
      );
    }
    expect(() => createRate(5, 4)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['numerator'], message: 'numerator must be at most denominator 4; got 5' }),
    );
  });
  it('throws INVALID_OPTION for options that are not an object', () => {
    expect(() => createRate(1, 2, null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });
  it('gives the interval [0, 1] for a denominator under 1e-308 (its upper bound was NaN)', () => {
    expect(createRate(0, 1e-320).interval).toEqual({ lower: 0, upper: 1, level: 0.95 });
  });
});
