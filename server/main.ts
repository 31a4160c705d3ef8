import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from './config';
import { buildSpaIfStale } from './gateway/spa-build';
import { onShutdown } from './shutdown';
import { startStack } from './stack';

/** `npm start`: build the app when needed, then the gateway (and the embedded simulator) in one process. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const distDir = resolve(root, config.gateway.DIST_DIR);
  await buildSpaIfStale(root, distDir, (message) => console.log(message));
  const stack = await startStack(config, { distDir });
  const upstream = config.simulator ? 'the embedded simulator' : 'UCLOUDSTACK_API_URL';
  stack.log.info(`UCloudStack console ready at ${stack.url} (upstream: ${upstream})`);
  onShutdown(stack.close, (message) => stack.log.info(message));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error, not starting:\n${err.message}`);
  else console.error(err);
  process.exit(1);
});
