// Benchmark data: the sample-data generator (examples/data/sample-generator.ts, the same seeded
// generator as the bundled sample data), run in chunks of 100k interactions over one year, turned
// into an InteractionTable with two survey columns (csatScore from the sample's CSAT responses,
// npsScore from a seeded transactional NPS survey). The generator makes ~60k rows/s, so a generated
// table is cached in .tmp/bench-data/ (gitignored) as raw typed arrays; a smaller size is a prefix
// of a larger one (chunk k always has the same seed), so one cache serves every size below it.
//
// The three forms the benchmarks take: the table (columns), objects (Interaction-shaped, with Date
// fields and optional fields present or absent, as parsed exports are), and ISO-string JSON rows.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample, seededRandom } from '../examples/data/sample-generator.js';
import { parseInteractions } from '../src/models/index.js';
import type { InteractionTable } from '../src/table/index.js';
import { InteractionTableBuilder } from '../src/table/interaction-table-builder.js';

export type BenchTable = InteractionTable<'csatScore' | 'npsScore'>;

const CHUNK = 100_000;
const SEED = 20_250_901;
const CACHE = join(process.cwd(), '.tmp', 'bench-data');
const VERSION = 1;

/** A transactional NPS survey after resolution: about one contact in five answers. */
const NPS_WEIGHTS = [2, 2, 2, 3, 4, 7, 8, 12, 17, 21, 22];
const NPS_TOTAL = NPS_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

function npsScore(random: () => number): number {
  let roll = random() * NPS_TOTAL;
  for (let score = 0; score < NPS_WEIGHTS.length; score++) {
    roll -= NPS_WEIGHTS[score] as number;
    if (roll < 0) return score;
  }
  return 10;
}

