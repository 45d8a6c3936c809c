import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The service-worker helper only exists in a Vite build; tests use a stand-in with the same shape.
      'virtual:pwa-register/react': fileURLToPath(new URL('./tests/support/pwa-register.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Screens render many words; on a busy two-core machine a long journey can take more than the default 5 s.
    testTimeout: 20_000,
  },
});
