/** The benchmark's synthetic editions are content the build accepts, or `npm run bench` stops at its first size. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../src/lib/bench/synthetic.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { contentSchemas } from '../../src/schema/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'otagai-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic editions', () => {
  it('pass the content checks, each in its own prefecture with a valid code of it', () => {
    writeSyntheticContent('content', dir, 12);
    const content = readContent(dir, contentSchemas);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.editions).toHaveLength(12);
    const codes = content.editions.map((e) => e.edition.city.code);
    expect(new Set(codes).size).toBe(12);
    expect(new Set(content.editions.map((e) => e.edition.city.prefecture)).size).toBe(12);
  });
});
