// Internal (not re-exported): zod's verdict on one row of a batch, as the batch parsers report it.
import type { z } from 'zod';
import type { ParseIssue } from './parse.js';

/** What `schema` gives for the row at `index`, or `undefined` after adding the row's issues to `issues`. */
export function zodRecord<Schema extends z.ZodType>(schema: Schema, row: unknown, index: number, issues: ParseIssue[]): z.output<Schema> | undefined {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ index, path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issue.message, code: issue.code });
  }
  return undefined;
}
