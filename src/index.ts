/**
 * servicekit: typed, pure functions for customer-service metrics.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './models/index.js';
export * from './time/index.js';
export * from './stats/index.js';
export * from './table/index.js';
export * from './kpis/index.js';
export * from './standards/index.js';
export * from './escalation/index.js';
export * from './staffing/index.js';
export * from './quality/index.js';
