import type { FastifyRequest } from 'fastify';

/**
 * preValidation hook of the routes that call the platform with the session's keys: what a browser may
 * not choose goes before anything looks at the params. The keys are the session's, and a tenant is always
 * its own company (an admin may name one).
 */
export async function scrubParams(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  const rest: Record<string, unknown> = { ...body };
  delete rest.PublicKey;
  delete rest.Signature;
  if (!request.session?.isAdmin) delete rest.CompanyID;
  request.body = rest;
}
