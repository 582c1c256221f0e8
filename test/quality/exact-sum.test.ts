import { describe, expect, it } from 'vitest';
import { addExact, exactTotal, mergeExact } from '../../src/quality/exact-sum.js';

const sum = (values: number[]) => {
  const partials: number[] = [];
  for (const value of values) addExact(partials, value);
  return partials;
};

describe('exact sums (the arithmetic behind iqsMetric merges)', () => {
  it('rounds the exact sum once, as Python math.fsum does', () => {
    // math.fsum([0.1] * 10) == 1.0 and math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100
    // (the examples of the Python documentation and Shewchuk 1997).
    expect(exactTotal(sum(Array.from({ length: 10 }, () => 0.1)))).toBe(1);
    expect(exactTotal(sum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))).toBe(1e-100);
  });

  it('gives the same total in any order and after merging parts', () => {
    const values = [0.3, 1e16, -0.1, 1, -1e16, 0.7, 2 / 3];
    const whole = exactTotal(sum(values));
    expect(exactTotal(sum([...values].reverse()))).toBe(whole);
    const left = sum(values.slice(0, 3));
    mergeExact(left, sum(values.slice(3)));
    expect(exactTotal(left)).toBe(whole);
  });

  it('is 0 for nothing', () => {
    expect(exactTotal([])).toBe(0);
  });
});
