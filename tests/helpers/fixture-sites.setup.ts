/** Vitest global setup of the site and browser projects: each fixture site is built once before any test reads it. */
import { buildFixtureSite, SCENARIOS } from './fixture-site.ts';

export default function setup() {
  for (const name of SCENARIOS) buildFixtureSite(name);
}
