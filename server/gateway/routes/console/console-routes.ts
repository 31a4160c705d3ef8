import websocket from '@fastify/websocket';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contract } from '../../../../contract/contract';
import { ConsoleTicketAnswerSchema } from '../../../../contract/gateway-console';
import { gatewayEndpoints as ep } from '../../../../contract/gateway-endpoints';
import { GatewayErrorSchema } from '../../../../contract/gateway-error';
import { CLOSE } from '../../console/close-codes';
import { ConsoleBridge } from '../../console/console-bridge';
import { DEFAULT_CONSOLE_LIMITS, type ConsoleLimits } from '../../console/console-limits';
import { startConsoleHeartbeat } from '../../console/console-heartbeat';
import { ConsoleRegistry, type LiveConsole } from '../../console/console-registry';
import { ConsoleSlots, type ConsoleSlot } from '../../console/console-slots';
import { ConsoleTickets, type TicketClaims } from '../../console/console-ticket';
import { SESSION_EXPIRED } from '../../gateway-messages';
import { isSameOrigin } from '../../plugins/origin';
import { passThroughSerializer } from '../../plugins/pass-through-serializer';
import { sessionOf } from '../../plugins/session-plugin';
import { recordedCall, type ActivityLog } from '../../activity/recorded-call';
import type { StateStore } from '../../state/state-store';
import type { Upstream } from '../../upstream/upstream';
import { vncInfoLimit } from '../api/vnc-info-limit';
import { scrubParams } from '../scrub-params';

export interface ConsoleRoutesOptions {
  upstream: Upstream;
  /** Single-use tickets and the console caps, shared by the replicas. */
  store: StateStore;
  /** Every console opened (GetVMVNCInfo) is recorded there. */
  activity: ActivityLog;
  /** Registers a listener called when a session ends (sign-out on any replica, expiry): its consoles close. */
  onSessionEnd(listener: (sessionId: string) => void): void;
  /** Whether a session was signed out anywhere: the heartbeat's catch-up for a missed sign-out broadcast. */
  isRevoked(sessionId: string): Promise<boolean>;
  /** 32 bytes shared by all replicas (from SESSION_SECRET): tickets are sealed with it. */
  secret: Buffer;
  limits?: Partial<ConsoleLimits>;
  /** The process's open consoles; tests pass their own to look inside. */
  registry?: ConsoleRegistry;
}

/**
 * POST /console/tickets mints a single-use ticket for a VM's console; GET /console/ws redeems it as a
 * WebSocket bridged to the VM's VNC endpoint. The endpoint and its password never reach the browser.
 */
