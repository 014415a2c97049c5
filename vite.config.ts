import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bootNotePlugin } from './scripts/vite/bootNotePlugin.ts';
import { APP_CSP } from './scripts/vite/csp.ts';
import { cspPlugin } from './scripts/vite/cspPlugin.ts';
import { dataPlugin } from './scripts/vite/dataPlugin.ts';
import { preactCompatAliases } from './scripts/vite/preactCompat.ts';
import { previewPlugin } from './scripts/vite/previewPlugin.ts';

// `base: './'` makes every asset URL relative, so the built dist/ works from any
// sub-path of a static host (e.g. https://intranet.example/briefings/chainatlas/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    dataPlugin(join(import.meta.dirname, 'data')),
    previewPlugin(join(import.meta.dirname, 'data')),
    cspPlugin(APP_CSP),
    bootNotePlugin(),
  ],
  resolve: { alias: preactCompatAliases },
  build: {
    target: 'es2022',
    // maplibre-gl is big and loaded lazily; its chunk is expected to pass the default warning limit.
    chunkSizeWarningLimit: 1200,
    // Never inline assets as data: URIs; keeps the Content-Security-Policy simple.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
