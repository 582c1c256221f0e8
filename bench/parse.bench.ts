// Bulk validation of export rows (issue 8): 1M ISO-string JSON rows from the sample-data generator
// (status histories and messages included), 0.1 % of them invalid.
//
//   npm run bench -- parse            1M rows, each case 3 times in a fresh process
//   npm run bench -- parse --quick    100k rows
//
// Cases: zod alone (InteractionSchema.safeParse per row: the floor, and the reference), a
// hand-written loop reading the rows into typed arrays with only the checks this data needs (the
// limit proxy), and parseInteractions to objects and straight to the columnar table. Every case
// returns the bad rows' indexes and sums of every column it read, which must agree.
import { InteractionSchema, type Interaction, parseInteractions, parseRows } from '../src/models/index.js';
import type { InteractionTable } from '../src/table/index.js';
import { benchIsoRows, benchTable } from './data.js';
import { benchCase, defineBench } from './harness.js';

type Rows = Record<string, unknown>[];

/** What every case returns: which rows were refused, and sums over what was kept. */
interface Digest {
  rows: number;
  badRows: number[];
  sums: number[];
}

function digestTable(table: InteractionTable, badRows: number[]): Digest {
  const sum = (column: Float64Array) => {
    let total = 0;
    for (let index = 0; index < column.length; index++) if ((column[index] as number) === (column[index] as number)) total += column[index] as number;
    return total;
  };
  return {
    rows: table.length,
    badRows,
    sums: [sum(table.openedAt), sum(table.firstResponseAt), sum(table.resolvedAt), sum(table.talkMs), table.statusHistory.at.length, sum(table.statusHistory.at), table.messages.at.length, sum(table.messages.at)],
  };
}

function digestRecords(records: readonly Interaction[], badRows: number[]): Digest {
  let opened = 0;
  let firstResponse = 0;
  let resolved = 0;
  let talk = 0;
  let changes = 0;
  let changesAt = 0;
  let messages = 0;
  let messagesAt = 0;
  for (const record of records) {
    opened += record.openedAt.getTime();
    firstResponse += record.firstResponseAt?.getTime() ?? 0;
    resolved += record.resolvedAt?.getTime() ?? 0;
    talk += record.talkMs ?? 0;
    for (const change of record.statusHistory ?? []) {
      changes++;
      changesAt += change.at.getTime();
    }
    for (const message of record.messages ?? []) {
      messages++;
      messagesAt += message.at.getTime();
    }
  }
  return { rows: records.length, badRows, sums: [opened, firstResponse, resolved, talk, changes, changesAt, messages, messagesAt] };
}

const badRowsOf = (issues: readonly { index: number }[]) => [...new Set(issues.map((issue) => issue.index))];

// ---------------------------------------------------------------- the limit proxy

function digit(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/** Epoch ms of a canonical `YYYY-MM-DDTHH:MM:SS.sssZ`, read with no checks at all (this data has no other form). */
function isoMs(text: string): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digit(text, 8) * 10 + digit(text, 9) - 1;
  const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  return (
    days * 86_400_000 +
    (digit(text, 11) * 10 + digit(text, 12)) * 3_600_000 +
    (digit(text, 14) * 10 + digit(text, 15)) * 60_000 +
    (digit(text, 17) * 10 + digit(text, 18)) * 1000 +
    digit(text, 20) * 100 +
    digit(text, 21) * 10 +
    digit(text, 22)
  );
}

/**
 * The hand-written loop: each field read once into preallocated typed arrays (strings through a Map),
 * lists flattened, a row dropped when a duration is negative (the only fault this data has). No
 * other validation: the cost of merely reading the rows into columns.
 */
