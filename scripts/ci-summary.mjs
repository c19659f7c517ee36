// Sums vitest's JSON reports into the one line CI reads: "N passed, N failed".
// A report that is missing or unreadable counts as a failure: its runner did not finish.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    const broken = (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    );
    failed += broken.length;
    if (report.numTotalTests === 0) {
      console.error(`${file}: no test ran`);
      failed += 1;
    }
  } catch (error) {
    console.error(`${file}: no readable test report (${error.message})`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
