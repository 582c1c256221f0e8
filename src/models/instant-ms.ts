// Reading instants into epoch milliseconds, strictly: the one implementation behind InstantSchema
// and the batch parsers' fast path. Not re-exported: the public face is InstantSchema.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2}))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/** The canonical `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes), read without a regex; NaN if it is not that form. */
function canonicalIsoMs(text: string): number {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 || text.charCodeAt(10) !== 84 || text.charCodeAt(19) !== 46) return Number.NaN;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22]) if (!isDigit(text, at)) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  const hour = digit(text, 11) * 10 + digit(text, 12);
  const minute = digit(text, 14) * 10 + digit(text, 15);
  const second = digit(text, 17) * 10 + digit(text, 18);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const ms = digit(text, 20) * 100 + digit(text, 21) * 10 + digit(text, 22);
  return year < 100 ? Number.NaN : Date.UTC(year, month - 1, day, hour, minute, second, ms);
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
