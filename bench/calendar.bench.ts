// Business-hours calendar benchmark (issue 3), on the shared harness: `npm run bench -- calendar`
// (`--quick`: 200k pairs). 1M (openedAt, firstResponseAt) pairs over 2024–2025 in America/New_York,
// Mon–Fri 09–17 with 11 holidays; businessTimeBetween and addBusinessTime after the calendar is built.
// The plain exact reference (a walk over local days with Intl) runs on a 1,000-pair sample, and every
// case's results on that sample must equal it; the limit proxy is the bare loop reading the pairs.
// `firstResponseTime-table` is the same business time as a KPI: summarize over a table of the pairs.
import { addBusinessTime, type BusinessCalendarInput, businessTimeBetween, createCalendar, periodKey } from '../src/time/index.js';
import { referenceAdd, referenceBetween } from '../test/time/reference-calendar.js';
import { seededRandom } from '../examples/data/sample-generator.js';
import { firstResponseTimeMetric, summarize } from '../src/kpis/index.js';
import { interactionTableFromColumns } from '../src/table/index.js';
import { benchCase, defineBench } from './harness.js';

const HOUR = 3_600_000;
const SAMPLE = 1_000;

const weekday: [string, string][] = [['09:00', '17:00']];
const definition: BusinessCalendarInput = {
  timeZone: 'America/New_York',
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: [
    '2024-01-01', '2024-05-27', '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-25',
    '2025-01-01', '2025-05-26', '2025-07-04', '2025-11-27', '2025-12-25',
  ],
};

interface Pairs {
  opened: Date[];
  responded: Date[];
  amounts: Float64Array;
  sample: number[];
}

function pairs(size: number): Pairs {
  const random = seededRandom(20250106);
  const start = Date.UTC(2024, 0, 1, 5);
  const span = Date.UTC(2026, 0, 1, 5) - start;
  const opened: Date[] = new Array(size);
  const responded: Date[] = new Array(size);
  const amounts = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    const at = start + Math.floor(random() * span);
    // reply delays: mostly minutes to hours, a tail of days (exponential, mean 10 h)
    const delay = Math.floor(-Math.log(1 - random()) * 10 * HOUR);
    opened[i] = new Date(at);
    responded[i] = new Date(Math.min(at + delay, start + span - 1));
    amounts[i] = Math.floor(random() * 16 * HOUR) - 4 * HOUR; // −4 h … +12 h, some negative
  }
  const sample = Array.from({ length: Math.min(SAMPLE, size) }, () => Math.floor(random() * size));
  return { opened, responded, amounts, sample };
}

const calendar = createCalendar(definition);
businessTimeBetween(calendar, new Date(Date.UTC(2024, 0, 1, 5)), new Date(Date.UTC(2026, 0, 1, 4))); // builds the tables

/** The sample's results, computed with servicekit (outside the hot loop, negligible). */
const sampleResults = (p: Pairs) => ({
  between: p.sample.map((i) => businessTimeBetween(calendar, p.opened[i] as Date, p.responded[i] as Date)),
  add: p.sample.map((i) => addBusinessTime(calendar, p.opened[i] as Date, p.amounts[i] as number).getTime()),
});

await defineBench({
  name: 'calendar',
  title: 'business-hours arithmetic: America/New_York, Mon–Fri 09:00–17:00, 11 holidays, pairs over 2024–2025',
  unit: 'pairs',
  sizes: { quick: [200_000], full: [1_000_000] },
  reference: 'reference-walk',
  cases: [
    benchCase({
      name: 'difference',
      role: 'limit',
      description: 'the bare loop: reads each pair and subtracts (what any per-pair computation costs at least)',
      noAgreement: true,
      prepare: pairs,
      run: (p: Pairs) => {
        let sum = 0;
        for (let i = 0; i < p.opened.length; i++) sum += (p.responded[i] as Date).getTime() - (p.opened[i] as Date).getTime();
        return sum;
      },
    }),
    benchCase({
      name: 'reference-walk',
      role: 'floor',
      description: `the plain exact reference (a walk over local days with Intl), between and add, on ${SAMPLE.toLocaleString('en-US')} sampled pairs`,
      prepare: pairs,
      warmupRuns: 0,
      items: (size) => Math.min(SAMPLE, size),
      run: (p: Pairs) => ({
        between: p.sample.map((i) => referenceBetween(definition, p.opened[i] as Date, p.responded[i] as Date)),
        add: p.sample.map((i) => referenceAdd(definition, p.opened[i] as Date, p.amounts[i] as number).getTime()),
      }),
    }),
    benchCase({
      name: 'businessTimeBetween',
      role: 'ours',
      description: 'businessTimeBetween(calendar, openedAt, firstResponseAt) for every pair',
      prepare: pairs,
      run: (p: Pairs) => {
        let sum = 0;
        for (let i = 0; i < p.opened.length; i++) sum += businessTimeBetween(calendar, p.opened[i] as Date, p.responded[i] as Date);
        return sum === sum ? sampleResults(p) : null;
      },
    }),
    benchCase({
      name: 'addBusinessTime',
      role: 'ours',
      description: 'addBusinessTime(calendar, openedAt, −4 h … +12 h) for every pair',
      prepare: pairs,
      run: (p: Pairs) => {
        let sum = 0;
        for (let i = 0; i < p.opened.length; i++) sum += addBusinessTime(calendar, p.opened[i] as Date, p.amounts[i] as number).getTime() % 1000;
        return sum === sum ? sampleResults(p) : null;
      },
    }),
    benchCase({
      name: 'firstResponseTime-table',
      role: 'ours',
      description: 'summarize over a table of the pairs with firstResponseTimeMetric({ calendar }): business time read from the columns',
      prepare: (size: number) => {
        const p = pairs(size);
        const table = interactionTableFromColumns({
          id: Array.from({ length: size }, (_, i) => `t${i}`),
          customerId: new Array<string>(size).fill('c'),
          channel: new Array<string>(size).fill('email'),
          openedAt: Float64Array.from(p.opened, (at) => at.getTime()),
          firstResponseAt: Float64Array.from(p.responded, (at) => at.getTime()),
        });
        return { p, table };
      },
      run: ({ p, table }: { p: Pairs; table: ReturnType<typeof interactionTableFromColumns> }) => {
        const { meanMs } = summarize(table, { metrics: { reply: firstResponseTimeMetric({ calendar }) } }).overall.reply;
        return meanMs === meanMs ? sampleResults(p) : null;
      },
    }),
    benchCase({
      name: 'periodKey',
      role: 'ours',
      description: "periodKey(openedAt, 'week', { timeZone: 'America/New_York' }) for every pair",
      noAgreement: true,
      prepare: pairs,
      run: (p: Pairs) => {
        let length = 0;
        for (let i = 0; i < p.opened.length; i++) length += periodKey(p.opened[i] as Date, 'week', { timeZone: 'America/New_York' }).length;
        return length;
      },
    }),
  ],
  goals: (perPair) => {
    const between = perPair.get('businessTimeBetween');
    const add = perPair.get('addBusinessTime');
    const lines: string[] = [];
    if (between !== undefined) lines.push(`goal: businessTimeBetween ≥ 10M pairs/s — ${(1 / between / 1000).toFixed(1)}M pairs/s ${1 / between >= 10_000 ? 'met' : 'NOT met'}`);
    if (add !== undefined) lines.push(`goal: addBusinessTime ≥ 5M calls/s — ${(1 / add / 1000).toFixed(1)}M calls/s ${1 / add >= 5_000 ? 'met' : 'NOT met'}`);
    return lines;
  },
});
