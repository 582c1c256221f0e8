import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { defineScorecard, type NotApplicablePolicy, type Rating, scoreReview, type Scorecard } from '../../src/quality/index.js';

// Zendesk QA, "Understanding Zendesk QA Reviews dashboard calculations"
// (support.zendesk.com/hc/en-us/articles/7043701093786): category score = (rating − scale minimum) /
// (scale maximum − scale minimum); review score = Σ score × weight / Σ weight over rated categories;
// a critical category rated below 50 % sets the review score to zero. We keep the same arithmetic
// and state the rules those pages leave implicit.

function errorPath(run: () => unknown, code = 'INVALID_SCORECARD' as const): readonly (string | number)[] {
  try {
    run();
  } catch (error) {
    if (isServiceKitError(error, code)) return error.path;
    throw error;
  }
  throw new Error(`expected ${code}`);
}

function cardWithGreeting(policy: NotApplicablePolicy): Scorecard {
  return defineScorecard({
    id: 'chat-qa',
    version: '1.0.0',
    criteria: [
      { id: 'tone', scale: { points: 5 } },
      { id: 'solution', scale: { points: 5 }, weight: 2 },
      { id: 'greeting', scale: 'binary', notApplicable: policy },
    ],
  });
}

const withNa: Record<string, Rating> = { tone: 4, solution: 5, greeting: 'na' };

describe('scoreReview: one N/A under each policy', () => {
  // tone 4/5 → 0.75 (weight 1), solution 5/5 → 1 (weight 2), greeting N/A (weight 1).
  it('exclude drops the criterion and re-normalises: (0.75 + 2) / 3 = 0.9167, a pass', () => {
    const result = scoreReview(cardWithGreeting('exclude'), { ratings: withNa });
    expect(result.score).toBeCloseTo(2.75 / 3, 12);
    expect(result.outcome).toBe('passed');
    expect(result.criteria[2]).toEqual({ id: 'greeting', score: null, appliedWeight: 0, notApplicable: true });
    expect(result.criteria.map((criterion) => criterion.appliedWeight)).toEqual([1 / 3, 2 / 3, 0]);
  });

  it('zero counts it as 0: (0.75 + 2 + 0) / 4 = 0.6875, a fail', () => {
    const result = scoreReview(cardWithGreeting('zero'), { ratings: withNa });
    expect(result.score).toBe(0.6875);
    expect(result.outcome).toBe('failed');
    expect(result.criteria[2]).toEqual({ id: 'greeting', score: 0, appliedWeight: 0.25, notApplicable: true });
  });

  it('pass counts it as 1: (0.75 + 2 + 1) / 4 = 0.9375', () => {
    const result = scoreReview(cardWithGreeting('pass'), { ratings: withNa });
    expect(result.score).toBe(0.9375);
    expect(result.criteria[2]).toEqual({ id: 'greeting', score: 1, appliedWeight: 0.25, notApplicable: true });
  });

  it('not_allowed rejects the N/A with the path of the rating', () => {
    expect(errorPath(() => scoreReview(cardWithGreeting('not_allowed'), { ratings: withNa }))).toEqual(['ratings', 'greeting']);
  });
});

