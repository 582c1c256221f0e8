import { describe, expectTypeOf, it } from 'vitest';
import {
  agentsRequired,
  queueMetrics,
  queueMetricsWithAbandonment,
  staffingInputFromKpis,
  staffingPlan,
  type StaffingLoad,
} from '../../src/staffing/index.js';

const load = { contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000 };

describe('staffing types', () => {
  it('types an unstable queue as a null ASA rather than NaN', () => {
    expectTypeOf(queueMetrics({ ...load, agents: 14, thresholdMs: 20_000 }).averageSpeedOfAnswerMs).toEqualTypeOf<number | null>();
    expectTypeOf(queueMetrics({ ...load, agents: 14, thresholdMs: 20_000 }).stable).toEqualTypeOf<boolean>();
  });

  it('adds abandonment to the Erlang C measures', () => {
    expectTypeOf(queueMetricsWithAbandonment({ ...load, agents: 14, thresholdMs: 20_000, averagePatienceMs: 120_000 }).probabilityOfAbandonment).toEqualTypeOf<number>();
  });

  it('takes any AHT result with a nullable mean and gives a load', () => {
    expectTypeOf(staffingInputFromKpis).parameter(0).toHaveProperty('aht').toEqualTypeOf<{ readonly meanMs: number | null }>();
    expectTypeOf(staffingInputFromKpis({ aht: { meanMs: 1, medianMs: 2 } as { meanMs: number | null; medianMs: number }, contacts: 1, intervalMs: 1 })).toEqualTypeOf<StaffingLoad>();
  });

  it('requires a service level to staff for', () => {
    // @ts-expect-error serviceLevel is required
    agentsRequired(load);
    expectTypeOf(staffingPlan([], { intervalMs: 1, serviceLevel: { thresholdMs: 0, target: 0.5 } }).intervals[0]?.agents).toEqualTypeOf<number | undefined>();
  });
});
