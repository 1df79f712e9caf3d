/**
 * Browser journeys (e2e/): each test file starts its own Kizuna server on a temp PGlite
 * folder and drives Debian's Chromium through playwright-core. The web app is built once
 * by the global setup when its sources are newer than dist/web.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A page reaching a state it is polled for: with two browser files beside two servers on two
    // cores, 1 s (the default) was once too short for the first fetch of the notification bell.
    expect: { poll: { timeout: 10_000 } },
  },
});
