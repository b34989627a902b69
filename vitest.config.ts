import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const conditions = ['@wangge/source'];
const chromium = findChromium();

export default defineConfig({
  resolve: { conditions: [...conditions, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [...conditions, 'module', 'node', 'development|production'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts'],
          setupFiles: ['scripts/test/fail-on-console.mjs'],
          // One private PostgreSQL server for the run (the store tests' server contract).
          globalSetup: ['packages/store-postgres/test/support/postgres-global-setup.ts'],
          benchmark: {
            include: [
              'packages/core/bench/**/*.bench.ts',
              'packages/store-postgres/bench/**/*.bench.ts',
            ],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['examples/test/**/*.e2e.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts'],
          benchmark: { include: ['packages/elements/bench/**/*.bench.ts'] },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                ...(chromium ? { executablePath: chromium } : {}),
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
