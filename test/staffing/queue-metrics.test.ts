import { describe, expect, it } from 'vitest';
import { queueMetrics, type QueueMetricsInput } from '../../src/staffing/index.js';

const halfHour = { contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000, thresholdMs: 20_000 };

describe('queueMetrics', () => {
  it('gives SL ≈ 0.888, P(wait) ≈ 0.174, ASA ≈ 7.8 s and occupancy ≈ 0.714 for 14 agents at 10 Erlangs', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): with 14 agents,
    // Pw = 17.4 %, service level 88.8 %, ASA 7.8 s, occupancy 71.4 %
    const metrics = queueMetrics({ ...halfHour, agents: 14 });
    expect(metrics.erlangs).toBe(10);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(0.174, 3);
    expect(metrics.serviceLevel).toBeCloseTo(0.888, 3);
    expect(metrics.averageSpeedOfAnswerMs).toBeCloseTo(7_836, 0);
    expect(metrics.occupancy).toBeCloseTo(0.714, 3);
    expect(metrics.stable).toBe(true);
  });

  it('falls short of 80 % in 20 s with 13 agents (SL ≈ 0.796), which is why 14 are needed', () => {
    expect(queueMetrics({ ...halfHour, agents: 13 }).serviceLevel).toBeCloseTo(0.7956, 4);
  });

  it('reports agents at or below the load as an unstable queue, not NaN or a throw', () => {
    for (const agents of [10, 7]) {
      expect(queueMetrics({ ...halfHour, agents })).toEqual({
        erlangs: 10,
        probabilityOfWaiting: 1,
        serviceLevel: 0,
        averageSpeedOfAnswerMs: null,
        occupancy: 1,
        stable: false,
      });
    }
    expect(queueMetrics({ ...halfHour, agents: 0 })).toMatchObject({ stable: false, occupancy: 0, serviceLevel: 0 });
  });

  it('gives service level 1 and P(wait) 0 for zero contacts, with or without agents', () => {
    for (const agents of [0, 3]) {
      expect(queueMetrics({ ...halfHour, contacts: 0, agents })).toEqual({
        erlangs: 0,
        probabilityOfWaiting: 0,
        serviceLevel: 1,
        averageSpeedOfAnswerMs: 0,
        occupancy: 0,
        stable: true,
      });
    }
  });

  it('with a zero threshold, the service level is the share answered at once (1 − P(wait))', () => {
    const metrics = queueMetrics({ ...halfHour, agents: 14, thresholdMs: 0 });
    expect(metrics.serviceLevel).toBeCloseTo(1 - metrics.probabilityOfWaiting, 15);
  });

  it('throws INVALID_OPTION naming the field for non-integer agents and a negative threshold', () => {
    expect(() => queueMetrics({ ...halfHour, agents: 13.5 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'] }));
    expect(() => queueMetrics({ ...halfHour, agents: 14, thresholdMs: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['thresholdMs'] }),
    );
    expect(() => queueMetrics({ ...halfHour, agents: 14, contacts: -5 })).toThrow(expect.objectContaining({ path: ['contacts'] }));
  });

  it('throws INVALID_OPTION for more than 1,000,000 agents, an input that is not an object and a load that overflows', () => {
    expect(() => queueMetrics({ ...halfHour, agents: 1e12 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['agents'], message: 'agents must be a whole number from 0 to 1000000; got 1000000000000' }),
    );
    expect(() => queueMetrics(null as unknown as QueueMetricsInput)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'input must be an object; got null' }),
    );
    // it gave erlangs: Infinity
    expect(() => queueMetrics({ contacts: 1e200, intervalMs: 1, ahtMs: 1e200, agents: 3, thresholdMs: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'contacts × ahtMs / intervalMs must be a finite number of Erlangs; got Infinity' }),
    );
  });
});
