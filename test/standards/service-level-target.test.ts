import { describe, expect, it } from 'vitest';
import { serviceLevel } from '../../src/kpis/service-level.js';
import { scorecard, serviceLevelTarget } from '../../src/standards/index.js';

const openedAt = new Date('2025-01-06T09:00:00Z');
const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);
// 6 answered (4 within 20 s), 3 abandoned: after 3 s (short), 12 s and 45 s.
const calls = [
  ...[5, 10, 20, 20, 21, 60].map((s) => ({ openedAt, answeredAt: after(s) })),
  ...[3, 12, 45].map((s) => ({ openedAt, abandonedAt: after(s) })),
];

describe('serviceLevelTarget', () => {
  it('holds the options of serviceLevel and the bar, as JSON', () => {
    const target = serviceLevelTarget({ thresholdMs: '20s', targetRate: 0.8, abandons: 'ignore', shortAbandonMs: 5_000 });
    expect(JSON.parse(JSON.stringify(target))).toEqual({
      thresholdMs: 20_000,
      targetRate: 0.8,
      abandons: 'ignore',
      shortAbandonMs: 5_000,
      atLeast: 0.8,
      label: '80 % answered in 20s',
    });
  });

  it.each([
    // Worked by hand from the calls above, with the conventions of src/kpis/service-level.ts.
    ['negative', 4 / 8, 'fail'],
    ['ignore', 4 / 6, 'fail'],
    ['positive', 5 / 8, 'fail'],
    ['negative-after-threshold', 4 / 7, 'fail'],
  ] as const)('measures with abandons %s (%d) and scores it', (abandons, value, status) => {
    const target = serviceLevelTarget({ thresholdMs: 20_000, targetRate: 0.6, abandons, shortAbandonMs: '5s' });
    const result = serviceLevel(calls, target);
    expect(result.value).toBeCloseTo(value, 12);
    const expected = value >= 0.6 ? 'pass' : status;
    expect(scorecard({ serviceLevel: result }, { serviceLevel: target }).entries[0]?.status).toBe(expected);
  });

  it.each([
    ['a targetRate of 80', { thresholdMs: '20s', targetRate: 80 }, ['targetRate']],
    ['a negative threshold', { thresholdMs: -1, targetRate: 0.8 }, ['thresholdMs']],
    ['a threshold that does not parse', { thresholdMs: 'soon', targetRate: 0.8 }, ['thresholdMs']],
    ['an unknown convention', { thresholdMs: '20s', targetRate: 0.8, abandons: 'half' }, ['abandons']],
  ])('rejects %s with INVALID_OPTION', (_label, options, path) => {
    expect(() => serviceLevelTarget(options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path }));
  });
});
