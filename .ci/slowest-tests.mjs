// Prints the slowest test files of the last vitest run, from its JSON report.
import fs from 'node:fs';

const report = process.argv[2];
if (!fs.existsSync(report)) {
  console.log(`no test report at ${report}`);
  process.exit(0);
}
const { testResults = [], numPassedTests = 0, numFailedTests = 0, numPendingTests = 0 } = JSON.parse(fs.readFileSync(report, 'utf8'));
const files = testResults.map((result) => ({ file: result.name.replace(/^.*?\/(api|clients)\//, '$1/'), seconds: (result.endTime - result.startTime) / 1000, status: result.status })).sort((a, b) => b.seconds - a.seconds);
console.log(`Slowest test files (of ${files.length}):`);
for (const { file, seconds, status } of files.slice(0, 15)) console.log(`${seconds.toFixed(1).padStart(7)} s  ${status.padEnd(7)} ${file}`);
console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
