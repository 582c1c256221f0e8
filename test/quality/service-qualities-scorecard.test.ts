import { describe, expect, it } from 'vitest';
import { defineScorecard, scoreReview, SERVICE_QUALITIES_SCORECARD, type ScorecardInput } from '../../src/quality/index.js';

const allFives = {
  empathy: 5,
  patience: 5,
  communication: 5,
  responsiveness: 5,
  professionalism: 5,
  problem_solving: 5,
  product_knowledge: 5,
};

describe('SERVICE_QUALITIES_SCORECARD', () => {
  it('rates the seven qualities of good service', () => {
    expect(SERVICE_QUALITIES_SCORECARD.criteria.map((criterion) => criterion.id).sort()).toEqual(
      ['communication', 'empathy', 'patience', 'problem_solving', 'product_knowledge', 'professionalism', 'responsiveness'].sort(),
    );
  });

  it('is a valid, JSON-serialisable definition', () => {
    expect(defineScorecard(JSON.parse(JSON.stringify(SERVICE_QUALITIES_SCORECARD)) as ScorecardInput)).toEqual(SERVICE_QUALITIES_SCORECARD);
  });

  it('weighs resolution twice each other section: a 1 on problem solving costs the most', () => {
    // connection 1, communication 1, resolution (problem solving 0 × 2 + product knowledge 1) / 3 = 1/3:
    // (1 + 1 + 2 × 1/3) / 4 = 2/3.
    const result = scoreReview(SERVICE_QUALITIES_SCORECARD, { ratings: { ...allFives, problem_solving: 1 } });
    expect(result.score).toBeCloseTo(2 / 3, 15);
    expect(result.outcome).toBe('failed');
  });

  it('zeroes a review whose professionalism is rated 1 or 2', () => {
    const result = scoreReview(SERVICE_QUALITIES_SCORECARD, { ratings: { ...allFives, professionalism: 2 } });
    expect(result).toMatchObject({ score: 0, outcome: 'auto_failed', autoFailedBy: ['professionalism'] });
    expect(result.rawScore).toBeCloseTo(0.9375, 15);
  });

  it('does not allow N/A on communication or professionalism', () => {
    expect(() => scoreReview(SERVICE_QUALITIES_SCORECARD, { ratings: { ...allFives, communication: 'na' } })).toThrow(/does not allow 'na'/);
  });
});
