// A day of escalations: Monday 15 September 2025 (New York) of the bundled sample data, run through
// a realistic four-level policy. Each open ticket is evaluated at the start of the day and then
// only at the `nextReviewAt` each decision gives (no polling); every change of level, and every
// repeat, is printed in time order with its reasons.
// Run: `npx tsx examples/escalation-day.ts` (against the built package).
import { readFileSync } from 'node:fs';
import {
  type Customer,
  type CsatResponse,
  definePolicy,
  type EscalationDecision,
  evaluateEscalation,
  type Interaction,
  parseCsatResponses,
  parseCustomers,
  parseInteractions,
  type ServiceStandardInput,
} from 'servicekit';

const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown[];
const interactions = parseInteractions(read('interactions')).records;
const customers = new Map(parseCustomers(read('customers')).records.map((customer) => [customer.id, customer] as const));
const surveysByCustomer = new Map<string, CsatResponse[]>();
for (const response of parseCsatResponses(read('csat')).records) {
  const key = response.customerId ?? '';
  surveysByCustomer.set(key, [...(surveysByCustomer.get(key) ?? []), response]);
}

// Business hours of the sample team, and its service standards (the first matching one applies).
const weekday: [string, string][] = [['09:00', '17:00']];
const calendar = { timeZone: 'America/New_York', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } };
const standards: ServiceStandardInput[] = [
  { id: 'first-reply-urgent', name: 'urgent first reply', measure: 'first_response', targetMs: '1h', appliesTo: { priority: 'urgent' }, warn: { atFraction: 0.75 } },
  { id: 'first-reply', name: 'first reply', measure: 'first_response', targetMs: '4h', calendar, warn: { beforeMs: '1h' } },
  { id: 'next-reply', name: 'next reply', measure: 'next_response', targetMs: '4h', calendar, pauseWhile: ['pending'] },
  { id: 'resolution', measure: 'resolution', targetMs: '3d', calendar, pauseWhile: ['pending'] },
];

// The policy, as it would be stored: JSON, validated once against the standards that exist.
const policy = definePolicy(
  {
    id: 'support-escalation',
    calendar,
    levels: [
      {
        level: 1,
        name: 'team lead',
        notify: ['slack:#support-leads'],
        when: {
          any: [
            { standard: 'first-reply-urgent', status: ['at_risk', 'breached'] },
            { standard: 'first-reply', status: ['breached'] },
            { all: [{ field: 'customer.tier', eq: 'vip' }, { field: 'firstResponseAt', exists: false }, { openFor: '30m' }] },
            {
              all: [
                { lastCsatAtMost: 2, within: '30d' },
                { field: 'channel', in: ['email', 'messaging'] },
                { idleFor: '2h', in: 'business', lastMessageFrom: 'customer' },
              ],
            },
          ],
        },
      },
      {
        level: 2,
        name: 'support manager',
        notify: ['pager:support-manager'],
        when: {
          any: [
            { standard: 'first-reply-urgent', breachedFor: '1h' },
            { standard: 'first-reply', breachedFor: '2h', in: 'business' },
            { standard: 'next-reply', breachedFor: '1h', in: 'business' },
            { all: [{ field: 'customer.tier', eq: 'vip' }, { field: 'priority', gte: 'high' }, { field: 'firstResponseAt', exists: false }] },
          ],
        },
        afterMs: '15m',
      },
      {
        level: 3,
        name: 'head of support',
        notify: ['pager:head-of-support'],
        when: { any: [{ standard: 'resolution', dueWithin: '4h', in: 'business' }, { field: 'reopenCount', gte: 2 }] },
      },
    ],
    repeat: { times: 2, everyMs: '2h' },
    stopWhen: { field: 'status', eq: 'pending' },
  },
  { standards },
);

const dayStart = new Date('2025-09-15T04:00:00Z'); // midnight in New York
const dayEnd = new Date('2025-09-16T04:00:00Z');
const time = (at: Date) => at.toLocaleTimeString('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit' });

interface Line {
  at: Date;
  text: string;
}
const lines: Line[] = [];
let evaluations = 0;
let watched = 0;

for (const interaction of interactions) {
  const ended = interaction.resolvedAt ?? interaction.abandonedAt ?? interaction.closedAt;
  if (interaction.openedAt >= dayEnd || (ended !== undefined && ended < dayStart)) continue;
  watched++;
  const customer: Customer | undefined = customers.get(interaction.customerId);
  const subject = { interaction, customer, standards, surveys: surveysByCustomer.get(interaction.customerId) ?? [] };
  let now: Date | null = interaction.openedAt > dayStart ? interaction.openedAt : dayStart;
  let level: number | null = null;
  let repeat = 0;
  while (now !== null && now < dayEnd) {
    const decision: EscalationDecision = evaluateEscalation(policy, { ...subject, now });
    evaluations++;
    if (decision.level !== level || decision.repeat !== repeat) {
      const top = decision.matched[decision.matched.length - 1];
      const what =
        top === undefined
          ? `back to no escalation${decision.stopped === null ? '' : ` (${decision.stopped.reasons.join('; ')})`}`
          : `${decision.repeat > repeat && decision.level === level ? `level ${top.level} again (repeat ${decision.repeat})` : `level ${top.level} ${top.name}`} → ${top.notify.join(', ')}: ${top.reasons.join('; ')}`;
      if (top !== undefined || level !== null) lines.push({ at: now, text: `${describe(interaction)} ${what}` });
      level = decision.level;
      repeat = decision.repeat;
    }
    now = decision.nextReviewAt;
  }
}

function describe(interaction: Interaction): string {
  const tier = customers.get(interaction.customerId)?.tier === 'vip' ? ' VIP' : '';
  return `${interaction.id} (${interaction.priority} ${interaction.channel}${tier})`;
}

lines.sort((a, b) => a.at.getTime() - b.at.getTime());
console.log(`Escalations on Monday 2025-09-15 (New York time): ${watched} tickets watched, ${evaluations} evaluations, no polling\n`);
for (const line of lines) console.log(`${time(line.at)}  ${line.text}`);
