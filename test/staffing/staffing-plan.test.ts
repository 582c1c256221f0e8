import { describe, expect, it } from 'vitest';
import { agentsRequired, staffingPlan, type StaffingPlanInterval } from '../../src/staffing/index.js';

const options = {
  intervalMs: 1_800_000,
  ahtMs: 180_000,
  serviceLevel: { thresholdMs: 20_000, target: 0.8 },
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

/** A day of 48 half-hours, quiet at night and peaking at 100 contacts mid-morning. */
const day = Array.from({ length: 48 }, (_, index) => ({
  start: new Date(Date.UTC(2025, 0, 6, 0, 30 * index)),
  contacts: index < 16 || index >= 40 ? 0 : Math.round(100 * Math.sin(((index - 15) / 25) * Math.PI)),
}));

describe('staffingPlan', () => {
  it('staffs every interval exactly as agentsRequired would, in input order', () => {
    const plan = staffingPlan(day, options);
    expect(plan.intervals).toHaveLength(48);
    plan.intervals.forEach((row, index) => {
      const interval = day[index] as (typeof day)[number];
      expect(row.index).toBe(index);
      expect(row.start).toEqual(interval.start);
      expect(row.contacts).toBe(interval.contacts);
      expect(row.ahtMs).toBe(180_000);
      const { agents, scheduledAgents, metrics } = agentsRequired({ ...options, contacts: interval.contacts });
      expect({ agents: row.agents, scheduledAgents: row.scheduledAgents, metrics: row.metrics }).toEqual({ agents, scheduledAgents, metrics });
    });
  });

  it('needs no agents at night and 14 (20 scheduled) at the 100-contact peak', () => {
    // worked example at the peak: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 14 agents, 20 after 30 % shrinkage
    const plan = staffingPlan(day, options);
    expect(plan.intervals[0]?.agents).toBe(0);
    expect(plan.intervals[47]?.scheduledAgents).toBe(0);
    expect(Math.max(...day.map((interval) => interval.contacts))).toBe(100);
    expect(plan.peakAgents).toBe(14);
    expect(plan.peakScheduledAgents).toBe(20);
  });

  it('sums agent-hours over the intervals', () => {
    const plan = staffingPlan(day, options);
    const agents = plan.intervals.reduce((sum, row) => sum + row.agents, 0);
    const scheduled = plan.intervals.reduce((sum, row) => sum + row.scheduledAgents, 0);
    expect(plan.agentHours).toBe(agents / 2);
    expect(plan.scheduledAgentHours).toBe(scheduled / 2);
  });

  it("uses an interval's own AHT over the plan's and keeps its label", () => {
    const plan = staffingPlan([{ label: 'long calls', contacts: 100, ahtMs: 360_000 }], options);
    expect(plan.intervals[0]).toMatchObject({ label: 'long calls', ahtMs: 360_000 });
    expect(plan.intervals[0]?.metrics.erlangs).toBe(20);
    expect(plan.intervals[0]).not.toHaveProperty('start');
  });

  it('gives an empty plan for no intervals', () => {
    expect(staffingPlan([], options)).toEqual({ intervals: [], peakAgents: 0, peakScheduledAgents: 0, agentHours: 0, scheduledAgentHours: 0 });
  });

  it('names the interval and field of a bad forecast, and the field of a bad option', () => {
    expect(() => staffingPlan([{ contacts: 10 }, { contacts: -3 }], options)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['intervals', 1, 'contacts'] }),
    );
    expect(() => staffingPlan([{ contacts: 10, ahtMs: 0 }], options)).toThrow(expect.objectContaining({ path: ['intervals', 0, 'ahtMs'] }));
    const { ahtMs: _ignored, ...withoutAht } = options;
    expect(() => staffingPlan([{ contacts: 10 }], withoutAht)).toThrow(expect.objectContaining({ path: ['intervals', 0, 'ahtMs'] }));
    expect(() => staffingPlan([{ contacts: 10 }], { ...options, shrinkage: 1 })).toThrow(expect.objectContaining({ path: ['shrinkage'] }));
    expect(() => staffingPlan([{ contacts: 10 }], { ...options, serviceLevel: { thresholdMs: 20_000, target: 1.5 } })).toThrow(
      expect.objectContaining({ path: ['serviceLevel', 'target'] }),
    );
    expect(() => staffingPlan([], { ...options, intervalMs: 0 })).toThrow(expect.objectContaining({ path: ['intervalMs'] }));
  });

  it('throws INVALID_OPTION for an interval or options that are not an object (TypeErrors)', () => {
    expect(() => staffingPlan([{ contacts: 10 }, null as unknown as StaffingPlanInterval], options)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['intervals', 1], message: 'interval 1 must be { contacts, ahtMs?, start?, label? }; got null' }),
    );
    expect(() => staffingPlan([], undefined as unknown as typeof options)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['intervalMs'], message: 'intervalMs must be a finite number > 0; got undefined' }),
    );
    expect(() => staffingPlan([], null as unknown as typeof options)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });

  it('locates a load that overflows or needs over 1,000,000 agents in its interval', () => {
    expect(() => staffingPlan([{ contacts: 10 }, { contacts: 1e200, ahtMs: 1e200 }], options)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        path: ['intervals', 1],
        message: 'interval 1: contacts × ahtMs / intervalMs must be a finite number of Erlangs; got Infinity',
      }),
    );
    expect(() => staffingPlan([{ contacts: 10 }], { ...options, maxOccupancy: 1e-9 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        path: ['maxOccupancy'],
        message: 'interval 0: over 1,000,000 agents needed for 1 Erlangs at maxOccupancy 1e-9',
      }),
    );
  });
});
