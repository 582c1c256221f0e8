import { describe, expectTypeOf, it } from 'vitest';
import {
  aht,
  type AnyMetric,
  cohortRetention,
  csat,
  csatMetric,
  type DurationStat,
  fcr,
  type KpiRate,
  type Metric,
  type MetricResult,
  nps,
  type NpsResult,
  npsMetric,
  retention,
  serviceLevel,
  summarize,
} from '../../src/kpis/index.js';
import type { Interaction } from '../../src/models/index.js';
import type { ConfidenceInterval } from '../../src/stats/index.js';

describe('KPI types', () => {
  it('gives nullable values', () => {
    expectTypeOf(nps([]).value).toEqualTypeOf<number | null>();
    expectTypeOf(nps([]).interval).toEqualTypeOf<ConfidenceInterval | null>();
    expectTypeOf(csat([]).value).toEqualTypeOf<number | null>();
    expectTypeOf(aht([] as Interaction[]).medianMs).toEqualTypeOf<number | null>();
    expectTypeOf(retention([], { start: new Date(), end: new Date() }).rate).toEqualTypeOf<number | null>();
    expectTypeOf(cohortRetention([], { asOf: new Date() }).cohorts[0]!.rates).toEqualTypeOf<(number | null)[]>();
  });
  it('returns the documented shapes', () => {
    expectTypeOf(fcr([] as Interaction[])).toEqualTypeOf<KpiRate>();
    expectTypeOf(aht([] as Interaction[])).toEqualTypeOf<DurationStat>();
    expectTypeOf(serviceLevel([] as Interaction[], { thresholdMs: 20_000 }).answered).toEqualTypeOf<number>();
    expectTypeOf<MetricResult<ReturnType<typeof npsMetric>>>().toEqualTypeOf<NpsResult>();
  });
  it('infers the row type of accessors from the rows', () => {
    const rows = [{ rating: 5, team: 'a' }];
    expectTypeOf(csat(rows, { score: (row) => row.rating }).value).toEqualTypeOf<number | null>();
    // @ts-expect-error: the accessor reads a field the rows do not have
    csat(rows, { score: (row) => row.missing });
  });
  it('requires the options a KPI cannot default', () => {
    // @ts-expect-error: thresholdMs is required
    serviceLevel([] as Interaction[], {});
    // @ts-expect-error: asOf is required
    cohortRetention([], {});
  });
  it('types summarize values by metric name and keys by what by returns', () => {
    type Row = { team: string; week: number; score: number };
    const report = summarize([] as Row[], {
      by: (row) => [row.team, row.week] as const,
      metrics: { csat: csatMetric({ score: (row: Row) => row.score }), nps: npsMetric({ score: (row: Row) => row.score }) },
    });
    expectTypeOf(report.groups[0]!.key).toEqualTypeOf<readonly [string, number]>();
    expectTypeOf(report.groups[0]!.values.nps).toEqualTypeOf<NpsResult>();
    expectTypeOf(report.overall.csat.value).toEqualTypeOf<number | null>();
    expectTypeOf(csatMetric()).toMatchTypeOf<AnyMetric<{ score: number }>>();
    expectTypeOf(npsMetric()).toMatchTypeOf<Metric<{ score: number }, unknown, NpsResult>>();
  });
  it('types keys stated as data by the fields they name', () => {
    type Row = { team?: string; openedAt: Date; score: number };
    const metrics = { csat: csatMetric({ score: (row: Row) => row.score }) };
    expectTypeOf(summarize([] as Row[], { by: ['team', { period: 'week', of: 'openedAt' }], metrics }).groups[0]!.key).toEqualTypeOf<[string | undefined, string]>();
    expectTypeOf(summarize([] as Row[], { by: 'team', metrics }).groups[0]!.key).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the rows have no field named region
    summarize([] as Row[], { by: 'region', metrics });
    // @ts-expect-error: a period of a field the rows do not have
    summarize([] as Row[], { by: ['team', { period: 'day', of: 'closedAt' }], metrics });
  });
});
