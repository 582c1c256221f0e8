import { describe, expect, it } from 'vitest';
import { ServiceKitError } from '../../src/errors/index.js';
import { erlangB } from '../../src/staffing/index.js';

describe('erlangB', () => {
  it('gives 1 % blocking for 15 lines offered 8.108 Erlangs', () => {
    // published value: Westbay Erlang calculator manual, "How much traffic can a trunk group handle?"
    // (https://erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm): 15 lines at 1 % carry 8.108 E
    expect(erlangB(15, 8.108)).toBeCloseTo(0.01, 4);
  });

  it('gives 2 % blocking at the loads of a published Erlang B capacity table', () => {
    // published values: Erlang B capacity table for 2 % blocking (Lucent Technologies, reproduced at
    // http://garywagoner.tripod.com/traffic/ERLANG.HTML): 15 channels → 9.010 E, 55 channels → 44.938 E
    expect(erlangB(15, 9.01)).toBeCloseTo(0.02, 4);
    expect(erlangB(55, 44.938)).toBeCloseTo(0.02, 4);
  });

  it('matches the closed form for small cases: B(1, A) = A/(1 + A), B(2, 1) = 1/5', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(1, 3)).toBe(0.75);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
  });

  it('is 1 with no agents and 0 with no load', () => {
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(5, 0)).toBe(0);
  });

  it('stays finite for 2,000 agents and 1,900 Erlangs', () => {
    const value = erlangB(2_000, 1_900);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(0.05);
  });

  it('throws INVALID_OPTION for fractional or negative agents and a negative load', () => {
    expect(() => erlangB(2.5, 1)).toThrow(ServiceKitError);
    expect(() => erlangB(2.5, 1)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'] }));
    expect(() => erlangB(-1, 1)).toThrow(expect.objectContaining({ path: ['agents'] }));
    expect(() => erlangB(2, -1)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['erlangs'] }));
  });

  it('takes up to 1,000,000 agents and refuses more (Number.MAX_SAFE_INTEGER ran for ever)', () => {
    expect(erlangB(1_000_000, 999_000)).toBeGreaterThan(0);
    expect(erlangB(1_000_000, 1)).toBe(0);
    for (const agents of [1_000_001, Number.MAX_SAFE_INTEGER]) {
      expect(() => erlangB(agents, 1)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'], message: `agents must be a whole number from 0 to 1000000; got ${agents}` }),
      );
    }
  });
});
