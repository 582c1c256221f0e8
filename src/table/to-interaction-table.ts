import { ServiceKitError } from '../errors/service-kit-error.js';
import { InteractionTableBuilder, listEntryEstimate } from './interaction-table-builder.js';
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
 * also give a table directly with `output: 'table'`); instants may be `Date`s or epoch milliseconds.
 * The typed-array columns are views of one `ArrayBuffer` (one allocation for the whole table): copy
 * a column (`slice()`) before transferring its buffer to a worker.
 *
 * @param rows - Interactions, as {@link models!parseInteractions} or {@link models!InteractionSchema}
 *   give them (any object with those fields).
 * @param options - `numbers`: extra numeric columns and how to read them.
 * @returns The table.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a row without a valid `openedAt` (path
 *   `[index, 'openedAt']`) or an extra column named like a field.
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
  options: ToInteractionTableOptions<Row, Extra> = {},
): InteractionTable<Extra> {
  const accessors = (options.numbers ?? {}) as Record<string, (row: Row, index: number) => number | null | undefined>;
  const names = Object.keys(accessors);
  const builder = new InteractionTableBuilder(rows.length, names, listEntryEstimate(rows));
  let current = undefined as unknown as Row;
  let currentIndex = 0;
  const extra = names.length > 0 ? (name: string) => (accessors[name] as (row: Row, index: number) => number | null | undefined)(current, currentIndex) : undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row;
    const opened = row?.openedAt;
    if (!(opened instanceof Date ? !Number.isNaN(opened.getTime()) : typeof opened === 'number' && Number.isFinite(opened))) {
      throw new ServiceKitError('INVALID_INPUT', `row ${index} has no valid openedAt: parse rows with parseInteractions first`, { path: [index, 'openedAt'] });
    }
    current = row;
    currentIndex = index;
    builder.append(row, extra);
  }
  return builder.finish<Extra>();
}
