import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentsRequired, queueMetrics, scheduledAgents } from '../../src/staffing/index.js';

describe('agentsRequired properties', () => {
  it('is the smallest count meeting both the target and the occupancy cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 60_000, max: 900_000 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.option(fc.double({ min: 0.6, max: 1, noNaN: true }), { nil: undefined }),
        (contacts, ahtMs, thresholdMs, target, maxOccupancy) => {
          const input = { contacts, intervalMs: 1_800_000, ahtMs, serviceLevel: { thresholdMs, target }, maxOccupancy };
          const { agents, metrics } = agentsRequired(input);
          const meets = (count: number) => {
            const at = queueMetrics({ ...input, agents: count, thresholdMs });
            return at.stable && at.serviceLevel >= target && (at.erlangs === 0 || at.erlangs / count <= (maxOccupancy ?? 1));
          };
          expect(meets(agents)).toBe(true);
          expect(metrics).toEqual(queueMetrics({ ...input, agents, thresholdMs }));
          if (agents > 0) expect(meets(agents - 1)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scheduledAgents is exactly ⌈agents / (1 − shrinkage)⌉ for shrinkage in thousandths (checked in integers)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999 }), (agents, perMille) => {
        const scheduled = scheduledAgents(agents, perMille / 1000);
        // scheduled × (1000 − perMille) ≥ agents × 1000 > (scheduled − 1) × (1000 − perMille)
        expect(scheduled * (1000 - perMille)).toBeGreaterThanOrEqual(agents * 1000);
        if (agents > 0) expect((scheduled - 1) * (1000 - perMille)).toBeLessThan(agents * 1000);
      }),
      { numRuns: 500 },
    );
  });
});
