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
const CHUNK_BUDGET_KB = 150;
// Strings only noVNC's RFB client carries, minified or not.
const NOVNC_MARKERS = ['RFB 003.00', '@novnc', 'noVNC'];

let built = false;

/** Builds the app into bench/.work/dist with a manifest (never into dist/, which others serve), once a run. */
export function buildApp(): void {
  if (built) return;
  built = true;
  execFileSync('npx', ['vite', 'build', '--outDir', DIST_DIR, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Pages render inside a layout (src/app/router.tsx), so the layout's chunks are already there when a page loads.
const LAYOUT = 'src/app/layout.tsx';
const PUBLIC_LAYOUT = 'src/app/public-layout.tsx';
const APP = 'src/app/main.tsx';
// What the sign-in frame loads: its page, and its header's selects when first used (they bring antd).
const PUBLIC_PAGES = ['src/features/auth/sign-in-page.tsx', 'src/app/public-header-selects.tsx'];
function layoutOf(key: string): string | null {
  if (key === LAYOUT || key === PUBLIC_LAYOUT) return null;
  return PUBLIC_PAGES.includes(key) ? PUBLIC_LAYOUT : LAYOUT;
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
  // The entry (src/app/boot.ts) is small on purpose and loads the app (main.tsx: React, the router, antd's shared
  // chunk) dynamically, alongside the route's chunks: every visit loads both, so both count as "the entry" below.
  const app = closure(manifest, [APP]);
  const always = new Set([...entry, ...app]);
  const rows: BenchRow[] = [
    row(SECTION, `entry + ${entry.length - 1} modulepreloads/CSS`, sum(entry), 'kB gzip', { note: 'src/app/boot.ts: starts the session reads, the route and the app' }),
    // No budget here: what a first visit costs is budgeted in e2e/first-visit-budget.spec.ts.
    row(SECTION, `entry + the app it loads (${always.size} files)`, sum(always), 'kB gzip', { note: 'React, the router, antd and app modules shared by 6+ chunks' }),
  ];
  const noVncInEntry = entry.filter(hasNoVnc);
  const noVncChunks = readdirSync(join(DIST_DIR, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => file.endsWith('.js') && hasNoVnc(file));
  rows.push(
    row(SECTION, 'noVNC code in the entry', sum(noVncInEntry), 'kB gzip', {
      budget: 0,
      note: noVncInEntry.length
        ? `found in ${noVncInEntry.join(', ')}`
        : `none: noVNC is in ${noVncChunks.map((f) => basename(f)).join(', ') || 'no chunk'}, loaded lazily`,
    }),
  );
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry) continue;
    const layout = layoutOf(key);
    if (key === APP) continue;
    const loaded = new Set([...always, ...(layout && manifest[layout] ? closure(manifest, [layout]) : [])]);
    const adds = [...closure(manifest, [key])].filter((f) => !loaded.has(f));
    rows.push(
      row(SECTION, `lazy ${basename(key).replace(/\.[jt]sx?$/, '')}: what it adds`, sum(adds), 'kB gzip', {
        budget: CHUNK_BUDGET_KB,
        note: `own chunk ${gzipKb(chunk.file).toFixed(1)} kB + static imports not in the entry${layout ? ` or ${basename(layout)}` : ''}`,
      }),
    );
  }
  const dynamic = new Set(Object.values(manifest).filter((c) => c.isDynamicEntry).map((c) => c.file));
  const shared = readdirSync(join(DIST_DIR, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => file.endsWith('.js') && !always.has(file) && !dynamic.has(file))
    .map((file) => ({ file, kb: gzipKb(file) }))
    .sort((a, b) => b.kb - a.kb);
  if (shared.length > 0) {
    rows.push(row(SECTION, `largest shared lazy chunk (${basename(shared[0].file)})`, shared[0].kb, 'kB gzip', { budget: CHUNK_BUDGET_KB }));
  }
  // The entry starts the app, the layout, the page and one language's messages at once; the router the prefetch module.
  const listVisit = ['index.html', APP, LAYOUT, 'src/features/vms/list/vm-list-page.tsx', 'src/app/route-prefetch.ts', 'src/i18n/en-US/index.ts'];
  if (listVisit.every((key) => manifest[key])) {
    const files = new Set([...always, ...closure(manifest, listVisit)]);
    rows.push(row(SECTION, 'first visit to /vms (entry, app, layout, list page, prefetch, messages)', sum(files), 'kB gzip', { note: `${files.size} files` }));
  }
  return rows;
}
