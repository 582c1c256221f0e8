/**
 * Columnar input for large exports: interactions as typed arrays (instants as epoch milliseconds,
 * durations as numbers, strings dictionary-encoded), which {@link kpis!summarize} and
 * {@link standards!checkStandards} accept as well as arrays of objects.
 *
 * A table of five million interactions holds no `Date` and no object per row, so it fits in node's
 * default heap and a one-pass report over it runs close to a hand-written typed-array loop. Build one
 * with {@link toInteractionTable} from objects, straight from export rows with
 * {@link models!parseInteractions} (`output: 'table'`), batch by batch from a file too large to hold
 * as objects with {@link models!createInteractionTableParser}, or from columns you loaded yourself with
 * {@link interactionTableFromColumns}. Walkthrough and figures: docs/guide/large-datasets.md.
 *
 * @module table
 */
export * from './string-column.js';
export * from './interaction-table.js';
export * from './interaction-row.js';
export * from './to-interaction-table.js';
