import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queueMetrics, queueMetricsWithAbandonment } from '../../src/staffing/index.js';

const scenario = fc.record({
  erlangs: fc.double({ min: 0.1, max: 200, noNaN: true }),
  agents: fc.integer({ min: 0, max: 250 }),
  thresholdMs: fc.integer({ min: 0, max: 120_000 }),
  averagePatienceMs: fc.integer({ min: 5_000, max: 1_800_000 }),
});

function input({ erlangs, agents, thresholdMs, averagePatienceMs }: { erlangs: number; agents: number; thresholdMs: number; averagePatienceMs: number }) {
  return { contacts: erlangs * 10, intervalMs: 1_800_000, ahtMs: 180_000, agents, thresholdMs, averagePatienceMs };
}

describe('Erlang A properties', () => {
  it('every measure is a finite probability, and abandonment never exceeds waiting', () => {
    fc.assert(
      fc.property(scenario, (case_) => {
        const metrics = queueMetricsWithAbandonment(input(case_));
        for (const value of [metrics.probabilityOfWaiting, metrics.probabilityOfAbandonment, metrics.serviceLevel, metrics.occupancy]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(metrics.probabilityOfAbandonment).toBeLessThanOrEqual(metrics.probabilityOfWaiting + 1e-12);
        expect(metrics.serviceLevel).toBeLessThanOrEqual(1 - metrics.probabilityOfAbandonment + 1e-12);
        expect(metrics.stable).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('one more agent raises the service level and lowers abandonment', () => {
    fc.assert(
      fc.property(scenario, (case_) => {
        const fewer = queueMetricsWithAbandonment(input(case_));
        const more = queueMetricsWithAbandonment(input({ ...case_, agents: case_.agents + 1 }));
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - 1e-12);
        expect(more.probabilityOfAbandonment).toBeLessThanOrEqual(fewer.probabilityOfAbandonment + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('more patience never means more abandonment, and fewer contacts wait than under Erlang C (abandonments shorten the queue)', () => {
    fc.assert(
      fc.property(scenario, (case_) => {
        const impatient = queueMetricsWithAbandonment(input(case_));
        const patient = queueMetricsWithAbandonment(input({ ...case_, averagePatienceMs: case_.averagePatienceMs * 2 }));
        expect(patient.probabilityOfAbandonment).toBeLessThanOrEqual(impatient.probabilityOfAbandonment + 1e-12);
        const erlangC = queueMetrics(input(case_));
        expect(impatient.probabilityOfWaiting).toBeLessThanOrEqual(erlangC.probabilityOfWaiting + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
