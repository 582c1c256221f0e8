// Escalation benchmark (issue 6): run with `npx tsx bench/escalation.bench.ts` (`--quick` for a
// smaller smoke run). 1M tickets from the sample generator (a year of a busy team), each at its own
// `now` within 12 hours of its opening, with its standard checks at that instant computed
// beforehand; evaluateEscalation with a 4-level policy of 10 leaves gives level, since, reasons and
// nextReviewAt. The baseline, in the same run, is a hand-written if/else of the same rules that
// gives the level only (no since, no reasons, no next review). Both must agree on every level.
import { type EscalationPolicy, definePolicy, evaluateEscalation } from '../src/escalation/index.js';
import { type Customer, type Interaction, parseCustomers, parseInteractions } from '../src/models/index.js';
import { checkStandards, defineStandard, type StandardCheck } from '../src/standards/index.js';
import { generateSample, seededRandom } from '../examples/data/sample-generator.js';

const QUICK = process.argv.includes('--quick');
const ROWS = QUICK ? 100_000 : 1_000_000;
const HOUR = 3_600_000;

const weekday: [string, string][] = [['09:00', '17:00']];
const calendar = { timeZone: 'America/New_York', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } };
const standards = [
  defineStandard({ id: 'first-reply', measure: 'first_response', targetMs: '4h', calendar, warn: { atFraction: 0.75 } }),
  defineStandard({ id: 'resolution', measure: 'resolution', targetMs: '2d', calendar, pauseWhile: ['pending'] }),
];

// 4 levels, 10 leaves.
const policy: EscalationPolicy = definePolicy(
  {
    id: 'bench',
    levels: [
      {
        level: 1,
        name: 'team lead',
        when: { any: [{ standard: 'first-reply', status: ['at_risk', 'breached'] }, { all: [{ field: 'customer.tier', eq: 'vip' }, { openFor: '1h' }] }] },
      },
      {
        level: 2,
        name: 'support manager',
        when: { any: [{ standard: 'first-reply', breachedFor: '1h' }, { all: [{ field: 'priority', in: ['urgent'] }, { idleFor: '4h' }] }] },
      },
      { level: 3, name: 'head of support', when: { any: [{ standard: 'resolution', status: ['breached'] }, { field: 'reopenCount', gte: 1 }] } },
      { level: 4, name: 'executive', when: { all: [{ field: 'customer.tier', eq: 'vip' }, { standard: 'resolution', breachedFor: '1d' }] } },
    ],
  },
  { standards },
);

const RESOLVED = new Set(['solved', 'resolved', 'closed']);

/** The same rules, written by hand: the level only. */
function baselineLevel(interaction: Interaction, customer: Customer | undefined, checks: readonly StandardCheck[], nowMs: number): number | null {
  const history = interaction.statusHistory;
  let status: string | undefined;
  let lastChangeMs = Number.NEGATIVE_INFINITY;
  if (history !== undefined) {
    for (const change of history) {
      if (change.at.getTime() > nowMs) break;
      status = change.status;
      lastChangeMs = change.at.getTime();
    }
  }
  if (status !== undefined && RESOLVED.has(status)) return null;
  for (const at of [interaction.resolvedAt, interaction.closedAt, interaction.abandonedAt]) {
    if (at !== undefined && at.getTime() <= nowMs && at.getTime() > lastChangeMs) return null;
  }
  let firstReply: StandardCheck | undefined;
  let resolution: StandardCheck | undefined;
  for (const check of checks) {
    if (check.standardId === 'first-reply') firstReply = check;
    else if (check.standardId === 'resolution') resolution = check;
  }
  const vip = customer?.tier === 'vip';
  const openedMs = interaction.openedAt.getTime();
  let lastMessageMs = openedMs;
  for (const message of interaction.messages ?? []) if (message.at.getTime() <= nowMs) lastMessageMs = Math.max(openedMs, message.at.getTime());
  let reopenCount = interaction.reopenCount ?? 0;
  if (history !== undefined) {
    for (let index = 1; index < history.length; index++) {
      const change = history[index] as { status: string; at: Date };
      if (change.at.getTime() > nowMs && RESOLVED.has((history[index - 1] as { status: string }).status) && !RESOLVED.has(change.status)) reopenCount--;
    }
  }
  const breachedFor = (check: StandardCheck | undefined, ms: number) =>
    check !== undefined && check.status === 'breached' && check.breachedAt !== null && nowMs >= check.breachedAt.getTime() + ms;
  let level: number | null = null;
  if ((firstReply !== undefined && (firstReply.status === 'at_risk' || firstReply.status === 'breached')) || (vip && nowMs >= openedMs + HOUR)) level = 1;
  if (breachedFor(firstReply, HOUR) || (interaction.priority === 'urgent' && nowMs >= lastMessageMs + 4 * HOUR)) level = 2;
  if (resolution?.status === 'breached' || reopenCount >= 1) level = 3;
  if (vip && breachedFor(resolution, 24 * HOUR)) level = 4;
  return level;
}

