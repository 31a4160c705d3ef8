import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ensureService } from '../scripts/ensure-services';
import { haproxyConfig } from './haproxy-config';

const committed = new URL('./haproxy.cfg', import.meta.url);

it('deploy/haproxy.cfg is what the generator writes for three replicas', () => {
  const generated = haproxyConfig({ listen: '127.0.0.1:8600', servers: ['127.0.0.1:8601', '127.0.0.1:8602', '127.0.0.1:8603'] });
  expect(readFileSync(committed, 'utf8')).toBe(generated);
});

it.each([
  ['the committed file', () => readFileSync(committed, 'utf8')],
  ['the cluster harness variant', () => haproxyConfig({ listen: '127.0.0.1:8600', servers: ['127.0.0.1:8601'], healthPath: '/auth/config', servedByHeader: true })],
])('the installed HAProxy accepts %s', (_, config) => {
  const file = join(mkdtempSync(join(tmpdir(), 'haproxy-')), 'haproxy.cfg');
  writeFileSync(file, config());
  // haproxy -c exits non-zero (and execFileSync throws with its output) on any error.
  expect(execFileSync(ensureService('haproxy'), ['-c', '-f', file], { encoding: 'utf8' })).toContain('Configuration file is valid');
});
