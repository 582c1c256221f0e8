// SLA monitor: checks the sample data against a support policy, as of the end of the sample window,
// and prints compliance per team and standard. Run with `npx tsx examples/sla-monitor.ts`.
import {
  checkStandards,
  compliance,
  type ComplianceRow,
  formatDuration,
  parseCustomers,
  parseInteractions,
  type StandardCheck,
} from 'servicekit';
import { readSample, SAMPLE_END, supportPolicy } from './support-policy.js';

const interactions = parseInteractions(readSample('interactions')).records;
const customers = new Map(parseCustomers(readSample('customers')).records.map((customer) => [customer.id, customer]));

// The sample covers 12 weeks from Monday 2025-09-01, New York time: `now` is the end of that window.
const now = SAMPLE_END;
// The policy is data (examples/data/support-policy.json): per measure, the first standard whose
// appliesTo matches is the one that applies, so the most specific come first.
const policy = supportPolicy;

const rows: { check: StandardCheck; team: string; id: string }[] = [];
for (const interaction of interactions) {
  const customer = customers.get(interaction.customerId);
  for (const check of checkStandards(interaction, policy, { now, ...(customer === undefined ? {} : { customer }) })) {
    rows.push({ check, team: interaction.team ?? '(none)', id: interaction.id });
  }
}

const percent = (row: ComplianceRow | undefined) => (row?.rate.value == null ? '–' : `${(row.rate.value * 100).toFixed(1)} %`);
const cell = (row: ComplianceRow | undefined) => `${percent(row)} (${row === undefined ? 0 : row.met + row.breached})`;
const open = (row: ComplianceRow | undefined) => (row === undefined ? 0 : row.atRisk + row.pending + row.paused);

const byTeam = compliance(rows, { by: (row) => row.team });
const overall = compliance(rows);
const teams = [...new Set(byTeam.map((row) => row.key as string))];
const columns = policy.map((standard) => standard.id);
const width = Math.max(...columns.map((id) => id.length), 16) + 2;
const find = (id: string, team?: string) =>
  team === undefined ? overall.find((row) => row.standardId === id) : byTeam.find((row) => row.standardId === id && row.key === team);

console.log(`SLA compliance at ${now.toISOString()}: ${interactions.length} interactions, ${rows.length} checks`);
console.log('met rate over decided checks (met + breached in brackets)\n');
console.log(['team'.padEnd(12), ...columns.map((id) => id.padStart(width))].join(''));
for (const team of teams) console.log([team.padEnd(12), ...columns.map((id) => cell(find(id, team)).padStart(width))].join(''));
console.log(['all'.padEnd(12), ...columns.map((id) => cell(find(id)).padStart(width))].join(''));
console.log(['open now'.padEnd(12), ...columns.map((id) => String(open(find(id))).padStart(width))].join(''));

console.log('\n95 % intervals, overall:');
for (const standard of policy) {
  const row = find(standard.id);
  const interval = row?.rate.interval;
  const range = interval == null ? 'no decided checks' : `${(interval.lower * 100).toFixed(1)} % – ${(interval.upper * 100).toFixed(1)} %`;
  console.log(`  ${(standard.name ?? standard.id).padEnd(48)} ${percent(row).padStart(8)}   ${range}`);
}

// What a monitor shows next: the open checks, soonest due first, with their exact due instants.
const waiting = rows
  .filter((row) => row.check.status === 'pending' || row.check.status === 'at_risk')
  .sort((a, b) => (a.check.dueAt?.getTime() ?? Infinity) - (b.check.dueAt?.getTime() ?? Infinity));
console.log(`\nDue next (${waiting.length} open checks not yet breached; paused ones have no due instant):`);
for (const { id, check } of waiting.slice(0, 5)) {
  const left = formatDuration(check.remainingMs ?? 0);
  console.log(`  ${id}  ${check.standardId.padEnd(12)} ${check.status.padEnd(8)} due ${check.dueAt?.toISOString()}  (${left} of business time left)`);
}
