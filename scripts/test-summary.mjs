// Prints "N passed, N failed" from vitest's JSON report; a failing gate after vitest (build,
// package checks, docs, examples) counts as one more failure. Exits with the test run's status.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'reports/vitest.json', statusText = '0'] = process.argv.slice(2);
const status = Number(statusText);
let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  const failedSuites = report.numFailedTestSuites ?? 0;
  if (failed === 0 && failedSuites > 0) failed = failedSuites;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
