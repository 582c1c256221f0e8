// Packs the package and installs the tarball into scratch ESM and CJS projects, which import and
// require it and parse a row. (The full consumer matrix lives in test/consumer.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'servicekit-consumer-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const tarball = resolve(scratch, run('npm', ['pack', '--silent', '--pack-destination', scratch], process.cwd()).trim().split('\n').pop());
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'zod@4.6.7'], scratch);
  const row = "{ id: 't1', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z' }";
  writeFileSync(join(scratch, 'esm.mjs'), `import { parseInteractions } from 'servicekit';\nconsole.log(parseInteractions([${row}]).records[0].openedAt.toISOString());\n`);
  writeFileSync(join(scratch, 'cjs.cjs'), `const { parseInteractions } = require('servicekit');\nconsole.log(parseInteractions([${row}]).records[0].openedAt.toISOString());\n`);
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const printed = run('node', [file], scratch).trim();
    if (printed !== '2025-01-06T09:00:00.000Z') throw new Error(`${file} printed ${printed}`);
    console.log(`consumer ${file}: ok`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
