/// <reference types="vitest/config" />
// Vitest runs inside Astro's Vite config, so component tests can use the Astro container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
