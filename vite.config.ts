import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The client is built into dist/client and served by the Fastify server (@fastify/static), which sends the
// .br/.gz written beside each asset at build time (preCompressed) rather than compressing on every request.
// Tests: `unit` runs pure code in parallel; `integration` and `e2e` share one test Neo4j and run one file at a time.
export default defineConfig({
  root: 'client',
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' })],
  // The browser may use the HTTP contract and the domain of the server, and nothing else of it (see eslint.config.js).
  resolve: {
    alias: {
      '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)),
      '@domain': fileURLToPath(new URL('./server/domain', import.meta.url)),
    },
  },
  // The manifest lists each chunk's static and lazy imports: test/e2e/bundle-budget.test.ts sums a page's first load.
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? '3000'}` } },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
