import type { z } from 'zod';
import { CustomerSchema, type Customer } from './customer.js';
import { InteractionSchema, type Interaction } from './interaction.js';
import { parseInteractionFast } from './interaction-fast-path.js';
import { CES_SCALE, CSAT_SCALE, NpsResponseSchema, surveyResponseSchema, type ScoreScale, type SurveyResponse } from './survey.js';

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
  return parseRowsWithFastPath(schema, rows, () => undefined);
}

/**
 * {@link parseRows} with a fast path: `fast` parses a row that satisfies every rule of `schema` (the
 * same record zod would give) and returns `undefined` for any other, which zod then reports on.
 */
function parseRowsWithFastPath<Schema extends z.ZodType>(
  schema: Schema,
  rows: readonly unknown[],
  fast: (row: unknown) => z.output<Schema> | undefined,
): ParseResult<z.output<Schema>> {
  const records: z.output<Schema>[] = [];
  const indexes: number[] = [];
  const issues: ParseIssue[] = [];
  rows.forEach((row, index) => {
    const parsed = fast(row);
    if (parsed !== undefined) {
      records.push(parsed);
      indexes.push(index);
      return;
    }
    const result = schema.safeParse(row);
    if (result.success) {
      records.push(result.data);
      indexes.push(index);
      return;
    }
    for (const issue of result.error.issues) {
      issues.push({ index, path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issue.message, code: issue.code });
    }
  });
  return { records, issues, indexes };
}

/**
 * Parses interaction rows (tickets, calls, chats): every valid row is kept, in order, and every
 * problem of every other row is reported with its row index and field path.
 *
 * @example
 * ```ts
 * const { records, issues } = parseInteractions([
 *   { id: 't1', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z' },
 *   { id: 't2', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z', talkMs: -5 },
 * ]);
 * [records.length, issues[0]?.index, issues[0]?.path]
 * // => [1, 1, ['talkMs']]
 * ```
 */
export function parseInteractions(rows: readonly unknown[]): ParseResult<Interaction> {
  return parseRowsWithFastPath(InteractionSchema, rows, parseInteractionFast) as ParseResult<Interaction>;
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
export function parseCsatResponses(rows: readonly unknown[], options: SurveyParseOptions = {}): ParseResult<SurveyResponse> {
  return parseRows(surveyResponseSchema(options.scale ?? CSAT_SCALE), rows);
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
export function parseCesResponses(rows: readonly unknown[], options: SurveyParseOptions = {}): ParseResult<SurveyResponse> {
  return parseRows(surveyResponseSchema(options.scale ?? CES_SCALE), rows);
}
