import { describe, expect, it } from 'vitest';
import { abandonmentRate } from '../../src/kpis/index.js';

const openedAt = new Date('2025-01-06T09:00:00Z');
const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);

describe('abandonmentRate', () => {
  it('is abandoned / (answered + abandoned)', () => {
    // definition: Call Centre Helper, "Abandon rate": abandoned calls / calls offered; here 1 of 4
    const rows = [
      { openedAt, answeredAt: after(10) },
      { openedAt, answeredAt: after(20) },
      { openedAt, answeredAt: after(30) },
      { openedAt, abandonedAt: after(40) },
    ];
    expect(abandonmentRate(rows)).toMatchObject({ value: 0.25, numerator: 1, denominator: 4, answered: 3, abandoned: 1 });
  });
  it('leaves short abandons out of both counts and excludes contacts with neither instant', () => {
    const rows = [{ openedAt, answeredAt: after(10) }, { openedAt, abandonedAt: after(3) }, { openedAt }];
    expect(abandonmentRate(rows, { shortAbandonMs: 5_000 })).toMatchObject({ value: 0, shortAbandoned: 1, excluded: 1, denominator: 1 });
  });
  it('returns null with zero counts for no contacts', () => {
    expect(abandonmentRate([])).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      interval: null,
      excluded: 0,
      answered: 0,
      abandoned: 0,
      shortAbandoned: 0,
    });
  });
  it('throws INVALID_OPTION for a negative short-abandon threshold', () => {
    expect(() => abandonmentRate([], { shortAbandonMs: -5 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['shortAbandonMs'] }));
  });
});
