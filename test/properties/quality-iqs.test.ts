import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMetric } from '../../src/kpis/metric.js';
import { defineScorecard, type IqsOptions, type IqsReview, iqs, iqsMetric } from '../../src/quality/index.js';

const card = defineScorecard({
  id: 'qa',
  version: '1.0.0',
  passThreshold: 0.7,
  sections: [
    { id: 'soft', weight: 1 },
    { id: 'resolution', weight: 2 },
  ],
  criteria: [
    { id: 'tone', section: 'soft', scale: { points: 5 }, weight: 0.3 },
    { id: 'empathy', section: 'soft', scale: { points: 4 }, notApplicable: 'zero' },
    { id: 'solution', section: 'resolution', scale: 'binary', critical: { below: 1, effect: 'zero' } },
    { id: 'accuracy', section: 'resolution', scale: { options: [0, 3, 10] }, weight: 1.7, critical: { below: 0.2, effect: 'fail' } },
  ],
});

const reviewArbitrary: fc.Arbitrary<IqsReview> = fc.record({
  agentId: fc.constantFrom('ana', 'ben', 'cy', 'dee'),
  scorecardVersion: fc.constantFrom('1.0.0', '1.4.2'),
  ratings: fc.record(
    {
      tone: fc.constantFrom(1, 2, 3, 4, 5, 'na' as const),
      empathy: fc.constantFrom(1, 2, 3, 4, 'na' as const),
      solution: fc.constantFrom(0, 1, 'na' as const),
      accuracy: fc.constantFrom(0, 3, 10, 'na' as const),
    },
    { requiredKeys: ['tone', 'solution'] },
  ),
  inclusionProbability: fc.constantFrom(1, 0.5, 0.25, 1 / 3, 0.1, 7 / 90),
});

const optionsArbitrary: fc.Arbitrary<IqsOptions> = fc.record({
  rollup: fc.constantFrom('review', 'agent' as const),
  weighting: fc.constantFrom(undefined, 'inverse-probability' as const),
});

describe('iqsMetric properties', () => {
  it('merge equals one pass: any split into shards, merged in any order, gives exactly the one-pass result', () => {
    fc.assert(
      fc.property(
        fc.array(reviewArbitrary, { maxLength: 40 }),
        optionsArbitrary,
        fc.array(fc.nat(3), { minLength: 40, maxLength: 40 }),
        (reviews, options, shardOf) => {
          const metric = iqsMetric(card, options);
          const shards = [metric.init(), metric.init(), metric.init(), metric.init()];
          reviews.forEach((review, index) => metric.add(shards[shardOf[index] ?? 0] as ReturnType<typeof metric.init>, review));
          const merged = metric.init();
          for (const shard of [...shards].reverse()) metric.merge(merged, shard);
          expect(metric.finish(merged)).toEqual(runMetric(metric, reviews));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the reviews', () => {
    fc.assert(
      fc.property(
        fc.array(reviewArbitrary, { maxLength: 30 }).chain((reviews) => fc.tuple(fc.constant(reviews), fc.shuffledSubarray(reviews, { minLength: reviews.length }))),
        optionsArbitrary,
        ([reviews, shuffled], options) => {
          expect(iqs(card, shuffled, options)).toEqual(iqs(card, reviews, options));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the IQS, the pass rate and every criterion average in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(reviewArbitrary, { maxLength: 30 }), optionsArbitrary, (reviews, options) => {
        const result = iqs(card, reviews, options);
        const values = [result.value, result.passRate.value, ...result.byCriterion.map((criterion) => criterion.value)];
        for (const value of values) if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        expect(result.outcomes.passed + result.outcomes.failed + result.outcomes.autoFailed + result.outcomes.incomplete).toBe(reviews.length);
      }),
      { numRuns: 200 },
    );
  });
});
