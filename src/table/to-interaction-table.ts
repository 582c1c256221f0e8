import { invalidInput } from '../errors/invalid-input.js';
import { locatedError } from '../errors/located-error.js';
import { optionsObject } from '../errors/options-object.js';
import { isServiceKitError } from '../errors/service-kit-error.js';
import { checkRows, rowNotObject } from '../models/check-rows.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';
import { INSTANT, InteractionTableBuilder, listEntryEstimate } from './interaction-table-builder.js';
import type { InteractionLike, InteractionTable } from './interaction-table.js';

/** Options of {@link toInteractionTable}. */
export interface ToInteractionTableOptions<Row, Extra extends string> {
  /**
   * Extra numeric columns, by name, each with the accessor that reads its value from a row (`null`
   * or `undefined` for none): survey scores joined to their contacts, say
   * (`{ csatScore: (row) => scores.get(row.id) }`). Summaries read them as fields (`row.csatScore`).
   */
  numbers?: { readonly [Name in Extra]: (row: Row, index: number) => number | null | undefined };
}

/**
 * Turns interaction objects into an {@link InteractionTable}, in one pass: instants become epoch
 * milliseconds in `Float64Array`s (`NaN` when absent), durations and counts numbers, strings
 * dictionary codes, and lists flat columns.
 *
 * The rows are taken as valid (parse export rows with {@link models!parseInteractions}, which can
 * also give a table directly with `output: 'table'`); instants may be `Date`s or epoch milliseconds,
 * and only their type is checked.
 * The typed-array columns are views of one `ArrayBuffer` (one allocation for the whole table): copy
 * a column (`slice()`) before transferring its buffer to a worker.
 *
 * @param rows - Interactions, as {@link models!parseInteractions} or {@link models!InteractionSchema}
 *   give them (any object with those fields).
 * @param options - `numbers`: extra numeric columns and how to read them.
 * @returns The table.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for rows that are not an array, a row that is
 *   not an object (path `[index]`), a row without a valid `openedAt` (path `[index, 'openedAt']`), an
 *   instant that is not a `Date` or epoch ms in the range of a `Date` (a string: path `[index, field]`,
 *   or `[index, 'messages', entry, 'at']`), or an extra column named like a field.
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', team: 'billing', openedAt: new Date(0) },
 *   { id: 't2', customerId: 'c2', channel: 'email', direction: 'inbound', priority: 'normal', team: 'tech', openedAt: new Date(0) },
 *   { id: 't3', customerId: 'c1', channel: 'chat', direction: 'inbound', priority: 'normal', team: 'billing', openedAt: new Date(0) },
 * ]);
 * [table.length, table.team.values, Array.from(table.team.codes)]
 * // => [3, ['billing', 'tech'], [0, 1, 0]]
 * ```
 */
export function toInteractionTable<Row extends InteractionLike, Extra extends string = never>(
  rows: readonly Row[],
  options?: ToInteractionTableOptions<Row, Extra>,
): InteractionTable<Extra> {
  checkRows(rows);
  const accessors = (optionsObject(options).numbers ?? {}) as Record<string, (row: Row, index: number) => number | null | undefined>;
  const names = Object.keys(accessors);
  const builder = new InteractionTableBuilder(rows.length, names, listEntryEstimate(rows));
  let current = undefined as unknown as Row;
  let currentIndex = 0;
  const extra = names.length > 0 ? (name: string) => (accessors[name] as (row: Row, index: number) => number | null | undefined)(current, currentIndex) : undefined;
  // one try for the loop, not one per row: an error is located at the row being read
  let index = 0;
  try {
    for (; index < rows.length; index++) {
      const row = rows[index] as Row;
      const opened = row?.openedAt;
      // NaN and instants past the range of a Date fail the comparison
      if (!(Math.abs(opened instanceof Date ? opened.getTime() : typeof opened === 'number' ? opened : Number.NaN) <= MAX_DATE_MS)) {
        throw invalidInput(['openedAt'], INSTANT, opened);
      }
      current = row;
      currentIndex = index;
      builder.append(row, extra);
    }
  } catch (error) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null) throw rowNotObject(index, row);
    throw isServiceKitError(error, 'INVALID_INPUT') ? locatedError(error, [index], `row ${index}`) : error;
  }
  return builder.finish<Extra>();
}
