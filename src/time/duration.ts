import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { MAX_DATE_MS } from './zone-offset.js';

/** A duration as configuration states it: milliseconds, or a string such as `"4h"`, `"1h30m"` or `"PT4H"`. */
export type DurationInput = number | string;

const MS_PER_UNIT: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const SHORT_FORM = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/;
const ISO_FORM = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function invalid(input: unknown, why: string): ServiceKitError {
  return new ServiceKitError('INVALID_DURATION', `${describeValue(input)} is not a duration: ${why}`);
}

function parseShortForm(text: string, original: string): number {
  let rest = text.replace(/\s+/g, '');
  if (rest === '') throw invalid(original, 'it is empty');
  let total = 0;
  while (rest !== '') {
    const match = SHORT_FORM.exec(rest);
    if (match === null) {
      throw invalid(original, 'use numbers with units ms, s, m, h, d, w ("1h30m"), ISO 8601 ("PT1H30M") or milliseconds');
    }
    total += Number(match[1]) * (MS_PER_UNIT[match[2] as string] as number);
    rest = rest.slice(match[0].length);
  }
  return total;
}

function parseIsoForm(text: string, original: string): number {
  const match = ISO_FORM.exec(text);
  if (match === null || text === 'P' || text.endsWith('T')) {
    throw invalid(original, 'ISO 8601 durations here take W, D, H, M and S (years and months have no fixed length)');
  }
  const [, weeks, days, hours, minutes, seconds] = match;
  const part = (value: string | undefined, unit: string) => (value === undefined ? 0 : Number(value) * (MS_PER_UNIT[unit] as number));
  return part(weeks, 'w') + part(days, 'd') + part(hours, 'h') + part(minutes, 'm') + part(seconds, 's');
}

/**
 * Reads a duration into milliseconds.
 *
 * Accepts a finite number of milliseconds, a short form made of numbers with units (`ms`, `s`, `m`,
 * `h`, `d` = 24 h, `w` = 7 d; `"1h30m"`, `"1.5h"`, `"2d 4h"`), or an ISO 8601 duration with weeks,
 * days, hours, minutes and seconds (`"PT4H"`, `"P1DT2H"`). A leading `-` makes it negative. Days are
 * exactly 24 hours of elapsed time; years and months are rejected because their length varies.
 * The result is rounded to a whole millisecond.
 *
 * @param input - Milliseconds, or a duration string.
 * @returns The duration in milliseconds, at most 8.64e15 (the range of a `Date`) either way.
 * @throws {@link errors!ServiceKitError} `INVALID_DURATION` for anything else (empty, unknown unit, NaN,
 *   longer than 8.64e15 ms).
 * @example
 * ```ts
 * parseDuration('4h')
 * // => 14400000
 * parseDuration('1h30m')
 * // => 5400000
 * parseDuration('PT4H')
 * // => 14400000
 * parseDuration(90_000)
 * // => 90000
 * ```
 */
export function parseDuration(input: DurationInput): number {
  let ms: number;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalid(input, 'it is not a finite number of milliseconds');
    ms = Math.round(input);
  } else {
    if (typeof input !== 'string') throw invalid(input, 'expected milliseconds or a duration string');
    let text = input.trim();
    let sign = 1;
    if (text.startsWith('-')) {
      sign = -1;
      text = text.slice(1).trimStart();
    }
    ms = sign * Math.round(/^P/i.test(text) ? parseIsoForm(text.toUpperCase(), input) : parseShortForm(text.toLowerCase(), input)) + 0;
  }
  if (Math.abs(ms) > MAX_DATE_MS) throw invalid(input, 'it is longer than 8.64e15 ms, the range of a Date');
  return ms;
}

/**
 * Writes milliseconds as a short, readable duration: hours and minutes from one hour up (`"4h 0m"`,
 * `"52h 10m"`), minutes and seconds from one minute (`"12m 5s"`), then seconds (`"45s"`, `"1.5s"`)
 * and milliseconds (`"250ms"`).
 *
 * Smaller units are truncated toward zero (`1h 20m 59s` shows as `"1h 20m"`), so a value is never
 * shown as longer than it is. Negative durations get a leading `-`.
 *
 * @param ms - A duration in milliseconds.
 * @returns The text.
 * @throws {@link errors!ServiceKitError} `INVALID_DURATION` when `ms` is not finite.
 * @example
 * ```ts
 * formatDuration(14_400_000)
 * // => '4h 0m'
 * formatDuration(725_000)
 * // => '12m 5s'
 * formatDuration(-4_800_000)
 * // => '-1h 20m'
 * ```
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw invalid(ms, 'it is not a finite number of milliseconds');
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs >= 3_600_000) {
    return `${sign}${Math.floor(abs / 3_600_000)}h ${Math.floor((abs % 3_600_000) / 60_000)}m`;
  }
  if (abs >= 60_000) return `${sign}${Math.floor(abs / 60_000)}m ${Math.floor((abs % 60_000) / 1_000)}s`;
  if (abs >= 1_000) return `${sign}${Math.floor(abs / 100) / 10}s`;
  return `${sign}${Math.floor(abs)}ms`;
}
