import type { CloseReason } from './close-codes';

/** What the registry knows about one open console. */
export interface LiveConsole {
  readonly sessionId: string;
  readonly vmId: string;
  /** True while the upstream socket is paused because the browser reads slowly. */
  readonly upstreamPaused: boolean;
  /** True while the browser's WebSocket is paused because the VNC server reads slowly. */
  readonly browserPaused: boolean;
  close(reason: CloseReason): void;
}

/** Every open console of this process: enforces the limits and closes a session's consoles when it ends. */
export class ConsoleRegistry {
  private readonly consoles = new Set<LiveConsole>();

  get size(): number {
    return this.consoles.size;
  }

  countFor(sessionId: string): number {
    let count = 0;
    for (const c of this.consoles) if (c.sessionId === sessionId) count += 1;
    return count;
  }

  list(): LiveConsole[] {
    return [...this.consoles];
  }

  add(console: LiveConsole): void {
    this.consoles.add(console);
  }

  remove(console: LiveConsole): void {
    this.consoles.delete(console);
  }

  closeSession(sessionId: string, reason: CloseReason): void {
    for (const c of this.list()) if (c.sessionId === sessionId) c.close(reason);
  }

  closeAll(reason: CloseReason): void {
    for (const c of this.list()) c.close(reason);
  }
}
