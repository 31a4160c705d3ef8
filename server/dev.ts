import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ConfigError, readConfig } from './config';
import { onShutdown } from './shutdown';
import { startStack } from './stack';

/**
 * `npm run dev`: the same gateway (and simulator), with Vite's dev server and hot reload in front.
 * Vite proxies /api, /auth and /console to the gateway (see vite.config.ts).
 */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const stack = await startStack(config, { distDir: null });
  // vite.config.ts proxies to GATEWAY_URL: point it at the gateway actually listening (PORT may differ).
  process.env.GATEWAY_URL = stack.url;
  const vite = await createServer({ root, configFile: join(root, 'vite.config.ts') });
  await vite.listen();
  stack.log.info(`Gateway at ${stack.url}; open the Vite URL below for hot reload`);
  vite.printUrls();
  onShutdown(
    async () => {
      await vite.close();
      await stack.close();
    },
    (message) => stack.log.info(message),
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error, not starting:\n${err.message}`);
  else console.error(err);
  process.exit(1);
});
