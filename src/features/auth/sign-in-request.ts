import type { DemoAccountName, Me, SignInBody } from '../../../contract/gateway-auth';
import { gatewayEndpoints } from '../../../contract/gateway-endpoints';
import { gatewayFetch } from '../../api/gateway-fetch';

export type SignInRequest = { kind: 'keys'; keys: SignInBody } | { kind: 'demo'; account: DemoAccountName };

/** Posts the key pair (or the demo account) to the gateway; the answer is who signed in. */
export function postSignIn(request: SignInRequest): Promise<Me> {
  return request.kind === 'keys'
    ? gatewayFetch(gatewayEndpoints.signIn, { body: request.keys })
    : gatewayFetch(gatewayEndpoints.demoSignIn, { body: { Account: request.account } });
}
