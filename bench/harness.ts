// The benchmark harness: a bench file defines its cases with `defineBench`; running the file
// (`npx tsx bench/report.bench.ts [--quick] [--sizes=1000000,5000000] [--repeats=3] [--case=NAME]`)
// runs every case in a fresh process, `repeats` times, interleaved (A B C A B C …, so load from other
// processes falls on all of them alike), and prints for each: the median time, min–max, items per
// second, the peak RSS of its process, its ratio to the limit proxy (a tight typed-array loop) and
// its speed-up over the floor (the idiomatic JavaScript), all measured in the same run. Every case
// returns its output (per-group figures), and the agreement line compares each with the reference
// case to 1e-9.
//
// Inside a case's process: `prepare` builds the input (not timed), the case runs three times on the
// first 100k rows to warm up the JIT, a full garbage collection clears what preparing left, then the
// case runs once on the full input, timed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

/** What a case is to the others: the limit proxy, the floor, servicekit, an optional peer library, or a reference only. */
export type CaseRole = 'limit' | 'floor' | 'ours' | 'peer' | 'reference';

export interface BenchCase<Input = unknown> {
  name: string;
  role: CaseRole;
  /** One line: what the case does. */
  description: string;
  /** `null` when the case can run here, else why not (a peer library that is not installed). */
  unavailable?: () => string | null;
  /** Builds the input for `size` (not timed). */
  prepare: (size: number) => Input | Promise<Input>;
  /** The timed work; returns the output compared for agreement. */
  run: (input: Input) => unknown | Promise<unknown>;
  /** How many items one run processes (`size` by default), from the size and the run's output. */
  items?: (size: number, output: unknown) => number;
  /** Leave the case out of the agreement check (say why in its description). */
  noAgreement?: boolean;
  /** Warm-up runs before the timed one; 3 by default (0 for a slow reference). */
  warmupRuns?: number;
}

/** A case with its input type checked, as the list of cases holds it. */
export function benchCase<Input>(definition: BenchCase<Input>): BenchCase<never> {
  return definition as unknown as BenchCase<never>;
}

export interface BenchDefinition {
  /** The file's name without `.bench.ts`. */
  name: string;
  title: string;
  /** What is counted: `rows`, `pairs`, `checks`. */
  unit: string;
  /** What a size counts, when not `unit` (`tickets` for checks). */
  sizeUnit?: string;
  sizes: { quick: number[]; full: number[] };
  /** The case whose output the others must equal. */
  reference: string;
  cases: BenchCase<never>[];
  /** Goals to print under the table, from the medians (by case name, ms per item). */
  goals?: (medians: ReadonlyMap<string, number>, size: number) => string[];
  /** Lines comparing sizes (e.g. 5M / 1M), from each size's medians (total ms). */
  scaling?: (mediansBySize: ReadonlyMap<number, ReadonlyMap<string, number>>) => string[];
  /** Rows for the warm-up runs; 100 000 by default (or the size, when smaller). */
  warmupSize?: number;
}

interface CaseResult {
  ms: number;
  items: number;
  rssBytes: number;
  heapUsedBytes: number;
  heapLimitBytes: number;
}

const RESULT = 'BENCH-RESULT ';
/** Runs on the warm-up input before the timed run, so the JIT has compiled the hot loops. */
const WARMUP_RUNS = 3;
const OUT_DIR = join(process.cwd(), '.tmp', 'bench-out');

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  const arg = process.argv.find((value) => value.startsWith(prefix));
  return arg === undefined ? undefined : arg.slice(prefix.length);
}

/** Declares a benchmark: runs one case when called as a child, else orchestrates all of them. */
export async function defineBench(definition: BenchDefinition): Promise<void> {
  const caseName = flag('case');
  if (caseName !== undefined && process.argv.includes('--child')) {
    await runChild(definition, caseName, Number(flag('size')));
    return;
  }
  orchestrate(definition);
}

