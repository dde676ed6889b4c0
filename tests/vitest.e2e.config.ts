import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// E2E: one real Chromium at a time (2-core CI machines), generous timeouts for cold starts.
export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // expect.poll returns as soon as the final state shows; its 1 s default is too short on a loaded machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
