/**
 * Time: durations and business-hours calendars.
 *
 * Durations are milliseconds; configuration may state them as strings (`"4h"`, `"1h30m"`, `"PT4H"`).
 *
 * @module time
 */
export * from './duration.js';
