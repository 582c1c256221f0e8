import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/staffing/index.js';

/** The textbook formula with factorials, for small cases only. */
function textbookErlangC(agents: number, erlangs: number): number {
  let sum = 0;
  let term = 1; // A^k / k!
  for (let k = 0; k < agents; k += 1) {
    sum += term;
    term *= erlangs / (k + 1);
  }
  const top = term * (agents / (agents - erlangs));
  return top / (sum + top);
}

describe('erlangC', () => {
  it('gives P(wait) ≈ 0.174 for 14 agents at 10 Erlangs', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 14 agents, Pw = 17.4 %
    expect(erlangC(14, 10)).toBeCloseTo(0.174, 3);
  });

  it('agrees with the textbook factorial formula where that one is still exact', () => {
    for (const [agents, erlangs] of [[2, 1], [5, 3.2], [14, 10], [30, 25.5], [60, 41]] as const) {
      expect(erlangC(agents, erlangs)).toBeCloseTo(textbookErlangC(agents, erlangs), 12);
    }
  });

  it('is 1/3 for 2 agents at 1 Erlang (the M/M/2 closed form A²/(2 + A))', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 15);
  });

  it('is 1 when agents do not exceed the load (the queue is unstable)', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10, 12.5)).toBe(1);
    expect(erlangC(0, 0)).toBe(1);
  });

  it('is 0 with no load and agents to spare', () => {
    expect(erlangC(3, 0)).toBe(0);
  });

  it('stays finite and in [0, 1] for 1,200 agents at 1,000 Erlangs and 1,000 agents at 950', () => {
    for (const [agents, erlangs] of [[1_200, 1_000], [1_000, 950], [5_000, 4_990]] as const) {
      const value = erlangC(agents, erlangs);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(erlangC(1_200, 1_000)).toBeLessThan(1e-6);
  });

  it('throws INVALID_OPTION for a fractional agent count', () => {
    expect(() => erlangC(14.5, 10)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'] }));
  });

  it('refuses more than 1,000,000 agents (1e10 took over 10 s)', () => {
    expect(() => erlangC(1e10, 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'], message: 'agents must be a whole number from 0 to 1000000; got 10000000000' }),
    );
  });
});
