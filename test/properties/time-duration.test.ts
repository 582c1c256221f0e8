import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/time/duration.js';

describe('duration properties', () => {
  it('formatDuration never overstates and loses less than its smallest shown unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 86_400_000 }), (ms) => {
        const shown = parseDuration(formatDuration(ms).replace(' ', ''));
        const unit = ms >= 3_600_000 ? 60_000 : ms >= 60_000 ? 1_000 : ms >= 1_000 ? 100 : 1;
        expect(shown).toBeLessThanOrEqual(ms);
        expect(ms - shown).toBeLessThan(unit);
      }),
    );
  });

  it('the short and ISO forms of hours, minutes and seconds agree', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(59), fc.nat(59), (hours, minutes, seconds) => {
        expect(parseDuration(`PT${hours}H${minutes}M${seconds}S`)).toBe(parseDuration(`${hours}h${minutes}m${seconds}s`));
        expect(parseDuration(`${hours}h${minutes}m${seconds}s`)).toBe(((hours * 60 + minutes) * 60 + seconds) * 1000);
      }),
    );
  });
});
