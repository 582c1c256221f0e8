import { describe, expect, it } from 'vitest';
import { csat, csatMean, csatMeanMetric, csatMetric, runMetric } from '../../src/kpis/index.js';

const respondedAt = new Date('2025-01-06T10:00:00Z');
const responses = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([score, count]) => Array.from({ length: count }, () => ({ score: Number(score), respondedAt })));

describe('csat', () => {
  it('is the share of 4s and 5s among answered surveys', () => {
    // definition: American Customer Satisfaction Index / Qualtrics, "What is CSAT and how do you
    // measure it?": CSAT = (number of 4 and 5 responses) / (number of responses); here 41 of 50 → 82 %
    const result = csat(responses({ 5: 30, 4: 11, 3: 5, 2: 3, 1: 1 }));
    expect(result.value).toBe(0.82);
    expect(result.numerator).toBe(41);
    expect(result.denominator).toBe(50);
    expect(result.excluded).toBe(0);
    expect(result.interval?.lower).toBeLessThan(0.82);
    expect(result.interval?.upper).toBeGreaterThan(0.82);
  });
  it('moves the top box with satisfiedFrom and the scale', () => {
    expect(csat(responses({ 5: 1, 4: 1, 3: 2 }), { satisfiedFrom: 5 }).value).toBe(0.25);
    expect(csat(responses({ 10: 1, 8: 1, 7: 2 }), { scale: [1, 10], satisfiedFrom: 8 }).value).toBe(0.5);
  });
  it('counts missing and off-scale scores as excluded, not as answers', () => {
    const result = csat([{ score: 5 }, { score: 9 }, { score: Number.NaN }, {}, { score: null }] as { score?: number | null }[]);
    expect(result).toMatchObject({ value: 1, numerator: 1, denominator: 1, excluded: 4 });
  });
  it('gives the response rate when the number of surveys sent is known', () => {
    const result = csat(responses({ 5: 3, 2: 1 }), { surveysSent: 20 });
    expect(result.responseRate?.value).toBe(0.2);
    expect(result.responseRate?.denominator).toBe(20);
    expect(csat(responses({ 5: 1 })).responseRate).toBeNull();
  });
  it('returns null with zero counts for no responses', () => {
    expect(csat([])).toEqual({ value: null, numerator: 0, denominator: 0, interval: null, excluded: 0, responseRate: null });
  });
  it('throws INVALID_OPTION for a threshold outside the scale, a bad scale or bad surveysSent', () => {
    expect(() => csat([], { satisfiedFrom: 6 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['satisfiedFrom'] }));
    expect(() => csat([], { scale: [5, 1] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['scale'] }));
    expect(() => csat([], { surveysSent: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['surveysSent'] }));
    expect(() => csat(responses({ 5: 3 }), { surveysSent: 2 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['surveysSent'] }));
    expect(() => csat([], { level: 2 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['level'] }));
  });
  it('reads any row shape through the score accessor', () => {
    const metric = csatMetric({ score: (row: { csatScore?: number }) => row.csatScore });
    expect(runMetric(metric, [{ csatScore: 5 }, { csatScore: 1 }, {}]).value).toBe(0.5);
  });
});

describe('csatMean', () => {
  it('is the mean answered score', () => {
    expect(csatMean(responses({ 5: 2, 4: 1, 1: 1 }))).toEqual({ value: 3.75, count: 4, excluded: 0 });
  });
  it('excludes scores off the scale and returns null for none', () => {
    expect(csatMean([{ score: 7 }, {}] as { score?: number }[])).toEqual({ value: null, count: 0, excluded: 2 });
    expect(runMetric(csatMeanMetric({ scale: [1, 10] }), [{ score: 7 }]).value).toBe(7);
  });
  it('throws INVALID_OPTION at scale for a scale too wide to sum, or one without room for the default threshold', () => {
    expect(() => csatMean([{ score: 1e308 }, { score: 1e308 }], { scale: [-1e308, 1e308] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['scale'], message: 'scale must be [lowest, highest] with lowest below highest, within ±2^53; got [-1e+308,1e+308]' }),
    );
    expect(() => csat([], { scale: [0, 3] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['scale'], message: 'scale 0–3 does not hold the default satisfiedFrom 4: give satisfiedFrom' }),
    );
    expect(csat([{ score: 3 }], { scale: [0, 3], satisfiedFrom: 3 }).value).toBe(1);
  });
  it('throws INVALID_OPTION at score for a score accessor that is not a function', () => {
    expect(() => csat([{ score: 5 }], { score: 5 as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['score'], message: 'score must be a function; got 5' }));
  });
});
