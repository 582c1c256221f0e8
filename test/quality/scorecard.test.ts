import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { defineScorecard, ScorecardSchema, type ScorecardInput } from '../../src/quality/index.js';

const base: ScorecardInput = {
  id: 'qa',
  version: '1.0.0',
  criteria: [
    { id: 'tone', scale: { points: 5 } },
    { id: 'solution', scale: { points: 5 }, weight: 2 },
  ],
};

function pathOf(definition: ScorecardInput): readonly (string | number)[] {
  try {
    defineScorecard(definition);
  } catch (error) {
    if (isServiceKitError(error, 'INVALID_SCORECARD')) return error.path;
    throw error;
  }
  throw new Error('expected INVALID_SCORECARD');
}

describe('defineScorecard', () => {
  it('fills in the defaults: weighted, pass at 0.8, weight 1, N/A excluded', () => {
    const card = defineScorecard(base);
    expect(card.method).toBe('weighted');
    expect(card.passThreshold).toBe(0.8);
    expect(card.criteria[0]).toMatchObject({ id: 'tone', weight: 1, notApplicable: 'exclude' });
  });

  it('accepts binary, points and points-per-option scales, sections and a critical criterion', () => {
    const card = defineScorecard({
      id: 'qa',
      version: '2.1.0-beta.1',
      sections: [
        { id: 'soft', weight: 30 },
        { id: 'resolution', weight: 70 },
      ],
      criteria: [
        { id: 'greeting', section: 'soft', scale: 'binary' },
        { id: 'tone', section: 'soft', scale: { options: [0, 5, 10] } },
        { id: 'solution', section: 'resolution', scale: { points: 4 }, critical: { below: 0.5, effect: 'fail' } },
      ],
    });
    expect(card.sections?.map((section) => section.bonus)).toEqual([false, false]);
    expect(card.criteria[2]?.critical).toEqual({ below: 0.5, effect: 'fail' });
  });

  it('rejects a version that is not semantic', () => {
    expect(pathOf({ ...base, version: '1.0' })).toEqual(['version']);
  });

  it('rejects a negative weight with its path', () => {
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: 'binary', weight: -1 }] })).toEqual(['criteria', 0, 'weight']);
  });

  it('rejects weights that are all zero', () => {
    expect(pathOf({ ...base, criteria: [{ id: 'a', scale: 'binary', weight: 0 }, { id: 'b', scale: 'binary', weight: 0 }] })).toEqual(['criteria']);
  });

  it('rejects duplicate criterion ids at the second one', () => {
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: 'binary' }, { id: 'tone', scale: { points: 3 } }] })).toEqual(['criteria', 1, 'id']);
  });

  it('rejects a critical threshold outside 0–1', () => {
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: 'binary', critical: { below: 1.5, effect: 'zero' } }] })).toEqual([
      'criteria',
      0,
      'critical',
      'below',
    ]);
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: 'binary', critical: { below: -0.1, effect: 'zero' } }] })).toEqual([
      'criteria',
      0,
      'critical',
      'below',
    ]);
  });

  it('rejects a pass threshold outside 0–1', () => {
    expect(pathOf({ ...base, passThreshold: 80 })).toEqual(['passThreshold']);
  });

  it('rejects scales with fewer than 2 points or repeated options', () => {
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: { points: 1 } }] })).toEqual(['criteria', 0, 'scale', 'points']);
    expect(pathOf({ ...base, criteria: [{ id: 'tone', scale: { options: [0, 5, 5] } }] })).toEqual(['criteria', 0, 'scale', 'options']);
  });

  it('rejects a criterion naming an undeclared section, or missing one, when sections are declared', () => {
    const sections = [{ id: 'soft' }];
    expect(pathOf({ ...base, sections, criteria: [{ id: 'tone', section: 'hard', scale: 'binary' }] })).toEqual(['criteria', 0, 'section']);
    expect(pathOf({ ...base, sections, criteria: [{ id: 'tone', scale: 'binary' }] })).toEqual(['criteria', 0, 'section']);
  });

  it('rejects a weighted scorecard whose weighted criteria are all in sections weighing 0', () => {
    expect(
      pathOf({
        ...base,
        sections: [
          { id: 'soft', weight: 1 },
          { id: 'hard', weight: 0 },
        ],
        criteria: [
          { id: 'tone', section: 'soft', scale: 'binary', weight: 0 },
          { id: 'fix', section: 'hard', scale: 'binary' },
        ],
      }),
    ).toEqual(['sections']);
  });

  it('rejects section weights with the points method and bonus sections with the weighted method', () => {
    const criteria = [{ id: 'tone', section: 'soft', scale: 'binary' as const }];
    expect(pathOf({ ...base, method: 'points', sections: [{ id: 'soft', weight: 2 }], criteria })).toEqual(['sections', 0, 'weight']);
    expect(pathOf({ ...base, sections: [{ id: 'soft', bonus: true }], criteria })).toEqual(['sections', 0, 'bonus']);
  });

  it('rejects a points scorecard whose criteria are all bonus', () => {
    expect(pathOf({ ...base, method: 'points', sections: [{ id: 'extra', bonus: true }], criteria: [{ id: 'wow', section: 'extra', scale: 'binary' }] })).toEqual([
      'criteria',
    ]);
  });

  it('lists every problem in the message and keeps the zod error as the cause', () => {
    try {
      defineScorecard({ ...base, version: 'x', criteria: [{ id: 'tone', scale: 'binary', weight: -1 }] });
      expect.unreachable();
    } catch (error) {
      expect(isServiceKitError(error, 'INVALID_SCORECARD')).toBe(true);
      expect(String((error as Error).message)).toMatch(/version.*criteria\.0\.weight/);
      expect((error as Error).cause).toBeDefined();
    }
  });
});

describe('ScorecardSchema', () => {
  it('reports problems as zod issues with paths', () => {
    const result = ScorecardSchema.safeParse({ ...base, criteria: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['criteria']);
  });

  it('round-trips through JSON', () => {
    const card = defineScorecard(base);
    expect(defineScorecard(JSON.parse(JSON.stringify(card)) as ScorecardInput)).toEqual(card);
  });
});
