import { describe, expect, it } from 'vitest';
import { nps, npsMetric, runMetric } from '../../src/kpis/index.js';

const respondedAt = new Date('2025-01-06T10:00:00Z');
const responses = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([score, count]) => Array.from({ length: count }, () => ({ score: Number(score), respondedAt })));

describe('nps', () => {
  it('scores 60 promoters, 25 passives and 15 detractors as 45', () => {
    // definition: Reichheld F. (2003), "The One Number You Need to Grow", Harvard Business Review:
    // NPS = % promoters (9–10) − % detractors (0–6); 60 % − 15 % = 45
    const result = nps(responses({ 10: 30, 9: 30, 8: 15, 7: 10, 6: 5, 0: 10 }));
    expect(result.value).toBe(45);
    expect(result).toMatchObject({ promoters: 60, passives: 25, detractors: 15, responses: 100, excluded: 0 });
  });
  it('puts 9 in promoters, 7 and 8 in passives and 6 in detractors', () => {
    expect(nps(responses({ 9: 1 })).value).toBe(100);
    expect(nps(responses({ 7: 1, 8: 1 })).value).toBe(0);
    expect(nps(responses({ 6: 1 })).value).toBe(-100);
  });
  it('gives an adjusted-Wald interval by default and Wald on request, in NPS points', () => {
    const data = responses({ 10: 60, 8: 25, 0: 15 });
    const adjusted = nps(data).interval!;
    const wald = nps(data, { interval: 'wald' }).interval!;
    expect(wald.lower).toBeCloseTo(45 - 100 * 1.959963984540054 * Math.sqrt(0.005475), 9);
    expect(adjusted.lower).not.toBeCloseTo(wald.lower, 3);
    expect(adjusted.level).toBe(0.95);
    expect(adjusted.upper).toBeLessThanOrEqual(100);
  });
  it('excludes missing and off-scale scores', () => {
    const result = nps([{ score: 10 }, { score: 11 }, { score: -1 }, {}, { score: Number.NaN }] as { score?: number }[]);
    expect(result).toMatchObject({ value: 100, responses: 1, excluded: 4 });
  });
  it('returns null with zero counts for no responses', () => {
    expect(nps([])).toEqual({ value: null, promoters: 0, passives: 0, detractors: 0, responses: 0, excluded: 0, interval: null });
  });
  it('throws INVALID_OPTION for an unknown interval method', () => {
    expect(() => nps([], { interval: 'bootstrap' as 'wald' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['interval'] }));
  });
  it('throws INVALID_OPTION for a level outside (0, 1) or null, naming the value', () => {
    expect(() => nps([], { level: 95 })).toThrow('level must be strictly between 0 and 1; got 95');
    expect(() => nps([], { level: null as unknown as number })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['level'] }));
  });
  it('reads any row shape through the score accessor', () => {
    expect(runMetric(npsMetric({ score: (row: { ltr: number }) => row.ltr }), [{ ltr: 10 }, { ltr: 0 }]).value).toBe(0);
  });
});
