import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Plugin id → its directory in dist/: the app at the root, nested plugins wherever a plugin.json sits. */
export function pluginDirectories(repoRoot: string): Record<string, string> {
  const dist = path.join(repoRoot, 'dist');
  const found: Record<string, string> = {};
  const visit = (dir: string) => {
    const manifest = path.join(dir, 'plugin.json');
    if (existsSync(manifest)) {
      found[JSON.parse(readFileSync(manifest, 'utf8')).id] = dir;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        visit(path.join(dir, entry.name));
      }
    }
  };
  if (!existsSync(dist)) {
    throw new Error(`No dist/ in ${repoRoot}: run npm run build first`);
  }
  visit(dist);
  return found;
}
