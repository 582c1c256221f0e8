// The weekly KPI report over a large export (issue 8): CSAT, NPS, FCR, AHT (mean, median, p90),
// first response (median, p90, 1-hour share) per team × ISO week and overall, for 100k / 1M / 5M
// interactions from the sample-data generator.
//
//   npm run bench -- report            1M and 5M rows, each case 3 times in a fresh process
//   npm run bench -- report --quick    100k rows
//   npx tsx bench/report.bench.ts --sizes=1000000 --only=summarize-table
//
// Cases: the tight typed-array loop over the columns (the limit proxy, and the reference every other
// output must equal to 1e-9), idiomatic JavaScript over objects (the floor), servicekit's summarize
// over the columnar table and over objects, and the optional peers (arquero, DuckDB) when
// `npm run bench:peers` has installed them in bench/peers/.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ahtMetric, csatMetric, fcrMetric, firstResponseTimeMetric, npsMetric, summarize } from '../src/kpis/index.js';
import { type BenchObject, type BenchTable, benchObjects, benchTable } from './data.js';
import { benchCase, defineBench } from './harness.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const HOUR = 3_600_000;

/** The ISO week of an instant, as weeks since Monday 1969-12-29 (UTC): the group key, cheap to compute. */
const weekOf = (ms: number) => Math.floor((ms + 3 * DAY) / WEEK);

/** One group's figures, in this order (null when there is nothing to compute them from). */
type Figures = (number | null)[];
export const FIGURES = ['csat', 'nps', 'fcr', 'ahtMeanMs', 'ahtMedianMs', 'ahtP90Ms', 'firstResponseMedianMs', 'firstResponseP90Ms', 'firstResponseWithinHour'];
/** The report: figures by `team|week`, and overall. */
interface Report {
  groups: Record<string, Figures>;
  overall: Figures;
}

// ---------------------------------------------------------------- servicekit

const metrics = <Row extends { csatScore?: number; npsScore?: number }>() => ({
  csat: csatMetric<Row>({ score: (row) => row.csatScore }),
  nps: npsMetric<Row>({ score: (row) => row.npsScore }),
  fcr: fcrMetric<Row>(),
  aht: ahtMetric<Row>(),
  firstResponse: firstResponseTimeMetric<Row>({ thresholdMs: HOUR }),
});

type Values = { [Name in keyof ReturnType<typeof metrics>]: ReturnType<ReturnType<typeof metrics>[Name]['finish']> };

function figuresOf(values: Values): Figures {
  return [
    values.csat.value,
    values.nps.value,
    values.fcr.value,
    values.aht.meanMs,
    values.aht.medianMs,
    values.aht.p90Ms,
    values.firstResponse.medianMs,
    values.firstResponse.p90Ms,
    values.firstResponse.withinThreshold?.value ?? null,
  ];
}

/** The week number ({@link weekOf}) of an ISO week label (`2025-W02`, as periodKey names weeks). */
function weekOfLabel(label: string): number {
  const year = Number(label.slice(0, 4));
  const week = Number(label.slice(6));
  const january4 = Date.UTC(year, 0, 4);
  return weekOf(january4) + week - 1; // the week of 4 January is week 1
}

function reportOf(summary: { groups: { key: unknown; values: Values }[]; overall: Values }): Report {
  const groups: Record<string, Figures> = {};
  for (const group of summary.groups) {
    const [team, week] = group.key as [string | undefined, number | string];
    groups[`${team ?? ''}|${typeof week === 'string' ? weekOfLabel(week) : week}`] = figuresOf(group.values);
  }
  return { groups, overall: figuresOf(summary.overall) };
}

function summarizeTable(table: BenchTable): Report {
  return reportOf(
    summarize(table, {
      // the key as data: grouped from the team codes and the opening instants, no call per row
      by: ['team', { period: 'week', of: 'openedAt' }],
      metrics: {
        csat: csatMetric({ score: (row) => row.csatScore }),
        nps: npsMetric({ score: (row) => row.npsScore }),
        fcr: fcrMetric(),
        aht: ahtMetric(),
        firstResponse: firstResponseTimeMetric({ thresholdMs: HOUR }),
      },
    }) as never,
  );
}

