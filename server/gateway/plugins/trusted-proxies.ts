import type { FastifyServerOptions } from 'fastify';
import type { GatewayConfig } from '../gateway-config';

/**
 * TRUST_PROXY as Fastify's trustProxy. `true` is one hop, never the whole X-Forwarded-For chain: with the
 * whole chain trusted a client's forged left-most entry became its address (issue 13). A hop count trusts
 * that many proxies from the socket inwards; a list trusts exactly those addresses.
 */
export function trustedProxies(setting: GatewayConfig['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (setting === false) return false;
  if (typeof setting === 'object') return [...setting];
  const hops = setting === true ? 1 : setting;
  return (_address: string, hop: number) => hop < hops;
}
