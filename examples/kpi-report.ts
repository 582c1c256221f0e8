// The demo (`npm run demo`): the weekly report a support lead pastes into an update. Per team and ISO
// week (New York time): contacts, CSAT, FCR, AHT, the median first reply in business hours, and the
// share of service standards met; then NPS per week with its interval. ▲ / ▼ mark a week-on-week
// change that is statistically significant (p < 0.05); smaller moves are noise and get no marker.
import {
  ahtMetric,
  checkStandards,
  compareNps,
  compareRates,
  createCalendar,
  createRate,
  csatMetric,
  fcrMetric,
  firstResponseTimeMetric,
  formatDuration,
  nps,
  parseCsatResponses,
  parseCustomers,
  parseInteractions,
  parseNpsResponses,
  periodKey,
  summarize,
  type Interaction,
  type Metric,
  type Rate,
} from 'servicekit';
import { officeHours, readSample, SAMPLE_END, supportPolicy } from './support-policy.js';

const ZONE = 'America/New_York';
const interactions = parseInteractions(readSample('interactions')).records;
const customers = new Map(parseCustomers(readSample('customers')).records.map((customer) => [customer.id, customer]));
const csatByInteraction = new Map(parseCsatResponses(readSample('csat')).records.map((response) => [response.interactionId, response.score]));
const npsResponses = parseNpsResponses(readSample('nps')).records;
const office = createCalendar(officeHours);
const week = (at: Date) => periodKey(at, 'week', { timeZone: ZONE });
const written = new Set(['email', 'messaging']);

// Service standards met, as a metric of its own: any Metric runs inside the same summarize pass.
const standardsMetMetric: Metric<Interaction, { met: number; decided: number }, Rate> = {
  init: () => ({ met: 0, decided: 0 }),
  add(state, interaction) {
    const customer = customers.get(interaction.customerId);
    for (const check of checkStandards(interaction, supportPolicy, { now: SAMPLE_END, ...(customer ? { customer } : {}) })) {
      if (check.status === 'met' || check.status === 'breached') state.decided++;
      if (check.status === 'met') state.met++;
    }
  },
  merge(into, from) {
    into.met += from.met;
    into.decided += from.decided;
  },
  finish: (state) => createRate(state.met, state.decided),
};
const contactsMetric: Metric<Interaction, { count: number }, number> = {
  init: () => ({ count: 0 }),
  add: (state) => void state.count++,
  merge: (into, from) => void (into.count += from.count),
  finish: (state) => state.count,
};

const report = summarize(interactions, {
  by: (interaction): [team: string, week: string] => [interaction.team ?? '(none)', week(interaction.openedAt)],
  metrics: {
    contacts: contactsMetric,
    csat: csatMetric<Interaction>({ score: (interaction) => csatByInteraction.get(interaction.id) }),
    fcr: fcrMetric(),
    aht: ahtMetric(),
    // Written channels only: calls and chats are answered live (the answer standards cover them).
    firstReply: firstResponseTimeMetric<Interaction>({ calendar: office, openedAt: (interaction) => (written.has(interaction.channel) ? interaction.openedAt : undefined) }),
    standards: standardsMetMetric,
  },
});

const percent = (rate: Rate) => (rate.value === null ? '–' : `${(rate.value * 100).toFixed(1)} %`);
const duration = (ms: number | null) => (ms === null ? '–' : formatDuration(ms));
function marker(current: Rate, previous: Rate | undefined): string {
  if (previous === undefined) return ' ';
  const { difference, pValue } = compareRates(current, previous);
  if (pValue === null || difference === null || pValue >= 0.05) return ' ';
  return difference > 0 ? '▲' : '▼';
}

const columns = ['week', 'contacts', 'CSAT', 'FCR', 'AHT', 'first reply', 'standards met'];
const widths = [10, 9, 11, 11, 9, 13, 15];
const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0))).join('');

console.log(`Weekly support report: sample data, ${interactions.length} contacts, ${week(interactions[0]!.openedAt)} to ${week(interactions.at(-1)!.openedAt)} (${ZONE})`);
console.log('CSAT: share of 4–5 of 5 · FCR: resolved on first contact · AHT: mean talk + hold + wrap · first reply: median for email and messaging, in business hours');
console.log('▲ / ▼: significant change from the week before (p < 0.05)');
const teams = [...new Set(report.groups.map((group) => group.key[0]))].sort();
for (const team of teams) {
  console.log(`\n${team}`);
  console.log(line(columns));
  let previous: (typeof report.groups)[number]['values'] | undefined;
  for (const group of report.groups.filter((candidate) => candidate.key[0] === team).sort((a, b) => a.key[1].localeCompare(b.key[1]))) {
    const { contacts, csat, fcr, aht, firstReply, standards } = group.values;
    console.log(
      line([
        group.key[1],
        String(contacts),
        `${percent(csat)} ${marker(csat, previous?.csat)}`,
        `${percent(fcr)} ${marker(fcr, previous?.fcr)}`,
        duration(aht.meanMs),
        duration(firstReply.medianMs),
        `${percent(standards)} ${marker(standards, previous?.standards)}`,
      ]),
    );
    previous = group.values;
  }
}

const overall = report.overall;
console.log(
  `\nAll teams: CSAT ${percent(overall.csat)}, FCR ${percent(overall.fcr)}, AHT ${duration(overall.aht.meanMs)}, ` +
    `first reply ${duration(overall.firstReply.medianMs)} (median), standards met ${percent(overall.standards)}`,
);

console.log('\nNPS by week (all customers; 95 % adjusted-Wald interval)');
console.log(`${'week'.padEnd(10)}${'responses'.padStart(10)}${'NPS'.padStart(8)}${'interval'.padStart(18)}`);
const npsWeeks = [...new Set(npsResponses.map((response) => week(response.respondedAt)))].sort();
let previousNps: ReturnType<typeof nps> | undefined;
for (const key of npsWeeks) {
  const result = nps(npsResponses.filter((response) => week(response.respondedAt) === key));
  const comparison = previousNps === undefined ? undefined : compareNps(result, previousNps);
  const significant = comparison?.pValue != null && comparison.pValue < 0.05 && comparison.difference !== null;
  const mark = significant ? ((comparison?.difference ?? 0) > 0 ? ' ▲' : ' ▼') : '';
  const interval = result.interval === null ? '–' : `${result.interval.lower.toFixed(1)} to ${result.interval.upper.toFixed(1)}`;
  console.log(`${key.padEnd(10)}${String(result.responses).padStart(10)}${(result.value === null ? '–' : result.value.toFixed(1)).padStart(8)}${interval.padStart(18)}${mark}`);
  previousNps = result;
}
