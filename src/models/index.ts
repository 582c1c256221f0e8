/**
 * Models: zod schemas and types for customers, interactions (tickets, calls, chats), survey
 * responses and status history, with batch parsers that report every bad row, and
 * {@link createInteractionTableParser} for exports read in batches.
 *
 * Schemas accept dates as `Date`, ISO 8601 strings with a zone, or epoch milliseconds, and give
 * `Date`s; they reject impossible records (a resolution before the ticket was opened, a negative
 * handle time, a score off the scale) with the path of the field.
 *
 * @module models
 */
export * from './id.js';
export * from './instant.js';
export * from './status.js';
export * from './customer.js';
export * from './interaction.js';
export * from './survey.js';
export * from './parse.js';
export * from './interaction-table-parser.js';
