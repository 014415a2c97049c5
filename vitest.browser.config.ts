import { defineConfig } from 'vitest/config';

// The browser suite: real headless Chromium driven by playwright-core against the built app.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.spec.ts'],
    globalSetup: ['./test/browser/support/globalSetup.ts'],
    // 2 cores: one browser at a time.
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
