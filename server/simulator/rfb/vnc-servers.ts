import { randomInt } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { PortRange } from '../simulator-config';
import type { VncEndpoint, VncProvider } from '../vnc-provider';
import { GuestConsole } from './guest-console';
import { RfbConnection } from './rfb-connection';
import { VncEndpointError } from './vnc-endpoint-error';

export interface VncServersOptions {
  /** Where the servers listen; default 127.0.0.1. */
  host?: string;
  /** What GetVMVNCInfo reports as VNCIP when it differs from host; a wildcard host reports 127.0.0.1. */
  advertisedHost?: string;
  /** How long an endpoint accepts new connections; default 300 s, as on the platform. */
  validitySeconds?: number;
  /** Live endpoints per VM; opening one more closes that VM's oldest (its connections stay). Default 8: a session's
   * five consoles on one VM, minted at once, still find their endpoints. */
  endpointsPerVm?: number;
  /** Live endpoints in all; past it GetVMVNCInfo is refused until some expire or close. Default 256. */
  maxEndpoints?: number;
  /** Ports endpoints may take (SIM_VNC_PORTS), tried in turn; unset: any free port. */
  ports?: PortRange;
}

/** The simulator's VncProvider, plus a read-back of each VM's screen for tests and the e2e debug route. */
export interface VncServers extends VncProvider {
  /** The VM's console as text (rows joined by '\n', trailing blanks trimmed); undefined when it has none. */
  getScreenText(vmId: string): string | undefined;
  /** Listening endpoints right now, for tests and the caps. */
  liveEndpoints(): number;
}

interface VmConsole {
  guest: GuestConsole;
  /** Oldest first (a Set keeps insertion order). */
  listeners: Set<Server>;
  sockets: Set<Socket>;
}

const OUT_OF_DESCRIPTORS = new Set(['EMFILE', 'ENFILE']);

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomPassword(): string {
  return Array.from({ length: 8 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

export function createVncServers(opts: VncServersOptions = {}): VncServers {
  const host = opts.host ?? '127.0.0.1';
  const advertised = opts.advertisedHost ?? (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host);
  const validityMs = (opts.validitySeconds ?? 300) * 1000;
  const perVm = opts.endpointsPerVm ?? 8;
  const maxEndpoints = opts.maxEndpoints ?? 256;
  const vms = new Map<string, VmConsole>();
  // Every call used to open a listener for 300 s: 1,000 calls took 1,000 descriptors and starved the process.
  let live = 0;
  let nextPort = opts.ports?.first ?? 0;

  /** Listens on the next free port of the range (or any free port); every port of the range taken is 'capacity'. */
  async function listen(server: Server): Promise<void> {
    const range = opts.ports;
    const tries = range ? range.last - range.first + 1 : 1;
    for (let i = 0; i < tries; i++) {
      const port = range ? nextPort : 0;
      if (range) nextPort = nextPort >= range.last ? range.first : nextPort + 1;
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, host, () => {
            server.off('error', reject);
            resolve();
          });
        });
        return;
      } catch (err) {
        if (!range || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        // A server whose listen failed must be closed before it can listen again.
        server.close();
      }
    }
    throw new VncEndpointError('capacity', `Every VNC port in ${range?.first}-${range?.last} is taken; try again in a moment.`);
  }

  function retire(state: VmConsole, server: Server): void {
    if (!state.listeners.delete(server)) return;
    live -= 1;
    server.close();
  }

  function consoleOf(vm: { VMID: string; Name: string }): VmConsole {
    let state = vms.get(vm.VMID);
    if (!state) {
      state = { guest: new GuestConsole(vm.Name), listeners: new Set(), sockets: new Set() };
      vms.set(vm.VMID, state);
    }
    return state;
  }

  async function open(vm: { VMID: string; Name: string }): Promise<VncEndpoint> {
    const state = consoleOf(vm);
    for (const oldest of [...state.listeners].slice(0, Math.max(0, state.listeners.size - perVm + 1))) retire(state, oldest);
    // At the overall cap a VM may still replace its own oldest endpoint; only a VM that needs new room waits.
    const own = state.listeners.values().next();
    if (live >= maxEndpoints && !own.done) retire(state, own.value);
    if (live >= maxEndpoints) {
      throw new VncEndpointError('capacity', `Too many VNC endpoints are open (${maxEndpoints}); try again in a moment.`);
    }
    const password = randomPassword();
    const expiresAtMs = Date.now() + validityMs;
    const server = createServer((socket) => {
      // Past its validity an endpoint refuses new connections; established ones stay.
      if (Date.now() > expiresAtMs) {
        socket.destroy();
        return;
      }
      state.sockets.add(socket);
      socket.on('close', () => state.sockets.delete(socket));
      new RfbConnection(socket, password, `${vm.Name} (simulator)`, state.guest);
    });
    live += 1;
    state.listeners.add(server);
    try {
      await listen(server);
    } catch (err) {
      retire(state, server);
      if (err instanceof VncEndpointError) throw err;
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (OUT_OF_DESCRIPTORS.has(code)) throw new VncEndpointError('descriptors', `No VNC endpoint can be opened right now (${code}).`);
      throw err;
    }
    // Set once listening: a port of the range found taken closes the server before it tries the next.
    const expire = setTimeout(() => retire(state, server), validityMs);
    expire.unref();
    server.on('close', () => clearTimeout(expire));
    // A failed accept (EMFILE) is an 'error' on the listener: without a listener it would end the process.
    server.on('error', () => undefined);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('VNC server has no TCP address');
    return { host: advertised, port: address.port, password, expiresAt: Math.floor(expiresAtMs / 1000) };
  }

  function closeVm(vmId: string): void {
    const state = vms.get(vmId);
    if (!state) return;
    vms.delete(vmId);
    for (const server of [...state.listeners]) retire(state, server);
    for (const socket of state.sockets) socket.destroy();
  }

  async function close(): Promise<void> {
    const closing = [...vms.values()].flatMap((state) => [...state.listeners]);
    for (const vmId of [...vms.keys()]) closeVm(vmId);
    await Promise.all(closing.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }

  function getScreenText(vmId: string): string | undefined {
    return vms.get(vmId)?.guest.screen.text();
  }

  return { open, closeVm, close, getScreenText, liveEndpoints: () => live };
}