/** The same over objects, with the key as data (a period's key made once per week, not per row). */
function summarizeObjectsByParts(rows: BenchObject[]): Report {
  return reportOf(summarize(rows, { by: ['team', { period: 'week', of: 'openedAt' }], metrics: metrics<BenchObject>() }) as never);
}

function summarizeObjects(rows: BenchObject[]): Report {
  const key: [string | undefined, number] = [undefined, 0];
  return reportOf(
    summarize(rows, {
      by: (row) => {
        key[0] = row.team;
        key[1] = weekOf(row.openedAt.getTime());
        return key;
      },
      metrics: metrics<BenchObject>(),
    }) as never,
  );
}

// ---------------------------------------------------------------- the tight loop (limit proxy)

/** Type-7 quantiles of `values[from, to)` by quickselect (median of three), in place. */
function selectQuantiles(values: Float64Array, ps: readonly number[], out: number[]): void {
  const length = values.length;
  let from = 0;
  ps.forEach((p, index) => {
    const h = (length - 1) * p;
    const k = Math.floor(h);
    let left = from;
    let right = length - 1;
    while (right > left) {
      const a = values[left] as number;
      const b = values[(left + right) >>> 1] as number;
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

/** Per-row values (−1 = none) into contiguous per-group slices: a counting sort by group. */
function byGroup(n: number, groups: number, group: Int32Array, value: Float64Array): { starts: Int32Array; values: Float64Array } {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) {
    if ((value[i] as number) >= 0) {
      const slot = (group[i] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
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

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/**
 * The hand-written tight loop over the table's typed arrays: group index from the team code and the
 * week, counters in one Float64Array, durations grouped by a counting sort, quickselect per group.
 */
function tightLoop(t: BenchTable): Report {
  const n = t.length;
  const team = t.team.codes;
  const opened = t.openedAt;
  let minWeek = Infinity;
  let maxWeek = -Infinity;
  for (let i = 0; i < n; i++) {
    const week = weekOf(opened[i] as number);
    if (week < minWeek) minWeek = week;
    if (week > maxWeek) maxWeek = week;
  }
  const weeks = maxWeek - minWeek + 1;
  const teams = t.team.values.length + 1; // + no team
  const groups = teams * weeks;
  const group = new Int32Array(n);
  const frt = new Float64Array(n);
  const handle = new Float64Array(n);
  const seen = new Uint8Array(groups);
  const order: number[] = [];
  const counters = new Float64Array(groups * 10);
  const { csatScore, npsScore } = t.numbers;
  for (let i = 0; i < n; i++) {
    const g = ((team[i] as number) + 1) * weeks + weekOf(opened[i] as number) - minWeek;
    group[i] = g;
    if (seen[g] === 0) {
      seen[g] = 1;
      order.push(g);
    }
    const base = g * 10;
    const s = csatScore[i] as number;
    if (s >= 1 && s <= 5) {
      counters[base] = (counters[base] as number) + 1;
      if (s >= 4) counters[base + 1] = (counters[base + 1] as number) + 1;
    }
    const p = npsScore[i] as number;
    if (p >= 0 && p <= 10) {
      counters[base + 2] = (counters[base + 2] as number) + 1;
      if (p >= 9) counters[base + 3] = (counters[base + 3] as number) + 1;
      else if (p < 7) counters[base + 4] = (counters[base + 4] as number) + 1;
    }
    const f = t.resolvedOnFirstContact[i] as number;
    if (f >= 0 && (t.resolvedAt[i] as number) === (t.resolvedAt[i] as number)) {
      counters[base + 5] = (counters[base + 5] as number) + 1;
      if (f === 1 && !((t.transfers[i] as number) > 0) && !((t.reopenCount[i] as number) > 0)) counters[base + 6] = (counters[base + 6] as number) + 1;
    }
    const talk = t.talkMs[i] as number;
    const hold = t.holdMs[i] as number;
    const wrap = t.wrapMs[i] as number;
    if (talk === talk || hold === hold || wrap === wrap) {
      const h = (talk === talk ? talk : 0) + (hold === hold ? hold : 0) + (wrap === wrap ? wrap : 0);
      handle[i] = h;
      counters[base + 7] = (counters[base + 7] as number) + h;
    } else {
      handle[i] = -1;
    }
    const r = (t.firstResponseAt[i] as number) - (opened[i] as number);
    if (r >= 0) {
      frt[i] = r;
      if (r <= HOUR) counters[base + 8] = (counters[base + 8] as number) + 1;
    } else {
      frt[i] = -1;
    }
  }
  const sorted = [byGroup(n, groups, group, handle), byGroup(n, groups, group, frt)];
  const pair = [0, 0];
  const figures = (c: Float64Array, base: number, slices: Float64Array[]): Figures => {
    const [handles, responses] = slices as [Float64Array, Float64Array];
    const quantiles = slices.map((values) => {
      if (values.length === 0) return [null, null];
      selectQuantiles(values, [0.5, 0.9], pair);
      return [pair[0] as number, pair[1] as number];
    }) as [number | null, number | null][];
    return [
      ratio(c[base + 1] as number, c[base] as number),
      c[base + 2] === 0 ? null : (100 * ((c[base + 3] as number) - (c[base + 4] as number))) / (c[base + 2] as number),
      ratio(c[base + 6] as number, c[base + 5] as number),
      ratio(c[base + 7] as number, handles.length),
      quantiles[0]?.[0] ?? null,
      quantiles[0]?.[1] ?? null,
      quantiles[1]?.[0] ?? null,
      quantiles[1]?.[1] ?? null,
      ratio(c[base + 8] as number, responses.length),
    ];
  };
  const report: Report = { groups: {}, overall: [] };
  const total = new Float64Array(10);
  for (const g of order) {
    const base = g * 10;
    for (let k = 0; k < 10; k++) total[k] = (total[k] as number) + (counters[base + k] as number);
    const slices = sorted.map(({ starts, values }) => values.subarray(starts[g] as number, starts[g + 1] as number));
    const teamCode = Math.floor(g / weeks) - 1;
    report.groups[`${teamCode < 0 ? '' : t.team.values[teamCode]}|${(g % weeks) + minWeek}`] = figures(counters, base, slices);
  }
  report.overall = figures(total, 0, sorted.map(({ values }) => values));
  return report;
}

// ---------------------------------------------------------------- idiomatic JavaScript (the floor)

const sortedQuantile = (sorted: number[], p: number): number | null => {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const k = Math.floor(h);
  const low = sorted[k] as number;
  return k + 1 < sorted.length ? low + (h - k) * ((sorted[k + 1] as number) - low) : low;
};

/** What most scripts do: string group keys, then one filter/map/reduce per figure, and comparator sorts. */
function idiomaticFigures(rows: BenchObject[]): Figures {
  const csatScores = rows.map((row) => row.csatScore).filter((score): score is number => score !== undefined && score >= 1 && score <= 5);
  const npsScores = rows.map((row) => row.npsScore).filter((score): score is number => score !== undefined && score >= 0 && score <= 10);
  const fcrRows = rows.filter((row) => row.resolvedAt !== undefined && row.resolvedOnFirstContact !== undefined);
  const handles = rows
    .filter((row) => row.talkMs !== undefined || row.holdMs !== undefined || row.wrapMs !== undefined)
    .map((row) => (row.talkMs ?? 0) + (row.holdMs ?? 0) + (row.wrapMs ?? 0))
    .sort((a, b) => a - b);
  const responses = rows
    .filter((row) => row.firstResponseAt !== undefined)
    .map((row) => (row.firstResponseAt as Date).getTime() - row.openedAt.getTime())
    .filter((ms) => ms >= 0)
    .sort((a, b) => a - b);
  return [
    csatScores.length === 0 ? null : csatScores.filter((score) => score >= 4).length / csatScores.length,
    npsScores.length === 0 ? null : (100 * (npsScores.filter((score) => score >= 9).length - npsScores.filter((score) => score <= 6).length)) / npsScores.length,
    fcrRows.length === 0 ? null : fcrRows.filter((row) => row.resolvedOnFirstContact === true && !(row.transfers! > 0) && !(row.reopenCount! > 0)).length / fcrRows.length,
    handles.length === 0 ? null : handles.reduce((sum, ms) => sum + ms, 0) / handles.length,
    sortedQuantile(handles, 0.5),
    sortedQuantile(handles, 0.9),
    sortedQuantile(responses, 0.5),
    sortedQuantile(responses, 0.9),
    responses.length === 0 ? null : responses.filter((ms) => ms <= HOUR).length / responses.length,
  ];
}

function idiomatic(rows: BenchObject[]): Report {
  const groups = new Map<string, BenchObject[]>();
  for (const row of rows) {
    const key = `${row.team ?? ''}|${weekOf(row.openedAt.getTime())}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  }
  const report: Report = { groups: {}, overall: idiomaticFigures(rows) };
  for (const [key, list] of groups) report.groups[key] = idiomaticFigures(list);
  return report;
}

// ---------------------------------------------------------------- peers (bench/peers, optional)

const peers = createRequire(new URL('./peers/package.json', import.meta.url));
function peer(name: string): string | null {
  try {
    return peers.resolve(name);
  } catch {
    return null;
  }
}
const notInstalled = (name: string) => () => (peer(name) === null ? `${name} is not installed (npm run bench:peers)` : null);

/** The per-row inputs a peer needs, as plain columns (NaN → null), built outside the timing. */
function peerColumns(t: BenchTable) {
  const n = t.length;
  const team: (string | null)[] = new Array(n);
  const week = new Float64Array(n);
  const nullable = (value: number) => (value === value ? value : null);
  const csat: (number | null)[] = new Array(n);
  const nps: (number | null)[] = new Array(n);
  const fcrKnown: number[] = new Array(n);
  const fcrMet: number[] = new Array(n);
  const handle: (number | null)[] = new Array(n);
  const response: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const code = t.team.codes[i] as number;
    team[i] = code < 0 ? '' : (t.team.values[code] as string);
    week[i] = weekOf(t.openedAt[i] as number);
    csat[i] = nullable(t.numbers.csatScore[i] as number);
    nps[i] = nullable(t.numbers.npsScore[i] as number);
    const flag = t.resolvedOnFirstContact[i] as number;
    const resolved = (t.resolvedAt[i] as number) === (t.resolvedAt[i] as number);
    fcrKnown[i] = flag >= 0 && resolved ? 1 : 0;
    fcrMet[i] = flag === 1 && resolved && !((t.transfers[i] as number) > 0) && !((t.reopenCount[i] as number) > 0) ? 1 : 0;
    const parts = [t.talkMs[i], t.holdMs[i], t.wrapMs[i]] as number[];
    handle[i] = parts.some((part) => part === part) ? parts.reduce((sum, part) => sum + (part === part ? part : 0), 0) : null;
    const r = (t.firstResponseAt[i] as number) - (t.openedAt[i] as number);
    response[i] = r >= 0 ? r : null;
  }
  return { team, week, csat, nps, fcrKnown, fcrMet, handle, response };
}

const SQL_FIGURES = `
  avg(CASE WHEN csat BETWEEN 1 AND 5 THEN (csat >= 4)::DOUBLE END) AS csat,
  100 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))::DOUBLE / nullif(count(nps), 0) AS nps,
  sum(fcr_met)::DOUBLE / nullif(sum(fcr_known), 0) AS fcr,
  avg(handle) AS aht_mean, quantile_cont(handle, 0.5) AS aht_median, quantile_cont(handle, 0.9) AS aht_p90,
  quantile_cont(response, 0.5) AS frt_median, quantile_cont(response, 0.9) AS frt_p90,
  avg((response <= ${HOUR})::DOUBLE) AS frt_hour`;

interface PeerRow {
  team?: string;
  week?: number;
  csat: number | null;
  nps: number | null;
  fcr: number | null;
  aht_mean: number | null;
  aht_median: number | null;
  aht_p90: number | null;
  frt_median: number | null;
  frt_p90: number | null;
  frt_hour: number | null;
}
const peerFigures = (row: PeerRow): Figures => [row.csat, row.nps, row.fcr, row.aht_mean, row.aht_median, row.aht_p90, row.frt_median, row.frt_p90, row.frt_hour].map((value) =>
  value === undefined || value === null ? null : Number(value),
);

async function arquero(columns: ReturnType<typeof peerColumns>): Promise<Report> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const aq: any = await import(pathToFileURL(peer('arquero') as string).href);
  const { op } = aq;
  const table = aq.table({
    team: columns.team,
    week: columns.week,
    csatAnswered: columns.csat.map((score) => (score !== null && score >= 1 && score <= 5 ? score : null)),
    nps: columns.nps,
    fcrKnown: columns.fcrKnown,
    fcrMet: columns.fcrMet,
    handle: columns.handle,
    response: columns.response,
  });
  const derived = table.derive({
    satisfied: (d: { csatAnswered: number | null }) => (d.csatAnswered === null ? null : d.csatAnswered >= 4 ? 1 : 0),
    promoter: (d: { nps: number | null }) => (d.nps === null ? null : d.nps >= 9 ? 1 : 0),
    detractor: (d: { nps: number | null }) => (d.nps === null ? null : d.nps <= 6 ? 1 : 0),
    withinHour: (d: { response: number | null }) => (d.response === null ? null : d.response <= 3_600_000 ? 1 : 0),
  });
  const rollup = {
    csat: op.mean('satisfied'),
    promoters: op.sum('promoter'),
    detractors: op.sum('detractor'),
    answered: op.valid('nps'),
    fcrMet: op.sum('fcrMet'),
    fcrKnown: op.sum('fcrKnown'),
    aht_mean: op.mean('handle'),
    aht_median: op.median('handle'),
    aht_p90: op.quantile('handle', 0.9),
    frt_median: op.median('response'),
    frt_p90: op.quantile('response', 0.9),
    frt_hour: op.mean('withinHour'),
  };
  const finish = (row: Record<string, number>): PeerRow => ({
    ...(row as unknown as PeerRow),
    nps: row.answered === 0 ? null : (100 * ((row.promoters as number) - (row.detractors as number))) / (row.answered as number),
    fcr: row.fcrKnown === 0 ? null : (row.fcrMet as number) / (row.fcrKnown as number),
  });
  const report: Report = { groups: {}, overall: peerFigures(finish(derived.rollup(rollup).objects()[0])) };
  for (const row of derived.groupby('team', 'week').rollup(rollup).objects() as Record<string, number>[]) {
    report.groups[`${row.team}|${row.week}`] = peerFigures(finish(row));
  }
  return report;
}

async function duckdb(columns: ReturnType<typeof peerColumns>): Promise<Report> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const { DuckDBInstance }: any = await import(pathToFileURL(peer('@duckdb/node-api') as string).href);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE interactions (team VARCHAR, week DOUBLE, csat DOUBLE, nps DOUBLE, fcr_known DOUBLE, fcr_met DOUBLE, handle DOUBLE, response DOUBLE)');
  const appender = await connection.createAppender('interactions');
  const { team, week, csat, nps, fcrKnown, fcrMet, handle, response } = columns;
  const nullable = (value: number | null) => (value === null ? appender.appendNull() : appender.appendDouble(value));
  for (let i = 0; i < team.length; i++) {
    appender.appendVarchar(team[i]);
    appender.appendDouble(week[i]);
    nullable(csat[i] as number | null);
    nullable(nps[i] as number | null);
    appender.appendDouble(fcrKnown[i]);
    appender.appendDouble(fcrMet[i]);
    nullable(handle[i] as number | null);
    nullable(response[i] as number | null);
    appender.endRow();
  }
  appender.closeSync();
  const overall = (await connection.runAndReadAll(`SELECT ${SQL_FIGURES} FROM interactions`)).getRowObjectsJson() as PeerRow[];
  const groups = (await connection.runAndReadAll(`SELECT team, week, ${SQL_FIGURES} FROM interactions GROUP BY team, week`)).getRowObjectsJson() as PeerRow[];
  const report: Report = { groups: {}, overall: peerFigures(overall[0] as PeerRow) };
  for (const row of groups) report.groups[`${row.team}|${Number(row.week)}`] = peerFigures(row);
  return report;
}

// ---------------------------------------------------------------- the benchmark

const cases = [
  benchCase({ name: 'tight-loop', role: 'limit', description: 'hand-written loop over the typed-array columns (group index, counters, counting sort, quickselect)', prepare: (size) => benchTable(size), run: (t: BenchTable) => tightLoop(t) }),
  benchCase({ name: 'idiomatic', role: 'floor', description: 'objects with Dates; string group keys, one filter/map/reduce per figure, comparator sorts', prepare: (size) => benchObjects(benchTable(size)), run: (rows: BenchObject[]) => idiomatic(rows) }),
  benchCase({ name: 'summarize-table', role: 'ours', description: "summarize over toInteractionTable columns, by ['team', ISO week of openedAt] as data (groups from the columns)", prepare: (size) => benchTable(size), run: (t: BenchTable) => summarizeTable(t) }),
  benchCase({ name: 'summarize-objects', role: 'ours', description: 'summarize over the same rows as objects with Dates', prepare: (size) => benchObjects(benchTable(size)), run: (rows: BenchObject[]) => summarizeObjects(rows) }),
  benchCase({ name: 'summarize-objects-parts', role: 'ours', description: "summarize over the objects with by as data: ['team', { period: 'week', of: 'openedAt' }]", prepare: (size) => benchObjects(benchTable(size)), run: (rows: BenchObject[]) => summarizeObjectsByParts(rows) }),
  benchCase({ name: 'arquero', role: 'peer', description: 'arquero fed plain columns: derive, groupby, rollup (median, quantile)', unavailable: notInstalled('arquero'), prepare: (size) => peerColumns(benchTable(size)), run: (columns: ReturnType<typeof peerColumns>) => arquero(columns) }),
  benchCase({ name: 'duckdb', role: 'peer', description: 'DuckDB (in memory) fed from JavaScript with its appender, then one GROUP BY with quantile_cont', unavailable: notInstalled('@duckdb/node-api'), prepare: (size) => peerColumns(benchTable(size)), run: (columns: ReturnType<typeof peerColumns>) => duckdb(columns) }),
];

await defineBench({
  name: 'report',
  title: 'weekly KPI report: CSAT, NPS, FCR, AHT (mean, median, p90), first response (median, p90, 1-hour share); team × ISO week and overall',
  unit: 'rows',
  sizes: { quick: [100_000], full: [1_000_000, 5_000_000] },
  reference: 'tight-loop',
  cases,
  goals: (perRow) => {
    const limit = perRow.get('tight-loop');
    const lines: string[] = [];
    if (limit === undefined) return lines;
    const table = perRow.get('summarize-table');
    const objects = perRow.get('summarize-objects');
    if (table !== undefined) lines.push(`goal: summarize over the table ≤ 1.5× the tight loop — ${(table / limit).toFixed(2)}× ${table / limit <= 1.5 ? 'met' : 'NOT met'}`);
    if (objects !== undefined) lines.push(`goal: summarize over objects ≤ 4× the tight loop — ${(objects / limit).toFixed(2)}× ${objects / limit <= 4 ? 'met' : 'NOT met'}`);
    return lines;
  },
  scaling: (bySize) => {
    const small = bySize.get(1_000_000);
    const large = bySize.get(5_000_000);
    if (small === undefined || large === undefined) return [];
    return ['summarize-objects', 'summarize-table', 'tight-loop']
      .filter((name) => small.has(name) && large.has(name))
      .map((name) => {
        const ratio = (large.get(name) as number) / (small.get(name) as number);
        return `scaling ${name}: time at 5M / time at 1M = ${ratio.toFixed(2)}${name === 'summarize-objects' ? ` (goal ≤ 5.5: ${ratio <= 5.5 ? 'met' : 'NOT met'})` : ''}`;
      });
  },
});
