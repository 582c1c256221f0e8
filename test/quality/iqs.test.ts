import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { runMetric } from '../../src/kpis/metric.js';
import { wilsonInterval } from '../../src/stats/interval.js';
import { defineScorecard, type IqsReview, iqs, iqsMetric, sampleForReview } from '../../src/quality/index.js';

const card = defineScorecard({
  id: 'chat-qa',
  version: '2.3.0',
  criteria: [
    { id: 'tone', scale: { points: 5 } },
    { id: 'privacy', scale: 'binary', critical: { below: 1, effect: 'zero' } },
  ],
});

const review = (agentId: string, tone: number | 'na', privacy: number | 'na', extra: Partial<IqsReview> = {}): IqsReview => ({
  agentId,
  scorecardVersion: '2.0.0',
  ratings: { tone, privacy },
  ...extra,
});

function errorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isServiceKitError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a ServiceKitError');
}

describe('iqs', () => {
  it("reproduces Zendesk QA's IQS example: reviews of 100 %, 9.91 %, 63.96 %, 90.99 % and 0 % average 52.97 %", () => {
    // Zendesk QA, "Understanding Zendesk QA Reviews dashboard calculations"
    // (support.zendesk.com/hc/en-us/articles/7043701093786): IQS = Σ review scores / number of reviews.
    // One criterion on a 1–10001 scale reproduces each review score to the hundredth of a percent.
    const fine = defineScorecard({ id: 'fine', version: '1.0.0', criteria: [{ id: 'overall', scale: { points: 10_001 } }] });
    const reviews = [10_001, 992, 6_397, 9_100, 1].map((rating) => ({ agentId: 'a', scorecardVersion: '1.0.0', ratings: { overall: rating } }));
    expect(iqs(fine, reviews).value).toBeCloseTo(0.5297, 4);
  });

  it('averages review scores after critical zeroing, and criteria before it', () => {
    // Review 1: tone 5 → 1, privacy pass → 1. Review 2: tone 4 → 0.75, privacy fail → zeroed (raw 0.375).
    const result = iqs(card, [review('ana', 5, 1), review('ana', 4, 0)]);
    expect(result.value).toBe(0.5);
    expect(result.byCriterion).toEqual([
      { id: 'tone', value: 0.875, count: 2, notApplicable: 0 },
      { id: 'privacy', value: 0.5, count: 2, notApplicable: 0 },
    ]);
    expect(result.outcomes).toEqual({ passed: 1, failed: 0, autoFailed: 1, incomplete: 0 });
    expect(result.count).toBe(2);
    expect(result.agents).toBe(1);
  });

  it('gives the pass rate over decided reviews with its Wilson interval', () => {
    const reviews = [...Array.from({ length: 41 }, () => review('ana', 5, 1)), ...Array.from({ length: 9 }, () => review('ben', 1, 1))];
    const result = iqs(card, reviews);
    expect(result.passRate).toEqual({ value: 0.82, numerator: 41, denominator: 50, interval: wilsonInterval(41, 50) });
  });

  it('leaves incomplete reviews out of the score and pass rate but counts them and their ratings', () => {
    const result = iqs(card, [review('ana', 5, 1), review('ana', 'na', 'na'), { agentId: 'ana', scorecardVersion: '2.0.0', ratings: { tone: 1 } }]);
    expect(result.value).toBe(1);
    expect(result.passRate.denominator).toBe(1);
    expect(result.outcomes.incomplete).toBe(2);
    expect(result.byCriterion[0]).toEqual({ id: 'tone', value: 0.5, count: 2, notApplicable: 1 });
  });

  it("rollup 'agent' weighs agents equally, 'review' weighs reviews equally", () => {
    // ana: three perfect reviews; ben: one review with tone 1 → 0 and privacy pass → 1, scoring 0.5.
    // By review: (1 + 1 + 1 + 0.5) / 4 = 0.875; by agent: (1 + 0.5) / 2 = 0.75.
    const reviews = [review('ana', 5, 1), review('ana', 5, 1), review('ana', 5, 1), review('ben', 1, 1)];
    expect(iqs(card, reviews).value).toBe(3.5 / 4);
    expect(iqs(card, reviews, { rollup: 'agent' }).value).toBe(0.75);
    expect(iqs(card, reviews, { rollup: 'agent' }).byCriterion[0]?.value).toBe(0.5);
  });

  it('returns null values and a null interval for no reviews', () => {
    const result = iqs(card, []);
    expect(result).toMatchObject({ value: null, count: 0, agents: 0 });
    expect(result.passRate).toEqual({ value: null, numerator: 0, denominator: 0, interval: null });
    expect(result.byCriterion[0]).toEqual({ id: 'tone', value: null, count: 0, notApplicable: 0 });
  });

  it('groups with by, in key order, and the overall result over every group', () => {
    const reviews = [
      { ...review('ben', 1, 1), team: 'billing' },
      { ...review('ana', 5, 1), team: 'technical' },
      { ...review('cy', 5, 1), team: 'billing' },
    ];
    const result = iqs(card, reviews, { by: (row) => row.team });
    expect(result.groups.map((group) => [group.key, group.value, group.count])).toEqual([
      ['billing', 0.75, 2],
      ['technical', 1, 1],
    ]);
    expect(result.value).toBeCloseTo(2.5 / 3, 15);
    expect(result.count).toBe(3);
  });

  it('refuses to average reviews of another major scorecard version', () => {
    const reviews = [review('ana', 5, 1), review('ana', 5, 1, { scorecardVersion: '3.0.0' })];
    expect(errorOf(() => iqs(card, reviews))).toEqual({ code: 'INCOMPARABLE_INPUT', path: [1, 'scorecardVersion'] });
    // A minor or patch difference is comparable.
    expect(iqs(card, [review('ana', 5, 1, { scorecardVersion: '2.9.1' })]).value).toBe(1);
  });

  it('reports rating errors with the review index', () => {
    expect(errorOf(() => iqs(card, [review('ana', 5, 1), review('ana', 9, 1)]))).toEqual({ code: 'INVALID_SCORECARD', path: [1, 'ratings', 'tone'] });
  });

  it('rejects unknown options', () => {
    expect(errorOf(() => iqs(card, [], { rollup: 'team' as 'agent' }))).toEqual({ code: 'INVALID_OPTION', path: ['rollup'] });
    expect(errorOf(() => iqs(card, [], { weighting: 'design' as 'inverse-probability' }))).toEqual({ code: 'INVALID_OPTION', path: ['weighting'] });
  });
});

