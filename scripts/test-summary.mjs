// Adds up the JSON results every suite of `npm test` wrote, into one closing line CI can read.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.cache/test-results';
let passed = 0;
let failed = 0;
const lines = [];
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []) {
  const result = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  // jest --json: numPassedTests/numFailedTests; Playwright's json reporter: stats.expected/unexpected.
  const p = result.numPassedTests ?? (result.stats?.expected ?? 0) + (result.stats?.flaky ?? 0);
  const f = result.numFailedTests ?? result.stats?.unexpected ?? 0;
  passed += p;
  failed += f;
  lines.push(`  ${path.basename(file, '.json')}: ${p} passed, ${f} failed`);
}
console.log(lines.join('\n'));
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
