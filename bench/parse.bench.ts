// Bulk validation of export rows (issue 8): 1M ISO-string JSON rows from the sample-data generator
// (status histories and messages included), 0.1 % of them invalid.
//
//   npm run bench -- parse            1M rows, each case 3 times in a fresh process
//   npm run bench -- parse --quick    100k rows
//
// Cases: zod alone (InteractionSchema.safeParse per row: the floor, and the reference), a
// hand-written loop reading every field of the rows into the columns parseInteractions fills, with
// only the check this data needs (the limit proxy for the table), a hand-written loop making the
// same records from rows taken as valid (what the objects alone cost), and parseInteractions to
// objects and straight to the columnar table. Every case's output is digested after its timed run
// (the bad rows' indexes, and sums or dictionary sizes of every column of the table it made, or of
// the table its records make), and the digests must agree.
import { InteractionSchema, type Interaction, parseInteractions, parseRows } from '../src/models/index.js';
import type { InteractionTable } from '../src/table/index.js';
import { benchIsoRows, benchTable } from './data.js';
import { badRowsOf, type Digest, digestRecords, digestTable } from './digest.js';
import { benchCase, type CaseRole, defineBench } from './harness.js';

type Rows = Record<string, unknown>[];

// ---------------------------------------------------------------- the limit proxy

function digit(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/** Days before the first of each month (1–12) in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Epoch ms of a canonical `YYYY-MM-DDTHH:MM:SS.sssZ`, read with no checks at all (this data has no other form). */
function isoMs(text: string): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const before = year - 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    365 * (year - 1970) + ((before / 4) | 0) - ((before / 100) | 0) + ((before / 400) | 0) - 477 +
    (DAYS_BEFORE_MONTH[month] as number) + (leap && month > 2 ? 1 : 0) + digit(text, 8) * 10 + digit(text, 9) - 1;
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

const grown = <T extends Float64Array | Int32Array | Uint8Array>(array: T): T => {
  const next = new (array.constructor as new (size: number) => T)(array.length * 2);
  next.set(array);
  return next;
};

/** A string column read with no checks: a Map from each string to its code, in order of first appearance. */
class Strings {
  codes: Int32Array;
  readonly values: string[] = [];
  private readonly positions = new Map<string, number>();
  constructor(codes: Int32Array) {
    this.codes = codes;
  }
  set(row: number, value: string | undefined): void {
    if (value === undefined) {
      this.codes[row] = -1;
      return;
    }
    let code = this.positions.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.positions.set(value, code);
    }
    this.codes[row] = code;
  }
  grow(): void {
    this.codes = grown(this.codes);
  }
}

/**
 * The hand-written loop: every field of the table read once into preallocated typed arrays (strings
 * dictionary-encoded through a Map, lists flattened into columns sized for this data and doubled if
 * need be), a row dropped when a duration is negative (the only fault this data has). No other
 * validation: the cost of merely reading the rows into the columns parseInteractions fills.
 */
