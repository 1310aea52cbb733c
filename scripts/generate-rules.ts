// npm run rules: writes prometheus/rules/*.yml from the query catalogue.
import fs from 'node:fs';
import path from 'node:path';
import { RULES_DIR, rulesFiles } from './rulesFiles';

const dir = path.join(__dirname, '..', RULES_DIR);
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(rulesFiles())) {
  fs.writeFileSync(path.join(dir, name), text);
  process.stdout.write(`wrote ${path.join(RULES_DIR, name)}\n`);
}
