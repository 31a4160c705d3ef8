import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // antd's shared chunk is large on purpose (one compressed file, not thirty); the budget is the e2e check.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // A first visit loads few, well-compressed files instead of ~80 small ones (each with its own headers):
        // React and the router together; the antd and app modules that several pages share as one chunk each.
        // What only one page (or dialog) uses stays in that page's chunk. 'shared' takes plain modules (.ts),
        // not components: a component there would make it import antd, and with it every page (sign-in too).
        codeSplitting: {
          groups: [
            // The entry's own small graph (src/app/boot.ts): kept out of 'shared', whose static imports (antd)
            // would make the browser download and evaluate antd before the entry could start anything.
            { name: 'boot', test: /src[\\/](app[\\/](boot|route-chunks)|api[\\/](early-fetch|contract-chunk)|i18n[\\/](start-language|messages))\.ts$|preload-helper/, priority: 40 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@rc-component|@ant-design|stylis|@emotion|rc-[^\\/]+|dayjs|classnames|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|copy-to-clipboard|toggle-selection)[\\/]/, minShareCount: 6, priority: 20 },
            { name: 'shared', test: /[\\/](src|contract)[\\/][^?]*\.ts$|node_modules[\\/](@tanstack|zod|react-hook-form|@hookform)[\\/]/, minShareCount: 6, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // No changeOrigin: the gateway compares Origin with the Host it sees, which stays the dev server's.
    proxy: {
      '/api': { target: gateway },
      '/auth': { target: gateway },
      '/console': { target: gateway, ws: true },
    },
  },
});
