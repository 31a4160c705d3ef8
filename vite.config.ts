import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false },
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
