import { randomInt } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { VncEndpoint, VncProvider } from '../vnc-provider';
import { GuestConsole } from './guest-console';
import { RfbConnection } from './rfb-connection';

export interface VncServersOptions {
  /** Where the servers listen; default 127.0.0.1. */
  host?: string;
  /** What GetVMVNCInfo reports as VNCIP when it differs from host; a wildcard host reports 127.0.0.1. */
  advertisedHost?: string;
  /** How long an endpoint accepts new connections; default 300 s, as on the platform. */
  validitySeconds?: number;
}

/** The simulator's VncProvider, plus a read-back of each VM's screen for tests and the e2e debug route. */
export interface VncServers extends VncProvider {
  /** The VM's console as text (rows joined by '\n', trailing blanks trimmed); undefined when it has none. */
  getScreenText(vmId: string): string | undefined;
}

interface VmConsole {
  guest: GuestConsole;
  listeners: Set<Server>;
  sockets: Set<Socket>;
}

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomPassword(): string {
  return Array.from({ length: 8 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

export function createVncServers(opts: VncServersOptions = {}): VncServers {
  const host = opts.host ?? '127.0.0.1';
  const advertised = opts.advertisedHost ?? (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host);
  const validityMs = (opts.validitySeconds ?? 300) * 1000;
  const vms = new Map<string, VmConsole>();

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
    const expire = setTimeout(() => {
      server.close();
      state.listeners.delete(server);
    }, validityMs);
    expire.unref();
    server.on('close', () => clearTimeout(expire));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve());
    });
    state.listeners.add(server);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('VNC server has no TCP address');
    return { host: advertised, port: address.port, password, expiresAt: Math.floor(expiresAtMs / 1000) };
  }

  function closeVm(vmId: string): void {
    const state = vms.get(vmId);
    if (!state) return;
    vms.delete(vmId);
    for (const server of state.listeners) server.close();
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

  return { open, closeVm, close, getScreenText };
}
