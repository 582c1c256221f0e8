import { describe, expect, it } from 'vitest';
import { agentsRequired, queueMetrics } from '../../src/staffing/index.js';

const example = {
  contacts: 100,
  intervalMs: 1_800_000,
  ahtMs: 180_000,
  serviceLevel: { thresholdMs: 20_000, target: 0.8 },
};

describe('agentsRequired', () => {
  it('needs 14 agents (20 scheduled at 30 % shrinkage) for 80 % in 20 s at 100 calls per half hour', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 10 Erlangs, 14 agents,
    // service level 88.8 %, Pw 17.4 %, occupancy 71.4 % (below the 85 % cap), 20 agents after 30 % shrinkage
    const result = agentsRequired({ ...example, maxOccupancy: 0.85, shrinkage: 0.3 });
    expect(result.agents).toBe(14);
    expect(result.scheduledAgents).toBe(20);
    expect(result.metrics.erlangs).toBe(10);
    expect(result.metrics.serviceLevel).toBeCloseTo(0.888, 3);
    expect(result.metrics.probabilityOfWaiting).toBeCloseTo(0.174, 3);
    expect(result.metrics.occupancy).toBeCloseTo(0.714, 3);
  });

  it('returns exactly the metrics queueMetrics gives at that count', () => {
    const result = agentsRequired(example);
    expect(result.metrics).toEqual(queueMetrics({ ...example, agents: result.agents, thresholdMs: 20_000 }));
  });

  it('adds agents when the occupancy cap binds', () => {
    // 10 Erlangs at most 65 % busy needs ⌈10 / 0.65⌉ = 16 agents, more than the service level needs
    expect(agentsRequired({ ...example, maxOccupancy: 0.65 }).agents).toBe(16);
    // a cap met exactly counts as met: 10 / 0.625 = 16 agents at 62.5 %
    expect(agentsRequired({ ...example, maxOccupancy: 0.625 }).agents).toBe(16);
    expect(agentsRequired({ ...example, maxOccupancy: 0.62 }).agents).toBe(17);
  });

  it('needs 0 agents for zero contacts and meets any target', () => {
    const result = agentsRequired({ ...example, contacts: 0, shrinkage: 0.3, serviceLevel: { thresholdMs: 0, target: 0.99 } });
    expect(result.agents).toBe(0);
    expect(result.scheduledAgents).toBe(0);
    expect(result.metrics).toMatchObject({ serviceLevel: 1, probabilityOfWaiting: 0, stable: true });
  });

  it('needs one agent for a trickle of contacts', () => {
    expect(agentsRequired({ ...example, contacts: 1 }).agents).toBe(1);
  });

  it('needs more agents for a higher target or a shorter threshold', () => {
    expect(agentsRequired({ ...example, serviceLevel: { thresholdMs: 20_000, target: 0.9 } }).agents).toBe(15);
    expect(agentsRequired({ ...example, serviceLevel: { thresholdMs: 10_000, target: 0.95 } }).agents).toBe(16);
  });

  it('staffs 1,000 Erlangs in one pass of the recursion', () => {
    const result = agentsRequired({ ...example, contacts: 10_000, serviceLevel: { thresholdMs: 20_000, target: 0.8 } });
    expect(result.metrics.erlangs).toBe(1_000);
    expect(result.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(queueMetrics({ ...example, contacts: 10_000, agents: result.agents - 1, thresholdMs: 20_000 }).serviceLevel).toBeLessThan(0.8);
  });

  it.each([
    [['serviceLevel', 'target'], { serviceLevel: { thresholdMs: 20_000, target: 1 } }],
    [['serviceLevel', 'target'], { serviceLevel: { thresholdMs: 20_000, target: 0 } }],
    [['serviceLevel', 'target'], { serviceLevel: { thresholdMs: 20_000, target: 80 } }],
    [['serviceLevel', 'thresholdMs'], { serviceLevel: { thresholdMs: -1, target: 0.8 } }],
    [['serviceLevel'], { serviceLevel: undefined }],
    [['shrinkage'], { shrinkage: 1 }],
    [['shrinkage'], { shrinkage: -0.1 }],
    [['maxOccupancy'], { maxOccupancy: 0 }],
    [['maxOccupancy'], { maxOccupancy: 1.2 }],
    [['contacts'], { contacts: -1 }],
    [['ahtMs'], { ahtMs: 0 }],
    [['intervalMs'], { intervalMs: -1 }],
  ])('throws INVALID_OPTION with path %j', (path, change) => {
    expect(() => agentsRequired({ ...example, ...change } as typeof example)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path }));
  });

  it('starts at the occupancy bound: a cap of 1e-5 on 1 Erlang needs exactly 100,000 agents', () => {
    expect(agentsRequired({ ...example, contacts: 1, intervalMs: 1, ahtMs: 1, maxOccupancy: 1e-5 }).agents).toBe(100_000);
  });

  it('throws INVALID_OPTION at maxOccupancy when the cap alone asks for over 1,000,000 agents (1e-12 counted to 1e12)', () => {
    expect(() => agentsRequired({ ...example, contacts: 1, intervalMs: 1, ahtMs: 1, maxOccupancy: 1e-12 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['maxOccupancy'], message: 'over 1,000,000 agents needed for 1 Erlangs at maxOccupancy 1e-12' }),
    );
  });

  it('throws INVALID_OPTION at [] for a load that needs over 1,000,000 agents (1e10 contacts took 8 s, 1e200 never ended)', () => {
    expect(() => agentsRequired({ ...example, contacts: 1e10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'over 1,000,000 agents needed for 1000000000 Erlangs at maxOccupancy 1' }),
    );
    // stable at 1,000,000 agents, but not at 80 % in 20 s
    expect(() => agentsRequired({ ...example, contacts: 9_999_995, maxOccupancy: 0.9999999 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'over 1,000,000 agents needed for 999999.5 Erlangs at maxOccupancy 0.9999999' }),
    );
    expect(() => agentsRequired({ ...example, contacts: 1e200, intervalMs: 1, ahtMs: 1e200 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'contacts × ahtMs / intervalMs must be a finite number of Erlangs; got Infinity' }),
    );
  });

  it('throws INVALID_OPTION for an input or serviceLevel that is not an object, showing the value', () => {
    expect(() => agentsRequired(undefined as unknown as typeof example)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'input must be an object; got undefined' }),
    );
    expect(() => agentsRequired({ ...example, serviceLevel: null as unknown as typeof example.serviceLevel })).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        path: ['serviceLevel'],
        message: 'serviceLevel must be { thresholdMs, target } (80 % in 20 s is { thresholdMs: 20_000, target: 0.8 }); got null',
      }),
    );
  });
});
