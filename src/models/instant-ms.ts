// Reading instants into epoch milliseconds, strictly: the one implementation behind InstantSchema
// and the batch parsers' fast path. Not re-exported: the public face is InstantSchema.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2}))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days before the first of each month (1–12) in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return isLeapYear(year) ? 29 : 28;
}

/** What {@link canonicalDays} gives for text that is not a date (far outside the range of dates, and a small integer). */
const NOT_A_DATE = -1e9;

/** The value of the two ASCII digits at `at`, or -1 if either is not a digit (a digit d has d >= 0 and 9 - d >= 0). */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return (tens | (9 - tens) | ones | (9 - ones)) < 0 ? -1 : tens * 10 + ones;
}

/**
 * Days since 1970-01-01 of the `YYYY-MM-DD` that `text` starts with (year 100 on), or
 * {@link NOT_A_DATE}. Small integers in, a small integer out: no number is boxed on the way.
 */
function canonicalDays(text: string): number {
  const century = twoDigits(text, 0);
  const rest = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if ((century | rest | month | day) < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NOT_A_DATE;
  const year = century * 100 + rest;
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_A_DATE;
  // whole years, the leap days of the years before (477 of them before 1970), then this year's days
  const before = year - 1;
  return (
    365 * (year - 1970) + ((before / 4) | 0) - ((before / 100) | 0) + ((before / 400) | 0) - 477 +
    (DAYS_BEFORE_MONTH[month] as number) + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1
  );
}

/** Milliseconds since midnight of the `THH:MM:SS.sssZ` that `text` ends with (from position 10), or -1. */
function canonicalTimeOfDay(text: string): number {
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const hundredths = twoDigits(text, 20);
  const thousandths = text.charCodeAt(22) - 48;
  if ((hour | minute | second | hundredths | thousandths | (9 - thousandths)) < 0) return -1;
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return -1;
  if (hour > 23 || minute > 59 || second > 59) return -1;
  return hour * 3_600_000 + minute * 60_000 + second * 1000 + hundredths * 10 + thousandths;
}

/**
 * The canonical `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes) from year 100 on, read from
 * its character codes without a regex, a substring or a `Date`; NaN if it is not that form or not a
 * real date and time of day. The parts are read by two functions that return small integers, so
 * this one stays small enough to be inlined where instants are read in bulk (a number returned from
 * a call that is not inlined is boxed on the heap).
 */
function canonicalIsoMs(text: string): number {
  if (text.length !== 24) return Number.NaN;
  const days = canonicalDays(text);
  const time = canonicalTimeOfDay(text);
  return days === NOT_A_DATE || time < 0 ? Number.NaN : days * 86_400_000 + time;
}

function isoMs(text: string): number | string {
  const match = ISO.exec(text);
  if (match === null) return `"${text}" is not an ISO 8601 date-time with a zone offset (e.g. 2025-01-06T09:00:00Z)`;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a calendar date`;
  if (h === undefined) return utcMs(year, month, day, 0, 0, 0, 0);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return `"${text}" is not a time of day`;
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000 + 1e-9);
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetRest = Number(digits.slice(2));
    if (offsetHours > 23 || offsetRest > 59) return `"${text}" has an impossible zone offset`;
    offsetMinutes = sign * (offsetHours * 60 + offsetRest);
  }
  return utcMs(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/**
 * Reads an instant given as a `Date`, an ISO 8601 string (a date-time with `Z` or an offset, or a
 * date alone as UTC midnight) or epoch milliseconds, into epoch milliseconds; or says in words why
 * it cannot. Impossible dates (`2025-02-30`) and times (`24:00`, `23:60`) are refused rather than
 * rolled over, as `Date.parse` would.
 */
export function instantMs(value: unknown): number | string {
  if (typeof value === 'string') {
    const fast = canonicalIsoMs(value);
    if (fast === fast) return fast;
    const result = isoMs(value.trim());
    if (typeof result === 'number' && !Number.isFinite(result)) return `"${value}" is out of the range of dates`;
    return result;
  }
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : 'is not a finite number of epoch milliseconds';
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? 'is an invalid Date' : ms;
  }
  if (value === undefined || value === null) return 'expected a Date, an ISO 8601 string or epoch milliseconds, received nothing';
  return 'expected a Date, an ISO 8601 string or epoch milliseconds';
}

/**
 * Reads an instant as `InstantSchema` does into `into[at]`: the epoch ms of the `Date` it gives (so
 * a fraction of epoch-ms input is dropped, toward zero); `false`, with `into[at]` left unspecified,
 * for a value it refuses. Written into a typed array rather than returned, the number is not boxed
 * on the heap when the call is not inlined, which matters when millions of instants are read.
 */
export function readInstantInto(value: unknown, into: Float64Array, at: number): boolean {
  if (typeof value === 'string') {
    const fast = canonicalIsoMs(value);
    if (fast === fast) {
      into[at] = fast;
      return true;
    }
    const ms = instantMs(value);
    if (typeof ms !== 'number') return false;
    into[at] = ms;
    return true;
  }
  if (typeof value === 'number') {
    // NaN and the infinities fail the comparison; + 0 turns -0 into 0, as a Date does
    if (!(Math.abs(value) <= 8.64e15)) return false;
    into[at] = Math.trunc(value) + 0;
    return true;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    into[at] = ms;
    return ms === ms;
  }
  return false;
}
