import { describe, expect, it } from 'vitest';
import { aht, ahtMetric, csat, csatMetric, firstResponseTimeMetric, nps, npsMetric, summarize } from '../../src/kpis/index.js';

const rows = [
  { team: 'billing', week: 1, csatScore: 5, npsScore: 10, talkMs: 100 },
  { team: 'tech', week: 1, csatScore: 2, npsScore: 3, talkMs: 300 },
  { team: 'billing', week: 2, csatScore: 4, npsScore: 8 },
  { team: 'billing', week: 1, npsScore: 9, talkMs: 200 },
];
type Row = (typeof rows)[number];
const metrics = {
  csat: csatMetric({ score: (row: Row) => row.csatScore }),
  nps: npsMetric({ score: (row: Row) => row.npsScore }),
  aht: ahtMetric<Row>({ components: ['talk'] }),
};

describe('summarize', () => {
  it('gives each group exactly what the KPI functions give for its rows', () => {
    const report = summarize(rows, { by: (row) => row.team, metrics });
    expect(report.groups.map((group) => group.key)).toEqual(['billing', 'tech']);
    const billing = rows.filter((row) => row.team === 'billing');
    expect(report.groups[0]?.values.csat).toEqual(csat(billing, { score: (row) => row.csatScore }));
    expect(report.groups[0]?.values.nps).toEqual(nps(billing, { score: (row) => row.npsScore }));
    expect(report.groups[0]?.values.aht).toEqual(aht(billing, { components: ['talk'] }));
  });
  it('computes overall over all rows', () => {
    const report = summarize(rows, { by: (row) => row.team, metrics });
    expect(report.overall.nps).toEqual(nps(rows, { score: (row) => row.npsScore }));
    expect(report.overall.aht.medianMs).toBe(200);
  });
  it('makes one composite key of an array, returned as that array, in first-seen order', () => {
    const report = summarize(rows, { by: (row) => [row.team, row.week], metrics });
    expect(report.groups.map((group) => group.key)).toEqual([
      ['billing', 1],
      ['tech', 1],
      ['billing', 2],
    ]);
    expect(report.groups[0]?.values.nps.responses).toBe(2);
  });
  it('copies a reused key array for each new group', () => {
    const key: [string, number] = ['', 0];
    const report = summarize(rows, {
      by: (row) => {
        key[0] = row.team;
        key[1] = row.week;
        return key;
      },
      metrics,
    });
    expect(report.groups.map((group) => group.key)).toEqual([
      ['billing', 1],
      ['tech', 1],
      ['billing', 2],
    ]);
  });
  it('keeps a scalar key apart from a one-element array and compares Dates by time', () => {
    const report = summarize([1, 2, 3, 4], {
      by: (value) => (value === 1 ? 'a' : value === 2 ? ['a'] : new Date(Date.UTC(2025, 0, 1))),
      metrics: {},
    });
    expect(report.groups).toHaveLength(3);
    expect(report.groups[2]?.key).toEqual(new Date(Date.UTC(2025, 0, 1)));
  });
  it('computes only overall without by, and runs more than eight metrics', () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`m${index}`, npsMetric({ score: (row: Row) => row.npsScore })]));
    const report = summarize(rows, { metrics: many });
    expect(report.groups).toEqual([]);
    expect(report.overall.m9).toEqual(nps(rows, { score: (row) => row.npsScore }));
  });
  it('returns empty groups and empty results for no rows', () => {
    const report = summarize([] as Row[], { by: (row) => row.team, metrics: { frt: firstResponseTimeMetric() } });
    expect(report.groups).toEqual([]);
    expect(report.overall.frt.value).toBeNull();
  });
  it('throws INVALID_OPTION for options that are not an object, missing metrics or one that is not a metric', () => {
    expect(() => summarize([], null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }));
    expect(() => summarize([], {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['metrics'], message: 'metrics must be an object of metrics by name; got undefined' }));
    expect(() => summarize([], { metrics: { x: 5 } } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['metrics', 'x'], message: 'metrics.x must be a metric; got 5' }));
  });
  it('throws INVALID_INPUT for rows that are not iterable and at the index of a null row or a row with a bad instant', () => {
    const metrics = { csat: csatMetric() };
    expect(() => summarize(null as never, { metrics })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [] }));
    expect(() => summarize([{ score: 5 }, null] as never, { metrics })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1], message: 'row 1 must be an object; got null' }));
    expect(() => summarize([{ team: 'a' }, null] as never, { by: 'team', metrics } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1] }));
    const frt = { frt: firstResponseTimeMetric() };
    expect(() => summarize([{ team: 'a', openedAt: new Date(0), firstResponseAt: '1970-01-01T01:00:00Z' }] as never, { by: (row: { team: string }) => row.team, metrics: frt })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'firstResponseAt'] }),
    );
  });
});