async function runChild(definition: BenchDefinition, caseName: string, size: number): Promise<void> {
  const bench = definition.cases.find((candidate) => candidate.name === caseName) as BenchCase<unknown> | undefined;
  if (bench === undefined) throw new Error(`no case ${caseName}`);
  const warmupSize = Math.min(size, definition.warmupSize ?? 100_000);
  const input = await bench.prepare(size);
  const warmup = warmupSize < size && (bench.warmupRuns ?? WARMUP_RUNS) > 0 ? await bench.prepare(warmupSize) : input;
  for (let round = 0; round < (bench.warmupRuns ?? WARMUP_RUNS); round++) await bench.run(warmup);
  // --again=K (for profiling by hand): K more timed runs in this process, printed to stderr
  for (let again = Number(flag('again') ?? 0); again > 0; again--) {
    const began = performance.now();
    await bench.run(input);
    console.error(`${caseName}: ${(performance.now() - began).toFixed(1)} ms`);
  }
  // a full collection first, so the garbage of preparing the input is not charged to the timed run
  collectGarbage();
  const started = performance.now();
  const output = await bench.run(input);
  const ms = performance.now() - started;
  const heap = v8.getHeapStatistics();
  const result: CaseResult = {
    ms,
    items: bench.items?.(size, output) ?? size,
    rssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: heap.used_heap_size,
    heapLimitBytes: heap.heap_size_limit,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `${definition.name}-${caseName}-${size}.json`), JSON.stringify(output ?? null));
  console.log(RESULT + JSON.stringify(result));
}

