// Vitest: unit tests under tests/unit mirror src/, main/ and renderer/. Tests run in Node; a component test
// asks for a DOM with a `// @vitest-environment happy-dom` comment at its top.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 30_000,
  },
});
