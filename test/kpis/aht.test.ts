import { describe, expect, it } from 'vitest';
import { aht, ahtMetric, DurationState, runMetric } from '../../src/kpis/index.js';

describe('aht', () => {
  it('is (talk + hold + wrap) / contacts', () => {
    // definition: ICMI, "Average Handle Time": AHT = (total talk time + total hold time + total
    // after-call work) / calls handled; here (300 + 60 + 60) s and (200 + 0 + 40) s → 330 s
    const result = aht([
      { talkMs: 300_000, holdMs: 60_000, wrapMs: 60_000 },
      { talkMs: 200_000, holdMs: 0, wrapMs: 40_000 },
    ]);
    expect(result).toMatchObject({ value: 330_000, meanMs: 330_000, count: 2, excluded: 0, totalMs: 660_000 });
  });
  it('gives exact median and 90th percentile (type 7)', () => {
    const result = aht([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((minutes) => ({ talkMs: minutes * 60_000 })));
    expect(result.medianMs).toBe(330_000);
    expect(result.p90Ms).toBeCloseTo(546_000, 6);
  });
  it('counts contacts without handle data as excluded, not as zero', () => {
    const result = aht([{ talkMs: 100_000 }, {}, { channel: 'email' }]);
    expect(result).toMatchObject({ count: 1, excluded: 2, meanMs: 100_000 });
  });
  it('uses only the chosen components', () => {
    const rows = [{ talkMs: 100_000, holdMs: 50_000, wrapMs: 10_000 }];
    expect(aht(rows, { components: ['talk', 'wrap'] }).meanMs).toBe(110_000);
    expect(aht([{ holdMs: 5 }], { components: ['talk'] }).excluded).toBe(1);
  });
  it('excludes a contact with a negative or non-finite part', () => {
    expect(aht([{ talkMs: -5, wrapMs: 10 }, { talkMs: Number.POSITIVE_INFINITY }]).excluded).toBe(2);
  });
  it('reports the share within a threshold when asked', () => {
    const result = aht([{ talkMs: 60_000 }, { talkMs: 120_000 }, { talkMs: 180_000 }], { thresholdMs: 120_000 });
    expect(result.withinThreshold).toMatchObject({ value: 2 / 3, numerator: 2, denominator: 3 });
  });
  it('returns nulls with zero counts for no contacts', () => {
    expect(aht([])).toEqual({
      value: null,
      count: 0,
      excluded: 0,
      totalMs: 0,
      meanMs: null,
      medianMs: null,
      p90Ms: null,
      withinThreshold: null,
    });
  });
  it('throws INVALID_OPTION for an unknown, repeated or empty component list', () => {
    expect(() => aht([], { components: ['talk', 'queue' as 'talk'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['components', 1] }),
    );
    expect(() => aht([], { components: ['talk', 'talk'] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => aht([], { components: [] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['components'] }));
    expect(() => aht([], { thresholdMs: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['thresholdMs'] }));
  });
  it('reads any row shape through accessors', () => {
    const metric = ahtMetric({ components: ['talk'], talkMs: (row: { seconds: number }) => row.seconds * 1000 });
    expect(runMetric(metric, [{ seconds: 30 }]).meanMs).toBe(30_000);
  });
  it('DurationState excludes a duration that is not a number, a numeric string included', () => {
    const state = new DurationState();
    state.addDuration('5' as never, Number.POSITIVE_INFINITY);
    state.addDuration(5, Number.POSITIVE_INFINITY);
    expect([state.count, state.excluded, state.totalMs]).toEqual([1, 1, 5]);
  });
  it('names a component that cannot be shown as JSON', () => {
    expect(() => aht([], { components: [10n] as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['components', 0], message: "component 10n is unknown or repeated; use 'talk', 'hold', 'wrap'" }));
  });
});
