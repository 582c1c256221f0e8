import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionInput, defineScorecard, type Rating, type Scorecard, scoreReview } from '../../src/quality/index.js';

// Random scorecards: 1–7 criteria with random scales, weights, N/A policies and critical thresholds,
// weighted (optionally in weighted sections) or points (optionally with a bonus section).
const scaleArbitrary = fc.oneof(
  fc.constant('binary' as const),
  fc.integer({ min: 2, max: 10 }).map((points) => ({ points })),
  fc.uniqueArray(fc.integer({ min: -5, max: 20 }), { minLength: 2, maxLength: 5 }).map((options) => ({ options })),
);

const criterionArbitrary = fc.record({
  scale: scaleArbitrary,
  weight: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.01, max: 5, noNaN: true })),
  notApplicable: fc.constantFrom('exclude', 'zero', 'pass', 'not_allowed' as const),
  critical: fc.option(fc.record({ below: fc.double({ min: 0, max: 1, noNaN: true }), effect: fc.constantFrom('zero', 'fail' as const) }), { nil: undefined }),
  section: fc.constantFrom('a', 'b', 'c'),
});

const cardArbitrary = fc
  .record({
    criteria: fc.array(criterionArbitrary, { minLength: 1, maxLength: 7 }),
    method: fc.constantFrom('weighted', 'points' as const),
    sectioned: fc.boolean(),
    sectionWeights: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })),
    bonusC: fc.boolean(),
    passThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .filter(({ criteria, method, sectioned, sectionWeights, bonusC }) => {
    // Scorecards defineScorecard accepts: some criterion that counts weighs above 0.
    const sectionWeight = (section: string) => (method === 'weighted' && sectioned ? sectionWeights[section.charCodeAt(0) - 97] ?? 1 : 1);
    const counted = criteria.filter((criterion) => !(method === 'points' && sectioned && bonusC && criterion.section === 'c'));
    return counted.some((criterion) => criterion.weight > 0 && sectionWeight(criterion.section) > 0);
  })
  .map(({ criteria, method, sectioned, sectionWeights, bonusC, passThreshold }): Scorecard => {
    const ids = criteria.map((_, index) => `k${index}`);
    return defineScorecard({
      id: 'random',
      version: '1.0.0',
      method,
      passThreshold,
      ...(sectioned
        ? {
            sections:
              method === 'weighted'
                ? [
                    { id: 'a', weight: sectionWeights[0] },
                    { id: 'b', weight: sectionWeights[1] },
                    { id: 'c', weight: sectionWeights[2] },
                  ]
                : [{ id: 'a' }, { id: 'b' }, { id: 'c', bonus: bonusC }],
          }
        : {}),
      criteria: criteria.map(({ section, ...criterion }, index): CriterionInput => ({ ...criterion, id: ids[index] as string, ...(sectioned ? { section } : {}) })),
    });
  });

function allowedRatings(card: Scorecard['criteria'][number]): Rating[] {
  const scale = card.scale;
  const numbers = scale === 'binary' ? [0, 1] : 'points' in scale ? Array.from({ length: scale.points }, (_, index) => index + 1) : scale.options;
  return card.notApplicable === 'not_allowed' ? numbers : [...numbers, 'na'];
}

function maxRating(criterion: Scorecard['criteria'][number]): number {
  const scale = criterion.scale;
  return scale === 'binary' ? 1 : 'points' in scale ? scale.points : Math.max(...scale.options);
}

const cardWithRatings = cardArbitrary.chain((card) =>
  fc.tuple(fc.constant(card), fc.tuple(...card.criteria.map((criterion) => fc.constantFrom(...allowedRatings(criterion))))).map(([scorecard, values]) => ({
    card: scorecard,
    ratings: Object.fromEntries(scorecard.criteria.map((criterion, index) => [criterion.id, values[index] as Rating])),
  })),
);

describe('scoreReview properties', () => {
  it('keeps score and rawScore in [0, 1] (or null, never NaN), with applied weights summing to 1', () => {
    fc.assert(
      fc.property(cardWithRatings, ({ card, ratings }) => {
        const result = scoreReview(card, { ratings });
        for (const value of [result.score, result.rawScore]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
        if (result.rawScore === null) expect(result.outcome === 'incomplete' || result.outcome === 'auto_failed').toBe(true);
        const applied = result.criteria.reduce((sum, criterion) => sum + criterion.appliedWeight, 0);
        if (result.rawScore !== null && card.method === 'weighted') expect(applied).toBeCloseTo(1, 9);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of the criteria', () => {
    fc.assert(
      fc.property(
        cardWithRatings.chain(({ card, ratings }) =>
          fc.shuffledSubarray(card.criteria, { minLength: card.criteria.length }).map((criteria) => ({ card, ratings, shuffled: { ...card, criteria } })),
        ),
        ({ card, ratings, shuffled }) => {
          const original = scoreReview(card, { ratings });
          const permuted = scoreReview(shuffled, { ratings });
          expect(permuted.score).toBe(original.score);
          expect(permuted.rawScore).toBe(original.rawScore);
          expect(permuted.outcome).toBe(original.outcome);
          expect([...permuted.autoFailedBy].sort()).toEqual([...original.autoFailedBy].sort());
          const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(permuted.criteria)).toEqual(byId(original.criteria));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores a review rated all-max at exactly 1', () => {
    fc.assert(
      fc.property(cardArbitrary, (card) => {
        const ratings = Object.fromEntries(card.criteria.map((criterion) => [criterion.id, maxRating(criterion)]));
        const result = scoreReview(card, { ratings });
        expect(result.score).toBe(1);
        expect(result.rawScore).toBe(1);
        expect(result.outcome).toBe('passed');
      }),
      { numRuns: 300 },
    );
  });
});
