import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, type BenchRow } from './bench-row';
import { ROOT, WORK_DIR } from './stack-process';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const DIST_DIR = `${WORK_DIR}/dist`;
const SECTION = 'Bundle';
const ENTRY_BUDGET_KB = 170;
const CHUNK_BUDGET_KB = 150;
// Strings only noVNC's RFB client carries, minified or not.
const NOVNC_MARKERS = ['RFB 003.00', '@novnc', 'noVNC'];

/** Builds the app into bench/.work/dist with a manifest (never into dist/, which others serve). */
export function buildApp(): void {
  execFileSync('npx', ['vite', 'build', '--outDir', DIST_DIR, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST_DIR, file))).length / 1000;

/** What index.html makes the browser fetch before anything renders: entry script, modulepreloads, stylesheets. */
function entryFiles(): string[] {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="(modulepreload|stylesheet)"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url?.startsWith('/')) files.push(url.slice(1));
  }
  return files;
}

/** A manifest key's file plus everything it imports statically, transitively. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipKb(file), 0);
const hasNoVnc = (file: string) => {
  const text = readFileSync(join(DIST_DIR, file), 'utf8');
  return NOVNC_MARKERS.some((marker) => text.includes(marker));
};

export async function bundleSection(): Promise<BenchRow[]> {
  buildApp();
  const manifest = JSON.parse(readFileSync(join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = entryFiles();
  const rows: BenchRow[] = [
    row(SECTION, `entry + ${entry.length - 1} modulepreloads/CSS`, sum(entry), 'kB gzip', { budget: ENTRY_BUDGET_KB }),
  ];
  const noVncInEntry = entry.filter(hasNoVnc);
  rows.push(
    row(SECTION, 'noVNC code in the entry', sum(noVncInEntry), 'kB gzip', {
      budget: 0,
      note: noVncInEntry.length ? `found in ${noVncInEntry.join(', ')}` : 'none: noVNC loads lazily',
    }),
  );
  const entrySet = new Set(entry);
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry) continue;
    const withImports = [...closure(manifest, [key])].filter((f) => !entrySet.has(f));
    rows.push(
      row(SECTION, `lazy chunk ${basename(key).replace(/\.[jt]sx?$/, '')}`, gzipKb(chunk.file), 'kB gzip', {
        budget: CHUNK_BUDGET_KB,
        note: `${sum(withImports).toFixed(1)} kB with its static imports beyond the entry`,
      }),
    );
  }
  const dynamic = new Set(Object.values(manifest).filter((c) => c.isDynamicEntry).map((c) => c.file));
  const shared = readdirSync(join(DIST_DIR, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => file.endsWith('.js') && !entrySet.has(file) && !dynamic.has(file))
    .map((file) => ({ file, kb: gzipKb(file) }))
    .sort((a, b) => b.kb - a.kb);
  if (shared.length > 0) {
    rows.push(row(SECTION, `largest shared lazy chunk (${basename(shared[0].file)})`, shared[0].kb, 'kB gzip', { budget: CHUNK_BUDGET_KB }));
  }
  const listVisit = ['index.html', 'src/app/layout.tsx', 'src/features/vms/vm-list-page.tsx'];
  if (listVisit.every((key) => manifest[key])) {
    const files = new Set([...entry, ...closure(manifest, listVisit)]);
    rows.push(row(SECTION, 'first visit to /vms (entry, layout, list page)', sum(files), 'kB gzip', { note: `${files.size} files` }));
  }
  return rows;
}