describe('scoreReview: critical failures', () => {
  const card = defineScorecard({
    id: 'chat-qa',
    version: '1.0.0',
    criteria: [
      { id: 'tone', scale: { points: 5 } },
      { id: 'privacy', scale: { points: 5 }, critical: { below: 0.5, effect: 'zero' } },
      { id: 'policy', scale: 'binary', critical: { below: 1, effect: 'fail' } },
    ],
  });

  it('zeroes the score on a critical rating below 50 % while rawScore keeps it (Zendesk QA rule)', () => {
    // tone 5 → 1, privacy 2 → 0.25 (below 0.5), policy 1 → 1: raw (1 + 0.25 + 1) / 3 = 0.75.
    const result = scoreReview(card, { ratings: { tone: 5, privacy: 2, policy: 1 } });
    expect(result).toMatchObject({ score: 0, rawScore: 0.75, outcome: 'auto_failed', autoFailedBy: ['privacy'] });
    expect(result.criteria[1]?.score).toBe(0.25);
  });

  it('does not fire at exactly the threshold (3 on 1–5 is 0.5, not below 0.5)', () => {
    const result = scoreReview(card, { ratings: { tone: 5, privacy: 3, policy: 1 } });
    expect(result.outcome).toBe('passed');
    expect(result.autoFailedBy).toEqual([]);
  });

  it("effect 'fail' keeps the score but fails the review", () => {
    const result = scoreReview(card, { ratings: { tone: 5, privacy: 5, policy: 0 } });
    expect(result).toMatchObject({ score: 2 / 3, rawScore: 2 / 3, outcome: 'auto_failed', autoFailedBy: ['policy'] });
  });

  it('lists every critical failure in scorecard order', () => {
    expect(scoreReview(card, { ratings: { tone: 5, privacy: 1, policy: 0 } }).autoFailedBy).toEqual(['privacy', 'policy']);
  });

  it('an N/A on a critical criterion is not a failure', () => {
    const result = scoreReview(card, { ratings: { tone: 5, privacy: 'na', policy: 1 } });
    expect(result).toMatchObject({ score: 1, outcome: 'passed', autoFailedBy: [] });
  });
});

describe('scoreReview: points versus section weights', () => {
  // The same ratings on the same criteria, scored two ways (the choice MaestroQA and Playvox offer as
  // "points-based" versus "weighted sections" scorecards): greeting and empathy pass, the solution fails.
  const ratings = { greeting: 1, empathy: 1, solution: 0 };

  it('points: earned over possible, 10 of 20 points = 0.5', () => {
    const card = defineScorecard({
      id: 'points',
      version: '1.0.0',
      method: 'points',
      criteria: [
        { id: 'greeting', scale: 'binary', weight: 5 },
        { id: 'empathy', scale: 'binary', weight: 5 },
        { id: 'solution', scale: 'binary', weight: 10 },
      ],
    });
    const result = scoreReview(card, { ratings });
    expect(result.score).toBe(0.5);
    expect(result.criteria.map((criterion) => criterion.appliedWeight)).toEqual([0.25, 0.25, 0.5]);
  });

  it('section weights: soft skills 30 %, resolution 70 % gives 0.3', () => {
    const card = defineScorecard({
      id: 'sections',
      version: '1.0.0',
      sections: [
        { id: 'soft', weight: 30 },
        { id: 'resolution', weight: 70 },
      ],
      criteria: [
        { id: 'greeting', section: 'soft', scale: 'binary' },
        { id: 'empathy', section: 'soft', scale: 'binary' },
        { id: 'solution', section: 'resolution', scale: 'binary' },
      ],
    });
    const result = scoreReview(card, { ratings });
    expect(result.score).toBeCloseTo(0.3, 15);
    expect(result.criteria.map((criterion) => criterion.appliedWeight)).toEqual([0.15, 0.15, 0.7]);
  });

  it('re-normalises section weights when a whole section is N/A', () => {
    const card = defineScorecard({
      id: 'sections',
      version: '1.0.0',
      sections: [
        { id: 'soft', weight: 30 },
        { id: 'resolution', weight: 70 },
      ],
      criteria: [
        { id: 'greeting', section: 'soft', scale: 'binary' },
        { id: 'solution', section: 'resolution', scale: 'binary' },
      ],
    });
    expect(scoreReview(card, { ratings: { greeting: 1, solution: 'na' } })).toMatchObject({ score: 1, outcome: 'passed' });
  });

  it('bonus sections add earned points but no possible points, capped at 1', () => {
    const card = defineScorecard({
      id: 'bonus',
      version: '1.0.0',
      method: 'points',
      sections: [{ id: 'core' }, { id: 'extra', bonus: true }],
      criteria: [
        { id: 'greeting', section: 'core', scale: 'binary', weight: 5 },
        { id: 'empathy', section: 'core', scale: 'binary', weight: 5 },
        { id: 'solution', section: 'core', scale: 'binary', weight: 10 },
        { id: 'wow', section: 'extra', scale: 'binary', weight: 5 },
      ],
    });
    expect(scoreReview(card, { ratings: { ...ratings, wow: 1 } }).score).toBe(0.75);
    expect(scoreReview(card, { ratings: { greeting: 1, empathy: 1, solution: 1, wow: 1 } }).score).toBe(1);
  });

  it('points per option: [0, 5, 10] rated 5 earns half its points', () => {
    const card = defineScorecard({
      id: 'options',
      version: '1.0.0',
      method: 'points',
      criteria: [{ id: 'accuracy', scale: { options: [0, 5, 10] }, weight: 10 }],
    });
    expect(scoreReview(card, { ratings: { accuracy: 5 } }).score).toBe(0.5);
  });
});