describe('iqs: inverse-probability weighting of a targeted sample', () => {
  // Horvitz and Thompson (1952), "A generalization of sampling without replacement from a finite
  // universe", JASA 47(260):663–685; the ratio (Hájek) form Σ wᵢyᵢ / Σ wᵢ with wᵢ = 1/πᵢ. For a sample
  // stratified into targeted and untargeted work it equals the stratified mean Σ N_h ȳ_h / N (Lohr,
  // Sampling: Design and Analysis, ch. 3).
  //
  // One agent handled 100 chats; the 10 with low CSAT score 0.5 on review, the other 90 score 0.9.
  // True IQS = (10 × 0.5 + 90 × 0.9) / 100 = 0.86; true pass rate (threshold 0.8) = 0.9.
  const scorecard = defineScorecard({ id: 'qa', version: '1.0.0', criteria: [{ id: 'overall', scale: { points: 11 } }] });
  const chats = Array.from({ length: 100 }, (_, index) => ({ id: `chat-${String(index).padStart(3, '0')}`, agentId: 'ana', lowCsat: index % 10 === 0 }));
  const picks = sampleForReview(chats, { strategy: 'targeted', perAgent: 10, seed: 2025, target: { where: (chat) => chat.lowCsat, share: 0.5 } });
  const reviews = picks.map((pick) => ({
    agentId: pick.agentId,
    scorecardVersion: '1.0.0',
    ratings: { overall: pick.interaction.lowCsat ? 6 : 10 },
    inclusionProbability: pick.inclusionProbability,
  }));

  it('samples 5 targeted chats at π = 1/2 and 5 others at π = 5/90', () => {
    expect(picks.filter((pick) => pick.stratum === 'targeted').map((pick) => pick.inclusionProbability)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(picks.filter((pick) => pick.stratum === 'untargeted').map((pick) => pick.inclusionProbability)).toEqual([5 / 90, 5 / 90, 5 / 90, 5 / 90, 5 / 90]);
  });

  it('is biased low unweighted (0.7) and recovers the population IQS (0.86) weighted', () => {
    expect(iqs(scorecard, reviews).value).toBeCloseTo(0.7, 12);
    expect(iqs(scorecard, reviews, { weighting: 'inverse-probability' }).value).toBeCloseTo(0.86, 12);
  });

  it('weights the pass rate too, with a Wilson interval at the effective sample size', () => {
    const unweighted = iqs(scorecard, reviews).passRate;
    const weighted = iqs(scorecard, reviews, { weighting: 'inverse-probability' }).passRate;
    expect(unweighted.value).toBe(0.5);
    expect(weighted.value).toBeCloseTo(0.9, 12);
    expect(weighted.denominator).toBeCloseTo(100, 12);
    // Kish: n* = (Σw)² / Σw² = 100² / (5 × 2² + 5 × 18²) = 10000 / 1640.
    const effective = 10_000 / 1_640;
    const expected = wilsonInterval(0.9 * effective, effective);
    expect(weighted.interval?.lower).toBeCloseTo(expected?.lower ?? Number.NaN, 10);
    expect(weighted.interval?.upper).toBeCloseTo(expected?.upper ?? Number.NaN, 10);
  });

  it('needs every review to carry its inclusion probability', () => {
    const missing = [...reviews, { agentId: 'ana', scorecardVersion: '1.0.0', ratings: { overall: 10 } }];
    expect(errorOf(() => iqs(scorecard, missing, { weighting: 'inverse-probability' }))).toEqual({
      code: 'INVALID_INPUT',
      path: [10, 'inclusionProbability'],
    });
  });
});

describe('iqsMetric', () => {
  it('gives what iqs gives, and reads reviews from other rows through the review accessor', () => {
    const reviews = [review('ana', 5, 1), review('ben', 2, 0), review('ana', 'na', 1)];
    expect(runMetric(iqsMetric(card), reviews)).toEqual(iqs(card, reviews));
    const rows = [{ qa: reviews[0] }, { qa: undefined }, { qa: reviews[1] }, { qa: reviews[2] }];
    expect(runMetric(iqsMetric(card, { review: (row: { qa?: IqsReview }) => row.qa }), rows)).toEqual(iqs(card, reviews));
  });

  it('refuses a review of another major version when it is added', () => {
    const metric = iqsMetric(card);
    expect(errorOf(() => metric.add(metric.init(), review('ana', 5, 1, { scorecardVersion: '1.9.0' })))).toEqual({
      code: 'INCOMPARABLE_INPUT',
      path: ['scorecardVersion'],
    });
  });
});

describe('iqs and iqsMetric: bad input', () => {
  function thrown(run: () => unknown) {
    try {
      run();
    } catch (error) {
      if (isServiceKitError(error)) return [error.code, error.path, error.message];
      throw error;
    }
    throw new Error('expected a ServiceKitError');
  }

  it('throws INVALID_INPUT for reviews that are not iterable and for a review that is not an object', () => {
    expect(thrown(() => iqs(card, null as never))).toEqual(['INVALID_INPUT', [], 'rows must be an array (or iterable) of reviews; got null']);
    expect(thrown(() => iqs(card, [review('ana', 5, 1), null as never]))).toEqual(['INVALID_INPUT', [1], 'row 1 must be an object; got null']);
  });

  it('throws INVALID_OPTION for options that are not an object, a by or a review accessor that is not a function', () => {
    expect(thrown(() => iqs(card, [], null as never))).toEqual(['INVALID_OPTION', [], 'options must be an object; got null']);
    expect(thrown(() => iqs(card, [], { by: 'agentId' as never }))).toEqual(['INVALID_OPTION', ['by'], 'by must be a function; got "agentId"']);
    expect(thrown(() => iqsMetric(card, { review: 'qa' as never }))).toEqual(['INVALID_OPTION', ['review'], 'review must be a function; got "qa"']);
  });

  it('refuses a scorecard that defineScorecard would refuse, at the path scorecard', () => {
    for (const run of [() => iqs({} as never, []), () => iqsMetric({} as never), () => iqs(null as never, [])]) {
      const [code, path, message] = thrown(run);
      expect([code, (path as string[])[0]]).toEqual(['INVALID_SCORECARD', 'scorecard']);
      expect(message).toMatch(/^invalid scorecard: /);
    }
  });

  it('refuses an inclusion probability below 1e-100 when weighting, where Σw² would overflow', () => {
    const tiny = [review('ana', 5, 1, { inclusionProbability: 0.5 }), review('ana', 5, 1, { inclusionProbability: 1e-200 })];
    expect(thrown(() => iqs(card, tiny, { weighting: 'inverse-probability' }))).toEqual([
      'INVALID_INPUT',
      [1, 'inclusionProbability'],
      'inclusionProbability 1e-200 is not from 1e-100 to 1',
    ]);
    // at the bound, Kish's effective sample size is finite: one review outweighs the other
    const bound = iqs(card, [review('ana', 5, 1, { inclusionProbability: 1e-100 }), review('ben', 1, 0, { inclusionProbability: 1 })], { weighting: 'inverse-probability' });
    expect(bound.passRate.value).toBe(1);
    expect(Number.isFinite(bound.passRate.interval?.lower)).toBe(true);
  });

  it('gives a metric error the path inside the review (a metric is not told the row index)', () => {
    const metric = iqsMetric(card);
    expect(thrown(() => metric.add(metric.init(), review('ana', 9, 1)))).toEqual(['INVALID_SCORECARD', ['ratings', 'tone'], expect.stringContaining('rating 9 for "tone" is off its scale')]);
  });
});
