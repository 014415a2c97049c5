/** Builds the bench's "maplibre alone" page (scripts/bench/mapAlone) the way the app is built. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'error',
  build: { target: 'es2022', assetsInlineLimit: 0, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
