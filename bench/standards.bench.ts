// Service-standard checks benchmark (issues 5 and 8), on the shared harness: `npm run bench -- standards`
// (`--quick`: 100k tickets). 1M tickets over 2025 with status histories (pending pauses, reopens) and
// message threads; checkStandards against a 4-standard policy (3 apply to each ticket: first response,
// next response, resolution), all in America/New_York business hours with holidays, over objects and
// over the columnar table (read in place; its output, a list of checks per row, is all kept, so the
// garbage collector copies every result it makes, where the object case drops each row's checks).
// The limit proxy is a loop computing only businessTimeBetween(openedAt, firstResponseAt) per
// ticket: a check cannot cost less than one business-time difference.
import type { Interaction, StatusChange } from '../src/models/index.js';
import { checkStandards, defineStandard, eachStandardCheck, type StandardCheck } from '../src/standards/index.js';
import { type InteractionTable, toInteractionTable } from '../src/table/index.js';
import { businessTimeBetween, createCalendar } from '../src/time/index.js';
import { seededRandom } from '../examples/data/sample-generator.js';
import { benchCase, defineBench } from './harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const weekday: [string, string][] = [['09:00', '17:00']];
const calendar = {
  timeZone: 'America/New_York',
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: ['2025-01-01', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25'],
};
const policy = [
  defineStandard({ id: 'first-reply-urgent', measure: 'first_response', targetMs: '1h', appliesTo: { priority: 'urgent' }, calendar, pauseWhile: ['pending'], warn: { atFraction: 0.75 } }),
  defineStandard({ id: 'first-reply', measure: 'first_response', targetMs: '4h', calendar, pauseWhile: ['pending'], warn: { atFraction: 0.8, beforeMs: '30m' } }),
  defineStandard({ id: 'next-reply', measure: 'next_response', targetMs: '8h', calendar, pauseWhile: ['pending', 'on_hold'] }),
  defineStandard({ id: 'resolution', measure: 'resolution', targetMs: '3d', calendar, pauseWhile: ['pending', 'on_hold'], warn: { beforeMs: '4h' } }),
];
const start = Date.UTC(2025, 0, 2, 5);
const span = Date.UTC(2025, 11, 20, 5) - start;
const now = new Date(start + span + 14 * 24 * HOUR);
const priorities = ['low', 'normal', 'normal', 'normal', 'high', 'urgent'] as const;

function tickets(size: number): Interaction[] {
  const random = seededRandom(20250106);
  const exponential = (meanMs: number) => Math.floor(-Math.log(1 - random()) * meanMs);
  const rows: Interaction[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const opened = start + Math.floor(random() * span);
    let clock = opened + exponential(5 * HOUR);
    const firstResponse = clock;
    const statusHistory: StatusChange[] = [{ status: 'new', at: new Date(opened) }, { status: 'open', at: new Date(firstResponse) }];
    const messages: Interaction['messages'] = [
      { at: new Date(opened), author: 'customer' },
      { at: new Date(firstResponse), author: 'agent' },
    ];
    const rounds = Math.floor(random() * 3);
    for (let round = 0; round < rounds; round++) {
      statusHistory.push({ status: 'pending', at: new Date(clock + 1_000) });
      clock += exponential(10 * HOUR) + 2_000;
      statusHistory.push({ status: 'open', at: new Date(clock) });
      messages.push({ at: new Date(clock), author: 'customer' });
      clock += exponential(6 * HOUR) + 1_000;
      messages.push({ at: new Date(clock), author: 'agent' });
    }
    const resolved = random() < 0.9 ? clock + exponential(8 * HOUR) : undefined;
    if (resolved !== undefined) {
      statusHistory.push({ status: 'solved', at: new Date(resolved) });
      if (random() < 0.06) {
        const reopened = resolved + exponential(24 * HOUR) + 1_000;
        statusHistory.push({ status: 'open', at: new Date(reopened) });
        statusHistory.push({ status: 'solved', at: new Date(reopened + exponential(6 * HOUR) + 1_000) });
      }
    }
    const last = statusHistory[statusHistory.length - 1] as StatusChange;
    rows[i] = {
      id: `t${i}`,
      customerId: `c${i % 5_000}`,
      channel: 'email',
      direction: 'inbound',
      priority: priorities[Math.floor(random() * priorities.length)] as Interaction['priority'],
      openedAt: new Date(opened),
      firstResponseAt: new Date(firstResponse),
      ...(resolved === undefined ? {} : { resolvedAt: last.at }),
      statusHistory,
      messages,
    };
  }
  return rows;
}

/** Counts of each standard's statuses and the total elapsed time: what every case must agree on. */
interface Tally {
  checks: number;
  /** By standard id, then by status (no string built per check: the tally costs little beside a check). */
  statuses: Record<string, Record<string, number>>;
  elapsedMs: number;
}

function tally(tally: Tally, checks: readonly StandardCheck[]): void {
  tally.checks += checks.length;
  for (const check of checks) {
    const byStatus = (tally.statuses[check.standardId] ??= {});
    byStatus[check.status] = (byStatus[check.status] ?? 0) + 1;
    tally.elapsedMs += check.elapsedMs ?? 0;
  }
}

const compiled = createCalendar(calendar);

await defineBench({
  name: 'standards',
  title: 'service-standard checks: 4 standards (3 apply to each ticket) in America/New_York business hours with holidays; tickets with status histories and messages',
  unit: 'checks',
  sizeUnit: 'tickets',
  sizes: { quick: [100_000], full: [1_000_000] },
  reference: 'checkStandards',
  cases: [
    benchCase({
      name: 'business-time-only',
      role: 'limit',
      description: 'one businessTimeBetween(openedAt, firstResponseAt) per ticket, no check (a check cannot cost less)',
      noAgreement: true,
      prepare: tickets,
      run: (rows: Interaction[]) => {
        let sum = 0;
        for (const row of rows) sum += businessTimeBetween(compiled, row.openedAt, row.firstResponseAt as Date);
        return sum;
      },
    }),
    benchCase({
      name: 'checkStandards',
      role: 'ours',
      description: 'checkStandards(ticket, policy, { now }) for every ticket (objects)',
      prepare: tickets,
      items: (_size, output) => (output as Tally).checks,
      run: (rows: Interaction[]) => {
        const result: Tally = { checks: 0, statuses: {}, elapsedMs: 0 };
        for (const row of rows) tally(result, checkStandards(row, policy, { now }));
        return result;
      },
    }),
    benchCase({
      name: 'checkStandards-table',
      role: 'ours',
      description: 'checkStandards(table, policy, { now }) over the same tickets as an InteractionTable',
      prepare: (size) => toInteractionTable(tickets(size)),
      items: (_size, output) => (output as Tally).checks,
      run: (table: InteractionTable) => {
        const result: Tally = { checks: 0, statuses: {}, elapsedMs: 0 };
        for (const checks of checkStandards(table, policy, { now })) tally(result, checks);
        return result;
      },
    }),
    benchCase({
      name: 'eachStandardCheck-table',
      role: 'ours',
      description: 'eachStandardCheck(table, policy, { now }): the same checks one at a time, none kept (what compliance over an export uses)',
      prepare: (size) => toInteractionTable(tickets(size)),
      items: (_size, output) => (output as Tally).checks,
      run: (table: InteractionTable) => {
        const result: Tally = { checks: 0, statuses: {}, elapsedMs: 0 };
        const one: StandardCheck[] = [];
        for (const { check } of eachStandardCheck(table, policy, { now })) {
          one[0] = check;
          tally(result, one);
        }
        return result;
      },
    }),
  ],
  goals: (perCheck) =>
    ['checkStandards', 'checkStandards-table', 'eachStandardCheck-table'].flatMap((name) => {
      const msPerCheck = perCheck.get(name);
      if (msPerCheck === undefined) return [];
      const perSecond = 1 / msPerCheck / 1000;
      return [`goal: ${name} ≥ 1M checks/s — ${perSecond.toFixed(2)}M checks/s ${perSecond >= 1 ? 'met' : 'NOT met'}`];
    }),
});
