import path from 'node:path';
import { metadataProblems } from './pluginMetadata';

// `npm run check:metadata`, after `npm run build`: the offline part of the plugin validator.
const problems = metadataProblems(path.join(__dirname, '../..'));
if (problems.length > 0) {
  process.stderr.write(`Plugin metadata problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('Plugin metadata: id, versions, referenced files, source maps and no eval in dist are fine\n');
