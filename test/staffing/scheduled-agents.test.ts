import { describe, expect, it } from 'vitest';
import { scheduledAgents } from '../../src/staffing/index.js';

describe('scheduledAgents', () => {
  it('schedules 20 for 14 agents at 30 % shrinkage', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 14 agents, 30 % shrinkage → 20
    expect(scheduledAgents(14, 0.3)).toBe(20);
  });

  it('does not overshoot where plain ceil(agents / (1 − shrinkage)) would', () => {
    // Math.ceil(21 / (1 - 0.3)) is 31, Math.ceil(9 / (1 - 0.55)) is 21, Math.ceil(46 / (1 - 0.54)) is 101
    expect(Math.ceil(21 / (1 - 0.3))).toBe(31);
    expect(scheduledAgents(21, 0.3)).toBe(30);
    expect(scheduledAgents(9, 0.55)).toBe(20);
    expect(scheduledAgents(46, 0.54)).toBe(100);
  });

  it('rounds up when the quotient is not whole', () => {
    expect(scheduledAgents(14, 0.35)).toBe(22); // 21.54…
    expect(scheduledAgents(1, 0.5)).toBe(2);
    expect(scheduledAgents(3, 0.5)).toBe(6);
    expect(scheduledAgents(10, 0.1)).toBe(12); // 11.11…
  });

  it('lands exactly on whole quotients for the usual percentages', () => {
    expect(scheduledAgents(7, 0.3)).toBe(10);
    expect(scheduledAgents(21, 0.3)).toBe(30);
    expect(scheduledAgents(9, 0.1)).toBe(10);
    expect(scheduledAgents(6, 0.4)).toBe(10);
    expect(scheduledAgents(17, 0.15)).toBe(20);
    expect(scheduledAgents(33, 0.45)).toBe(60);
  });

  it('handles tiny and many-digit shrinkage exactly', () => {
    expect(scheduledAgents(100, 1e-7)).toBe(101);
    expect(scheduledAgents(1_000_000, 1e-7)).toBe(1_000_001); // 1,000,000.1 → up
    expect(scheduledAgents(9_999_999, 1e-7)).toBe(10_000_000); // exactly 10,000,000
  });

  it('leaves the count alone with no shrinkage or no agents', () => {
    expect(scheduledAgents(14, 0)).toBe(14);
    expect(scheduledAgents(0, 0.3)).toBe(0);
  });

  it('throws INVALID_OPTION for shrinkage ≥ 1 or < 0 and for fractional agents', () => {
    expect(() => scheduledAgents(14, 1)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['shrinkage'] }));
    expect(() => scheduledAgents(14, -0.1)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['shrinkage'] }));
    expect(() => scheduledAgents(14.2, 0.3)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'] }));
  });
});