let gc: (() => void) | null = null;
function collectGarbage(): void {
  if (gc === null) {
    v8.setFlagsFromString('--expose-gc');
    // sweep inside gc(): with concurrent sweeping the timed run that follows would finish
    // sweeping the whole heap (about 0.9 s after a full collection of a 2.6 GB heap)
    v8.setFlagsFromString('--no-concurrent-sweeping');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const formatMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const formatRate = (perSecond: number) =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(perSecond >= 1e7 ? 1 : 2)}M` : perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(0)}k` : perSecond.toFixed(0);
const formatMb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${Math.round(bytes / 2 ** 20)} MB`);
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

function orchestrate(definition: BenchDefinition): void {
  const quick = process.argv.includes('--quick');
  const sizes = (flag('sizes')?.split(',').map(Number) ?? (quick ? definition.sizes.quick : definition.sizes.full)).filter((size) => size > 0);
  const repeats = Math.max(1, Number(flag('repeats') ?? 3));
  const only = flag('only')?.split(',');
  const file = process.argv[1] as string;
  const cases = definition.cases.filter((bench) => only === undefined || only.includes(bench.name) || bench.role === 'limit' || bench.name === definition.reference);
  const skipped = cases.filter((bench) => bench.unavailable?.() != null);
  const runnable = cases.filter((bench) => !skipped.includes(bench));
  const mediansBySize = new Map<number, Map<string, number>>();

  console.log(`\n# ${definition.title}`);
  console.log(`each case in a fresh process, ${repeats} runs interleaved; median, min–max, ${definition.unit}/s, peak RSS of the process; node ${process.version}, heap limit ${formatMb(v8.getHeapStatistics().heap_size_limit)}`);
  for (const bench of runnable) console.log(`  ${pad(bench.name, 22)} ${bench.role === 'limit' ? '[limit proxy] ' : bench.role === 'floor' ? '[floor] ' : bench.role === 'peer' ? '[peer] ' : ''}${bench.description}`);
  for (const bench of skipped) console.log(`  ${pad(bench.name, 22)} [peer, skipped: ${bench.unavailable?.()}]`);

  for (const size of sizes) {
    const results = new Map<string, CaseResult[]>(runnable.map((bench) => [bench.name, []]));
    const failures = new Map<string, string>();
    for (let round = 0; round < repeats; round++) {
      for (const bench of runnable) {
        if (failures.has(bench.name)) continue;
        const child = spawnSync(process.execPath, [...process.execArgv, file, '--child', `--case=${bench.name}`, `--size=${size}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 16 * 2 ** 20,
        });
        const line = child.stdout.split('\n').find((text) => text.startsWith(RESULT));
        if (child.status !== 0 || line === undefined) {
          failures.set(bench.name, child.signal ?? `exit ${child.status}`);
          continue;
        }
        (results.get(bench.name) as CaseResult[]).push(JSON.parse(line.slice(RESULT.length)) as CaseResult);
      }
    }
    report(definition, size, runnable, results, failures, mediansBySize);
  }
  if (definition.scaling !== undefined && mediansBySize.size > 1) for (const line of definition.scaling(mediansBySize)) console.log(line);
}

function report(
  definition: BenchDefinition,
  size: number,
  cases: readonly BenchCase<never>[],
  results: ReadonlyMap<string, CaseResult[]>,
  failures: ReadonlyMap<string, string>,
  mediansBySize: Map<number, Map<string, number>>,
): void {
  const perItem = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const [name, runs] of results) {
    if (runs.length === 0) continue;
    totals.set(name, median(runs.map((run) => run.ms)));
    perItem.set(name, median(runs.map((run) => run.ms / run.items)));
  }
  mediansBySize.set(size, totals);
  const limit = cases.find((bench) => bench.role === 'limit');
  const floor = cases.find((bench) => bench.role === 'floor');
  const limitPerItem = limit === undefined ? undefined : perItem.get(limit.name);
  const floorPerItem = floor === undefined ? undefined : perItem.get(floor.name);
  console.log(`\n## ${size.toLocaleString('en-US')} ${definition.sizeUnit ?? definition.unit}`);
  console.log(
    `${pad('case', 22)} ${padLeft('median', 9)}  ${pad('min–max', 17)} ${padLeft(`${definition.unit}/s`, 9)} ${padLeft('peak RSS', 9)}  ${padLeft('× limit', 8)} ${padLeft('vs floor', 10)}`,
  );
  for (const bench of cases) {
    const runs = results.get(bench.name) ?? [];
    if (runs.length === 0) {
      console.log(`${pad(bench.name, 22)} failed (${failures.get(bench.name) ?? 'no result'})`);
      continue;
    }
    const times = runs.map((run) => run.ms);
    const itemMs = perItem.get(bench.name) as number;
    const over = limitPerItem === undefined ? 0 : itemMs / limitPerItem;
    const ratio = limitPerItem === undefined ? '' : `${over >= 100 ? Math.round(over).toLocaleString('en-US') : over.toFixed(2)}×`;
    const timesFaster = floorPerItem === undefined ? 0 : floorPerItem / itemMs;
    const speedup = floorPerItem === undefined ? '' : `${timesFaster >= 100 ? Math.round(timesFaster).toLocaleString('en-US') : timesFaster.toFixed(1)}× faster`;
    console.log(
      `${pad(bench.name, 22)} ${padLeft(formatMs(median(times)), 9)}  ${pad(`${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))}`, 17)} ${padLeft(formatRate(1000 / itemMs), 9)} ${padLeft(formatMb(Math.max(...runs.map((run) => run.rssBytes))), 9)}  ${padLeft(ratio, 8)} ${padLeft(bench.role === 'floor' ? '' : speedup, 10)}`,
    );
  }
  const heapPeak = Math.max(...[...results.values()].flat().map((run) => run.heapUsedBytes));
  const heapLimit = Math.max(...[...results.values()].flat().map((run) => run.heapLimitBytes));
  console.log(`heap used after the largest run: ${formatMb(heapPeak)} (default heap limit ${formatMb(heapLimit)})`);
  agreement(definition, size, cases, results);
  if (definition.goals !== undefined) for (const line of definition.goals(perItem, size)) console.log(line);
}

/** Equal to 1e-9 (relative to the magnitude, at least 1): numbers, with null and NaN alike; other values exactly. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): string | null {
  const none = (value: unknown) => value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
  if (none(actual) && none(expected)) return null;
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? null : `${path}: ${actual} ≠ ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: ${actual.length} entries ≠ ${expected.length}`;
    for (let index = 0; index < actual.length; index++) {
      const difference = firstDifference(actual[index], expected[index], `${path}[${index}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (typeof actual === 'object' && typeof expected === 'object' && actual !== null && expected !== null) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of [...keys].sort()) {
      const difference = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return actual === expected ? null : `${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

function agreement(definition: BenchDefinition, size: number, cases: readonly BenchCase<never>[], results: ReadonlyMap<string, CaseResult[]>): void {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(OUT_DIR, `${definition.name}-${name}-${size}.json`), 'utf8'));
  if ((results.get(definition.reference) ?? []).length === 0) {
    console.log(`agreement: no output from the reference ${definition.reference}`);
    return;
  }
  const expected = read(definition.reference);
  const verdicts: string[] = [];
  let all = true;
  for (const bench of cases) {
    if (bench.name === definition.reference || (results.get(bench.name) ?? []).length === 0) continue;
    if (bench.noAgreement === true) {
      verdicts.push(`${bench.name} n/a`);
      continue;
    }
    const difference = firstDifference(read(bench.name), expected);
    if (difference !== null) all = false;
    verdicts.push(difference === null ? `${bench.name} yes` : `${bench.name} NO (${difference.slice(0, 160)})`);
  }
  console.log(`agreement with ${definition.reference} to 1e-9 (every figure of the output): ${verdicts.join(', ')}${all ? ' — all agree' : ''}`);
}
