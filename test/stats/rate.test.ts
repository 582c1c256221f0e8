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
});
