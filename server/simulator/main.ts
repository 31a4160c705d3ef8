import { buildSimulator } from './app';
import { readSimulatorConfig } from './simulator-config';
import { createVncServers } from './rfb/vnc-servers';

/** `npm run simulator`: the UCloudStack-compatible API alone, at http://SIM_HOST:SIM_PORT/api. */
async function main(): Promise<void> {
  const config = readSimulatorConfig(process.env);
  const vnc = createVncServers({ host: config.host, ports: config.vncPorts });
  const sim = await buildSimulator({
    dataDir: config.dataDir,
    seed: config.seed,
    transitionMs: config.transitionMs,
    latencyMs: config.latencyMs,
    errorRate: config.errorRate,
    vnc,
    logger: true,
  });
  await sim.app.listen({ host: config.host, port: config.port });
  const stop = async () => {
    await sim.close();
    await vnc.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
