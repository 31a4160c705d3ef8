import path from 'node:path';
import process from 'node:process';

// Who may import whom (README "Layout"): contract/ at the bottom (zod only); server/ and src/ above it,
// never importing each other; inside src/, app -> features -> entities -> shared (api, components,
// i18n, paths), never upwards, and no feature imports another. Relative imports are resolved to the
// folder they land in, so `../../features/x` is caught wherever it is written.

const root = process.cwd();
const inside = (file, dir) => {
  const rel = path.relative(path.join(root, dir), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};
const featureOf = (file) => {
  const rel = path.relative(path.join(root, 'src/features'), file);
  return rel.startsWith('..') ? null : rel.split(path.sep)[0];
};

/** Why `target` may not be imported from `file`, or null when it may. */
function forbidden(file, target, specifier) {
  if (inside(file, 'contract') && !/\.test\.ts$/.test(file)) {
    if (target ? !inside(target, 'contract') : specifier !== 'zod') return 'contract/ imports only zod and contract/';
    return null;
  }
  if (!target) return null;
  if (inside(file, 'server') && inside(target, 'src')) return 'server/ never imports src/';
  if (inside(file, 'src') && inside(target, 'server')) return 'src/ never imports server/';
  // The hook tests' harness puts a hook into the app's query client, as src/app does for a page.
  const composesApp = inside(file, 'src/app') || file === path.join(root, 'src/hook-test-wrapper.tsx');
  if (inside(file, 'src') && !composesApp && inside(target, 'src/app')) return 'only src/app imports src/app';
  const from = featureOf(file);
  const to = featureOf(target);
  if (to && from && from !== to) return `a feature never imports another feature (${from} -> ${to})`;
  if (to && !from && !inside(file, 'src/app')) return 'only src/app and the feature itself import a feature';
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{why}}: {{specifier}}' } },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const specifier = node.source && node.source.value;
      if (typeof specifier !== 'string') return;
      const target = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : null;
      const why = forbidden(file, target, specifier);
      if (why) context.report({ node: node.source, messageId: 'forbidden', data: { why, specifier } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'import-boundaries': rule } };
