import { describe, expect, it } from 'vitest';
import { CesResponseSchema, CsatResponseSchema, NpsResponseSchema, surveyResponseSchema } from '../../src/models/index.js';
import { ServiceKitError } from '../../src/errors/index.js';

const respondedAt = '2025-01-06T10:00:00Z';

describe('survey response schemas', () => {
  it('accept the ends of their scales', () => {
    expect(CsatResponseSchema.parse({ score: 1, respondedAt }).score).toBe(1);
    expect(CsatResponseSchema.parse({ score: 5, respondedAt }).score).toBe(5);
    expect(NpsResponseSchema.parse({ score: 0, respondedAt }).score).toBe(0);
    expect(NpsResponseSchema.parse({ score: 10, respondedAt }).score).toBe(10);
    expect(CesResponseSchema.parse({ score: 7, respondedAt }).score).toBe(7);
  });

  it.each([
    ['a CSAT of 0', CsatResponseSchema, 0, 'score is below the scale 1–5'],
    ['a CSAT of 6', CsatResponseSchema, 6, 'score is above the scale 1–5'],
    ['an NPS of 11', NpsResponseSchema, 11, 'score is above the scale 0–10'],
    ['an NPS of 8.5', NpsResponseSchema, 8.5, 'score must be a whole number'],
    ['a CES of 8', CesResponseSchema, 8, 'score is above the scale 1–7'],
    ['a score given as text', CsatResponseSchema, '4', 'number'],
  ] as const)('reject %s at path score', (_kind, schema, score, words) => {
    const result = schema.safeParse({ score, respondedAt });
    expect(result.error?.issues[0]?.path).toEqual(['score']);
    expect(result.error?.issues[0]?.message).toContain(words);
  });

  it('reject a missing respondedAt', () => {
    expect(CsatResponseSchema.safeParse({ score: 4 }).error?.issues[0]?.path).toEqual(['respondedAt']);
  });

  it('surveyResponseSchema throws INVALID_OPTION for a reversed scale', () => {
    expect(() => surveyResponseSchema([5, 1])).toThrow(ServiceKitError);
    expect(() => surveyResponseSchema([5, 1])).toThrow('lowest first');
  });
});
