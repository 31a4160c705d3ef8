import { gatewayEndpoints } from '../../../contract/gateway-endpoints';
import { ApiError } from '../../api/api-error';
import { gatewayFetch } from '../../api/gateway-fetch';

/** Ends the session on the server (the cookie alone is not trusted to go away); no session is fine too. */
export async function signOut(): Promise<void> {
  try {
    await gatewayFetch(gatewayEndpoints.signOut, { body: {} });
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  }
}
