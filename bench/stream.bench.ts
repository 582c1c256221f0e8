// A large export read as a file (issue 8): 1M rows of newline-delimited JSON (ISO-string instants,
// status histories and messages, 0.1 % invalid) from the sample-data generator, read line by line.
//
//   npm run bench -- stream            1M rows, each case 3 times in a fresh process
//   npm run bench -- stream --quick    100k rows
//
// Cases: reading the lines and JSON.parse alone (the limit proxy: any reader of the file does this
// much); the rows pushed to createInteractionTableParser as they are read, in batches of 1,000 and
// of 10,000 (the rows are never all in memory; the two show what batch size costs); and the rows
// collected into one array, then given to parseInteractions. Every parser must give the same table
// and refused rows as the batches of 1,000 (the reference); the peak RSS column shows what holding
// every row costs (at 5M rows, more than node's default heap: `--sizes=5000000 --only=parse-stream`
// runs the reader and the batches alone).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createInteractionTableParser, parseInteractions } from '../src/models/index.js';
import { benchNdjsonFile } from './data.js';
import { badRowsOf, type Digest, digestTable } from './digest.js';
import { benchCase, type CaseRole, defineBench } from './harness.js';

/** Each line of the file, parsed, in order. */
async function eachRow(path: string, take: (row: unknown) => void): Promise<void> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line !== '') take(JSON.parse(line));
  }
}

/** Pushes the file's rows to a table parser in batches of `size` as they are read. */
async function parseInBatches(path: string, size: number): Promise<() => Digest> {
  const parser = createInteractionTableParser();
  let batch: unknown[] = [];
  await eachRow(path, (row) => {
    batch.push(row);
    if (batch.length === size) {
      parser.push(batch);
      batch = [];
    }
  });
  parser.push(batch);
  const { table, issues } = parser.finish();
  return () => digestTable(table, badRowsOf(issues));
}

/** A case: `read` reads the file (timed) and returns how to digest what it made, after the timed run. */
const streamCase = (name: string, role: CaseRole, description: string, read: (path: string) => Promise<() => Digest | number>, noAgreement = false) =>
  benchCase({ name, role, description, noAgreement, prepare: benchNdjsonFile, run: async (path: string) => ({ toJSON: await read(path) }) });

await defineBench({
  name: 'stream',
  title: 'an NDJSON export file read line by line (status histories and messages included), 0.1 % invalid',
  unit: 'rows',
  sizes: { quick: [100_000], full: [1_000_000] },
  reference: 'parse-stream',
  warmupSize: 50_000,
  cases: [
    streamCase('read-lines', 'limit', 'readline and JSON.parse of every line, the rows dropped (what any reader of the file does)', async (path) => {
      let rows = 0;
      await eachRow(path, () => rows++);
      return () => rows;
    }, true),
    streamCase('parse-stream', 'ours', 'createInteractionTableParser: each batch of 1,000 rows pushed as it is read', (path) => parseInBatches(path, 1_000)),
    streamCase('parse-stream-10k', 'ours', 'the same with batches of 10,000 (rows that live through a young-generation collection are copied)', (path) => parseInBatches(path, 10_000)),
    streamCase('collect-then-parse', 'ours', "every row collected into one array, then parseInteractions(rows, { output: 'table' })", async (path) => {
      const rows: unknown[] = [];
      await eachRow(path, (row) => rows.push(row));
      const { table, issues } = parseInteractions(rows, { output: 'table' });
      return () => digestTable(table, badRowsOf(issues));
    }),
  ],
});
