import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC keeps decorator metadata, which Nest's dependency injection needs in tests.
const swcPlugin = () => swc.vite({ module: { type: 'es6' } });

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      {
        plugins: [swcPlugin()],
        extends: true,
        test: { name: 'unit', globals: true, include: ['{apps,libs}/**/*.spec.ts'], exclude: ['apps/web/**', 'node_modules/**'] },
      },
      {
        // The web app sees only libs/contracts (the root tsconfig leaves apps/web out).
        extends: true,
        resolve: { alias: { '@app/contracts': fileURLToPath(new URL('./libs/contracts/src/index.ts', import.meta.url)) } },
        test: { name: 'web', globals: true, include: ['apps/web/src/**/*.spec.ts'] },
      },
      {
        plugins: [swcPlugin()],
        extends: true,
        test: {
          name: 'medium',
          globals: true,
          include: ['{apps,libs}/**/*.medium-spec.ts'],
          globalSetup: ['test/setup/medium.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [swcPlugin()],
        extends: true,
        test: {
          name: 'e2e',
          globals: true,
          include: ['test/e2e/**/*.e2e-spec.ts'],
          globalSetup: ['test/setup/medium.global-setup.ts', 'test/setup/build.global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Faults injected into the built api and workers on a private redis-server; one file at a time.
        plugins: [swcPlugin()],
        extends: true,
        test: {
          name: 'reliability',
          globals: true,
          include: ['test/reliability/**/*.reliability-spec.ts'],
          globalSetup: ['test/setup/medium.global-setup.ts', 'test/reliability/support/build-once.global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
