import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a first visit downloads before anything renders: the entry script, every
 * `<link rel="modulepreload">` and stylesheet named in index.html, gzipped. Lazy chunks (the
 * layouts, antd, each page) are not counted. Exits 1 over the budget.
 *
 *   npx tsx scripts/bundle-size.ts [distDir=dist]
 */
const BUDGET_KB = 170;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const files = new Set<string>();
for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
  const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
  const isPreload = /^<link\b/.test(tag) && /rel="(modulepreload|stylesheet)"/.test(tag);
  const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if ((isEntry || isPreload) && url?.startsWith('/')) files.add(url);
}
if (files.size === 0) {
  console.error(`No entry script found in ${join(dist, 'index.html')}`);
  process.exit(1);
}

let total = 0;
for (const url of files) {
  const gz = gzipSync(readFileSync(join(dist, url.slice(1)))).length / 1000;
  total += gz;
  console.log(`${gz.toFixed(2).padStart(9)} kB  ${url}`);
}
console.log(`${total.toFixed(2).padStart(9)} kB  total gzip (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(2)} kB: keep antd and page code out of the entry.`);
  process.exit(1);
}
