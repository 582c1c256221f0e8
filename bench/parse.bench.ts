// Bulk validation benchmark: `npx tsx bench/parse.bench.ts [--quick] [--full]`.
// Rows come from the sample-data generator (same seed), as ISO-string JSON rows, with 0.1 % made
// invalid. parseInteractions (fast path, zod only for failing rows) is timed against zod alone
// (parseRows with InteractionSchema) over the same rows in the same run; the issues must agree.
import { generateSample } from '../examples/data/sample-generator.js';
import { InteractionSchema, parseInteractions, parseRows } from '../src/models/index.js';

const QUICK = process.argv.includes('--quick');
const FULL = process.argv.includes('--full');
const ROWS = QUICK ? 50_000 : FULL ? 1_000_000 : 200_000;

const generated = generateSample({ interactions: ROWS, customers: Math.max(800, ROWS / 50) }).interactions;
const rows = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>[];
for (let index = 500; index < rows.length; index += 1_000) rows[index] = { ...rows[index], talkMs: -1 };

function time(run: () => unknown): { ms: number; result: unknown } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

parseInteractions(rows.slice(0, 5_000));
parseRows(InteractionSchema, rows.slice(0, 5_000));
const runs = [0, 1, 2].map(() => ({ fast: time(() => parseInteractions(rows)), zod: time(() => parseRows(InteractionSchema, rows)) }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] as number;
const fastMs = median(runs.map((run) => run.fast.ms));
const zodMs = median(runs.map((run) => run.zod.ms));
const fast = runs[0]?.fast.result as ReturnType<typeof parseInteractions>;
const zod = runs[0]?.zod.result as ReturnType<typeof parseInteractions>;
const agree = JSON.stringify(fast.issues) === JSON.stringify(zod.issues) && JSON.stringify(fast.records) === JSON.stringify(zod.records);
const perSecond = (ms: number) => `${((ROWS / ms) * 1000 / 1e3).toFixed(0)}k rows/s`;
console.log(`parseInteractions, ${ROWS.toLocaleString('en-US')} ISO-string rows, ${fast.issues.length} bad (median of 3)`);
console.log(`  fast path:  ${perSecond(fastMs)} (${fastMs.toFixed(0)} ms)`);
console.log(`  zod alone:  ${perSecond(zodMs)} (${zodMs.toFixed(0)} ms)  → fast path ${(zodMs / fastMs).toFixed(1)}× faster`);
console.log(`  agreement: ${agree ? '100 % (same records and issues)' : 'MISMATCH'}`);
if (!agree) process.exit(1);
