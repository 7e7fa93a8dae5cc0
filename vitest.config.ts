import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // A guard against a hang, not a speed check: a cold first run on a 2-core CI machine transforms
    // every module while the slowest component tests (the editor's) take several seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest runs on one fewer worker than there are cores; on a 2-core machine that is one, and the
    // main thread (which only collects results) leaves the other core idle: two take 2:26 where one takes 3:43.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
