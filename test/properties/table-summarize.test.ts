import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMetric, summarize } from '../../src/kpis/index.js';
import { toInteractionTable } from '../../src/table/index.js';
import { allMetrics, kpiRows, type KpiRow } from './kpis-arbitraries.js';

// Law: a table changes nothing. summarize over toInteractionTable(rows) gives exactly what it gives
// over the rows themselves, for every interaction KPI, by group and overall (metrics read the table's
// columns through one row object: instants as epoch ms, extra columns as fields).
const HOUR = 3_600_000;

function interactionMetrics(): Record<string, AnyMetric<KpiRow>> {
  const { retention: _retention, cohorts: _cohorts, ...metrics } = allMetrics();
  return metrics;
}

describe('summarize over an InteractionTable', () => {
  it('equals summarize over the same rows as objects, by group and overall', () => {
    fc.assert(
      fc.property(kpiRows(40), (rows) => {
        const records = rows.map((row) => ({ ...row, id: String(row.id), channel: 'chat', priority: 'normal' as const }));
        const table = toInteractionTable(records, {
          numbers: { csatScore: (row) => row.csatScore, npsScore: (row) => row.npsScore, cesScore: (row) => row.cesScore },
        });
        const week = (ms: number) => Math.floor(ms / (7 * 24 * HOUR));
        const fromObjects = summarize(records, {
          by: (row) => [row.team, week(row.openedAt.getTime())],
          metrics: interactionMetrics() as unknown as Record<string, AnyMetric<(typeof records)[number]>>,
        });
        const fromTable = summarize(table, {
          by: (row) => [row.team, week(row.openedAt)],
          metrics: interactionMetrics() as unknown as Record<string, AnyMetric<never>>,
        });
        expect(fromTable.groups).toEqual(fromObjects.groups);
        expect(fromTable.overall).toEqual(fromObjects.overall);
        expect(summarize(table, { metrics: interactionMetrics() as unknown as Record<string, AnyMetric<never>> }).overall).toEqual(fromObjects.overall);
      }),
      { numRuns: 200 },
    );
  });
});
