// `npm run bench [-- --quick] [-- name]`: runs each benchmark in bench/ in a fresh process (so one
// cannot warm up or slow down another) and passes the flags through.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));
const flags = args.filter((arg) => arg.startsWith('--'));
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
for (const name of benches) {
  console.log(`\n## ${name}`);
  execFileSync('npx', ['tsx', `bench/${name}`, ...flags], { stdio: 'inherit' });
}
