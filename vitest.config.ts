import { defineConfig } from 'vitest/config';

const HOOK_TEST_PORT = Number(process.env.HOOK_TEST_PORT ?? 8490);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'contract/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Hooks in a DOM, against the real console: gateway + embedded simulator started once for the run.
        extends: true,
        test: {
          name: 'hooks',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          environmentOptions: { jsdom: { url: `http://127.0.0.1:${HOOK_TEST_PORT}/vms` } },
          globalSetup: ['server/hook-test-stack.ts'],
          setupFiles: ['src/test-browser-env.ts'],
        },
      },
    ],
  },
});
