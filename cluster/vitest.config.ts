import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: real processes on fixed ports (HAProxy 8600, replicas 8601-8603, simulator 8700,
// Redis 6390-6399), so one file at a time and generous time for three gateways to start on two cores.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['cluster/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
