import type { AddressInfo } from 'node:net';
import { buildSimulator } from './simulator/app';
import { createVncServers } from './simulator/rfb/vnc-servers';
import type { SimulatorConfig } from './simulator/simulator-config';

/** What the gateway and its embedded simulator process say to each other over the IPC channel. */
export type SimulatorMessage = { kind: 'listening'; port: number } | { kind: 'failed'; message: string };
export type GatewayMessage = { kind: 'start'; config: SimulatorConfig } | { kind: 'stop' };

/**
 * The embedded simulator's own process (forked by server/embedded-simulator.ts), so its SQLite work and
 * VNC frames do not share the gateway's event loop. It lives exactly as long as the IPC channel: when the
 * gateway stops or dies, the channel closes and so does the simulator.
 */
function run(): void {
  const send = (message: SimulatorMessage) => process.send?.(message);
  let stop: (() => Promise<void>) | null = null;
  const exit = () => {
    const done = () => process.exit(0);
    if (stop) stop().then(done, done);
    else done();
  };
  process.on('disconnect', exit);
  // Ctrl-C reaches the whole process group: the gateway closes the channel, which is what stops us.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', exit);
  process.on('message', (message: GatewayMessage) => {
    if (message.kind === 'stop') return exit();
    const { config } = message;
    const vnc = createVncServers({ host: config.host, ports: config.vncPorts });
    buildSimulator({ ...config, vnc })
      .then(async (simulator) => {
        stop = async () => {
          await simulator.close();
          await vnc.close();
        };
        await simulator.app.listen({ host: config.host, port: config.port });
        send({ kind: 'listening', port: (simulator.app.server.address() as AddressInfo).port });
      })
      .catch((err: unknown) => {
        send({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
        process.exit(1);
      });
  });
}

run();
