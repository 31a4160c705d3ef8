import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig, readGatewayEnv } from './config';
import { loadSessionSecret } from './gateway/session-secret';

const dir = mkdtempSync(join(tmpdir(), 'config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readGatewayEnv', () => {
  it('has defaults for everything', () => {
    expect(readGatewayEnv({})).toEqual({
      HOST: '127.0.0.1',
      PORT: 8080,
      DATA_DIR: './data',
      DIST_DIR: 'dist',
      UCLOUDSTACK_API_URL: undefined,
      SESSION_SECRET: undefined,
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_HOURS: 12,
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
      ALLOW_VNC_CLIENT_DETAILS: false,
      CURRENCY: 'CNY',
    });
    expect(readGatewayEnv({ CURRENCY: 'USD' }).CURRENCY).toBe('USD');
    expect(() => readGatewayEnv({ CURRENCY: '¥' })).toThrow(/^CURRENCY: /);
  });

  it('stops on a bad PORT with a message naming PORT', () => {
    for (const PORT of ['abc', '70000', '-1', '80.5']) {
      expect(() => readGatewayEnv({ PORT })).toThrow(ConfigError);
      expect(() => readGatewayEnv({ PORT })).toThrow(/^PORT: /);
    }
  });

  it('names every bad variable and never echoes the secret', () => {
    let message = '';
    try {
      readGatewayEnv({ UCLOUDSTACK_API_URL: 'ftp://x', SESSION_SECRET: 'too-short-secret', TRUST_PROXY: 'yes', LOG_LEVEL: 'loud' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/UCLOUDSTACK_API_URL/);
    expect(message).toMatch(/SESSION_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/TRUST_PROXY/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).not.toContain('too-short-secret');
  });

  it('reads set values and treats empty ones as unset', () => {
    const env = readGatewayEnv({ PORT: '9000', UCLOUDSTACK_API_URL: 'https://console.example/api', TRUST_PROXY: 'true', HOST: '' });
    expect(env).toMatchObject({ PORT: 9000, UCLOUDSTACK_API_URL: 'https://console.example/api', TRUST_PROXY: true, HOST: '127.0.0.1' });
  });
});

describe('loadSessionSecret', () => {
  it('generates a secret once, keeps it owner-only, and prefers SESSION_SECRET', () => {
    const first = loadSessionSecret(join(dir, 'data'), undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dir, 'data', 'session-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(loadSessionSecret(join(dir, 'data'), undefined)).toBe(first);
    expect(loadSessionSecret(join(dir, 'data'), 'x'.repeat(40))).toBe('x'.repeat(40));
  });
});

describe('readConfig', () => {
  it('reads the simulator settings only when no upstream URL is set', () => {
    expect(readConfig({ SIM_PORT: '9191' }).simulator).toMatchObject({ host: '127.0.0.1', port: 9191, dataDir: './data' });
    expect(readConfig({ UCLOUDSTACK_API_URL: 'https://console.example/api', SIM_PORT: 'x' }).simulator).toBeNull();
    expect(() => readConfig({ SIM_PORT: 'x' })).toThrow(/SIM_PORT/);
    expect(() => readConfig({ SIM_PORT: 'x' })).toThrow(ConfigError);
  });
});

describe('replica variables', () => {
  it('default to one machine, and name a bad value', () => {
    expect(readConfig({}).replica).toEqual({ REDIS_URL: undefined, REDIS_KEY_PREFIX: 'ucs:', CONSOLES_PER_KEY: 50, CONSOLE_SLOT_TTL_SECONDS: 30, ACTIVITY_LOG_CAP: 10_000 });
    expect(readConfig({ REDIS_URL: 'redis://10.0.0.5:6379' }).replica.REDIS_URL).toBe('redis://10.0.0.5:6379');
    expect(() => readConfig({ REDIS_URL: 'http://10.0.0.5' })).toThrow(/^REDIS_URL: /);
    expect(() => readConfig({ CONSOLES_PER_KEY: '200' })).toThrow(/^CONSOLES_PER_KEY: /);
    expect(readConfig({ ACTIVITY_LOG_CAP: '500' }).replica.ACTIVITY_LOG_CAP).toBe(500);
    expect(() => readConfig({ ACTIVITY_LOG_CAP: '10' })).toThrow(/^ACTIVITY_LOG_CAP: /);
  });
});
