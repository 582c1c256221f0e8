// What the parse benchmarks' cases return: which rows were refused, and figures over every column
// of the table they made (or of the table their records make), so their outputs can be compared.
import type { Interaction } from '../src/models/index.js';
import { type InteractionTable, toInteractionTable } from '../src/table/index.js';

/** What every case returns: which rows were refused, and figures over every column it kept. */
export interface Digest {
  rows: number;
  badRows: number[];
  /** Per column: sums of numbers (NaN skipped); for strings, the sum of codes and the number of distinct values. */
  columns: Record<string, number>;
}

const sum = (column: ArrayLike<number>) => {
  let total = 0;
  for (let index = 0; index < column.length; index++) if ((column[index] as number) === (column[index] as number)) total += column[index] as number;
  return total;
};

const INSTANTS = ['openedAt', 'answeredAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'abandonedAt'] as const;
const NUMBERS = ['talkMs', 'holdMs', 'wrapMs', 'transfers', 'reopenCount', 'escalationLevel'] as const;
const STRINGS = ['customerId', 'channel', 'direction', 'priority', 'team', 'agentId', 'reason'] as const;

export function digestTable(table: InteractionTable, badRows: number[]): Digest {
  const columns: Record<string, number> = { id: table.id.reduce((total, id) => total + id.length, 0), resolvedOnFirstContact: sum(table.resolvedOnFirstContact) };
  for (const name of [...INSTANTS, ...NUMBERS]) columns[name] = sum(table[name]);
  for (const name of STRINGS) {
    columns[`${name}.codes`] = sum(table[name].codes);
    columns[`${name}.values`] = table[name].values.length;
  }
  const { statusHistory, messages } = table;
  Object.assign(columns, {
    'statusHistory.offsets': sum(statusHistory.offsets),
    'statusHistory.at': sum(statusHistory.at),
    'statusHistory.status.codes': sum(statusHistory.status.codes),
    'statusHistory.status.values': statusHistory.status.values.length,
    'messages.offsets': sum(messages.offsets),
    'messages.at': sum(messages.at),
    'messages.author': sum(messages.author),
  });
  return { rows: table.length, badRows, columns };
}

/** The digest of records, through the table zod's records make (the table a fast path must equal). */
export const digestRecords = (records: readonly Interaction[], badRows: number[]) => digestTable(toInteractionTable(records), badRows);

export const badRowsOf = (issues: readonly { index: number }[]) => [...new Set(issues.map((issue) => issue.index))];