console.log(`generating ${ROWS.toLocaleString('en-US')} tickets with generateSample…`);
const sample = generateSample({ seed: 6, interactions: ROWS, customers: Math.max(800, ROWS / 20), weeks: 52, start: '2025-01-06' });
const interactions = parseInteractions(sample.interactions).records;
const customers = new Map(parseCustomers(sample.customers).records.map((customer) => [customer.id, customer] as const));
sample.interactions.length = 0;
const random = seededRandom(20250906);
const nows = interactions.map((interaction) => new Date(interaction.openedAt.getTime() + Math.floor(random() * 12 * HOUR)));
const customerOf = interactions.map((interaction) => customers.get(interaction.customerId));
const checksOf = interactions.map((interaction, index) =>
  checkStandards(interaction, standards, { now: nows[index] as Date, customer: customerOf[index] as Customer }),
);

function bestOf<T>(runs: number, work: () => T): { seconds: number; result: T } {
  let result = work(); // warm-up
  let seconds = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    result = work();
    seconds = Math.min(seconds, (performance.now() - began) / 1000);
  }
  return { seconds, result };
}

const evaluated = bestOf(QUICK ? 2 : 3, () => {
  const levels = new Array<number | null>(interactions.length);
  let reviews = 0;
  for (let index = 0; index < interactions.length; index++) {
    const decision = evaluateEscalation(policy, {
      interaction: interactions[index] as Interaction,
      customer: customerOf[index] as Customer,
      checks: checksOf[index] as StandardCheck[],
      now: nows[index] as Date,
    });
    levels[index] = decision.level;
    if (decision.nextReviewAt !== null) reviews++;
  }
  return { levels, reviews };
});
const baseline = bestOf(QUICK ? 2 : 3, () =>
  interactions.map((interaction, index) => baselineLevel(interaction, customerOf[index], checksOf[index] as StandardCheck[], (nows[index] as Date).getTime())),
);

let disagreements = 0;
const byLevel = new Map<string, number>();
for (let index = 0; index < interactions.length; index++) {
  const level = evaluated.result.levels[index] ?? null;
  if (level !== (baseline.result[index] ?? null)) disagreements++;
  byLevel.set(String(level), (byLevel.get(String(level)) ?? 0) + 1);
}
const rate = interactions.length / evaluated.seconds;
const baselineRate = interactions.length / baseline.seconds;
console.log(`policy: 4 levels, 10 leaves (standard status and breach, VIP, open and idle time, priority, reopens); ${interactions.length.toLocaleString('en-US')} tickets`);
console.log('timings: best of runs after a warm-up run; checks computed beforehand');
console.log(
  `evaluateEscalation: ${(rate / 1e6).toFixed(2)}M evaluations/s (hand-written if/else, level only: ${(baselineRate / 1e6).toFixed(2)}M/s, ${(baselineRate / rate).toFixed(1)}x faster)`,
);
console.log(`target: ≥ 500k evaluations/s ${rate >= 5e5 ? 'met' : 'NOT met'}`);
console.log(`levels: ${[...byLevel].sort().map(([level, count]) => `${level} ${count}`).join(', ')}; with a next review: ${evaluated.result.reviews}`);
console.log(`disagreements with the baseline: ${disagreements}`);
if (disagreements > 0) process.exitCode = 1;
