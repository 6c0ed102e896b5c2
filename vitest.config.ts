/// <reference types="vitest/config" />
// Vitest runs inside Astro's Vite config, so component tests can use the Astro container API.
// Three projects: pure code and content (parallel), the built sites (dist/ and the fixture sites),
// and the browser gate (one Chromium at a time: this is a 2-core machine).
import { getViteConfig } from 'astro/config';

/** Builds each fixture site (tests/fixtures/sites/) once per run, before the tests that read it. */
const FIXTURE_SITES = 'tests/helpers/fixture-sites.setup.ts';

export default getViteConfig({
  test: {
    // Generous: the three projects run at once on 2 cores, and a browser test that walks 73 queries
    // (search quality) shares them with builds (fixture sites, another edition). Speed is the benchmark's job.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/components/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'], globalSetup: [FIXTURE_SITES] } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts', 'tests/gate/**/*.test.ts'], fileParallelism: false, globalSetup: [FIXTURE_SITES] },
      },
    ],
  },
});
