// The demo: `npm run demo`. Reads the bundled sample data through servicekit's models and prints
// what it holds, per team and channel.
import { readFileSync } from 'node:fs';
import { formatDuration, parseCustomers, parseInteractions, type Interaction } from 'servicekit';

const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown[];

const interactions = parseInteractions(read('interactions'));
const customers = parseCustomers(read('customers'));
const rows = interactions.records;

const first = Math.min(...rows.map((row) => row.openedAt.getTime()));
const last = Math.max(...rows.map((row) => row.openedAt.getTime()));
console.log(`Sample data: ${rows.length} interactions (${interactions.issues.length} rejected), ${customers.records.length} customers`);
console.log(`Opened ${new Date(first).toISOString().slice(0, 10)} to ${new Date(last).toISOString().slice(0, 10)}\n`);

const channels = [...new Set(rows.map((row) => row.channel))].sort();
const teams = [...new Set(rows.map((row) => row.team ?? '(none)'))].sort();
const count = (team: string, channel?: string) => rows.filter((row) => (row.team ?? '(none)') === team && (channel === undefined || row.channel === channel)).length;
const width = 12;
console.log(['team'.padEnd(width), ...channels.map((channel) => channel.padStart(width)), 'total'.padStart(width)].join(''));
for (const team of teams) {
  console.log([team.padEnd(width), ...channels.map((channel) => String(count(team, channel)).padStart(width)), String(count(team)).padStart(width)].join(''));
}

const handled = rows.filter((row: Interaction) => row.talkMs !== undefined);
const meanHandleMs = handled.reduce((sum, row) => sum + (row.talkMs ?? 0) + (row.holdMs ?? 0) + (row.wrapMs ?? 0), 0) / handled.length;
const open = rows.filter((row) => row.resolvedAt === undefined && row.abandonedAt === undefined).length;
const reopened = rows.filter((row) => (row.reopenCount ?? 0) > 0).length;
const abandoned = rows.filter((row) => row.abandonedAt !== undefined).length;
console.log(`\nMean handle time ${formatDuration(meanHandleMs)} over ${handled.length} handled contacts`);
console.log(`${open} still open, ${reopened} reopened, ${abandoned} abandoned`);
