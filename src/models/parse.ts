import type { z } from 'zod';
import { choiceOption } from '../errors/choice-option.js';
import { optionsObject } from '../errors/options-object.js';
import { MAX_CAPACITY } from '../table/interaction-table-builder.js';
import type { InteractionTable } from '../table/interaction-table.js';
import { checkRows } from './check-rows.js';
import { CustomerSchema, type Customer } from './customer.js';
import { InteractionRowReader } from './interaction-fast-path.js';
import { createInteractionTableParser } from './interaction-table-parser.js';
import { InteractionSchema, type Interaction } from './interaction.js';
import { CES_SCALE, CSAT_SCALE, NpsResponseSchema, surveyResponseSchema, type ScoreScale, type SurveyResponse } from './survey.js';
import { zodRecord } from './zod-record.js';

/** One problem found in one row by a batch parser. */
export interface ParseIssue {
  /** The row's position in the input (0-based). */
  index: number;
  /** The path of the field inside the row (`['statusHistory', 2, 'at']`); empty for the row itself. */
  path: (string | number)[];
  /** What is wrong, in words. */
  message: string;
  /** zod's issue code (`invalid_type`, `too_small`, `custom`, …). */
  code: string;
}

/** What a batch parser returns: every valid row, in input order, and every problem of the others. */
export interface ParseResult<T> {
  /** The valid rows, parsed, in the order they came. */
  records: T[];
  /** Every issue of every invalid row, by row index then in zod's order. */
  issues: ParseIssue[];
  /** For each record, the index of its row in the input (so records can be joined back). */
  indexes: number[];
}

/**
 * Parses rows with any zod schema, keeping every valid row and reporting every problem of every
 * invalid one (not just the first).
 *
 * @param schema - The schema of one row.
 * @param rows - The rows, as read from an export or an API.
 * @returns The parsed rows, the issues of the rest with their row index and field path, and the
 *   input index of each parsed row.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` when `rows` is not an array.
 * @example
 * ```ts
 * const { records, issues } = parseRows(CustomerSchema, [
 *   { id: 'c1', acquiredAt: '2025-01-06' },
 *   { id: '', acquiredAt: 'yesterday' },
 * ]);
 * records.length
 * // => 1
 * issues.map((issue) => `${issue.index} ${issue.path.join('.')}`)
 * // => ['1 id', '1 acquiredAt']
 * ```
 */
export function parseRows<Schema extends z.ZodType>(schema: Schema, rows: readonly unknown[]): ParseResult<z.output<Schema>> {
  checkRows(rows);
  const records: z.output<Schema>[] = [];
  const indexes: number[] = [];
  const issues: ParseIssue[] = [];
  for (let index = 0; index < rows.length; index++) {
    const record = zodRecord(schema, rows[index], index, issues);
    if (record === undefined) continue;
    records.push(record);
    indexes.push(index);
  }
  return { records, issues, indexes };
}

/** What {@link parseInteractions} returns with `output: 'table'`: the valid rows as a table, and the issues of the others. */
export interface ParseTableResult {
  /** The valid rows, in the order they came, as columns. */
  table: InteractionTable;
  /** Every issue of every invalid row, by row index then in zod's order (the same as with records). */
  issues: ParseIssue[];
  /** For each table row, the index of its row in the input. */
  indexes: number[];
}

/** Options of {@link parseInteractions}. */
export interface ParseInteractionsOptions {
  /**
   * `'records'` (the default): interaction objects with `Date`s; `'table'`: an
   * {@link table!InteractionTable}, built in the same pass without creating a `Date` or an object per
   * row. The table's typed-array columns are views of one `ArrayBuffer`: copy a column (`slice()`)
   * before transferring its buffer to a worker.
   */
  output?: 'records' | 'table';
}

/**
 * Parses interaction rows (tickets, calls, chats): every valid row is kept, in order, and every
 * problem of every other row is reported with its row index and field path.
 *
 * Rows are checked by a compiled checker that applies the rules of {@link InteractionSchema}; only
 * rows it does not vouch for go to zod, which reports their issues, so the records and issues are
 * exactly zod's, at several times its speed. With `output: 'table'`, valid rows go straight into an
 * {@link table!InteractionTable} (instants as epoch ms), the fastest way from an export to
 * {@link kpis!summarize}.
 *
 * @param rows - The rows, as read from an export or an API (ISO strings, epoch ms or `Date`s for instants).
 * @param options - `output`: `'records'` (default) or `'table'`.
 * @returns `{ records, issues, indexes }`, or `{ table, issues, indexes }` with `output: 'table'`.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` when `rows` is not an array;
 *   `INVALID_OPTION` for options that are not an object, or an `output` other than `'records'` or `'table'`.
 * @example
 * ```ts
 * const rows = [
 *   { id: 't1', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z' },
 *   { id: 't2', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z', talkMs: -5 },
 * ];
 * const { records, issues } = parseInteractions(rows);
 * [records.length, issues[0]?.index, issues[0]?.path]
 * // => [1, 1, ['talkMs']]
 * const parsed = parseInteractions(rows, { output: 'table' });
 * [parsed.table.length, parsed.table.openedAt[0], parsed.issues.length]
 * // => [1, 1736154000000, 1]
 * ```
 */
