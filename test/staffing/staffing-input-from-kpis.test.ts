import { describe, expect, it } from 'vitest';
import { agentsRequired, staffingInputFromKpis, type StaffingInputFromKpisInput } from '../../src/staffing/index.js';

/** The shape of the AHT KPI result (count, mean, median, p90…): only `meanMs` is read. */
const ahtResult = { count: 412, meanMs: 180_000, medianMs: 150_000, p90Ms: 320_000 };

describe('staffingInputFromKpis', () => {
  it("takes the AHT result's mean as ahtMs, beside the contacts and interval", () => {
    expect(staffingInputFromKpis({ aht: ahtResult, contacts: 100, intervalMs: 1_800_000 })).toEqual({
      contacts: 100,
      intervalMs: 1_800_000,
      ahtMs: 180_000,
    });
  });

  it('feeds agentsRequired directly', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 14 agents
    const load = staffingInputFromKpis({ aht: ahtResult, contacts: 100, intervalMs: 1_800_000 });
    expect(agentsRequired({ ...load, serviceLevel: { thresholdMs: 20_000, target: 0.8 } }).agents).toBe(14);
  });

  it('throws INVALID_OPTION at aht.meanMs when there was nothing to average or the mean is not positive', () => {
    for (const meanMs of [null, 0, -5]) {
      expect(() => staffingInputFromKpis({ aht: { meanMs }, contacts: 10, intervalMs: 1_800_000 })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['aht', 'meanMs'] }),
      );
    }
  });

  it('throws INVALID_OPTION for negative contacts or a zero interval', () => {
    expect(() => staffingInputFromKpis({ aht: ahtResult, contacts: -1, intervalMs: 1_800_000 })).toThrow(expect.objectContaining({ path: ['contacts'] }));
    expect(() => staffingInputFromKpis({ aht: ahtResult, contacts: 1, intervalMs: 0 })).toThrow(expect.objectContaining({ path: ['intervalMs'] }));
  });

  it('throws INVALID_OPTION for an input or aht that is not an object (a TypeError, or "aht.meanMs is null")', () => {
    expect(() => staffingInputFromKpis(null as unknown as StaffingInputFromKpisInput)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'input must be an object; got null' }),
    );
    expect(() => staffingInputFromKpis({ contacts: 1, intervalMs: 1 } as StaffingInputFromKpisInput)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['aht'], message: 'aht must be an object; got undefined' }),
    );
  });
});
