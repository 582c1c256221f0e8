import { describe, expect, it } from 'vitest';
import { escalationRate } from '../../src/kpis/index.js';

describe('escalationRate', () => {
  it('is escalated / contacts, with a missing level counted as not escalated', () => {
    expect(escalationRate([{ escalationLevel: 1 }, { escalationLevel: 0 }, {}, { escalationLevel: 3 }])).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
  });
  it('moves the bar with fromLevel', () => {
    expect(escalationRate([{ escalationLevel: 1 }, { escalationLevel: 2 }], { fromLevel: 2 }).value).toBe(0.5);
  });
  it('excludes negative or non-finite levels', () => {
    expect(escalationRate([{ escalationLevel: -1 }, { escalationLevel: Number.NaN }]).excluded).toBe(2);
  });
  it('returns null for no contacts and throws INVALID_OPTION for a bad fromLevel', () => {
    expect(escalationRate([]).value).toBeNull();
    expect(() => escalationRate([], { fromLevel: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['fromLevel'] }));
  });
});
