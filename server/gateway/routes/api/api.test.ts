import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../../app';
import { post, signIn, testConfig } from '../../test-gateway';
import { ADMIN_KEYS, signedEcho, startTestPlatform, TENANT_KEYS, type TestPlatform } from '../../test-platform';

let platform: TestPlatform;
let app: FastifyInstance;
let admin: string;
let tenant: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  app = await buildGateway(testConfig(platform.url));
  admin = await signIn(app, ADMIN_KEYS);
  tenant = await signIn(app, TENANT_KEYS);
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

const last = () => platform.received.at(-1)!.params;

describe('POST /api', () => {
  it('needs a session', async () => {
    const res = await post(app, '/api', { Action: 'DescribeRegion' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ Message: 'Your session has expired. Please sign in again.' });
  });

  it('forwards a contract action flattened, signed with the session keys, as a form POST', async () => {
    const res = await post(app, '/api', { Action: 'StartVMInstance', Region: 'cn-bj2', VMID: 'vm-a' }, tenant);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ Action: 'StartVMInstanceResponse', RetCode: 0 });
    expect(last()).toMatchObject({ Action: 'StartVMInstance', Region: 'cn-bj2', VMID: 'vm-a', PublicKey: TENANT_KEYS.publicKey });
    expect(last().Signature).toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses actions outside the contract', async () => {
    const before = platform.received.length;
    for (const Action of ['DeleteUser', undefined, 'toString', '__proto__']) {
      const res = await post(app, '/api', { Action, Region: 'cn-bj2' }, admin);
      expect(res.statusCode).toBe(400);
      expect(res.json().Message).toBe('Unknown action.');
    }
    expect(platform.received.length).toBe(before);
  });

  it('answers 400 with the issues when params fail the schema', async () => {
    const res = await post(
      app,
      '/api',
      { Action: 'CreateVMInstance', Region: 'cn-bj2', Name: 'bad name!', Password: 'short', CPU: 'four' },
      tenant,
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.Message).toBe('Some parameters are not valid.');
    const paths = body.Issues.map((i: { Path: string }) => i.Path);
    expect(paths).toEqual(expect.arrayContaining(['Name', 'Password', 'CPU', 'ImageID']));
  });

  it('refuses unknown keys', async () => {
    const res = await post(app, '/api', { Action: 'StartVMInstance', Region: 'cn-bj2', VMID: 'vm-a', Force: true }, tenant);
    expect(res.statusCode).toBe(400);
    expect(res.json().Issues).toEqual([{ Path: 'Force', Message: 'validation.unknownParameter' }]);
  });

  it('drops a client PublicKey and Signature and signs with the session keys', async () => {
    const res = await post(
      app,
      '/api',
      { Action: 'DescribeRegion', PublicKey: ADMIN_KEYS.publicKey, Signature: 'f'.repeat(40) },
      tenant,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().RetCode).toBe(0); // the test platform checks the signature
    expect(last().PublicKey).toBe(TENANT_KEYS.publicKey);
    expect(last().Signature).not.toBe('f'.repeat(40));
  });

  it('drops CompanyID for a tenant and keeps it for an admin', async () => {
    await post(app, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2', CompanyID: 200000002 }, tenant);
    expect(last().CompanyID).toBeUndefined();
    await post(app, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2', CompanyID: 200000002 }, admin);
    expect(last().CompanyID).toBe('200000002');
  });

  it('passes RetCode != 0 back unchanged with HTTP 200', async () => {
    const res = await post(app, '/api', { Action: 'StopVMInstance', Region: 'cn-bj2', VMID: 'vm-a' }, tenant);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ Action: 'StopVMInstanceResponse', RetCode: 1005, Message: 'state wrong' });
  });

  it('strips the key pairs from DescribeUser answers', async () => {
    const res = await post(app, '/api', { Action: 'DescribeUser', Limit: 10 }, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().Infos).toEqual([{ CompanyID: 200000259, Name: 'acme' }]);
    expect(res.body).not.toContain(TENANT_KEYS.privateKey);
    expect(res.body).not.toContain(TENANT_KEYS.publicKey);
  });

  it('answers a JSON body that is not an object with 400', async () => {
    const res = await post(app, '/api', [1, 2], tenant);
    expect(res.statusCode).toBe(400);
    const broken = await app.inject({
      method: 'POST',
      url: '/api',
      headers: { host: 'console.test', 'x-requested-by': 'console', 'content-type': 'application/json', cookie: tenant },
      payload: '{"Action":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().Message).toBe("Body is not valid JSON but content-type is set to 'application/json'");
  });
});

describe('POST /api answers', () => {
  it("pass the platform's answer on as it came, every field in its order", async () => {
    const text = '{"TotalCount":0,"RetCode":0,"Infos":[],"Action":"DescribeRegionResponse"}';
    platform.behave((_received, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(text));
    try {
      expect((await post(app, '/api', { Action: 'DescribeRegion' }, tenant)).body).toBe(text);
    } finally {
      platform.behave(signedEcho);
    }
  });
});
