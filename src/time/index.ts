/**
 * Time: durations and business-hours calendars.
 *
 * Durations are milliseconds; configuration may state them as strings (`"4h"`, `"1h30m"`, `"PT4H"`).
 * A business calendar is data (`BusinessCalendarSchema`: a zone, weekly windows, holidays and
 * overrides) compiled by `createCalendar`; `businessTimeBetween` and `addBusinessTime` then count
 * the real time inside open windows, exact to the millisecond across daylight-saving changes and
 * independent of the process `TZ`. `periodKey` groups instants by day, week, month or quarter.
 *
 * @module time
 */
export * from './duration.js';
export * from './calendar.js';
export * from './business-time.js';
export * from './period.js';
