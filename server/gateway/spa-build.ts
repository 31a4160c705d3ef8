import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under the given paths (files or folders), in ms. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when dist/ is missing or older than anything it is built from. */
function spaIsStale(root: string, distDir: string): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
  return newestMtime(sources) > statSync(built).mtimeMs;
}

/**
 * `npm start` builds the app itself when needed, so a fresh clone needs no separate build step.
 * Vite is imported only then: a production start with an up-to-date dist/ never loads it.
 */
export async function buildSpaIfStale(root: string, distDir: string, log: (message: string) => void): Promise<void> {
  if (!spaIsStale(root, distDir)) return;
  log('Building the console (dist/ is missing or older than src/)...');
  const vite = await import('vite');
  await vite.build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
}
