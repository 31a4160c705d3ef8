/** A signed-in user of the gateway, as a browser would be: the session cookie and the headers every POST needs. */
export interface GatewaySession {
  url: string;
  account: 'admin' | 'tenant' | 'other';
  cookie: string;
}

export type Reply = { RetCode: number; Message?: string } & Record<string, unknown>;

/** A gateway answer other than HTTP 200: counted as an error by the load script. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

export function postHeaders(s: Pick<GatewaySession, 'url' | 'cookie'>): Record<string, string> {
  return { 'content-type': 'application/json', 'x-requested-by': 'console', origin: s.url, cookie: s.cookie };
}

/** POST /auth/demo-login (embedded simulator only). */
export async function demoLogin(url: string, account: GatewaySession['account']): Promise<GatewaySession> {
  const res = await fetch(`${url}/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-by': 'console' },
    body: JSON.stringify({ Account: account }),
  });
  if (res.status !== 200) throw new HttpError(res.status, await res.text());
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('console_session='));
  if (!cookie) throw new Error('demo-login set no session cookie');
  return { url, account, cookie: cookie.split(';')[0] };
}

/** POST /api: throws HttpError unless HTTP 200; the envelope's RetCode is the caller's to judge. */
export async function gatewayCall(s: GatewaySession, params: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${s.url}/api`, { method: 'POST', headers: postHeaders(s), body: JSON.stringify(params) });
  const text = await res.text();
  if (res.status !== 200) throw new HttpError(res.status, text);
  return JSON.parse(text) as Reply;
}

/** POST /console/tickets: the WebSocket path to open, e.g. /console/ws?ticket=... */
export async function mintTicket(s: GatewaySession, vmId: string, region = 'cn-bj2'): Promise<string> {
  const res = await fetch(`${s.url}/console/tickets`, {
    method: 'POST',
    headers: postHeaders(s),
    body: JSON.stringify({ Region: region, VMID: vmId }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new HttpError(res.status, text);
  const body = JSON.parse(text) as { URL?: string; RetCode?: number; Message?: string };
  if (!body.URL) throw new Error(`no console ticket: RetCode ${body.RetCode} ${body.Message ?? ''}`);
  return body.URL;
}

/** The ids of `count` Running VMs of the session's tenant in cn-bj2. */
export async function runningVmIds(s: GatewaySession, count: number): Promise<string[]> {
  const reply = await gatewayCall(s, { Action: 'DescribeVMInstance', Region: 'cn-bj2', States: ['Running'], Limit: count });
  if (reply.RetCode !== 0) throw new Error(`DescribeVMInstance: RetCode ${reply.RetCode}`);
  return (reply.Infos as Array<{ VMID: string }>).map((vm) => vm.VMID);
}
