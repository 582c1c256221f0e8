import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMetric, summarize } from '../../src/kpis/index.js';
import { allMetrics, type KpiRow, kpiRows } from './kpis-arbitraries.js';

const week = (row: KpiRow) => Math.floor(row.openedAt.getTime() / (7 * 86_400_000));

describe('summarize', () => {
  it('gives every group what each KPI gives for that group’s rows, and overall what it gives for all', () => {
    fc.assert(
      fc.property(kpiRows(), fc.boolean(), (rows, composite) => {
        const metrics = allMetrics();
        const by: (row: KpiRow) => unknown = composite ? (row) => [row.team, week(row)] : (row) => row.team;
        const report = summarize(rows, { by, metrics });
        const keys = new Set<string>();
        for (const group of report.groups) {
          const key = JSON.stringify(group.key);
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          const members = rows.filter((row) => JSON.stringify(by(row)) === key);
          for (const [name, metric] of Object.entries(metrics)) {
            expect(group.values[name]).toEqual(runMetric(metric, members));
          }
        }
        expect(report.groups.reduce((total, group) => total + (group.values.nps as { responses: number; excluded: number }).responses + (group.values.nps as { excluded: number }).excluded, 0)).toBe(rows.length);
        for (const [name, metric] of Object.entries(metrics)) expect(report.overall[name]).toEqual(runMetric(metric, rows));
      }),
      { numRuns: 100 },
    );
  });
  it('lists groups in the order their first row appeared', () => {
    fc.assert(
      fc.property(kpiRows(), (rows) => {
        const report = summarize(rows, { by: (row) => row.team, metrics: {} });
        expect(report.groups.map((group) => group.key)).toEqual([...new Set(rows.map((row) => row.team))]);
      }),
      { numRuns: 100 },
    );
  });
});