function tightLoop(rows: Rows): Digest {
  const n = rows.length;
  const opened = new Float64Array(n);
  const firstResponse = new Float64Array(n);
  const resolved = new Float64Array(n);
  const talk = new Float64Array(n);
  const team = new Int32Array(n);
  const teams = new Map<string, number>();
  let historyAt = new Float64Array(n * 4);
  let messageAt = new Float64Array(n * 2);
  let historyCount = 0;
  let messageCount = 0;
  let kept = 0;
  const badRows: number[] = [];
  for (let index = 0; index < n; index++) {
    const row = rows[index] as Record<string, unknown>;
    const talkMs = row.talkMs as number | undefined;
    if (talkMs !== undefined && talkMs < 0) {
      badRows.push(index);
      continue;
    }
    opened[kept] = isoMs(row.openedAt as string);
    const first = row.firstResponseAt as string | undefined;
    firstResponse[kept] = first === undefined ? Number.NaN : isoMs(first);
    const done = row.resolvedAt as string | undefined;
    resolved[kept] = done === undefined ? Number.NaN : isoMs(done);
    talk[kept] = talkMs ?? Number.NaN;
    const name = row.team as string;
    let code = teams.get(name);
    if (code === undefined) teams.set(name, (code = teams.size));
    team[kept] = code;
    const history = row.statusHistory as { at: string }[] | undefined;
    if (history !== undefined) {
      if (historyCount + history.length > historyAt.length) {
        const grown = new Float64Array(historyAt.length * 2);
        grown.set(historyAt);
        historyAt = grown;
      }
      for (const change of history) historyAt[historyCount++] = isoMs(change.at);
    }
    const messages = row.messages as { at: string }[] | undefined;
    if (messages !== undefined) {
      if (messageCount + messages.length > messageAt.length) {
        const grown = new Float64Array(messageAt.length * 2);
        grown.set(messageAt);
        messageAt = grown;
      }
      for (const message of messages) messageAt[messageCount++] = isoMs(message.at);
    }
    kept++;
  }
  const sum = (column: Float64Array, length: number) => {
    let total = 0;
    for (let index = 0; index < length; index++) if ((column[index] as number) === (column[index] as number)) total += column[index] as number;
    return total;
  };
  return {
    rows: kept,
    badRows,
    sums: [sum(opened, kept), sum(firstResponse, kept), sum(resolved, kept), sum(talk, kept), historyCount, sum(historyAt, historyCount), messageCount, sum(messageAt, messageCount)],
  };
}

const prepare = (size: number) => benchIsoRows(benchTable(size));

await defineBench({
  name: 'parse',
  title: 'bulk validation of ISO-string export rows (status histories and messages included), 0.1 % invalid',
  unit: 'rows',
  sizes: { quick: [100_000], full: [1_000_000] },
  reference: 'zod',
  warmupSize: 50_000,
  cases: [
    benchCase({ name: 'tight-loop', role: 'limit', description: 'hand-written read into typed arrays, no validation beyond this data’s one fault', prepare, run: (rows: Rows) => tightLoop(rows) }),
    benchCase({
      name: 'zod',
      role: 'floor',
      description: 'InteractionSchema.safeParse on every row (parseRows), records with Dates',
      prepare,
      run: (rows: Rows) => {
        const { records, issues } = parseRows(InteractionSchema, rows);
        return digestRecords(records as Interaction[], badRowsOf(issues));
      },
    }),
    benchCase({
      name: 'parse-objects',
      role: 'ours',
      description: 'parseInteractions: compiled checker, zod only for failing rows; records with Dates',
      prepare,
      run: (rows: Rows) => {
        const { records, issues } = parseInteractions(rows);
        return digestRecords(records, badRowsOf(issues));
      },
    }),
    benchCase({
      name: 'parse-table',
      role: 'ours',
      description: "parseInteractions(rows, { output: 'table' }): straight to the columnar table, no Date",
      prepare,
      run: (rows: Rows) => {
        const { table, issues } = parseInteractions(rows, { output: 'table' });
        return digestTable(table, badRowsOf(issues));
      },
    }),
  ],
  goals: (perRow) => {
    const lines: string[] = [];
    const table = perRow.get('parse-table');
    const objects = perRow.get('parse-objects');
    if (table !== undefined) lines.push(`goal: parseInteractions to the table ≥ 500k rows/s — ${Math.round(1000 / table / 1000)}k rows/s ${1000 / table >= 500_000 ? 'met' : 'NOT met'}`);
    if (objects !== undefined) lines.push(`goal: parseInteractions to objects ≥ 300k rows/s — ${Math.round(1000 / objects / 1000)}k rows/s ${1000 / objects >= 300_000 ? 'met' : 'NOT met'}`);
    lines.push('the issues of failing rows are zod’s own (zod reports them); test/properties/models-fast-path.test.ts checks records, tables and issues equal zod’s');
    return lines;
  },
});
