// A large export read as a file, line by line: the bundled sample interactions written as
// newline-delimited JSON (with one broken line added), then pushed to createInteractionTableParser
// in batches of 1,000 as they are read, so the rows are never all in memory; then the weekly report
// by team from the table. Run with `npx tsx examples/stream-export.ts`.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createInteractionTableParser, fcrMetric, firstResponseTimeMetric, formatDuration, summarize } from 'servicekit';
import { readSample } from './support-policy.js';

const BATCH = 1_000;

// the export: one interaction a line, and a broken one after the first hundred
const rows = readSample('interactions');
const lines = rows.map((row) => JSON.stringify(row));
lines.splice(100, 0, JSON.stringify({ id: 'broken-1', customerId: 'c0', channel: 'email', openedAt: '2025-09-31T10:00:00Z' }));
const folder = mkdtempSync(join(tmpdir(), 'servicekit-'));
const file = join(folder, 'interactions.ndjson');
writeFileSync(file, `${lines.join('\n')}\n`);

try {
  const parser = createInteractionTableParser();
  let batch: unknown[] = [];
  let batches = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    batch.push(JSON.parse(line));
    if (batch.length === BATCH) {
      parser.push(batch);
      batches++;
      batch = [];
    }
  }
  parser.push(batch);
  batches++;
  const { table, issues } = parser.finish();

  console.log(`Streamed ${parser.rowCount} rows in ${batches} batches: ${table.length} in the table, ${new Set(issues.map((issue) => issue.index)).size} rejected`);
  for (const issue of issues) console.log(`  line ${issue.index + 1}, ${issue.path.join('.')}: ${issue.message}`);

  const report = summarize(table, {
    by: 'team',
    metrics: { fcr: fcrMetric(), reply: firstResponseTimeMetric({ thresholdMs: 3_600_000 }) },
  });
  console.log('team           contacts   FCR     median first reply   within 1 h');
  for (const group of report.groups) {
    const { fcr, reply } = group.values;
    console.log(
      `${String(group.key ?? '(none)').padEnd(14)} ${String(fcr.denominator + fcr.excluded).padStart(8)}   ${((fcr.value ?? 0) * 100).toFixed(1).padStart(5)} %   ${formatDuration(reply.medianMs ?? 0).padStart(18)}   ${((reply.withinThreshold?.value ?? 0) * 100).toFixed(1).padStart(6)} %`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
