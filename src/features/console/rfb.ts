import type RFB from '@novnc/novnc';

/** The noVNC client object, as typed in novnc.d.ts. */
export type RfbClient = RFB;
export type RfbFactory = (target: HTMLElement, socket: WebSocket) => RfbClient;

/**
 * The one place that imports noVNC. The dynamic import makes it its own chunk, fetched only when a
 * console is opened, so the rest of the app never pays for it. Load it before opening the socket:
 * the server speaks first, and bytes that arrive before noVNC listens would be lost.
 */
export async function loadRfb(): Promise<RfbFactory> {
  const { default: Rfb } = await import('@novnc/novnc');
  // No credentials option on purpose: the gateway answers VNC authentication itself and offers the
  // browser "None", so a password never has a reason to exist on this side.
  return (target, socket) => new Rfb(target, socket, { shared: true });
}
