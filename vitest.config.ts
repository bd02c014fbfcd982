import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The HTML renderers inline the page scripts that the build compiles from src/report/client/: compile them first.
    globalSetup: ['test/helpers/build-client.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
