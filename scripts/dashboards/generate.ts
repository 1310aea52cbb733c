import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_DASHBOARDS, dashboardFileText } from './bundledDashboards';

// `npm run dashboards`: regenerates the bundled dashboards from the query catalogue.
const srcDir = path.join(__dirname, '../../src');
for (const { path: file, build } of BUNDLED_DASHBOARDS) {
  writeFileSync(path.join(srcDir, file), dashboardFileText(build()));
  process.stdout.write(`wrote src/${file}\n`);
}
