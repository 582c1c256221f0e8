/**
 * Standards: service-standard checks (first response, next response, resolution and answer
 * targets), compliance tables and KPI scorecards.
 *
 * A standard is data (`ServiceStandardSchema`): a measure, a target, to whom it applies, in which
 * business hours, and which statuses pause it. A check replays the interaction's events up to `now`
 * and gives exact due, warning and breach instants, never polled.
 *
 * @module standards
 */
export * from './standard.js';
export * from './check.js';
export * from './compliance.js';
export * from './scorecard.js';
export * from './service-level-target.js';
