import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aht, csat, csatMean, ces, escalationRate, fcr, firstResponseTime, nps, reopenRate, serviceLevel, summarize } from '../../src/kpis/index.js';
import { allMetrics, kpiRows } from './kpis-arbitraries.js';

/** Every number anywhere in a result, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, inner]) => numbers(inner, `${path}.${key}`));
}

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, 1e308),
  fc.integer({ min: -10, max: 20 }),
);
const anyInstant = fc.oneof(fc.date({ noInvalidDate: false }), fc.constant(undefined));
const wildRow = fc.record(
  {
    score: anyNumber,
    openedAt: anyInstant,
    firstResponseAt: anyInstant,
    resolvedAt: anyInstant,
    answeredAt: anyInstant,
    abandonedAt: anyInstant,
    talkMs: anyNumber,
    holdMs: anyNumber,
    wrapMs: anyNumber,
    transfers: anyNumber,
    reopenCount: anyNumber,
    escalationLevel: anyNumber,
    resolvedOnFirstContact: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('KPI value ranges', () => {
  it('rates stay in [0, 1], NPS in [−100, 100], durations ≥ 0, and intervals contain the value', () => {
    fc.assert(
      fc.property(kpiRows(), (rows) => {
        const { overall } = summarize(rows, { metrics: allMetrics() });
        for (const name of ['csat', 'fcr', 'fcrRepeat', 'serviceLevel', 'serviceLevelPositive', 'abandonment', 'reopen', 'escalation'] as const) {
          const rate = overall[name] as { value: number | null; interval: { lower: number; upper: number } | null };
          if (rate.value === null) continue;
          expect(rate.value).toBeGreaterThanOrEqual(0);
          expect(rate.value).toBeLessThanOrEqual(1);
          expect(rate.interval!.lower).toBeLessThanOrEqual(rate.value + 1e-12);
          expect(rate.interval!.upper).toBeGreaterThanOrEqual(rate.value - 1e-12);
        }
        const score = overall.nps as { value: number | null; interval: { lower: number; upper: number } | null };
        if (score.value !== null) {
          expect(Math.abs(score.value)).toBeLessThanOrEqual(100);
          expect(score.interval!.lower).toBeGreaterThanOrEqual(-100);
          expect(score.interval!.upper).toBeLessThanOrEqual(100);
        }
        for (const name of ['aht', 'firstResponse', 'resolution', 'speedOfAnswer'] as const) {
          const stat = overall[name] as { meanMs: number | null; medianMs: number | null; p90Ms: number | null };
          if (stat.meanMs === null) continue;
          expect(stat.medianMs!).toBeGreaterThanOrEqual(0);
          expect(stat.p90Ms!).toBeGreaterThanOrEqual(stat.medianMs!);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never returns NaN or Infinity, whatever numbers the rows hold', () => {
    fc.assert(
      fc.property(fc.array(wildRow, { maxLength: 30 }), (rows) => {
        const results = [
          csat(rows),
          csatMean(rows),
          ces(rows),
          nps(rows),
          fcr(rows),
          aht(rows),
          firstResponseTime(rows, { thresholdMs: 1000 }),
          serviceLevel(rows, { thresholdMs: 20_000 }),
          reopenRate(rows),
          escalationRate(rows),
        ];
        for (const [path, value] of numbers(results)) {
          expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
