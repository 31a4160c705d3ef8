import { z } from 'zod';
import type { GatewayEndpoint } from './gateway-endpoints';

/**
 * One mutation sent through the gateway, as the activity log keeps it: who (the key pair's public key; an
 * admin naming a tenant acts on its behalf), what, on which VMs, and how the platform answered. Params never
 * hold a secret (passwords are dropped before the event is made).
 */
export const ActivityEventSchema = z.object({
  /** The store's own position, newest highest; also the paging cursor. */
  Id: z.string(),
  /** Milliseconds since the epoch. */
  Time: z.number(),
  PublicKey: z.string(),
  IsAdmin: z.boolean(),
  /** True when an admin named another company: "admin acting for tenant CompanyID". */
  OnBehalf: z.boolean(),
  /** The company whose VMs the action touched; null when the platform does not reveal it. */
  CompanyID: z.number().nullable(),
  Action: z.string(),
  VMIDs: z.array(z.string()),
  Params: z.record(z.string(), z.unknown()),
  /** Null when the platform gave no answer (unreachable, timed out): the action may or may not have happened. */
  RetCode: z.number().nullable(),
  Message: z.string(),
});
export type ActivityEvent = z.infer<typeof ActivityEventSchema>;

/** `POST /api/activity`: newest first. A tenant always reads its own company; only an admin may name one. */
export const ActivityQuerySchema = z.strictObject({
  VMID: z.string().trim().min(1).max(64).optional(),
  /** The VM's region: the gateway asks the platform whether a tenant owns the VM when it cannot tell otherwise. */
  Region: z.string().trim().min(1).max(64).optional(),
  CompanyID: z.int().positive().optional(),
  /** The `Next` of the previous page. */
  Before: z.string().regex(/^[0-9-]{1,40}$/).optional(),
  Limit: z.int().min(1).max(100).default(50),
});
export type ActivityQuery = z.input<typeof ActivityQuerySchema>;

export const ActivityPageSchema = z.object({
  Events: z.array(ActivityEventSchema),
  /** Pass as `Before` for older events; null on the last page. */
  Next: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof ActivityPageSchema>;

export const activityEndpoint = {
  name: 'Activity',
  method: 'POST',
  path: '/api/activity',
  body: ActivityQuerySchema,
  response: ActivityPageSchema,
} as const satisfies GatewayEndpoint;