export const consoleRoutes: FastifyPluginAsyncZod<ConsoleRoutesOptions> = async (app, opts) => {
  const limits: ConsoleLimits = { ...DEFAULT_CONSOLE_LIMITS, ...opts.limits };
  const tickets = new ConsoleTickets(opts.secret, limits.ticketTtlMs, opts.store);
  const registry = opts.registry ?? new ConsoleRegistry();
  const slots = new ConsoleSlots(opts.store, limits);
  const slotOf = new Map<LiveConsole, ConsoleSlot>();
  const redeemed = new WeakMap<FastifyRequest, { claims: TicketClaims; slot: ConsoleSlot }>();
  opts.onSessionEnd((sessionId) => registry.closeSession(sessionId, CLOSE.sessionEnded));
  const stopHeartbeat = startConsoleHeartbeat({
    registry,
    slots,
    slotOf: (c) => slotOf.get(c),
    isRevoked: opts.isRevoked,
    intervalMs: limits.heartbeatMs,
    log: app.log,
  });
  await app.register(websocket, {
    options: { maxPayload: 4 * 1024 * 1024 },
    // On shutdown the browser is told "going away, reconnect" (4000): its next ticket lands on another replica.
    preClose(done) {
      stopHeartbeat();
      registry.closeAll(CLOSE.shutdown);
      for (const client of this.websocketServer.clients) client.close(CLOSE.shutdown.code, CLOSE.shutdown.reason);
      this.websocketServer.close(() => done());
    },
  });

  // The POST guard (with Origin required) and the session plugin have run before this handler.
  app.post(
    ep.consoleTicket.path,
    {
      schema: { body: ep.consoleTicket.body, response: { 200: ConsoleTicketAnswerSchema, '4xx': GatewayErrorSchema, '5xx': GatewayErrorSchema } },
      config: { session: 'required', origin: 'required' },
      preValidation: scrubParams,
      // Each ticket makes the platform open a VNC endpoint: bounded per session and key (issue 13).
      preHandler: vncInfoLimit(opts.store),
      serializerCompiler: passThroughSerializer,
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const envelope = await recordedCall(opts.upstream, opts.activity, session, 'GetVMVNCInfo', request.body, request.log);
      if (envelope.RetCode !== 0) return envelope;
      const parsed = contract.GetVMVNCInfo.response.safeParse(envelope);
      if (!parsed.success) return reply.code(502).send({ Message: 'The platform sent VNC information the console cannot use.' });
      const { VNCIP, VNCPort, VNCPassword } = parsed.data.Info;
      const ticket = tickets.mint({ host: VNCIP, port: VNCPort, password: VNCPassword, sessionId: session.id, vmId: request.body.VMID });
      reply.header('Cache-Control', 'no-store');
      return { Ticket: ticket, URL: `/console/ws?ticket=${ticket}` };
    },
  );

  // Every refusal happens here, before the upgrade, as a plain HTTP answer.
  async function admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const refuse = async (status: number, message: string) => void (await reply.code(status).send({ Message: message }));
    // A plain GET must not use up a ticket.
    if (!request.ws) return refuse(426, 'The console needs a WebSocket.');
    if (!isSameOrigin(request)) return refuse(403, 'The console must be opened from its own origin.');
    const ticket = (request.query as Record<string, unknown>).ticket;
    const claims = typeof ticket === 'string' ? tickets.open(ticket) : null;
    if (!claims) return refuse(403, 'The console ticket is not valid or has expired.');
    const session = request.session;
    if (!session) return refuse(401, SESSION_EXPIRED.Message);
    if (session.id !== claims.sessionId) return refuse(403, 'The console ticket belongs to another session.');
    // The caps are taken before the ticket is used up, so a refused console leaves the ticket for a retry;
    // both are atomic in the store, so parallel upgrades on several replicas cannot slip past a cap.
    const taken = await slots.acquire(session.id, session.publicKey);
    if (!taken.ok) return refuse(429, taken.message);
    const fresh = await tickets.consume(claims).catch(async (err: unknown) => {
      await slots.release(taken.slot, request.log);
      throw err;
    });
    if (!fresh) {
      await slots.release(taken.slot, request.log);
      return refuse(403, 'The console ticket was already used.');
    }
    redeemed.set(request, { claims, slot: taken.slot });
  }

  app.get('/console/ws', { websocket: true, config: { session: 'read' }, preValidation: admit }, (ws, request) => {
    const admitted = redeemed.get(request);
    if (!admitted) {
      ws.close(CLOSE.badHandshake.code, CLOSE.badHandshake.reason);
      return;
    }
    const { claims, slot } = admitted;
    const bridge: ConsoleBridge = new ConsoleBridge(ws, {
      sessionId: claims.sessionId,
      vmId: claims.vmId,
      target: { host: claims.host, port: claims.port, password: claims.password },
      limits,
      registry,
      onClose: (reason) => {
        slotOf.delete(bridge);
        void slots.release(slot, request.log);
        request.log.info({ vmId: claims.vmId, code: reason?.code ?? 'browser' }, 'console closed');
      },
    });
    slotOf.set(bridge, slot);
    void bridge.run();
  });
};
