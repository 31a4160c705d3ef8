import { z } from 'zod';
import type { GatewayEndpoint } from './gateway-endpoints';
import { EnvelopeSchema } from './envelope';
import { GetVMVNCInfo } from './get-vm-vnc-info';

/** `GET /api/vnc-client`: whether this gateway hands out native-client details at all (ALLOW_VNC_CLIENT_DETAILS). */
const VncClientConfigSchema = z.strictObject({ Enabled: z.boolean() });

/** `POST /api/vnc-client`: the VM, scoped like GetVMVNCInfo. */
const VncClientRequestSchema = GetVMVNCInfo.request;

/**
 * The operator opted in: a VNC endpoint, its password and how long it accepts new connections. Anyone who
 * holds these can connect without the gateway until then, also after signing out.
 */
const VncClientDetailsSchema = z.strictObject({
  VNCIP: z.string(),
  VNCPort: z.int(),
  VNCPassword: z.string(),
  ValidSeconds: z.int(),
});

/** A platform refusal (RetCode != 0) passes through unchanged, with HTTP 200, as for console tickets. */
export const VncClientAnswerSchema = z.union([VncClientDetailsSchema, EnvelopeSchema]);

export const vncClientEndpoints = {
  config: { name: 'VncClientConfig', method: 'GET', path: '/api/vnc-client', body: null, response: VncClientConfigSchema },
  details: { name: 'VncClientDetails', method: 'POST', path: '/api/vnc-client', body: VncClientRequestSchema, response: VncClientDetailsSchema },
} as const satisfies Record<string, GatewayEndpoint>;