/** Generates `rows` interactions (a multiple of the chunk size, or less than one chunk). */
function generate(rows: number, log: (line: string) => void): BenchTable {
  const builder = new InteractionTableBuilder(rows, ['csatScore', 'npsScore']);
  const started = performance.now();
  for (let chunk = 0; chunk * CHUNK < rows; chunk++) {
    const count = Math.min(CHUNK, rows - chunk * CHUNK);
    const sample = generateSample({ seed: SEED + chunk, interactions: count, customers: Math.max(400, count / 40), start: '2025-01-06', weeks: 52 });
    const csat = new Map<unknown, number>();
    for (const response of sample.csat) csat.set(response.interactionId, response.score as number);
    const random = seededRandom(SEED ^ (chunk + 1));
    const { records, issues } = parseInteractions(sample.interactions);
    if (issues.length > 0) throw new Error(`the generator made an invalid row: ${JSON.stringify(issues[0])}`);
    for (const record of records) {
      const csatScore = csat.get(record.id);
      const nps = record.resolvedAt !== undefined && random() < 0.2 ? npsScore(random) : undefined;
      const prefix = `c${chunk}-`;
      builder.append({ ...record, id: prefix + record.id, customerId: prefix + record.customerId }, (name) => (name === 'csatScore' ? csatScore : nps));
    }
    if (chunk % 10 === 9) log(`  generated ${((chunk + 1) * CHUNK).toLocaleString('en-US')} rows (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return builder.finish<'csatScore' | 'npsScore'>();
}

type Typed = Float64Array | Int32Array | Int8Array | Uint8Array;
const TYPES = { Float64Array, Int32Array, Int8Array, Uint8Array } as const;

/** Every typed array of a table, by path, and its string lists. */
function parts(table: BenchTable): { arrays: [string, Typed][]; strings: Record<string, readonly string[]> } {
  const arrays: [string, Typed][] = [];
  const strings: Record<string, readonly string[]> = { id: table.id };
  for (const [name, value] of Object.entries(table)) {
    if (ArrayBuffer.isView(value)) arrays.push([name, value as Typed]);
    else if (value !== null && typeof value === 'object' && 'codes' in value) {
      arrays.push([`${name}.codes`, (value as { codes: Int32Array }).codes]);
      strings[name] = (value as { values: string[] }).values;
    }
  }
  const { statusHistory, messages, numbers } = table;
  arrays.push(['statusHistory.offsets', statusHistory.offsets], ['statusHistory.at', statusHistory.at], ['statusHistory.status.codes', statusHistory.status.codes]);
  strings['statusHistory.status'] = statusHistory.status.values;
  arrays.push(['messages.offsets', messages.offsets], ['messages.at', messages.at], ['messages.author', messages.author]);
  for (const [name, column] of Object.entries(numbers)) arrays.push([`numbers.${name}`, column]);
  return { arrays, strings };
}

function save(table: BenchTable, path: string): void {
  const { arrays, strings } = parts(table);
  let offset = 0;
  const layout = arrays.map(([name, array]) => {
    const entry = { name, type: array.constructor.name, offset, length: array.length };
    offset += Math.ceil(array.byteLength / 8) * 8;
    return entry;
  });
  const buffer = new Uint8Array(offset);
  arrays.forEach(([, array], index) => buffer.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), (layout[index] as { offset: number }).offset));
  writeFileSync(`${path}.bin`, buffer);
  writeFileSync(`${path}.json`, JSON.stringify({ version: VERSION, rows: table.length, layout, strings }));
}

function load(path: string): BenchTable {
  const header = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as {
    rows: number;
    layout: { name: string; type: keyof typeof TYPES; offset: number; length: number }[];
    strings: Record<string, string[]>;
  };
  const bytes = readFileSync(`${path}.bin`);
  const arrays = new Map<string, Typed>();
  for (const { name, type, offset, length } of header.layout) {
    const Type = TYPES[type];
    const copy = new Type(length);
    copy.set(new Type(bytes.buffer, bytes.byteOffset + offset, length) as never);
    arrays.set(name, copy);
  }
  const get = <T extends Typed>(name: string) => arrays.get(name) as T;
  const strings = (name: string) => ({ codes: get<Int32Array>(`${name}.codes`), values: header.strings[name] as string[] });
  return {
    length: header.rows,
    id: header.strings.id as string[],
    customerId: strings('customerId'),
    channel: strings('channel'),
    direction: strings('direction'),
    priority: strings('priority'),
    team: strings('team'),
    agentId: strings('agentId'),
    reason: strings('reason'),
    openedAt: get('openedAt'),
    answeredAt: get('answeredAt'),
    firstResponseAt: get('firstResponseAt'),
    resolvedAt: get('resolvedAt'),
    closedAt: get('closedAt'),
    abandonedAt: get('abandonedAt'),
    talkMs: get('talkMs'),
    holdMs: get('holdMs'),
    wrapMs: get('wrapMs'),
    transfers: get('transfers'),
    reopenCount: get('reopenCount'),
    escalationLevel: get('escalationLevel'),
    resolvedOnFirstContact: get('resolvedOnFirstContact'),
    statusHistory: { offsets: get('statusHistory.offsets'), at: get('statusHistory.at'), status: strings('statusHistory.status') },
    messages: { offsets: get('messages.offsets'), at: get('messages.at'), author: get('messages.author') },
    numbers: { csatScore: get('numbers.csatScore'), npsScore: get('numbers.npsScore') },
  };
}

/** The first `rows` rows of a table (views, no copies). */
export function tablePrefix(table: BenchTable, rows: number): BenchTable {
  if (rows >= table.length) return table;
  const cut = <T extends Typed>(array: T): T => array.subarray(0, rows) as T;
  const strings = (column: { codes: Int32Array; values: readonly string[] }) => ({ codes: cut(column.codes), values: column.values });
  return {
    ...table,
    length: rows,
    id: table.id.slice(0, rows),
    customerId: strings(table.customerId),
    channel: strings(table.channel),
    direction: strings(table.direction),
    priority: strings(table.priority),
    team: strings(table.team),
    agentId: strings(table.agentId),
    reason: strings(table.reason),
    openedAt: cut(table.openedAt),
    answeredAt: cut(table.answeredAt),
    firstResponseAt: cut(table.firstResponseAt),
    resolvedAt: cut(table.resolvedAt),
    closedAt: cut(table.closedAt),
    abandonedAt: cut(table.abandonedAt),
    talkMs: cut(table.talkMs),
    holdMs: cut(table.holdMs),
    wrapMs: cut(table.wrapMs),
    transfers: cut(table.transfers),
    reopenCount: cut(table.reopenCount),
    escalationLevel: cut(table.escalationLevel),
    resolvedOnFirstContact: cut(table.resolvedOnFirstContact),
    statusHistory: { ...table.statusHistory, offsets: table.statusHistory.offsets.subarray(0, rows + 1) },
    messages: { ...table.messages, offsets: table.messages.offsets.subarray(0, rows + 1) },
    numbers: { csatScore: cut(table.numbers.csatScore), npsScore: cut(table.numbers.npsScore) },
  };
}

/** The benchmark interactions as a table: `rows` of them, from the cache or generated (and cached). */
export function benchTable(rows: number, log: (line: string) => void = (line) => console.error(line)): BenchTable {
  mkdirSync(CACHE, { recursive: true });
  const cached = readdirSync(CACHE)
    .map((name) => /^interactions-v(\d+)-(\d+)\.json$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) === VERSION && Number(match[2]) >= rows)
    .map((match) => Number(match[2]))
    .sort((a, b) => a - b);
  if (cached.length > 0) {
    const path = join(CACHE, `interactions-v${VERSION}-${cached[0]}`);
    if (existsSync(`${path}.bin`)) return tablePrefix(load(path), rows);
  }
  const size = rows <= CHUNK ? CHUNK : Math.ceil(rows / CHUNK) * CHUNK;
  log(`generating ${size.toLocaleString('en-US')} interactions with the sample-data generator (cached in .tmp/bench-data/)…`);
  const table = generate(size, log);
  save(table, join(CACHE, `interactions-v${VERSION}-${size}`));
  return tablePrefix(table, rows);
}

/** An interaction as the report benchmarks hold it: Interaction fields with Dates, and the two survey scores. */
export interface BenchObject {
  id: string;
  customerId: string;
  channel: string;
  direction: 'inbound' | 'outbound';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  team?: string;
  reason?: string;
  openedAt: Date;
  answeredAt?: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  talkMs?: number;
  holdMs?: number;
  wrapMs?: number;
  transfers?: number;
  reopenCount?: number;
  resolvedOnFirstContact?: boolean;
  csatScore?: number;
  npsScore?: number;
}

/**
 * The table as objects with Date fields (optional fields present only when known, so objects have
 * several shapes, as parsed exports do). Status histories and messages are left out: a weekly KPI
 * report does not read them, and 5M objects with them would not fit in node's default heap.
 */
export function benchObjects(table: BenchTable): BenchObject[] {
  const out: BenchObject[] = new Array(table.length);
  const text = (column: { codes: Int32Array; values: readonly string[] }, index: number) => {
    const code = column.codes[index] as number;
    return code < 0 ? undefined : column.values[code];
  };
  for (let index = 0; index < table.length; index++) {
    const row: BenchObject = {
      id: table.id[index] as string,
      customerId: text(table.customerId, index) as string,
      channel: text(table.channel, index) as string,
      direction: text(table.direction, index) as BenchObject['direction'],
      priority: text(table.priority, index) as BenchObject['priority'],
      openedAt: new Date(table.openedAt[index] as number),
    };
    const team = text(table.team, index);
    if (team !== undefined) row.team = team;
    const reason = text(table.reason, index);
    if (reason !== undefined) row.reason = reason;
    for (const field of ['answeredAt', 'firstResponseAt', 'resolvedAt'] as const) {
      const value = table[field][index] as number;
      if (value === value) row[field] = new Date(value);
    }
    for (const field of ['talkMs', 'holdMs', 'wrapMs', 'transfers', 'reopenCount'] as const) {
      const value = table[field][index] as number;
      if (value === value) row[field] = value;
    }
    const flag = table.resolvedOnFirstContact[index] as number;
    if (flag >= 0) row.resolvedOnFirstContact = flag === 1;
    const csat = table.numbers.csatScore[index] as number;
    if (csat === csat) row.csatScore = csat;
    const nps = table.numbers.npsScore[index] as number;
    if (nps === nps) row.npsScore = nps;
    out[index] = row;
  }
  return out;
}

/** Marks every thousandth row (from the 500th) invalid, as in the issue: 0.1 % bad rows. */
export const BAD_ROW_EVERY = 1_000;

/**
 * The table as export rows (rows `from` to `to`, all by default): plain JSON objects with ISO-string
 * instants (status histories and messages included), as JSON.parse gives them; 0.1 % of them
 * invalid (`talkMs: -1`).
 */
export function benchIsoRows(table: BenchTable, from = 0, to = table.length): Record<string, unknown>[] {
  const text = (column: { codes: Int32Array; values: readonly string[] }, index: number) => {
    const code = column.codes[index] as number;
    return code < 0 ? undefined : column.values[code];
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows: Record<string, unknown>[] = new Array(to - from);
  for (let index = from; index < to; index++) {
    const row: Record<string, unknown> = {
      id: table.id[index],
      customerId: text(table.customerId, index),
      channel: text(table.channel, index),
      direction: text(table.direction, index),
      priority: text(table.priority, index),
      team: text(table.team, index),
      agentId: text(table.agentId, index),
      reason: text(table.reason, index),
      openedAt: iso(table.openedAt[index] as number),
    };
    for (const field of ['answeredAt', 'firstResponseAt', 'abandonedAt'] as const) {
      const value = table[field][index] as number;
      if (value === value) row[field] = iso(value);
    }
    for (const field of ['talkMs', 'holdMs', 'wrapMs', 'transfers'] as const) {
      const value = table[field][index] as number;
      if (value === value) row[field] = value;
    }
    const flag = table.resolvedOnFirstContact[index] as number;
    if (flag >= 0) row.resolvedOnFirstContact = flag === 1;
    const resolved = table.resolvedAt[index] as number;
    if (resolved === resolved) row.resolvedAt = iso(resolved);
    const reopen = table.reopenCount[index] as number;
    if (reopen === reopen) row.reopenCount = reopen;
    const level = table.escalationLevel[index] as number;
    if (level === level) row.escalationLevel = level;
    const history = table.statusHistory;
    const changes: { status: string; at: string }[] = [];
    for (let entry = history.offsets[index] as number; entry < (history.offsets[index + 1] as number); entry++) {
      changes.push({ status: text(history.status, entry) as string, at: iso(history.at[entry] as number) });
    }
    if (changes.length > 0) row.statusHistory = changes;
    const messages = table.messages;
    const list: { at: string; author: string }[] = [];
    for (let entry = messages.offsets[index] as number; entry < (messages.offsets[index + 1] as number); entry++) {
      list.push({ at: iso(messages.at[entry] as number), author: messages.author[entry] === 1 ? 'agent' : 'customer' });
    }
    if (list.length > 0) row.messages = list;
    if (index % BAD_ROW_EVERY === 500) row.talkMs = -1;
    rows[index - from] = row;
  }
  // through JSON (in slices: a string holds at most ~500M characters), so strings and objects are
  // laid out as JSON.parse lays out an export
  const parsed: Record<string, unknown>[] = [];
  for (let start = 0; start < rows.length; start += 50_000) {
    for (const row of JSON.parse(JSON.stringify(rows.slice(start, start + 50_000))) as Record<string, unknown>[]) parsed.push(row);
  }
  return parsed;
}

/**
 * The export rows of {@link benchIsoRows} as a newline-delimited JSON file (one row a line), written
 * once into .tmp/bench-data/ and reused (about 0.7 GB per million rows); returns its path.
 */
export function benchNdjsonFile(rows: number): string {
  const path = join(CACHE, `rows-v${VERSION}-${rows}.ndjson`);
  if (existsSync(path)) return path;
  const table = benchTable(rows);
  const partial = `${path}.partial`;
  const file = openSync(partial, 'w');
  // 10,000 rows at a time: five million row objects would not fit in the heap
  for (let from = 0; from < rows; from += 10_000) {
    writeSync(file, `${benchIsoRows(table, from, Math.min(rows, from + 10_000)).map((row) => JSON.stringify(row)).join('\n')}\n`);
  }
  closeSync(file);
  renameSync(partial, path);
  return path;
}
