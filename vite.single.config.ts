import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { preactCompatAliases } from './scripts/vite/preactCompat.ts';
import { previewPlugin } from './scripts/vite/previewPlugin.ts';
import { singleFilePlugin } from './scripts/vite/single/singleFilePlugin.ts';

// `npm run build:single` → dist-single/chainatlas.html: the whole app, its data and fonts in one file
// that opens from disk (file://) with no server and no network. See scripts/vite/single/.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    previewPlugin(join(import.meta.dirname, 'data')),
    viteSingleFile({ removeViteModuleLoader: true }),
    singleFilePlugin({ root: import.meta.dirname, fileName: 'chainatlas.html' }),
  ],
  resolve: { alias: preactCompatAliases },
  build: {
    target: 'es2022',
    outDir: 'dist-single',
    emptyOutDir: true,
    // public/ still resolves the CSS font URLs; singleFilePlugin inlines those fonts, so copy nothing.
    copyPublicDir: false,
  },
  // Classic, not module, workers: the app's workers are inlined and start from blob: URLs
  // (scripts/vite/single/inlineWorkers.ts), and Chromium refuses a *module* worker from a blob: URL
  // in a page with an opaque origin — which every file:// page is. A classic one starts fine.
  worker: { format: 'iife' },
});
