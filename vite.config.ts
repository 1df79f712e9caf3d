/**
 * Builds the React app (src/web, entry index.html at the repo root) into dist/web,
 * which the Kizuna server serves with an SPA fallback. In `vite dev`, /api goes to a
 * server started separately (PORT 3000 by default, or KIZUNA_API_URL).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // Echarts and Mantine are split out by route; the entry stays well under this.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': process.env.KIZUNA_API_URL ?? 'http://localhost:3000' },
  },
});
