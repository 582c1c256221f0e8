// Business-hours calendar benchmark (issue 3): run with `npx tsx bench/calendar.bench.ts`.
// 1M (openedAt, firstResponseAt) pairs over 2024–2025 in America/New_York, Mon–Fri 09–17 with 11
// holidays; measures businessTimeBetween and addBusinessTime after the calendar is built, and
// checks a sample against the plain exact reference (a walk over local days with Intl).
// `--quick` uses 200k pairs and a 200-pair reference sample.
import { addBusinessTime, type BusinessCalendarInput, businessTimeBetween, createCalendar, periodKey } from '../src/time/index.js';
import { referenceAdd, referenceBetween } from '../test/time/reference-calendar.js';
import { seededRandom } from '../examples/data/sample-generator.js';

const QUICK = process.argv.includes('--quick');
const PAIRS = QUICK ? 200_000 : 1_000_000;
const SAMPLE = QUICK ? 200 : 2_000;
const HOUR = 3_600_000;

const weekday: [string, string][] = [['09:00', '17:00']];
const definition: BusinessCalendarInput = {
  timeZone: 'America/New_York',
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: [
    '2024-01-01', '2024-05-27', '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-25',
    '2025-01-01', '2025-05-26', '2025-07-04', '2025-11-27', '2025-12-25',
  ],
};

const random = seededRandom(20250106);
const start = Date.UTC(2024, 0, 1, 5);
const span = Date.UTC(2026, 0, 1, 5) - start;
const opened: Date[] = new Array(PAIRS);
const responded: Date[] = new Array(PAIRS);
const amounts = new Float64Array(PAIRS);
for (let i = 0; i < PAIRS; i += 1) {
  const at = start + Math.floor(random() * span);
  // Reply delays: mostly minutes to hours, a tail of days (exponential, mean 10 h).
  const delay = Math.floor(-Math.log(1 - random()) * 10 * HOUR);
  opened[i] = new Date(at);
  responded[i] = new Date(Math.min(at + delay, start + span - 1));
  amounts[i] = Math.floor(random() * 16 * HOUR) - 4 * HOUR; // −4 h … +12 h, some negative
}

const buildStarted = performance.now();
const calendar = createCalendar(definition);
businessTimeBetween(calendar, new Date(start), new Date(start + span - 1)); // builds the tables
const buildMs = performance.now() - buildStarted;

/** Best of five timed runs after a warm-up (the machine may be shared; the best run is the least disturbed). */
function time(run: () => number): { seconds: number; checksum: number } {
  let checksum = run(); // warm up the JIT
  let seconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round += 1) {
    const began = performance.now();
    checksum = run();
    seconds = Math.min(seconds, (performance.now() - began) / 1000);
  }
  return { seconds, checksum };
}

const between = time(() => {
  let sum = 0;
  for (let i = 0; i < PAIRS; i += 1) sum += businessTimeBetween(calendar, opened[i] as Date, responded[i] as Date);
  return sum;
});
const add = time(() => {
  let sum = 0;
  for (let i = 0; i < PAIRS; i += 1) sum += addBusinessTime(calendar, opened[i] as Date, amounts[i] as number).getTime() % 1000;
  return sum;
});

const weeks = time(() => {
  let length = 0;
  for (let i = 0; i < PAIRS; i += 1) length += periodKey(opened[i] as Date, 'week', { timeZone: 'America/New_York' }).length;
  return length;
});

// The reference over a sample, in the same run.
const sampleIndexes = Array.from({ length: SAMPLE }, () => Math.floor(random() * PAIRS));
let agreeBetween = 0;
let agreeAdd = 0;
const referenceStarted = performance.now();
for (const i of sampleIndexes) {
  if (referenceBetween(definition, opened[i] as Date, responded[i] as Date) === businessTimeBetween(calendar, opened[i] as Date, responded[i] as Date)) {
    agreeBetween += 1;
  }
}
const referenceSeconds = (performance.now() - referenceStarted) / 1000;
const referenceAddStarted = performance.now();
for (const i of sampleIndexes) {
  const expected = referenceAdd(definition, opened[i] as Date, amounts[i] as number).getTime();
  if (expected === addBusinessTime(calendar, opened[i] as Date, amounts[i] as number).getTime()) agreeAdd += 1;
}
const referenceAddSeconds = (performance.now() - referenceAddStarted) / 1000;

const rate = (count: number, seconds: number) => count / seconds;
const millions = (value: number) => `${(value / 1e6).toFixed(2)}M`;
const betweenRate = rate(PAIRS, between.seconds);
const addRate = rate(PAIRS, add.seconds);
const referenceRate = rate(SAMPLE, referenceSeconds);
const referenceAddRate = rate(SAMPLE, referenceAddSeconds);

console.log(`calendar: America/New_York, Mon–Fri 09:00–17:00, 11 holidays; ${PAIRS.toLocaleString('en-US')} pairs over 2024–2025${QUICK ? ' (--quick)' : ''}`);
console.log('timings: best of 5 runs over all pairs, after a warm-up run');
console.log(`build (tables for two years): ${buildMs.toFixed(1)} ms`);
console.log(
  `businessTimeBetween: ${millions(betweenRate)} pairs/s (reference walk: ${(referenceRate / 1e3).toFixed(2)}k pairs/s, ${Math.round(betweenRate / referenceRate).toLocaleString('en-US')}x)`,
);
console.log(
  `addBusinessTime: ${millions(addRate)} calls/s (reference walk: ${(referenceAddRate / 1e3).toFixed(2)}k calls/s, ${Math.round(addRate / referenceAddRate).toLocaleString('en-US')}x)`,
);
console.log(`periodKey (ISO week in America/New_York): ${millions(rate(PAIRS, weeks.seconds))} calls/s`);
console.log(
  `agreement with the reference on ${SAMPLE.toLocaleString('en-US')} sampled pairs: businessTimeBetween ${((100 * agreeBetween) / SAMPLE).toFixed(1)} %, addBusinessTime ${((100 * agreeAdd) / SAMPLE).toFixed(1)} %`,
);
console.log(`targets: businessTimeBetween ≥ 10M pairs/s ${betweenRate >= 1e7 ? 'met' : 'NOT met'}; addBusinessTime ≥ 5M calls/s ${addRate >= 5e6 ? 'met' : 'NOT met'}; agreement 100 % ${agreeBetween === SAMPLE && agreeAdd === SAMPLE ? 'met' : 'NOT met'}`);
console.log(`(checksums ${between.checksum} ${add.checksum} ${weeks.checksum})`);
