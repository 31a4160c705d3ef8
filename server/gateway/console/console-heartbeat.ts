import type { FastifyBaseLogger } from 'fastify';
import { CLOSE } from './close-codes';
import type { ConsoleRegistry, LiveConsole } from './console-registry';
import type { ConsoleSlot, ConsoleSlots } from './console-slots';

export interface HeartbeatOptions {
  registry: ConsoleRegistry;
  slots: ConsoleSlots;
  slotOf(console: LiveConsole): ConsoleSlot | undefined;
  /** Whether a session was signed out anywhere. */
  isRevoked(sessionId: string): Promise<boolean>;
  intervalMs: number;
  log: FastifyBaseLogger;
}

/**
 * Every `intervalMs`: renews each open console's slot and closes the consoles of signed-out sessions. The
 * sign-out broadcast closes them at once; this catches one a replica missed while its subscriber was
 * disconnected. While the store is down nothing is closed: open consoles keep running. Returns stop().
 */
export function startConsoleHeartbeat(opts: HeartbeatOptions): () => void {
  let storeDown = false;
  const tick = async () => {
    const consoles = opts.registry.list();
    const sessions = [...new Set(consoles.map((c) => c.sessionId))];
    try {
      const revoked = new Set<string>();
      await Promise.all(
        sessions.map(async (id) => {
          if (await opts.isRevoked(id)) revoked.add(id);
        }),
      );
      await Promise.all(
        consoles.map(async (c) => {
          if (revoked.has(c.sessionId)) return c.close(CLOSE.sessionEnded);
          const slot = opts.slotOf(c);
          if (slot) await opts.slots.renew(slot);
        }),
      );
      if (storeDown) opts.log.info('console heartbeat: state store reachable again');
      storeDown = false;
    } catch (err) {
      if (!storeDown) opts.log.warn({ err }, 'console heartbeat: state store unreachable; open consoles keep running');
      storeDown = true;
    }
  };
  const timer = setInterval(() => void tick(), opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
