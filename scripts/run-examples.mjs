// Runs every example in examples/ against the built package (they import 'servicekit', which
// resolves to ./dist through the package's own exports, as for a user) and checks what each prints:
// its headline lines, and numbers recomputed here in plain JavaScript from the raw sample files.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const sample = (name) => JSON.parse(readFileSync(`examples/data/${name}.json`, 'utf8'));
const percent = (part, whole) => `${((part / whole) * 100).toFixed(1)} %`;

// Plain recomputations of headline figures, independent of the library.
const csat = sample('csat');
const csatShare = percent(csat.filter((row) => row.score >= 4).length, csat.length);
const npsRows = sample('nps');
const npsValue = (((npsRows.filter((row) => row.score >= 9).length - npsRows.filter((row) => row.score <= 6).length) / npsRows.length) * 100).toFixed(1);

const interactions = sample('interactions');
const contactsOf = (team) => interactions.filter((row) => row.team === team).length;

/** What each example must print: every pattern must match some line, and `lines` counts lines matching a pattern. */
const expectations = {
  'kpi-report.ts': {
    patterns: [/^Weekly support report: sample data, 5000 contacts, 2025-W36 to 2025-W47/, new RegExp(`^All teams: CSAT ${csatShare.replace('.', '\\.')}, FCR`), /^billing$/, /^onboarding$/, /^technical$/],
    lines: [[/^2025-W\d\d +\d+ +\d+\.\d %/, 36], [/^2025-W\d\d +\d+ +-?\d+\.\d +-?\d+\.\d to -?\d+\.\d/, 12]],
  },
  'sla-monitor.ts': { patterns: [/^SLA compliance at 2025-11-24T05:00:00\.000Z: 5000 interactions/, /^all +\d+\.\d %/, /^Due next/], lines: [] },
  'escalation-day.ts': { patterns: [/^Escalations on /, /level 1/, /level 2/], lines: [] },
  'staffing.ts': { patterns: [/^11:00 +100 +10\.0 +14 +20 +88\.8 %/, /^Peak: 14 agents on the queue, 20 scheduled/], lines: [] },
  'quality-audit.ts': { patterns: [/^IQS as sampled: +\d+\.\d %/, /^Pass rate/, /^calibration/], lines: [] },
  'stream-export.ts': {
    patterns: [
      new RegExp(`^Streamed ${interactions.length + 1} rows in ${Math.ceil((interactions.length + 1) / 1000)} batches: ${interactions.length} in the table, 1 rejected$`),
      /^ {2}line 101, openedAt: "2025-09-31T10:00:00Z" is not a calendar date$/,
      ...['billing', 'onboarding', 'technical'].map((team) => new RegExp(`^${team} +${contactsOf(team)} +\\d+\\.\\d %`)),
    ],
    lines: [],
  },
  'quickstart.ts': { patterns: [new RegExp(`^NPS ${npsValue.replace('.', '\\.')}`), /^CSAT \d+\.\d %/], lines: [] },
};

const examples = readdirSync('examples').filter((name) => name.endsWith('.ts') && name !== 'support-policy.ts').sort();
let failed = 0;
for (const name of examples) {
  try {
    const output = execFileSync('npx', ['tsx', '--tsconfig', 'examples/tsconfig.json', `examples/${name}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const printed = output.split('\n');
    const expected = expectations[name];
    if (expected === undefined) throw new Error('no expectations for what it prints: add them to scripts/run-examples.mjs');
    for (const pattern of expected.patterns) {
      if (!printed.some((line) => pattern.test(line))) throw new Error(`no line matches ${pattern}`);
    }
    for (const [pattern, count] of expected.lines) {
      const seen = printed.filter((line) => pattern.test(line)).length;
      if (seen !== count) throw new Error(`${seen} lines match ${pattern}, expected ${count}`);
    }
    console.log(`example ${name}: ok (${printed.length} lines)`);
  } catch (error) {
    failed++;
    const detail = error && typeof error === 'object' && 'stderr' in error ? `\n${error.stderr}` : '';
    console.error(`example ${name}: FAILED: ${error instanceof Error ? error.message : String(error)}${detail}`);
  }
}
if (failed > 0) process.exit(1);
