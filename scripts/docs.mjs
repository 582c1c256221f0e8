// Builds the API docs into docs/api, or with --check builds them aside and fails when docs/api is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'servicekit-docs-')) : 'docs/api';
if (!check) rmSync(out, { recursive: true, force: true });
try {
  execFileSync('npx', ['typedoc', '--logLevel', 'Warn', '--out', out], { stdio: 'inherit' });
} catch {
  console.error('typedoc failed: every export needs TSDoc with an @example, and no warnings are allowed');
  process.exit(1);
}
if (!check) process.exit(0);

/** @param {string} root @returns {Map<string, string>} */
function tree(root) {
  const files = new Map();
  const walk = (directory) => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

const fresh = tree(out);
let committed;
try {
  committed = tree('docs/api');
} catch {
  committed = new Map();
}
const stale = [...new Set([...fresh.keys(), ...committed.keys()])].filter((file) => fresh.get(file) !== committed.get(file)).sort();
rmSync(out, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(`docs/api is stale (run \`npm run docs\` and commit): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`docs/api is up to date (${fresh.size} files)`);
