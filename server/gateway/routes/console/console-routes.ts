import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contract } from '../../../../contract/contract';
import { checkParams } from '../api/api-params';
import { CLOSE } from '../../console/close-codes';
import { ConsoleBridge } from '../../console/console-bridge';
import type { ConsoleDeps } from '../../console/console-deps';
import { DEFAULT_CONSOLE_LIMITS, type ConsoleLimits } from '../../console/console-limits';
import { ConsoleRegistry } from '../../console/console-registry';
import { ConsoleTickets, type TicketClaims } from '../../console/console-ticket';

export interface ConsoleRoutesOptions extends ConsoleDeps {
  limits?: Partial<ConsoleLimits>;
  /** The process's open consoles; tests pass their own to look inside. */
  registry?: ConsoleRegistry;
}

const SIGN_IN = { Message: 'Your session has expired. Please sign in again.' };

/** Refuses what a page on another site could send; the gateway's postGuard does the same for every POST. */
function forgeryProblem(request: FastifyRequest, deps: ConsoleDeps): string | null {
  if (!deps.isSameOrigin(request)) return 'The request came from another origin.';
  if (request.headers['x-requested-by'] !== 'console') return 'The request is missing the header X-Requested-By: console.';
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) return 'The request body must be JSON.';
  return null;
}

/**
 * POST /console/tickets mints a single-use ticket for a VM's console; GET /console/ws redeems it as a
 * WebSocket bridged to the VM's VNC endpoint. The endpoint and its password never reach the browser.
 */
export async function consoleRoutes(app: FastifyInstance, opts: ConsoleRoutesOptions): Promise<void> {
  const limits: ConsoleLimits = { ...DEFAULT_CONSOLE_LIMITS, ...opts.limits };
  const tickets = new ConsoleTickets(opts.secret, limits.ticketTtlMs);
  const registry = opts.registry ?? new ConsoleRegistry();
  const redeemed = new WeakMap<FastifyRequest, TicketClaims>();
  opts.onSessionEnd((sessionId) => registry.closeSession(sessionId, CLOSE.sessionEnded));
  app.addHook('onClose', async () => registry.closeAll(CLOSE.shutdown));
  await app.register(websocket, { options: { maxPayload: 4 * 1024 * 1024 } });

  function overLimit(sessionId: string): string | null {
    if (registry.countFor(sessionId) >= limits.perSession) {
      return `At most ${limits.perSession} consoles can be open per session.`;
    }
    if (registry.size >= limits.perProcess) return 'The gateway has too many open consoles; try again later.';
    return null;
  }

  app.post('/console/tickets', async (request, reply) => {
    const problem = forgeryProblem(request, opts);
    if (problem) return reply.code(403).send({ Message: problem });
    const session = await opts.getSession(request);
    if (!session) return reply.code(401).send(SIGN_IN);
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const params: Record<string, unknown> = { Region: fields.Region, VMID: fields.VMID };
    if (session.isAdmin && fields.CompanyID !== undefined) params.CompanyID = fields.CompanyID;
    const checked = checkParams('GetVMVNCInfo', params);
    if (!checked.ok) return reply.code(400).send({ Message: 'Some parameters are not valid.', Issues: checked.issues });
    const envelope = await opts.callUpstream(session, 'GetVMVNCInfo', checked.params);
    if (envelope.RetCode !== 0) return envelope;
    const parsed = contract.GetVMVNCInfo.response.safeParse(envelope);
    if (!parsed.success) return reply.code(502).send({ Message: 'The platform sent VNC information the console cannot use.' });
    const { VNCIP, VNCPort, VNCPassword } = parsed.data.Info;
    const ticket = tickets.mint({
      host: VNCIP,
      port: VNCPort,
      password: VNCPassword,
      sessionId: session.id,
      vmId: String(checked.params.VMID),
    });
    reply.header('Cache-Control', 'no-store');
    return { Ticket: ticket, URL: `/console/ws?ticket=${ticket}` };
  });

  // Every refusal happens here, before the upgrade, as a plain HTTP answer.
  async function admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const refuse = async (status: number, message: string) => void (await reply.code(status).send({ Message: message }));
    // A plain GET must not use up a ticket.
    if (!request.ws) return refuse(426, 'The console needs a WebSocket.');
    if (!opts.isSameOrigin(request)) return refuse(403, 'The console must be opened from its own origin.');
    const ticket = (request.query as Record<string, unknown>).ticket;
    const claims = typeof ticket === 'string' ? tickets.open(ticket) : null;
    if (!claims) return refuse(403, 'The console ticket is not valid or has expired.');
    const session = await opts.getSession(request);
    if (!session) return refuse(401, SIGN_IN.Message);
    if (session.id !== claims.sessionId) return refuse(403, 'The console ticket belongs to another session.');
    const limited = overLimit(session.id);
    if (limited) return refuse(429, limited);
    if (!tickets.consume(claims)) return refuse(403, 'The console ticket was already used.');
    redeemed.set(request, claims);
  }

  app.get('/console/ws', { websocket: true, preValidation: admit }, (ws, request) => {
    const claims = redeemed.get(request);
    if (!claims) {
      ws.close(CLOSE.badHandshake.code, CLOSE.badHandshake.reason);
      return;
    }
    // A second check after the upgrade: several upgrades may have passed admit() at the same moment.
    if (overLimit(claims.sessionId)) {
      ws.close(CLOSE.tooMany.code, CLOSE.tooMany.reason);
      return;
    }
    const bridge = new ConsoleBridge(ws, {
      sessionId: claims.sessionId,
      vmId: claims.vmId,
      target: { host: claims.host, port: claims.port, password: claims.password },
      limits,
      registry,
      onClose: (reason) => request.log.info({ vmId: claims.vmId, code: reason?.code ?? 'browser' }, 'console closed'),
    });
    void bridge.run();
  });
}
