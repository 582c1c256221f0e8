import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { InteractionTableBuilder, listEntryEstimate, MAX_CAPACITY } from '../table/interaction-table-builder.js';
import { checkRows } from './check-rows.js';
import { InteractionRowReader } from './interaction-fast-path.js';
import { InteractionSchema } from './interaction.js';
import type { ParseIssue, ParseTableResult } from './parse.js';
import { zodRecord } from './zod-record.js';

/** Options of {@link createInteractionTableParser}. */
export interface InteractionTableParserOptions {
  /**
   * How many rows to make room for at first (a whole number from 0 to 2²⁷ = 134,217,728):
   * the table grows past it as needed, so it is only a hint; by default, the first batch's size (at
   * least 1,024). Growing copies the columns into new ones twice the size, so a good hint saves
   * memory and time.
   */
  capacity?: number;
}

/**
 * Parses batches of interaction rows into one {@link table!InteractionTable}; made by
 * {@link createInteractionTableParser}.
 */
export interface InteractionTableParser {
  /**
   * Checks a batch of rows as {@link parseInteractions} does and appends the valid ones to the
   * table. Issue and row indexes count rows across every batch pushed so far.
   */
  push(rows: readonly unknown[]): void;
  /** How many rows have been pushed, valid or not. */
  readonly rowCount: number;
  /**
   * The table of every valid row pushed, the issues of the others, and each table row's index
   * among all the rows pushed: what {@link parseInteractions} gives for all the batches joined. The
   * parser is done with after this.
   */
  finish(): ParseTableResult;
}


/** Room for rows when neither `capacity` nor the first batch says more: a batch of a row at a time would otherwise grow the table from one row. */
const MIN_CAPACITY = 1024;

/**
 * A parser that takes interaction rows in batches (an export read line by line or page by page)
 * and builds one table from them, so the rows need never be held all at once: only the table and
 * the batch being parsed are in memory. Pushing every batch then finishing gives exactly what
 * {@link parseInteractions} with `output: 'table'` gives for all the rows in one array.
 *
 * @param options - `capacity`: how many rows to make room for at first.
 * @returns A parser: `push(rows)` for each batch, then `finish()` for `{ table, issues, indexes }`.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a `capacity` that is not a whole
 *   number from 0 to 2²⁷ (134,217,728); `INVALID_INPUT` when a batch is not an array, or the parser is used after `finish`.
 * @example
 * ```ts
 * const parser = createInteractionTableParser();
 * parser.push([{ id: 't1', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z' }]);
 * parser.push([
 *   { id: 't2', customerId: 'c2', channel: 'chat', openedAt: 'yesterday' },
 *   { id: 't3', customerId: 'c3', channel: 'email', openedAt: '2025-01-06T10:00:00Z' },
 * ]);
 * const { table, issues, indexes } = parser.finish();
 * [table.length, indexes, issues.map((issue) => `${issue.index} ${issue.path.join('.')}`)]
 * // => [2, [0, 2], ['1 openedAt']]
 * ```
 */
export function createInteractionTableParser(options?: InteractionTableParserOptions): InteractionTableParser {
  const { capacity } = optionsObject(options);
  if (capacity !== undefined && !(Number.isInteger(capacity) && capacity >= 0 && capacity <= MAX_CAPACITY)) {
    throw invalidOption('capacity', `a whole number from 0 to ${MAX_CAPACITY}`, capacity);
  }
  const reader = new InteractionRowReader();
  const issues: ParseIssue[] = [];
  const indexes: number[] = [];
  let builder: InteractionTableBuilder | undefined;
  let rowCount = 0;
  let finished = false;
  const checkOpen = () => {
    if (finished) throw new ServiceKitError('INVALID_INPUT', 'this parser has finished its table; create another parser for more rows');
  };
  return {
    get rowCount() {
      return rowCount;
    },
    push(rows: readonly unknown[]): void {
      checkOpen();
      checkRows(rows);
      if (builder === undefined) {
        const room = capacity ?? Math.max(rows.length, MIN_CAPACITY);
        builder = new InteractionTableBuilder(room, [], listEntryEstimate(rows, room));
      }
      for (let offset = 0; offset < rows.length; offset++) {
        const row = rows[offset];
        const index = rowCount + offset;
        if (!reader.append(row, builder)) {
          const record = zodRecord(InteractionSchema, row, index, issues);
          if (record === undefined) continue;
          builder.append(record);
        }
        indexes.push(index);
      }
      rowCount += rows.length;
    },
    finish(): ParseTableResult {
      checkOpen();
      finished = true;
      return { table: (builder ?? new InteractionTableBuilder(0)).finish(), issues, indexes };
    },
  };
}