function tightLoop(rows: Rows): { table: InteractionTable; badRows: number[]; indexes: number[] } {
  const n = rows.length;
  const id: string[] = new Array<string>(n);
  // every column carved out of one buffer, as InteractionTableBuilder does (one large allocation
  // outside the heap brings on one full collection of the heap that holds the rows, not two)
  const buffer = new ArrayBuffer(8 * (12 * n + 6 * n) + 4 * (7 * n + 2 * (n + 1) + 4 * n) + n + 2 * n);
  let offset = 0;
  const take = <T>(Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; readonly BYTES_PER_ELEMENT: number }, length: number): T => {
    const array = new Type(buffer, offset, length);
    offset += length * Type.BYTES_PER_ELEMENT;
    return array;
  };
  const instant = () => take(Float64Array, n);
  const [openedAt, answeredAt, firstResponseAt, resolvedAt, closedAt, abandonedAt] = [instant(), instant(), instant(), instant(), instant(), instant()];
  const [talkMs, holdMs, wrapMs, transfers, reopenCount, escalationLevel] = [instant(), instant(), instant(), instant(), instant(), instant()];
  let historyAt = take(Float64Array, n * 4);
  let messageAt = take(Float64Array, n * 2);
  const strings = {
    customerId: new Strings(take(Int32Array, n)),
    channel: new Strings(take(Int32Array, n)),
    direction: new Strings(take(Int32Array, n)),
    priority: new Strings(take(Int32Array, n)),
    team: new Strings(take(Int32Array, n)),
    agentId: new Strings(take(Int32Array, n)),
    reason: new Strings(take(Int32Array, n)),
  };
  const historyOffsets = take(Int32Array, n + 1);
  const messageOffsets = take(Int32Array, n + 1);
  const historyStatus = new Strings(take(Int32Array, n * 4));
  const flag = take(Int8Array, n);
  let messageAuthor = take(Uint8Array, n * 2);
  let historyCount = 0;
  let messageCount = 0;
  let kept = 0;
  const badRows: number[] = [];
  const indexes: number[] = new Array<number>(n);
  const optionalMs = (value: unknown) => (value === undefined ? Number.NaN : isoMs(value as string));
  const optional = (value: unknown) => (value === undefined ? Number.NaN : (value as number));
  for (let index = 0; index < n; index++) {
    const row = rows[index] as Record<string, unknown>;
    const talk = row.talkMs as number | undefined;
    if (talk !== undefined && talk < 0) {
      badRows.push(index);
      continue;
    }
    id[kept] = row.id as string;
    strings.customerId.set(kept, row.customerId as string);
    strings.channel.set(kept, row.channel as string);
    strings.direction.set(kept, (row.direction as string | undefined) ?? 'inbound');
    strings.priority.set(kept, (row.priority as string | undefined) ?? 'normal');
    strings.team.set(kept, row.team as string | undefined);
    strings.agentId.set(kept, row.agentId as string | undefined);
    strings.reason.set(kept, row.reason as string | undefined);
    openedAt[kept] = isoMs(row.openedAt as string);
    answeredAt[kept] = optionalMs(row.answeredAt);
    firstResponseAt[kept] = optionalMs(row.firstResponseAt);
    resolvedAt[kept] = optionalMs(row.resolvedAt);
    closedAt[kept] = optionalMs(row.closedAt);
    abandonedAt[kept] = optionalMs(row.abandonedAt);
    talkMs[kept] = optional(talk);
    holdMs[kept] = optional(row.holdMs);
    wrapMs[kept] = optional(row.wrapMs);
    transfers[kept] = optional(row.transfers);
    reopenCount[kept] = optional(row.reopenCount);
    escalationLevel[kept] = optional(row.escalationLevel);
    const resolvedOnFirstContact = row.resolvedOnFirstContact;
    flag[kept] = resolvedOnFirstContact === true ? 1 : resolvedOnFirstContact === false ? 0 : -1;
    const history = row.statusHistory as { status: string; at: string }[] | undefined;
    if (history !== undefined) {
      for (const change of history) {
        if (historyCount === historyAt.length) {
          historyAt = grown(historyAt);
          historyStatus.grow();
        }
        historyAt[historyCount] = isoMs(change.at);
        historyStatus.set(historyCount++, change.status);
      }
    }
    historyOffsets[kept + 1] = historyCount;
    const messages = row.messages as { at: string; author: string }[] | undefined;
    if (messages !== undefined) {
      for (const message of messages) {
        if (messageCount === messageAt.length) {
          messageAt = grown(messageAt);
          messageAuthor = grown(messageAuthor);
        }
        messageAt[messageCount] = isoMs(message.at);
        messageAuthor[messageCount++] = message.author === 'agent' ? 1 : 0;
      }
    }
    messageOffsets[kept + 1] = messageCount;
    indexes[kept++] = index;
  }
  indexes.length = kept;
  id.length = kept;
  const column = (strings: Strings, length: number) => ({ codes: strings.codes.subarray(0, length), values: strings.values });
  const table: InteractionTable = {
    length: kept,
    id,
    customerId: column(strings.customerId, kept),
    channel: column(strings.channel, kept),
    direction: column(strings.direction, kept),
    priority: column(strings.priority, kept),
    team: column(strings.team, kept),
    agentId: column(strings.agentId, kept),
    reason: column(strings.reason, kept),
    openedAt: openedAt.subarray(0, kept),
    answeredAt: answeredAt.subarray(0, kept),
    firstResponseAt: firstResponseAt.subarray(0, kept),
    resolvedAt: resolvedAt.subarray(0, kept),
    closedAt: closedAt.subarray(0, kept),
    abandonedAt: abandonedAt.subarray(0, kept),
    talkMs: talkMs.subarray(0, kept),
    holdMs: holdMs.subarray(0, kept),
    wrapMs: wrapMs.subarray(0, kept),
    transfers: transfers.subarray(0, kept),
    reopenCount: reopenCount.subarray(0, kept),
    escalationLevel: escalationLevel.subarray(0, kept),
    resolvedOnFirstContact: flag.subarray(0, kept),
    statusHistory: { offsets: historyOffsets.subarray(0, kept + 1), at: historyAt.subarray(0, historyCount), status: column(historyStatus, historyCount) },
    messages: { offsets: messageOffsets.subarray(0, kept + 1), at: messageAt.subarray(0, messageCount), author: messageAuthor.subarray(0, messageCount) },
    numbers: {},
  };
  return { table, badRows, indexes };
}

/**
 * The records' counterpart of the limit proxy: the same records (keys in the schema's order, a
 * `Date` per instant, lists of objects) built by hand from rows taken as valid, a row dropped when
 * a duration is negative. What making a million records costs, whoever validates them.
 */
