import { flatten, formBody } from '../server/wire/flatten';
import { signParams } from '../server/wire/sign';
import { DEMO_ACCOUNTS, type DemoAccount } from '../server/simulator/demo-accounts';
import type { Reply } from './gateway-client';

/** A signed form body for the simulator, as an SDK sends it (docs/protocol.md §1-§2). */
export function signedForm(account: DemoAccount['account'], params: Record<string, unknown>): string {
  const demo = DEMO_ACCOUNTS.find((a) => a.account === account);
  if (!demo) throw new Error(`no demo account ${account}`);
  const signed = signParams(flatten(params), demo.publicKey, demo.privateKey);
  return formBody(signed);
}

/** One signed call straight to the simulator, bypassing the gateway. */
export async function simCall(upstreamUrl: string, account: DemoAccount['account'], params: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(upstreamUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: signedForm(account, params),
  });
  if (res.status !== 200) throw new Error(`simulator HTTP ${res.status}`);
  return (await res.json()) as Reply;
}
