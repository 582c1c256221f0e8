// Escalation benchmark (issue 6), on the shared harness: `npm run bench -- escalation` (`--quick`:
// 100k tickets). 1M tickets of the benchmark data (the sample generator over a year, with status
// histories and messages; see data.ts), as Interaction objects, each at its own `now` within 12
// hours of its opening, with its customer (6 % VIP) and its standard checks at that instant computed
// beforehand (not timed). evaluateEscalation with a 4-level policy of 10 leaves gives level, since,
// reasons and nextReviewAt; the limit proxy is a hand-written if/else of the same rules that gives
// the level only (no since, no reasons, no next review). Both must agree on every ticket's level.
import { seededRandom } from '../examples/data/sample-generator.js';
import { type EscalationPolicy, definePolicy, evaluateEscalation } from '../src/escalation/index.js';
import type { Customer, Interaction } from '../src/models/index.js';
import { checkStandards, defineStandard, type StandardCheck } from '../src/standards/index.js';
import { interactionAt } from '../src/table/index.js';
import { benchTable } from './data.js';
import { benchCase, defineBench } from './harness.js';

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

/** One ticket as evaluated: the interaction, its customer, its checks at `now`, and `now`. */
interface Ticket {
  interaction: Interaction;
  customer: Customer;
  checks: StandardCheck[];
  now: Date;
}

function tickets(size: number): Ticket[] {
  const table = benchTable(size);
  const random = seededRandom(20250906);
  const customers = new Map<string, Customer>();
  const acquiredAt = new Date('2024-01-01T00:00:00Z');
  const out: Ticket[] = new Array(table.length);
  for (let index = 0; index < table.length; index++) {
    const interaction = interactionAt(table, index);
    let customer = customers.get(interaction.customerId);
    if (customer === undefined) {
      customer = { id: interaction.customerId, acquiredAt, tier: random() < 0.06 ? 'vip' : 'standard' };
      customers.set(customer.id, customer);
    }
    const now = new Date(interaction.openedAt.getTime() + Math.floor(random() * 12 * HOUR));
    out[index] = { interaction, customer, checks: checkStandards(interaction, standards, { now, customer }), now };
  }
  return out;
}

/** Tickets by level (`null` for none) and a digest of every ticket's level, in order: what both cases must agree on. */
interface Levels {
  byLevel: Record<string, number>;
  digest: number;
}

/** Tallies the level `levelOf` gives each ticket (each case runs in its own process, so the call is monomorphic). */
function tallyLevels(rows: readonly Ticket[], levelOf: (row: Ticket) => number | null): Levels {
  const levels = new Int32Array(rows.length);
  for (let index = 0; index < rows.length; index++) levels[index] = levelOf(rows[index] as Ticket) ?? 0;
  const counts = new Float64Array(8);
  let digest = 0;
  for (const level of levels) {
    counts[level] = (counts[level] as number) + 1;
    digest = (digest * 31 + level + 1) % 1_000_000_007;
  }
  const byLevel: Record<string, number> = {};
  counts.forEach((count, level) => {
    if (count > 0) byLevel[level === 0 ? 'null' : String(level)] = count;
  });
  return { byLevel, digest };
}

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

await defineBench({
  name: 'escalation',
  title:
    'escalation: a 4-level policy of 10 leaves (standard status and breach, VIP, open and idle time, priority, reopens); each ticket at its own now, its checks computed beforehand',
  unit: 'evaluations',
  sizeUnit: 'tickets',
  sizes: { quick: [100_000], full: [1_000_000] },
  reference: 'evaluateEscalation',
  cases: [
    benchCase({
      name: 'if-else',
      role: 'limit',
      description: 'the same rules written by hand: the level only (no since, no reasons, no next review)',
      prepare: tickets,
      run: (rows: Ticket[]) => tallyLevels(rows, (row) => baselineLevel(row.interaction, row.customer, row.checks, row.now.getTime())),
    }),
    benchCase({
      name: 'evaluateEscalation',
      role: 'ours',
      description: 'evaluateEscalation(policy, { interaction, customer, checks, now }) for every ticket: level, since, reasons, nextReviewAt',
      prepare: tickets,
      run: (rows: Ticket[]) => tallyLevels(rows, (row) => evaluateEscalation(policy, row).level),
    }),
  ],
  goals: (perEvaluation) => {
    const ms = perEvaluation.get('evaluateEscalation');
    return ms === undefined ? [] : [`goal: evaluateEscalation ≥ 500k evaluations/s — ${(1 / ms / 1000).toFixed(2)}M evaluations/s ${1 / ms >= 500 ? 'met' : 'NOT met'}`];
  },
});
