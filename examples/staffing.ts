// A day's staffing plan: 48 half-hour forecasts of contacts, staffed by Erlang C to answer 80 % of
// contacts within 20 seconds, at most 85 % occupancy and 30 % shrinkage, printed as a table.
// Run: `npx tsx examples/staffing.ts` (against the built package).
import { formatDuration, queueMetricsWithAbandonment, staffingInputFromKpis, staffingPlan } from 'servicekit';

const halfHourMs = 30 * 60_000;

// A weekday forecast: closed at night, a morning peak of 100 contacts and a smaller afternoon one.
const forecast = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 00:00–07:30
  12, 28, 46, 64, 82, 96, 100, 94, 84, 72, 66, 70, // 08:00–13:30
  78, 80, 74, 64, 52, 40, 30, 20, 12, 6, 0, 0, // 14:00–19:30
  0, 0, 0, 0, 0, 0, 0, 0, // 20:00–23:30
];

// The handle time comes from the AHT KPI over the last four weeks (only its mean is an Erlang input).
const aht = { count: 8_412, meanMs: 180_000, medianMs: 151_000, p90Ms: 332_000 };
const { ahtMs } = staffingInputFromKpis({ aht, contacts: 0, intervalMs: halfHourMs });

const plan = staffingPlan(
  forecast.map((contacts, index) => ({ contacts, label: `${String(Math.floor(index / 2)).padStart(2, '0')}:${index % 2 === 0 ? '00' : '30'}` })),
  { intervalMs: halfHourMs, ahtMs, serviceLevel: { thresholdMs: 20_000, target: 0.8 }, maxOccupancy: 0.85, shrinkage: 0.3 },
);

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const columns = ['interval', 'contacts', 'Erlangs', 'agents', 'scheduled', 'service level', 'ASA', 'occupancy'];
const rows = plan.intervals
  .filter((row) => row.contacts > 0)
  .map((row) => [
    row.label ?? String(row.index),
    String(row.contacts),
    row.metrics.erlangs.toFixed(1),
    String(row.agents),
    String(row.scheduledAgents),
    percent(row.metrics.serviceLevel),
    row.metrics.averageSpeedOfAnswerMs === null ? '—' : formatDuration(Math.round(row.metrics.averageSpeedOfAnswerMs)),
    percent(row.metrics.occupancy),
  ]);
const widths = columns.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');

console.log('Staffing plan: 80 % answered within 20 s, AHT 3m 0s, occupancy ≤ 85 %, shrinkage 30 %\n');
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
console.log(`\nOpen intervals: ${rows.length} of ${plan.intervals.length} (the others need no agents)`);
console.log(`Peak: ${plan.peakAgents} agents on the queue, ${plan.peakScheduledAgents} scheduled`);
console.log(`Agent-hours: ${plan.agentHours} on the queue, ${plan.scheduledAgentHours} scheduled`);

// With abandonment (Erlang A): at the peak, callers who give up after 2 minutes on average.
const peak = plan.intervals.reduce((best, row) => (row.contacts > best.contacts ? row : best));
const withAbandonment = queueMetricsWithAbandonment({
  contacts: peak.contacts,
  intervalMs: halfHourMs,
  ahtMs,
  agents: peak.agents,
  thresholdMs: 20_000,
  averagePatienceMs: 120_000,
});
console.log(
  `At ${peak.label} with ${peak.agents} agents and 2-minute average patience: service level ${percent(withAbandonment.serviceLevel)}, ` +
    `${percent(withAbandonment.probabilityOfAbandonment)} abandon (Erlang C alone: ${percent(peak.metrics.serviceLevel)})`,
);
