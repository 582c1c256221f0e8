// KPI benchmark: `summarize` of CSAT, NPS, FCR, AHT, median/p90 first response and the 1-hour
// first-response share per team × ISO week (and overall) over Interaction objects, against a
// hand-written typed-array loop computing the same figures from the same objects in the same run,
// and, for reference, the same loop over typed-array columns built beforehand (not timed).
//
//   npx tsx bench/kpis.bench.ts          1M rows
//   npx tsx bench/kpis.bench.ts --full   1M and 5M rows (and the 5M / 1M time ratio)
//
// Data come from a seeded generator (fields present or absent at random, so objects have many
// shapes, as parsed exports do). The cases run interleaved, once to warm up and then 5 times;
// medians are shown. The 5M run holds about 2.4 GB of heap (3.2 GB RSS), within node's default
// limit on a machine with 16 GB or more.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Interaction } from '../src/models/interaction.js';
import {
  ahtMetric,
  csatMetric,
  fcrMetric,
  firstResponseTimeMetric,
  npsMetric,
  summarize,
} from '../src/kpis/index.js';

type Row = Interaction & { csatScore?: number; npsScore?: number };

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const HOUR = 3_600_000;
const TEAMS = ['billing', 'tech', 'accounts', 'shipping', 'returns', 'sales', 'vip', 'onboarding'];
const START = Date.UTC(2024, 0, 1);

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count: number, seed: number): Row[] {
  const random = mulberry32(seed);
  const rows: Row[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const opened = START + Math.floor(random() * 364 * DAY);
    const row: Row = {
      id: `t${index}`,
      customerId: `c${Math.floor(random() * (count / 4))}`,
      channel: random() < 0.5 ? 'email' : 'phone',
      direction: 'inbound',
      priority: 'normal',
      team: TEAMS[Math.floor(random() * TEAMS.length)] as string,
      openedAt: new Date(opened),
    };
    if (random() < 0.9) row.firstResponseAt = new Date(opened + Math.floor(random() * random() * 8 * HOUR));
    if (random() < 0.8) row.resolvedAt = new Date(opened + Math.floor(random() * 3 * DAY));
    if (random() < 0.7) {
      row.talkMs = Math.floor(random() * 600_000);
      row.holdMs = Math.floor(random() * 60_000);
      row.wrapMs = Math.floor(random() * 120_000);
    }
    const flag = random();
    if (flag < 0.75) row.resolvedOnFirstContact = flag < 0.55;
    if (random() < 0.1) row.transfers = 1;
    if (random() < 0.05) row.reopenCount = 1;
    if (random() < 0.3) row.csatScore = 1 + Math.floor(random() * 5);
    if (random() < 0.2) row.npsScore = Math.floor(random() * 11);
    rows[index] = row;
  }
  return rows;
}

