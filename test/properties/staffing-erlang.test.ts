import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, queueMetrics } from '../../src/staffing/index.js';

const load = fc.double({ min: 0, max: 1_500, noNaN: true });
const agentCount = fc.integer({ min: 0, max: 1_600 });

describe('Erlang B and C properties', () => {
  it('erlangC ≥ erlangB: a contact that would be blocked without a queue waits with one', () => {
    fc.assert(
      fc.property(agentCount, load, (agents, erlangs) => {
        expect(erlangC(agents, erlangs)).toBeGreaterThanOrEqual(erlangB(agents, erlangs));
      }),
      { numRuns: 300 },
    );
  });

  it('both stay finite probabilities in [0, 1] for large N (up to 1,600 agents and 1,500 Erlangs)', () => {
    fc.assert(
      fc.property(agentCount, load, (agents, erlangs) => {
        for (const value of [erlangB(agents, erlangs), erlangC(agents, erlangs)]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
    const large = erlangC(1_200, 1_000);
    expect(Number.isFinite(large) && large >= 0 && large <= 1).toBe(true);
  });

  it('one more agent never raises Erlang B or Erlang C', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_200 }), load, (agents, erlangs) => {
        expect(erlangB(agents + 1, erlangs)).toBeLessThanOrEqual(erlangB(agents, erlangs));
        expect(erlangC(agents + 1, erlangs)).toBeLessThanOrEqual(erlangC(agents, erlangs));
      }),
      { numRuns: 300 },
    );
  });

  it('service level rises and ASA falls as agents increase (and both stay in range)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 120_000 }),
        (erlangs, extra, thresholdMs) => {
          const base = { contacts: erlangs * 10, intervalMs: 1_800_000, ahtMs: 180_000, thresholdMs };
          const first = Math.floor(base.contacts * 180_000 / 1_800_000) + 1;
          let previous = queueMetrics({ ...base, agents: first });
          for (let agents = first + 1; agents <= first + extra; agents += 1) {
            const next = queueMetrics({ ...base, agents });
            expect(next.stable).toBe(true);
            expect(next.serviceLevel).toBeGreaterThanOrEqual(previous.serviceLevel);
            expect(next.averageSpeedOfAnswerMs as number).toBeLessThanOrEqual(previous.averageSpeedOfAnswerMs as number);
            expect(next.probabilityOfWaiting).toBeLessThanOrEqual(previous.probabilityOfWaiting);
            expect(next.serviceLevel).toBeGreaterThanOrEqual(0);
            expect(next.serviceLevel).toBeLessThanOrEqual(1);
            expect(next.occupancy).toBeLessThan(1);
            previous = next;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
