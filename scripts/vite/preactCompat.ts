import type { Alias } from 'vite';

/**
 * The app is written against React's API and runs on Preact's compatibility layer: the same
 * components, a tenth of the runtime (react-dom alone was 62 KB of the 249 KB gzip shell). Every
 * config that bundles or tests the app uses these aliases, so the tests run what ships.
 */
export const preactCompatAliases: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