/** Hand-written type-7 quantiles of a Float64Array by quickselect (median of three), for the baselines. */
function selectQuantiles(values: Float64Array, length: number, ps: readonly number[], out: number[]): void {
  let from = 0;
  ps.forEach((p, index) => {
    const h = (length - 1) * p;
    const k = Math.floor(h);
    let left = from;
    let right = length - 1;
    while (right > left) {
      const middle = (left + right) >>> 1;
      const a = values[left] as number;
      const b = values[middle] as number;
      const c = values[right] as number;
      const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
      let i = left;
      let j = right;
      while (i <= j) {
        while ((values[i] as number) < pivot) i++;
        while ((values[j] as number) > pivot) j--;
        if (i <= j) {
          const t = values[i] as number;
          values[i] = values[j] as number;
          values[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) right = j;
      else if (k >= i) left = i;
      else break;
    }
    from = k;
    let next = Number.POSITIVE_INFINITY;
    for (let i = k + 1; i < length; i++) if ((values[i] as number) < next) next = values[i] as number;
    const low = values[k] as number;
    out[index] = h > k && k + 1 < length ? low + (h - k) * (next - low) : low;
  });
}

const isoWeekIndex = (ms: number) => Math.floor((ms + 3 * DAY) / WEEK); // weeks since Monday 1969-12-29

function runSummarize(rows: Row[]) {
  const key: [string | undefined, number] = [undefined, 0];
  return summarize(rows, {
    by: (row) => {
      key[0] = row.team;
      key[1] = isoWeekIndex(row.openedAt.getTime());
      return key;
    },
    metrics: {
      csat: csatMetric<Row>({ score: (row) => row.csatScore }),
      nps: npsMetric<Row>({ score: (row) => row.npsScore }),
      fcr: fcrMetric<Row>(),
      aht: ahtMetric<Row>(),
      firstResponse: firstResponseTimeMetric<Row>({ thresholdMs: HOUR }),
    },
  });
}

/** The data as columns (typed arrays), built outside the timing. */
interface Columns {
  length: number;
  team: Int32Array;
  opened: Float64Array;
  firstResponse: Float64Array;
  resolved: Float64Array;
  talk: Float64Array;
  hold: Float64Array;
  wrap: Float64Array;
  flag: Int8Array; // -1 unknown, 0, 1
  clean: Uint8Array;
  csat: Int8Array; // -1 none
  nps: Int8Array; // -1 none
}

function toColumns(rows: Row[]): Columns {
  const n = rows.length;
  const c: Columns = {
    length: n,
    team: new Int32Array(n),
    opened: new Float64Array(n),
    firstResponse: new Float64Array(n),
    resolved: new Float64Array(n),
    talk: new Float64Array(n),
    hold: new Float64Array(n),
    wrap: new Float64Array(n),
    flag: new Int8Array(n),
    clean: new Uint8Array(n),
    csat: new Int8Array(n),
    nps: new Int8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    c.team[i] = TEAMS.indexOf(row.team as string);
    c.opened[i] = row.openedAt.getTime();
    c.firstResponse[i] = row.firstResponseAt?.getTime() ?? Number.NaN;
    c.resolved[i] = row.resolvedAt?.getTime() ?? Number.NaN;
    c.talk[i] = row.talkMs ?? Number.NaN;
    c.hold[i] = row.holdMs ?? Number.NaN;
    c.wrap[i] = row.wrapMs ?? Number.NaN;
    c.flag[i] = row.resolvedOnFirstContact === undefined ? -1 : row.resolvedOnFirstContact ? 1 : 0;
    c.clean[i] = (row.transfers ?? 0) > 0 || (row.reopenCount ?? 0) > 0 ? 0 : 1;
    c.csat[i] = row.csatScore ?? -1;
    c.nps[i] = row.npsScore ?? -1;
  }
  return c;
}

/** Sorts per-row values into contiguous per-group slices (a counting sort by group). */
function groupValues(n: number, groups: number, group: Int32Array, value: Float64Array): { starts: Int32Array; values: Float64Array } {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) {
    const slot = (group[i] as number) + 1;
    if ((value[i] as number) >= 0) starts[slot] = (starts[slot] as number) + 1;
  }
  for (let g = 0; g < groups; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const offsets = starts.slice();
  const values = new Float64Array(starts[groups] as number);
  for (let i = 0; i < n; i++) {
    const v = value[i] as number;
    if (v >= 0) {
      const g = group[i] as number;
      const at = offsets[g] as number;
      values[at] = v;
      offsets[g] = at + 1;
    }
  }
  return { starts, values };
}

/**
 * The hand-written tight loop over the same data as columns (built beforehand, not timed): fixed group indexes, counters in typed
 * arrays, durations grouped by a counting sort, then the same selection per group and overall.
 */
function handWritten(c: Columns) {
  const n = c.length;
  let minWeek = Infinity;
  let maxWeek = -Infinity;
  for (let i = 0; i < n; i++) {
    const week = isoWeekIndex(c.opened[i] as number);
    if (week < minWeek) minWeek = week;
    if (week > maxWeek) maxWeek = week;
  }
  const weeks = maxWeek - minWeek + 1;
  const groups = TEAMS.length * weeks;
  const group = new Int32Array(n);
  const frt = new Float64Array(n);
  const handle = new Float64Array(n);
  const counters = new Float64Array(groups * 12);
  for (let i = 0; i < n; i++) {
    const g = (c.team[i] as number) * weeks + isoWeekIndex(c.opened[i] as number) - minWeek;
    group[i] = g;
    const base = g * 12;
    const s = c.csat[i] as number;
    if (s >= 1) {
      counters[base] = (counters[base] as number) + 1;
      if (s >= 4) counters[base + 1] = (counters[base + 1] as number) + 1;
    }
    const p = c.nps[i] as number;
    if (p >= 0) {
      counters[base + 2] = (counters[base + 2] as number) + 1;
      if (p >= 9) counters[base + 3] = (counters[base + 3] as number) + 1;
      else if (p <= 6) counters[base + 4] = (counters[base + 4] as number) + 1;
    }
    const f = c.flag[i] as number;
    if (f >= 0 && !Number.isNaN(c.resolved[i] as number)) {
      counters[base + 5] = (counters[base + 5] as number) + 1;
      if (f === 1 && c.clean[i] === 1) counters[base + 6] = (counters[base + 6] as number) + 1;
    }
    const t = c.talk[i] as number;
    if (t === t) {
      const h = t + (c.hold[i] as number) + (c.wrap[i] as number);
      handle[i] = h;
      counters[base + 7] = (counters[base + 7] as number) + h;
    } else {
      handle[i] = -1;
    }
    const r = (c.firstResponse[i] as number) - (c.opened[i] as number);
    if (r >= 0) {
      frt[i] = r;
      counters[base + 8] = (counters[base + 8] as number) + r;
      if (r <= HOUR) counters[base + 9] = (counters[base + 9] as number) + 1;
    } else {
      frt[i] = -1;
    }
  }
  const byGroup = [groupValues(n, groups, group, handle), groupValues(n, groups, group, frt)];
  const out: Record<string, number>[] = [];
  const quantiles = [0, 0, 0, 0];
  const pair = [0, 0];
  for (let g = 0; g < groups; g++) {
    const base = g * 12;
    const sizes = byGroup.map(({ starts, values }, which) => {
      const from = starts[g] as number;
      const to = starts[g + 1] as number;
      if (to > from) {
        selectQuantiles(values.subarray(from, to), to - from, [0.5, 0.9], pair);
        quantiles[2 * which] = pair[0] as number;
        quantiles[2 * which + 1] = pair[1] as number;
      }
      return to - from;
    });
    const [ahtCount, frtCount] = sizes as [number, number];
    out.push({
      csat: (counters[base + 1] as number) / (counters[base] as number),
      nps: (100 * ((counters[base + 3] as number) - (counters[base + 4] as number))) / (counters[base + 2] as number),
      fcr: (counters[base + 6] as number) / (counters[base + 5] as number),
      aht: (counters[base + 7] as number) / ahtCount,
      ahtMedian: ahtCount > 0 ? (quantiles[0] as number) : Number.NaN,
      ahtP90: ahtCount > 0 ? (quantiles[1] as number) : Number.NaN,
      frtMedian: frtCount > 0 ? (quantiles[2] as number) : Number.NaN,
      frtP90: frtCount > 0 ? (quantiles[3] as number) : Number.NaN,
      frtMean: (counters[base + 8] as number) / frtCount,
      frtHour: (counters[base + 9] as number) / frtCount,
    });
  }
  // the overall figures, as summarize returns them: quantiles over all durations
  for (const { values } of byGroup) selectQuantiles(values, values.length, [0.5, 0.9], pair);
  return out;
}

/**
 * The same hand-written loop reading the Interaction objects directly (what summarize reads):
 * fields read once per row into typed-array counters; team indexes from a Map.
 */
function handWrittenOverObjects(rows: Row[]) {
  const n = rows.length;
  const teamIndex = new Map(TEAMS.map((team, index) => [team, index]));
  let minWeek = Infinity;
  let maxWeek = -Infinity;
  for (let i = 0; i < n; i++) {
    const week = isoWeekIndex((rows[i] as Row).openedAt.getTime());
    if (week < minWeek) minWeek = week;
    if (week > maxWeek) maxWeek = week;
  }
  const weeks = maxWeek - minWeek + 1;
  const groups = TEAMS.length * weeks;
  const group = new Int32Array(n);
  const frt = new Float64Array(n);
  const handle = new Float64Array(n);
  const counters = new Float64Array(groups * 12);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    const opened = row.openedAt.getTime();
    const g = (teamIndex.get(row.team as string) as number) * weeks + isoWeekIndex(opened) - minWeek;
    group[i] = g;
    const base = g * 12;
    const s = row.csatScore ?? -1;
    if (s >= 1) {
      counters[base] = (counters[base] as number) + 1;
      if (s >= 4) counters[base + 1] = (counters[base + 1] as number) + 1;
    }
    const p = row.npsScore ?? -1;
    if (p >= 0) {
      counters[base + 2] = (counters[base + 2] as number) + 1;
      if (p >= 9) counters[base + 3] = (counters[base + 3] as number) + 1;
      else if (p <= 6) counters[base + 4] = (counters[base + 4] as number) + 1;
    }
    const known = row.resolvedOnFirstContact;
    if (known !== undefined && row.resolvedAt !== undefined) {
      counters[base + 5] = (counters[base + 5] as number) + 1;
      if (known && !((row.transfers ?? 0) > 0) && !((row.reopenCount ?? 0) > 0)) counters[base + 6] = (counters[base + 6] as number) + 1;
    }
    const t = row.talkMs;
    if (t !== undefined) {
      const h = t + (row.holdMs ?? 0) + (row.wrapMs ?? 0);
      handle[i] = h;
      counters[base + 7] = (counters[base + 7] as number) + h;
    } else {
      handle[i] = -1;
    }
    const r = row.firstResponseAt === undefined ? -1 : row.firstResponseAt.getTime() - opened;
    if (r >= 0) {
      frt[i] = r;
      counters[base + 8] = (counters[base + 8] as number) + r;
      if (r <= HOUR) counters[base + 9] = (counters[base + 9] as number) + 1;
    } else {
      frt[i] = -1;
    }
  }
  const byGroup = [groupValues(n, groups, group, handle), groupValues(n, groups, group, frt)];
  const out: Record<string, number>[] = [];
  const quantiles = [0, 0, 0, 0];
  const pair = [0, 0];
  for (let g = 0; g < groups; g++) {
    const base = g * 12;
    const sizes = byGroup.map(({ starts, values }, which) => {
      const from = starts[g] as number;
      const to = starts[g + 1] as number;
      if (to > from) {
        selectQuantiles(values.subarray(from, to), to - from, [0.5, 0.9], pair);
        quantiles[2 * which] = pair[0] as number;
        quantiles[2 * which + 1] = pair[1] as number;
      }
      return to - from;
    });
    const [ahtCount, frtCount] = sizes as [number, number];
    out.push({
      csat: (counters[base + 1] as number) / (counters[base] as number),
      nps: (100 * ((counters[base + 3] as number) - (counters[base + 4] as number))) / (counters[base + 2] as number),
      fcr: (counters[base + 6] as number) / (counters[base + 5] as number),
      aht: (counters[base + 7] as number) / ahtCount,
      ahtMedian: ahtCount > 0 ? (quantiles[0] as number) : Number.NaN,
      ahtP90: ahtCount > 0 ? (quantiles[1] as number) : Number.NaN,
      frtMedian: frtCount > 0 ? (quantiles[2] as number) : Number.NaN,
      frtP90: frtCount > 0 ? (quantiles[3] as number) : Number.NaN,
      frtMean: (counters[base + 8] as number) / frtCount,
      frtHour: (counters[base + 9] as number) / frtCount,
    });
  }
  // the overall figures, as summarize returns them: quantiles over all durations
  for (const { values } of byGroup) selectQuantiles(values, values.length, [0.5, 0.9], pair);
  return out;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Times several cases interleaved (A B C A B C …), so that load from other processes falls on all of
 * them alike; one warm-up round, then `repeats` timed rounds; returns each case's median.
 */
function timeInterleaved(cases: (() => unknown)[], repeats: number): { ms: number[]; results: unknown[] } {
  const results = cases.map((run) => run());
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < repeats; round++) {
    cases.forEach((run, index) => {
      const start = performance.now();
      results[index] = run();
      (times[index] as number[]).push(performance.now() - start);
    });
  }
  return { ms: times.map(median), results };
}

function agree(summary: ReturnType<typeof runSummarize>, reference: ReturnType<typeof handWritten>, c: Columns): boolean {
  let minWeek = Infinity;
  for (let i = 0; i < c.length; i++) minWeek = Math.min(minWeek, isoWeekIndex(c.opened[i] as number));
  const weeks = reference.length / TEAMS.length;
  const close = (a: number | null, b: number) => (a === null ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
  for (const group of summary.groups) {
    const [team, week] = group.key as [string, number];
    const expected = reference[TEAMS.indexOf(team) * weeks + week - minWeek] as Record<string, number>;
    const v = group.values;
    const ok =
      close(v.csat.value, expected.csat as number) &&
      close(v.nps.value, expected.nps as number) &&
      close(v.fcr.value, expected.fcr as number) &&
      close(v.aht.meanMs, expected.aht as number) &&
      close(v.aht.medianMs, expected.ahtMedian as number) &&
      close(v.aht.p90Ms, expected.ahtP90 as number) &&
      close(v.firstResponse.medianMs, expected.frtMedian as number) &&
      close(v.firstResponse.p90Ms, expected.frtP90 as number) &&
      close(v.firstResponse.withinThreshold?.value ?? null, expected.frtHour as number);
    if (!ok) return false;
  }
  return true;
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Times summarize alone (after a full collection, so other cases' garbage is not charged to it). */
function timeAlone(run: () => unknown, repeats: number): number {
  run();
  collectGarbage();
  const times: number[] = [];
  for (let round = 0; round < repeats; round++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

function bench(count: number): number {
  const rows = generate(count, 42);
  const columns = toColumns(rows);
  const { ms, results } = timeInterleaved([() => runSummarize(rows), () => handWrittenOverObjects(rows), () => handWritten(columns)], 5);
  const [ours, objects, columnar] = ms as [number, number, number];
  const summary = results[0] as ReturnType<typeof runSummarize>;
  const label = `${count / 1e6}M`;
  const rate = (time: number) => `${((count / time) * 1000 / 1e6).toFixed(1)}M rows/s`;
  console.log(
    `summarize ${label} objects (${summary.groups.length} team×week groups): ${ours.toFixed(0)} ms, ${rate(ours)} ` +
      `(hand-written typed-array loop over the same objects: ${objects.toFixed(0)} ms, ${rate(objects)}; ratio ${(ours / objects).toFixed(2)}x)`,
  );
  console.log(
    `  for reference, the same loop over typed-array columns built beforehand: ${columnar.toFixed(0)} ms, ${rate(columnar)}; ` +
      `ratio ${(ours / columnar).toFixed(2)}x`,
  );
  const agreed =
    agree(summary, results[1] as ReturnType<typeof handWritten>, columns) && agree(summary, results[2] as ReturnType<typeof handWritten>, columns);
  const memory = process.memoryUsage();
  console.log(`  agreement of all three to 1e-9: ${agreed ? 'yes' : 'NO'}; memory: heap ${mb(memory.heapUsed)}, rss ${mb(memory.rss)}`);
  const alone = timeAlone(() => runSummarize(rows), 5);
  console.log(`  summarize alone (after a full GC, 5 rounds): ${alone.toFixed(0)} ms, ${rate(alone)}`);
  return alone;
}

const full = process.argv.includes('--full');
const at1M = bench(1_000_000);
if (full) {
  const at5M = bench(5_000_000);
  console.log(`summarize alone, 5M / 1M time: ${(at5M / at1M).toFixed(2)}x (goal ≤ 5.5x)`);
}
