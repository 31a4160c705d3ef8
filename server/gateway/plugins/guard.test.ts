import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app';
import { BROWSER_HEADERS, post, signIn, testConfig } from '../test-gateway';
import { startTestPlatform, TENANT_KEYS, type TestPlatform } from '../test-platform';

let platform: TestPlatform;
let app: FastifyInstance;
let cookie: string;
const dist = mkdtempSync(join(tmpdir(), 'dist-'));

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
  platform = await startTestPlatform();
  app = await buildGateway(testConfig(platform.url, { distDir: dist }));
  cookie = await signIn(app, TENANT_KEYS);
});
afterAll(async () => {
  await app.close();
  await platform.close();
  rmSync(dist, { recursive: true, force: true });
});

const call = { Action: 'DescribeRegion' };

function expectSecurityHeaders(res: LightMyRequestResponse) {
  expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  for (const name of Object.keys(res.headers)) expect(name).not.toMatch(/^access-control-/);
}

describe('POST guard', () => {
  it('refuses another origin', async () => {
    for (const origin of ['http://evil.test', 'https://console.test', 'null']) {
      const res = await post(app, '/api', call, cookie, { origin });
      expect(res.statusCode).toBe(403);
      expect(res.json().Message).toMatch(/origin/);
    }
    expect((await post(app, '/auth/login', {}, undefined, { origin: 'http://evil.test' })).statusCode).toBe(403);
  });

  it('accepts a request without Origin (scripts), with the header and JSON', async () => {
    const headers = { ...BROWSER_HEADERS, cookie };
    delete (headers as Partial<typeof headers>).origin;
    const res = await app.inject({ method: 'POST', url: '/api', headers, payload: JSON.stringify(call) });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a missing or wrong X-Requested-By', async () => {
    const headers = { ...BROWSER_HEADERS, cookie };
    delete (headers as Partial<typeof headers>)['x-requested-by'];
    const res = await app.inject({ method: 'POST', url: '/api', headers, payload: JSON.stringify(call) });
    expect(res.statusCode).toBe(403);
    expect(res.json().Message).toMatch(/X-Requested-By/);
    expect((await post(app, '/api', call, cookie, { 'x-requested-by': 'other' })).statusCode).toBe(403);
  });

  it('refuses a body that is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post(app, '/api', call, cookie, { 'content-type': type });
      expect(res.statusCode).toBe(403);
    }
    expect((await post(app, '/api', call, cookie, { 'content-type': 'application/json; charset=utf-8' })).statusCode).toBe(200);
  });
});

describe('POST guard on /console/tickets', () => {
  const ticket = { Region: 'cn-bj2', VMID: 'vm-a' };

  it('is the shared guard: another origin, no Origin, no console header or no JSON get 403 before the platform is asked', async () => {
    const before = platform.received.length;
    const foreign = await post(app, '/console/tickets', ticket, cookie, { origin: 'http://evil.test' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toEqual({ Message: 'The request came from another origin.' });
    // Unlike /api (which scripts may call), the console ticket is only ever asked for by the page.
    const headers = { ...BROWSER_HEADERS, cookie };
    delete (headers as Partial<typeof headers>).origin;
    const noOrigin = await app.inject({ method: 'POST', url: '/console/tickets', headers, payload: JSON.stringify(ticket) });
    expect(noOrigin.statusCode).toBe(403);
    const noHeader = await post(app, '/console/tickets', ticket, cookie, { 'x-requested-by': 'other' });
    expect(noHeader.json()).toEqual({ Message: 'The request is missing the header X-Requested-By: console.' });
    const text = await post(app, '/console/tickets', ticket, cookie, { 'content-type': 'text/plain' });
    expect(text.json()).toEqual({ Message: 'The request body must be JSON (Content-Type: application/json).' });
    expect(platform.received.length).toBe(before);
  });

  it('answers 401 with the shared session message, and 400 with the issues for bad params', async () => {
    const none = await post(app, '/console/tickets', ticket);
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ Message: 'Your session has expired. Please sign in again.' });
    const bad = await post(app, '/console/tickets', { Region: 'cn-bj2' }, cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ Message: 'Some parameters are not valid.', Issues: [{ Path: 'VMID' }] });
  });
});

describe('headers', () => {
  it('puts the security headers and no CORS headers on every kind of response', async () => {
    const responses = [
      await post(app, '/api', call, cookie),
      await post(app, '/api', call),
      await post(app, '/api', call, cookie, { origin: 'http://evil.test' }),
      await app.inject({ method: 'GET', url: '/auth/me', headers: { origin: 'http://evil.test' } }),
      await app.inject({ method: 'OPTIONS', url: '/api', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } }),
      await app.inject({ method: 'GET', url: '/' }),
      await app.inject({ method: 'GET', url: '/nope.js' }),
    ];
    for (const res of responses) expectSecurityHeaders(res);
    expect(responses[0].headers['cache-control']).toBe('no-store');
  });
});

describe('static SPA', () => {
  it('serves index.html uncached and hashed assets for a year', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('falls back to index.html for client routes only', async () => {
    const route = await app.inject({ method: 'GET', url: '/vms/vm-a?tab=disks', headers: { accept: 'text/html' } });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>console</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    for (const url of ['/api', '/auth/nothing', '/console/x']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(404);
    }
    expect((await app.inject({ method: 'GET', url: '/missing.png', headers: { accept: 'image/png' } })).statusCode).toBe(404);
  });
});