function objectsLoop(rows: Rows): { records: Interaction[]; badRows: number[] } {
  const records: Interaction[] = new Array<Interaction>(rows.length);
  const badRows: number[] = [];
  let kept = 0;
  const date = (value: unknown) => new Date(isoMs(value as string));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Record<string, unknown>;
    if (row.talkMs !== undefined && (row.talkMs as number) < 0) {
      badRows.push(index);
      continue;
    }
    const record: Record<string, unknown> = { id: row.id, customerId: row.customerId, channel: row.channel, direction: row.direction ?? 'inbound', priority: row.priority ?? 'normal' };
    if (row.team !== undefined) record.team = row.team;
    if (row.agentId !== undefined) record.agentId = row.agentId;
    if (row.reason !== undefined) record.reason = row.reason;
    record.openedAt = date(row.openedAt);
    if (row.answeredAt !== undefined) record.answeredAt = date(row.answeredAt);
    if (row.firstResponseAt !== undefined) record.firstResponseAt = date(row.firstResponseAt);
    if (row.resolvedAt !== undefined) record.resolvedAt = date(row.resolvedAt);
    if (row.closedAt !== undefined) record.closedAt = date(row.closedAt);
    if (row.abandonedAt !== undefined) record.abandonedAt = date(row.abandonedAt);
    if (row.talkMs !== undefined) record.talkMs = row.talkMs;
    if (row.holdMs !== undefined) record.holdMs = row.holdMs;
    if (row.wrapMs !== undefined) record.wrapMs = row.wrapMs;
    if (row.transfers !== undefined) record.transfers = row.transfers;
    if (row.reopenCount !== undefined) record.reopenCount = row.reopenCount;
    if (row.resolvedOnFirstContact !== undefined) record.resolvedOnFirstContact = row.resolvedOnFirstContact;
    if (row.escalationLevel !== undefined) record.escalationLevel = row.escalationLevel;
    const history = row.statusHistory as { status: string; at: string }[] | undefined;
    if (history !== undefined) {
      const changes = new Array<{ status: string; at: Date }>(history.length);
      for (let entry = 0; entry < history.length; entry++) {
        const change = history[entry] as { status: string; at: string };
        changes[entry] = { status: change.status, at: date(change.at) };
      }
      record.statusHistory = changes;
    }
    const messages = row.messages as { at: string; author: string }[] | undefined;
    if (messages !== undefined) {
      const list = new Array<{ at: Date; author: string }>(messages.length);
      for (let entry = 0; entry < messages.length; entry++) {
        const message = messages[entry] as { at: string; author: string };
        list[entry] = { at: date(message.at), author: message.author };
      }
      record.messages = list;
    }
    records[kept++] = record as unknown as Interaction;
  }
  records.length = kept;
  return { records, badRows };
}

const prepare = (size: number) => benchIsoRows(benchTable(size));

/**
 * A case: `read` parses the rows (timed) and returns how to digest what it made, which the harness
 * does when it writes the output, after the timed run, so the time is the parse alone in every case.
 */
const parseCase = (name: string, role: CaseRole, description: string, read: (rows: Rows) => () => Digest) =>
  benchCase({ name, role, description, prepare, run: (rows: Rows) => ({ toJSON: read(rows) }) });

await defineBench({
  name: 'parse',
  title: 'bulk validation of ISO-string export rows (status histories and messages included), 0.1 % invalid',
  unit: 'rows',
  sizes: { quick: [100_000], full: [1_000_000] },
  reference: 'zod',
  warmupSize: 50_000,
  cases: [
    parseCase('tight-loop', 'limit', 'hand-written read of every field into the same columns, no validation beyond this data’s one fault', (rows) => {
      const { table, badRows } = tightLoop(rows);
      return () => digestTable(table, badRows);
    }),
    parseCase('objects-loop', 'reference', 'hand-written: the same records from rows taken as valid (what making the objects costs)', (rows) => {
      const { records, badRows } = objectsLoop(rows);
      return () => digestRecords(records, badRows);
    }),
    parseCase('zod', 'floor', 'InteractionSchema.safeParse on every row (parseRows), records with Dates', (rows) => {
      const { records, issues } = parseRows(InteractionSchema, rows);
      return () => digestRecords(records as Interaction[], badRowsOf(issues));
    }),
    parseCase('parse-objects', 'ours', 'parseInteractions: compiled checker, zod only for failing rows; records with Dates', (rows) => {
      const { records, issues } = parseInteractions(rows);
      return () => digestRecords(records, badRowsOf(issues));
    }),
    parseCase('parse-table', 'ours', "parseInteractions(rows, { output: 'table' }): straight to the columnar table, no Date", (rows) => {
      const { table, issues } = parseInteractions(rows, { output: 'table' });
      return () => digestTable(table, badRowsOf(issues));
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
