import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/time/duration.js';

describe('parseDuration', () => {
  it.each([
    ['4h', 14_400_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['30m', 1_800_000],
    ['45s', 45_000],
    ['250ms', 250],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
    ['PT4H', 14_400_000],
    ['PT1H30M', 5_400_000],
    ['P1DT2H', 93_600_000],
    ['PT0.5S', 500],
    ['pt15m', 900_000],
    ['-2h', -7_200_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('passes finite milliseconds through, rounded to whole milliseconds', () => {
    expect(parseDuration(90_000)).toBe(90_000);
    expect(parseDuration(1.6)).toBe(2);
  });

  it.each(['', '4', '4 hours', 'P1Y', 'P1M', 'PT', 'h4', '1h30', 'PT4X'])('throws INVALID_DURATION for %j', (text) => {
    expect(() => parseDuration(text)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION' }));
  });

  it('throws INVALID_DURATION for NaN and Infinity', () => {
    expect(() => parseDuration(Number.NaN)).toThrow('not a finite number');
    expect(() => parseDuration(Number.POSITIVE_INFINITY)).toThrow('not a finite number');
  });

  it('throws INVALID_DURATION for a duration longer than the range of a Date, written or in milliseconds', () => {
    const tooLong = expect.objectContaining({ code: 'INVALID_DURATION', message: expect.stringContaining('is longer than 8.64e15 ms, the range of a Date') });
    expect(() => parseDuration(`${'9'.repeat(400)}h`)).toThrow(tooLong);
    expect(() => parseDuration('-15000000w')).toThrow(tooLong);
    expect(() => parseDuration(1e20)).toThrow(tooLong);
    expect(parseDuration(-8.64e15)).toBe(-8.64e15);
  });

  it('shows a rejected bigint in its message', () => {
    expect(() => parseDuration(10n as never)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION', message: '10n is not a duration: expected milliseconds or a duration string' }));
    expect(() => formatDuration(10n as never)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION', message: '10n is not a duration: it is not a finite number of milliseconds' }));
  });
});

describe('formatDuration', () => {
  it.each([
    [14_400_000, '4h 0m'],
    [187_800_000, '52h 10m'],
    [4_859_000, '1h 20m'],
    [725_000, '12m 5s'],
    [45_000, '45s'],
    [1_500, '1.5s'],
    [250, '250ms'],
    [0, '0ms'],
    [-4_800_000, '-1h 20m'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('never shows a duration as longer than it is', () => {
    expect(formatDuration(3_599_999)).toBe('59m 59s');
  });
});
