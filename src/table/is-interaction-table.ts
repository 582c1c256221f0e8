// Internal (not re-exported): how functions that take rows or a table tell them apart.
import type { InteractionTable } from './interaction-table.js';

/** Whether `value` is an {@link InteractionTable} (typed-array columns) rather than rows or one interaction. */
export function isInteractionTable(value: unknown): value is InteractionTable<string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { openedAt?: unknown }).openedAt instanceof Float64Array;
}
