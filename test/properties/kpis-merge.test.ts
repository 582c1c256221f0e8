import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMetric } from '../../src/kpis/index.js';
import { allMetrics, kpiRows } from './kpis-arbitraries.js';

describe('KPI metric laws', () => {
  const metrics = allMetrics();

  it.each(Object.keys(metrics))('%s: merging the states of two parts equals one pass over all rows, in either order', (name) => {
    const metric = metrics[name]!;
    fc.assert(
      fc.property(kpiRows(), fc.nat(), (rows, cut) => {
        const at = rows.length === 0 ? 0 : cut % (rows.length + 1);
        const whole = runMetric(metric, rows);
        const left = metric.init();
        const right = metric.init();
        rows.slice(0, at).forEach((row) => metric.add(left, row));
        rows.slice(at).forEach((row) => metric.add(right, row));
        const rightFirst = metric.init();
        metric.merge(rightFirst, right);
        metric.merge(rightFirst, left);
        metric.merge(left, right);
        expect(metric.finish(left)).toEqual(whole);
        expect(metric.finish(rightFirst)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it.each(Object.keys(metrics))('%s: the result does not depend on the order of the rows', (name) => {
    const metric = metrics[name]!;
    fc.assert(
      fc.property(
        kpiRows().chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(runMetric(metric, shuffled)).toEqual(runMetric(metric, rows));
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(Object.keys(metrics))('%s: merge leaves its source unchanged', (name) => {
    const metric = metrics[name]!;
    fc.assert(
      fc.property(kpiRows(20), kpiRows(20), (a, b) => {
        const into = metric.init();
        const from = metric.init();
        a.forEach((row) => metric.add(into, row));
        b.forEach((row) => metric.add(from, row));
        const before = metric.finish(from);
        metric.merge(into, from);
        expect(metric.finish(from)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
