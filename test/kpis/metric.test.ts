import { describe, expect, it } from 'vitest';
import { csatMetric, instantToMs, type Metric, npsMetric, runMetric } from '../../src/kpis/index.js';

describe('runMetric', () => {
  it('runs init, add for every row, and finish', () => {
    const calls: string[] = [];
    const metric: Metric<number, { sum: number }, number> = {
      init: () => (calls.push('init'), { sum: 0 }),
      add: (state, value) => {
        calls.push('add');
        state.sum += value;
      },
      merge: (into, from) => {
        into.sum += from.sum;
      },
      finish: (state) => (calls.push('finish'), state.sum),
    };
    expect(runMetric(metric, [1, 2, 3])).toBe(6);
    expect(calls).toEqual(['init', 'add', 'add', 'add', 'finish']);
  });
  it('accepts any iterable', () => {
    function* scores() {
      yield { score: 10 };
      yield { score: 0 };
    }
    expect(runMetric(npsMetric(), scores()).value).toBe(0);
  });
  it('merges two states into the same result as one pass, leaving the source unchanged', () => {
    const metric = csatMetric();
    const left = metric.init();
    const right = metric.init();
    metric.add(left, { score: 5 } as never);
    metric.add(right, { score: 1 } as never);
    metric.merge(left, right);
    expect(metric.finish(left).value).toBe(0.5);
    expect(metric.finish(right).denominator).toBe(1);
  });
});

describe('instantToMs', () => {
  it('reads Dates and epoch milliseconds and gives NaN for nothing', () => {
    expect(instantToMs(new Date(5))).toBe(5);
    expect(instantToMs(7)).toBe(7);
    expect(instantToMs(null)).toBeNaN();
    expect(instantToMs(undefined)).toBeNaN();
  });
});
