import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activityEndpoint, type ActivityQuery } from '../../../../contract/gateway-activity';
import { GatewayErrorSchema } from '../../../../contract/gateway-error';
import type { Session } from '../../session/session';
import { sessionOf } from '../../plugins/session-plugin';
import type { ActivityFilter, StateStore } from '../../state/state-store';
import type { Upstream } from '../../upstream/upstream';
import { scrubParams } from '../scrub-params';

export interface ActivityRouteOptions {
  store: StateStore;
  upstream: Upstream;
}

/** Whether the platform shows this VM to the session's keys (a tenant sees only its own). */
async function ownsVm(upstream: Upstream, session: Session, region: string, vmId: string, log: FastifyBaseLogger): Promise<boolean> {
  const answer = await upstream.call(session, 'DescribeVMInstance', { Region: region, VMIDs: [vmId], Offset: 0, Limit: 1 }, log);
  return answer.RetCode === 0 && Array.isArray(answer.Infos) && answer.Infos.some((vm: { VMID?: unknown }) => vm.VMID === vmId);
}

/**
 * Whose events a session may read. An admin: anyone's, narrowed by the CompanyID it names. A tenant: its own
 * company's (scrubParams has already dropped any CompanyID it sent), which includes what admins did on its
 * behalf. A tenant whose company the platform did not reveal (a key-pair sign-in) sees what its own keys did,
 * and every event of a VM the platform confirms it owns. Null: nothing to see.
 */
async function scopeOf(session: Session, query: ActivityQuery, upstream: Upstream, log: FastifyBaseLogger): Promise<ActivityFilter | null> {
  const vm = query.VMID ? { vmId: query.VMID } : {};
  if (session.isAdmin) return { ...(query.CompanyID === undefined ? {} : { companyId: query.CompanyID }), ...vm };
  if (session.companyId !== null) return { companyId: session.companyId, ...vm };
  if (!query.VMID) return { publicKey: session.publicKey };
  return query.Region && (await ownsVm(upstream, session, query.Region, query.VMID, log)) ? { vmId: query.VMID } : null;
}

/** POST /api/activity: the activity log, newest first, one page at a time. */
export const activityRoute: FastifyPluginAsyncZod<ActivityRouteOptions> = async (app, { store, upstream }) => {
  app.post(
    activityEndpoint.path,
    {
      schema: { body: activityEndpoint.body, response: { 200: activityEndpoint.response, '4xx': GatewayErrorSchema, '5xx': GatewayErrorSchema } },
      config: { session: 'required' },
      preValidation: scrubParams,
    },
    async (request) => {
      const filter = await scopeOf(sessionOf(request), request.body, upstream, request.log);
      if (!filter) return { Events: [], Next: null };
      const page = await store.readActivity(filter, request.body.Limit, request.body.Before);
      return { Events: page.events, Next: page.next };
    },
  );
};
