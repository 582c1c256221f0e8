// Reading instants into epoch milliseconds, strictly: the one implementation behind InstantSchema
// and the batch parsers' fast path. Not re-exported: the public face is InstantSchema.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2}))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}


/** The value of two ASCII digits at `at`, or a negative number if either is not a digit. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -100;
}

/** The canonical `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes), read without a regex or an allocation; NaN if it is not that form. */
function canonicalIsoMs(text: string): number {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 || text.charCodeAt(10) !== 84 || text.charCodeAt(19) !== 46) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const hundreds = twoDigits(text, 20);
  const last = text.charCodeAt(22) - 48;
  if (century < 0 || yy < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || hundreds < 0 || !(last >= 0 && last <= 9)) return Number.NaN;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (year < 100) return Number.NaN;
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + hundreds * 10 + last;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), as `Date.UTC` counts them. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
