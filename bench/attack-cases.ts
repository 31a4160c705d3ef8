import WebSocket from 'ws';
import { demoLogin, postHeaders, runningVmIds, type GatewaySession } from './gateway-client';

/** One replayed attack: how many tries went in, and what the gateway let through. */
export interface AttackRow {
  attack: string;
  tries: number;
  held: boolean;
  detail: string;
}

const WRONG = { PublicKey: 'demo-tenant-public-key', PrivateKey: 'attack-guess' };

async function login(url: string, forwardedFor?: string): Promise<number> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-by': 'console', origin: url, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify(WRONG),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Key checks per client are 5 in 15 minutes however they arrive: forged X-Forwarded-For first, then a burst. */
export async function signInAttacks(url: string): Promise<AttackRow[]> {
  const forged: number[] = [];
  for (let i = 0; i < 10; i++) forged.push(await login(url, `198.51.100.${i}`));
  const burst = await Promise.all(Array.from({ length: 50 }, () => login(url)));
  const checked = (s: number[]) => s.filter((x) => x === 401).length;
  return [
    { attack: 'forged X-Forwarded-For sign-ins', tries: 10, held: checked(forged) <= 5, detail: `${checked(forged)} key checks, ${forged.length - checked(forged)} refused` },
    { attack: 'parallel wrong sign-ins', tries: 50, held: checked(forged) + checked(burst) <= 5, detail: `${checked(burst)} more key checks (${checked(forged) + checked(burst)} in all), ${burst.filter((x) => x === 429).length} answered 429` },
  ];
}

async function ticket(s: GatewaySession, vmId: string): Promise<{ status: number; url?: string }> {
  const res = await fetch(`${s.url}/console/tickets`, { method: 'POST', headers: postHeaders(s), body: JSON.stringify({ Region: 'cn-bj2', VMID: vmId }) });
  const body = (await res.json()) as { URL?: string };
  return { status: res.status, url: body.URL };
}

/** 100 console tickets at once from one session: each would make the platform open a VNC endpoint. */
export async function vncInfoFlood(url: string): Promise<AttackRow> {
  const admin = await demoLogin(url, 'admin');
  const [vmId] = await runningVmIds(admin, 1);
  const answers = await Promise.all(Array.from({ length: 100 }, () => ticket(admin, vmId)));
  const reached = answers.filter((a) => a.status === 200).length;
  return { attack: 'VNC-info flood (one session)', tries: 100, held: reached <= 20, detail: `${reached} reached the platform, ${answers.filter((a) => a.status === 429).length} answered 429` };
}

function openWs(s: GatewaySession, path: string): Promise<{ status: number; ws: WebSocket }> {
  const ws = new WebSocket(`${s.url.replace(/^http/, 'ws')}${path}`, { headers: { origin: s.url, cookie: s.cookie } });
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ status: 101, ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0, ws }));
    ws.on('error', () => resolve({ status: 0, ws }));
  });
}

/** One tenant, 12 sessions x 5 consoles: it must not get more than its per-key share of the replica. */
export async function consoleSlotFlood(url: string): Promise<AttackRow> {
  const sessions: GatewaySession[] = [];
  for (let i = 0; i < 12; i++) sessions.push(await demoLogin(url, 'tenant'));
  const [vmId] = await runningVmIds(sessions[0], 1);
  // One after another, so each bridge reaches its VNC endpoint before the next ticket may retire it.
  const opened: Array<{ status: number; ws: WebSocket | null }> = [];
  for (const s of sessions) {
    for (let i = 0; i < 5; i++) {
      const t = await ticket(s, vmId);
      opened.push(t.url ? await openWs(s, t.url) : { status: t.status, ws: null });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  // A console counts when it is still open a moment later (the bridge reached the VM), not merely upgraded.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const open = opened.filter((o) => o.status === 101 && o.ws?.readyState === WebSocket.OPEN).length;
  for (const o of opened) o.ws?.terminate();
  return { attack: 'console-slot flood (one tenant)', tries: 60, held: open < 60 && open <= 50, detail: `${open} consoles opened, ${opened.filter((o) => o.status === 429).length} refused with 429` };
}
