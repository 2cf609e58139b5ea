// Vitest: unit tests under tests/unit mirror src/, main/ and renderer/. Tests run in Node; a component test
// asks for a DOM with a `// @vitest-environment happy-dom` comment at its top.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 30_000,
    // One test file per core. Vitest's default keeps a core for its own process (cores - 1), which on CI's 2 cores
    // ran all 98 files one after another in a single worker while the main process sat idle.
    maxWorkers: availableParallelism(),
  },
});
