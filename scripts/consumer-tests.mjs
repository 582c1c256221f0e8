// Consumer tests: pack the package, install the tarball into scratch projects, and check that each
// imports it and computes the same NPS: Node ESM, Node CJS, TypeScript (node16 and bundler
// resolution, skipLibCheck off), and the Vite browser build of examples/browser in headless Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'servicekit-consumers-'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const expectedLine = 'NPS 45';
let failures = 0;

function report(name, check) {
  try {
    const detail = check();
    console.log(`consumer ${name}: ok${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failures++;
    const output = error && typeof error === 'object' && 'stdout' in error ? `\n${error.stdout}\n${error.stderr}` : '';
    console.error(`consumer ${name}: FAILED: ${error instanceof Error ? error.message : String(error)}${output}`);
  }
}

async function reportAsync(name, check) {
  try {
    console.log(`consumer ${name}: ok (${await check()})`);
  } catch (error) {
    failures++;
    console.error(`consumer ${name}: FAILED: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

try {
  const packed = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop();
  const tarball = resolve(scratch, packed);
  const browserPackage = JSON.parse(readFileSync(join(root, 'examples/browser/package.json'), 'utf8'));
  const browserTools = Object.entries(browserPackage.devDependencies ?? {}).map(([name, version]) => `${name}@${version}`);
  // One install at the scratch root serves every project below it (Node resolves upwards).
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'zod@4.6.7', ...browserTools], scratch);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');

  for (const name of ['esm', 'cjs', 'ts-node16', 'ts-bundler']) {
    cpSync(join(root, 'test/consumer', name), join(scratch, name), { recursive: true });
  }
  report('esm (import)', () => assertLine(run('node', ['index.mjs'], join(scratch, 'esm'))));
  report('cjs (require)', () => assertLine(run('node', ['index.cjs'], join(scratch, 'cjs'))));
  for (const kind of ['node16', 'bundler']) {
    report(`typescript (moduleResolution ${kind}, skipLibCheck false)`, () => {
      run('node', [tsc, '-p', '.'], join(scratch, `ts-${kind}`));
      return assertLine(run('node', ['out/index.js'], join(scratch, `ts-${kind}`)));
    });
  }

  mkdirSync(join(scratch, 'examples'));
  cpSync(join(root, 'examples/browser'), join(scratch, 'examples/browser'), {
    recursive: true,
    filter: (path) => !path.includes('node_modules') && !path.endsWith('/dist'),
  });
  cpSync(join(root, 'examples/data'), join(scratch, 'examples/data'), { recursive: true });
  await reportAsync('browser (Vite build in headless Chromium)', () => browserCheck(join(scratch, 'examples/browser')));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failures > 0) process.exit(1);

function assertLine(output) {
  const line = output.trim().split('\n').pop();
  if (line !== expectedLine) throw new Error(`printed "${line}", expected "${expectedLine}"`);
  return line;
}

async function browserCheck(directory) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  run('node', [join(directory, '../../node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'warn'], directory);
  const tsx = join(root, 'node_modules/tsx/dist/esm/index.mjs');
  const expected = JSON.parse(run('node', ['--import', pathToFileURL(tsx).href, 'check-in-node.ts'], directory));
  const server = await serve(join(directory, 'dist'));
  const { chromium } = await import(join(directory, '../../node_modules/playwright-core/index.mjs'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('[data-ready="true"]', { timeout: 15_000 });
    const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-kpi]')].map((card) => [card.dataset.kpi, card.dataset.value])));
    const points = await page.locator('svg [data-week]').count();
    mkdirSync(join(root, 'reports'), { recursive: true });
    await page.screenshot({ path: join(root, 'reports/browser-dashboard.png'), fullPage: true });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    for (const [kpi, value] of Object.entries(expected)) {
      if (shown[kpi] !== String(value)) throw new Error(`${kpi} shows ${shown[kpi]}, Node computes ${value}`);
    }
    if (points < 2) throw new Error(`the chart has ${points} weekly points`);
    return `NPS ${shown.nps}, CSAT ${shown.csat}, ${points} weekly points; screenshot reports/browser-dashboard.png`;
  } finally {
    await browser.close();
    server.close();
  }
}

function serve(directory) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const path = join(directory, request.url === '/' ? 'index.html' : decodeURIComponent(request.url.split('?')[0]));
    if (!path.startsWith(directory) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}
