import { describe, expect, it } from 'vitest';
import { ReviewSchema } from '../../src/quality/index.js';

const valid = {
  interactionId: 'int-00001',
  agentId: 'technical-3',
  reviewerId: 'lead-1',
  scorecardVersion: '1.0.0',
  reviewedAt: '2025-09-08T10:00:00Z',
  ratings: { empathy: 4, product_knowledge: 'na' },
};

describe('ReviewSchema', () => {
  it('parses a review, coercing reviewedAt to a Date', () => {
    const review = ReviewSchema.parse(valid);
    expect(review.reviewedAt).toEqual(new Date('2025-09-08T10:00:00Z'));
    expect(review.ratings).toEqual({ empathy: 4, product_knowledge: 'na' });
  });

  it('accepts an inclusion probability in (0, 1]', () => {
    expect(ReviewSchema.parse({ ...valid, inclusionProbability: 1 }).inclusionProbability).toBe(1);
    expect(ReviewSchema.safeParse({ ...valid, inclusionProbability: 0 }).error?.issues[0]?.path).toEqual(['inclusionProbability']);
    expect(ReviewSchema.safeParse({ ...valid, inclusionProbability: 1.2 }).error?.issues[0]?.path).toEqual(['inclusionProbability']);
  });

  it('rejects ratings that are neither numbers nor na, and versions that are not semantic, with paths', () => {
    expect(ReviewSchema.safeParse({ ...valid, ratings: { empathy: 'n/a' } }).error?.issues[0]?.path).toEqual(['ratings', 'empathy']);
    expect(ReviewSchema.safeParse({ ...valid, scorecardVersion: '1' }).error?.issues[0]?.path).toEqual(['scorecardVersion']);
    expect(ReviewSchema.safeParse({ ...valid, agentId: '' }).error?.issues[0]?.path).toEqual(['agentId']);
  });
});
