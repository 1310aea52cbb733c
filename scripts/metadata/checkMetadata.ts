import path from 'node:path';
import { existsSync } from 'node:fs';
import { dynamicCodeProblems, metadataProblems } from './pluginMetadata';

// `npm run check:metadata`, after `npm run build`: the offline part of the plugin validator.
const root = path.join(__dirname, '../..');
const cli = path.join(root, 'bin', 'connhealth.js');
// The CLI ships too (bin/connhealth.js): it is held to the plugin's rule on running source text.
const problems = [...metadataProblems(root), ...(existsSync(cli) ? dynamicCodeProblems(cli, 'bin/connhealth.js') : [])];
if (problems.length > 0) {
  process.stderr.write(`Plugin metadata problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  'Plugin metadata: id, versions, referenced files, source maps and no eval or Function constructor in dist/ or the CLI are fine\n'
);