describe('scoreReview: incomplete reviews and bad ratings', () => {
  const card = cardWithGreeting('exclude');

  it('returns null, not NaN, when every criterion is N/A', () => {
    const result = scoreReview(card, { ratings: { tone: 'na', solution: 'na', greeting: 'na' } });
    expect(result).toMatchObject({ score: null, rawScore: null, outcome: 'incomplete' });
  });

  it('marks a review with an unrated criterion incomplete and scores what was rated', () => {
    const result = scoreReview(card, { ratings: { tone: 5, solution: 5 } });
    expect(result).toMatchObject({ score: 1, outcome: 'incomplete' });
    expect(result.criteria[2]).toEqual({ id: 'greeting', score: null, appliedWeight: 0, notApplicable: false });
  });

  it('passes at exactly the threshold', () => {
    const strict = defineScorecard({ id: 'x', version: '1.0.0', passThreshold: 0.75, criteria: [{ id: 'tone', scale: { points: 5 } }] });
    expect(scoreReview(strict, { ratings: { tone: 4 } }).outcome).toBe('passed');
    expect(scoreReview(strict, { ratings: { tone: 3 } }).outcome).toBe('failed');
  });

  it('rejects a rating for an unknown criterion with its path', () => {
    expect(errorPath(() => scoreReview(card, { ratings: { ...withNa, speed: 3 } }))).toEqual(['ratings', 'speed']);
  });

  it('rejects ratings outside the scale with their path', () => {
    expect(errorPath(() => scoreReview(card, { ratings: { tone: 6, solution: 5, greeting: 1 } }))).toEqual(['ratings', 'tone']);
    expect(errorPath(() => scoreReview(card, { ratings: { tone: 0, solution: 5, greeting: 1 } }))).toEqual(['ratings', 'tone']);
    expect(errorPath(() => scoreReview(card, { ratings: { tone: 2.5, solution: 5, greeting: 1 } }))).toEqual(['ratings', 'tone']);
    expect(errorPath(() => scoreReview(card, { ratings: { tone: 4, solution: 5, greeting: 2 } }))).toEqual(['ratings', 'greeting']);
  });

  it('rejects a rating that is not a listed option', () => {
    const options = defineScorecard({ id: 'o', version: '1.0.0', criteria: [{ id: 'accuracy', scale: { options: [0, 5, 10] } }] });
    expect(errorPath(() => scoreReview(options, { ratings: { accuracy: 7 } }))).toEqual(['ratings', 'accuracy']);
  });
});

describe('scoreReview: a scorecard not made by defineScorecard', () => {
  it('refuses one defineScorecard would refuse with INVALID_SCORECARD under the path scorecard, and no review', () => {
    expect(errorPath(() => scoreReview({} as Scorecard, { ratings: {} }))).toEqual(['scorecard', 'id']);
    expect(() => scoreReview(null as never, { ratings: {} })).toThrow(expect.objectContaining({ code: 'INVALID_SCORECARD', path: ['scorecard'] }));
    expect(() => scoreReview(cardWithGreeting('exclude'), null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_SCORECARD', path: ['ratings'], message: 'ratings must be an object of criterion id → rating' }),
    );
  });

  it('scores with a valid plain object, as another copy of the library makes them, as defineScorecard does', () => {
    const plain = JSON.parse(JSON.stringify(cardWithGreeting('exclude'))) as Scorecard;
    expect(scoreReview(plain, { ratings: withNa })).toEqual(scoreReview(cardWithGreeting('exclude'), { ratings: withNa }));
    const sparse = { id: 'qa', version: '1.0.0', criteria: [{ id: 'tone', scale: { points: 5 } }] } as Scorecard; // defaults left out
    expect(scoreReview(sparse, { ratings: { tone: 4 } })).toMatchObject({ score: 0.75, outcome: 'failed' });
  });
});
