import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/index.js';
import { trafficIntensity, type StaffingLoad } from '../../src/staffing/index.js';

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('trafficIntensity', () => {
  it('makes 100 calls per half hour at a 3-minute AHT 10 Erlangs', () => {
    // worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm), step "Work Out the Traffic Intensity"
    expect(trafficIntensity({ contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000 })).toBe(10);
  });

  it('is 0 for a quiet interval and accepts a fractional forecast', () => {
    expect(trafficIntensity({ contacts: 0, intervalMs: 1_800_000, ahtMs: 180_000 })).toBe(0);
    expect(trafficIntensity({ contacts: 12.5, intervalMs: 900_000, ahtMs: 360_000 })).toBe(5);
  });

  it.each([
    ['contacts', { contacts: -1, intervalMs: 1_800_000, ahtMs: 180_000 }],
    ['contacts', { contacts: Number.NaN, intervalMs: 1_800_000, ahtMs: 180_000 }],
    ['intervalMs', { contacts: 10, intervalMs: 0, ahtMs: 180_000 }],
    ['intervalMs', { contacts: 10, intervalMs: -1_800_000, ahtMs: 180_000 }],
    ['ahtMs', { contacts: 10, intervalMs: 1_800_000, ahtMs: 0 }],
    ['ahtMs', { contacts: 10, intervalMs: 1_800_000, ahtMs: Number.POSITIVE_INFINITY }],
  ])('throws INVALID_OPTION with path [%s] for a bad value', (field, load) => {
    const error = errorOf(() => trafficIntensity(load));
    expect(isServiceKitError(error, 'INVALID_OPTION')).toBe(true);
    expect((error as { path: unknown }).path).toEqual([field]);
  });

  it('throws INVALID_OPTION for a load that is not an object (it was a TypeError)', () => {
    for (const [load, shown] of [[undefined, 'undefined'], [null, 'null']] as const) {
      expect(() => trafficIntensity(load as unknown as StaffingLoad)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: `input must be an object; got ${shown}` }),
      );
    }
  });

  it('throws INVALID_OPTION when contacts × ahtMs / intervalMs is not finite (it returned Infinity)', () => {
    for (const load of [
      { contacts: 1e200, intervalMs: 1, ahtMs: 1e200 },
      { contacts: 1, intervalMs: 5e-324, ahtMs: 1 },
    ]) {
      expect(() => trafficIntensity(load)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'contacts × ahtMs / intervalMs must be a finite number of Erlangs; got Infinity' }),
      );
    }
  });

  it('shows a bigint in its message (building the message threw a TypeError)', () => {
    expect(() => trafficIntensity({ contacts: 10n as unknown as number, intervalMs: 1_800_000, ahtMs: 180_000 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['contacts'], message: 'contacts must be a finite number ≥ 0; got 10n' }),
    );
  });
});