export function parseInteractions(rows: readonly unknown[], options: ParseInteractionsOptions & { output: 'table' }): ParseTableResult;
/**
 * Parses interaction rows into interaction objects (see the table form above for the details).
 *
 * @param rows - The rows, as read from an export or an API.
 * @param options - `output: 'records'` (the default).
 * @returns The records, the issues of the other rows, and each record's input index.
 * @example
 * ```ts
 * parseInteractions([{ id: 't1', customerId: 'c1', channel: 'chat', openedAt: 0 }]).records[0]?.priority
 * // => 'normal'
 * ```
 */
export function parseInteractions(rows: readonly unknown[], options?: ParseInteractionsOptions & { output?: 'records' }): ParseResult<Interaction>;
export function parseInteractions(rows: readonly unknown[], options?: ParseInteractionsOptions): ParseResult<Interaction> | ParseTableResult {
  checkRows(rows);
  if (choiceOption(optionsObject(options).output ?? 'records', ['records', 'table'], 'output') === 'table') {
    const parser = createInteractionTableParser({ capacity: Math.min(rows.length, MAX_CAPACITY) });
    parser.push(rows);
    return parser.finish();
  }
  return parseInteractionRecords(rows);
}

/**
 * The records form of {@link parseInteractions}: the fast path parses the valid rows; zod parses
 * the rest (a valid row the fast path does not vouch for) or reports on them. Records and indexes
 * are made at full length once and cut to the rows kept.
 */
function parseInteractionRecords(rows: readonly unknown[]): ParseResult<Interaction> {
  const reader = new InteractionRowReader();
  const records = new Array<Interaction>(rows.length);
  const indexes = new Array<number>(rows.length);
  const issues: ParseIssue[] = [];
  let kept = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const record = reader.record(row) ?? (zodRecord(InteractionSchema, row, index, issues) as Interaction | undefined);
    if (record === undefined) continue;
    records[kept] = record;
    indexes[kept++] = index;
  }
  records.length = kept;
  indexes.length = kept;
  return { records, issues, indexes };
}

/**
 * Parses customer rows, keeping every valid row and reporting every problem of the others.
 *
 * @example
 * ```ts
 * parseCustomers([{ id: 'c1', acquiredAt: '2025-03-01', churnedAt: '2025-02-01' }]).issues[0]?.message
 * // => 'churnedAt is before acquiredAt'
 * ```
 */
export function parseCustomers(rows: readonly unknown[]): ParseResult<Customer> {
  return parseRows(CustomerSchema, rows) as ParseResult<Customer>;
}

/** Options of the survey parsers. */
export interface SurveyParseOptions {
  /** The survey's inclusive scale, when it is not the default. */
  scale?: ScoreScale;
}

/**
 * Parses CSAT responses (scale 1–5 unless `scale` says otherwise).
 *
 * @example
 * ```ts
 * parseCsatResponses([{ score: 6, respondedAt: '2025-01-06T10:00:00Z' }]).issues[0]?.message
 * // => 'score is above the scale 1–5'
 * parseCsatResponses([{ score: 6, respondedAt: '2025-01-06T10:00:00Z' }], { scale: [1, 10] }).records.length
 * // => 1
 * ```
 */
export function parseCsatResponses(rows: readonly unknown[], options?: SurveyParseOptions): ParseResult<SurveyResponse> {
  return parseRows(surveyResponseSchema(optionsObject(options).scale ?? CSAT_SCALE), rows);
}

/**
 * Parses NPS responses (whole-number scores 0–10).
 *
 * @example
 * ```ts
 * parseNpsResponses([{ score: 9, respondedAt: '2025-01-06T10:00:00Z' }, { score: -1, respondedAt: 0 }]).issues.length
 * // => 1
 * ```
 */
export function parseNpsResponses(rows: readonly unknown[]): ParseResult<SurveyResponse> {
  return parseRows(NpsResponseSchema, rows);
}

/**
 * Parses Customer Effort Score responses (scale 1–7 unless `scale` says otherwise).
 *
 * @example
 * ```ts
 * parseCesResponses([{ score: 5, respondedAt: '2025-01-06T10:00:00Z' }], { scale: [1, 5] }).records[0]?.score
 * // => 5
 * ```
 */
export function parseCesResponses(rows: readonly unknown[], options?: SurveyParseOptions): ParseResult<SurveyResponse> {
  return parseRows(surveyResponseSchema(optionsObject(options).scale ?? CES_SCALE), rows);
}
