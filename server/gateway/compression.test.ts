import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/vite-precompress';
import { buildSimulator, type Simulator } from '../simulator/app';
import { DEMO_ACCOUNTS } from '../simulator/demo-accounts';
import { buildGateway } from './app';
import { post, sessionCookie, testConfig } from './test-gateway';

let dist: string;
let simulator: Simulator;
let app: FastifyInstance;
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"vm-${i}"`).join(',')}];\n`;
const html = `<!doctype html><title>console</title>${'<!-- padding -->'.repeat(100)}`;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'compression-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 'assets', 'main-abc123.js'), script);
  writeFileSync(join(dist, 'assets', 'tiny-abc123.js'), 'export {};\n');
  precompressDir(dist);
  simulator = await buildSimulator({ dataDir: ':memory:', transitionMs: 10 });
  await simulator.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = simulator.app.server.address() as AddressInfo;
  app = await buildGateway(testConfig(`http://127.0.0.1:${port}/api`, { upstreamKind: 'simulator', demoAccounts: DEMO_ACCOUNTS, distDir: dist }));
});
afterAll(async () => {
  await app.close();
  await simulator.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: { accept: url.endsWith('.js') ? '*/*' : 'text/html', ...(encoding ? { 'accept-encoding': encoding } : {}) } });

describe('precompressDir', () => {
  it('writes a brotli and a gzip twin of each compressible file over 1 KB, and skips small ones', () => {
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets', 'main-abc123.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dist, 'assets', 'main-abc123.js.gz'))).toString()).toBe(script);
    expect(() => readFileSync(join(dist, 'assets', 'tiny-abc123.js.br'))).toThrow();
  });
});

describe('the app files', () => {
  it('go out as the build compressed them, with Vary and the cache headers they have uncompressed', async () => {
    const plain = await get('/assets/main-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const res = await get('/assets/main-abc123.js', `${encoding}, deflate`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe(plain.headers['cache-control']);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode(res.rawPayload).toString()).toBe(script);
    }
  });

  it('serves index.html compressed for a client route too, still revalidated every time', async () => {
    const res = await get('/vms/vm-123', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload) : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.rawPayload) : res.rawPayload;
    expect(res.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(body.toString()).toBe(html);
  });
});

describe('API answers', () => {
  it('over 1 KB are compressed for a browser that accepts it; small ones and those of a client that does not are not', async () => {
    const cookie = sessionCookie(await post(app, '/auth/demo-login', { Account: 'tenant' }));
    const page = { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 20 };
    const big = await post(app, '/api', page, cookie, { 'accept-encoding': 'gzip' });
    expect(big.headers['content-encoding']).toBe('gzip');
    const answer = JSON.parse(gunzipSync(big.rawPayload).toString()) as { RetCode: number; Infos: unknown[] };
    expect(answer.RetCode).toBe(0);
    expect(answer.Infos.length).toBeGreaterThan(2);
    expect(big.headers['cache-control']).toBe('no-store');

    const brotli = await post(app, '/api', page, cookie, { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(answer);

    const identity = await post(app, '/api', page, cookie);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json()).toEqual(answer);

    const small = await post(app, '/api', { Action: 'DescribeRegion' }, cookie, { 'accept-encoding': 'gzip' });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().RetCode).toBe(0);
  });
});
