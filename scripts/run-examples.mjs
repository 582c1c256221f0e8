// Runs every example in examples/ against the built package (they import 'servicekit', which
// resolves to ./dist through the package's own exports) and fails if any exits non-zero or prints
// nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const examples = readdirSync('examples').filter((name) => name.endsWith('.ts')).sort();
let failed = 0;
for (const name of examples) {
  try {
    const output = execFileSync('npx', ['tsx', '--tsconfig', 'examples/tsconfig.json', `examples/${name}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (output.trim() === '') throw new Error('it printed nothing');
    console.log(`example ${name}: ok (${output.trim().split('\n').length} lines)`);
  } catch (error) {
    failed++;
    console.error(`example ${name}: FAILED\n${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed > 0) process.exit(1);
