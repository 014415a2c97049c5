import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { preactCompatAliases } from './scripts/vite/preactCompat.ts';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Its CommonJS build would require() the real react-dom; the ES build meets the aliases.
      {
        find: /^@testing-library\/react$/,
        replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
      },
      ...preactCompatAliases,
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 20000,
    // Bundled through Vite so that its react / react-dom imports meet the same Preact aliases.
    server: { deps: { inline: ['@testing-library/react'] } },
  },
});
