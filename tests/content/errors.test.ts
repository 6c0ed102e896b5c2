/**
 * Each class of broken content produces its own clear problem: the file, the line, the field,
 * and a message in the author's terms. Fixtures are the fictional `sample` edition, broken one way each.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/schema/index.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { fixtureContent, readFixture, type FixtureEdit } from '../helpers/content-fixture.ts';
import { EDITION, ERROR_CASES, POLICY } from '../helpers/error-cases.ts';
import { BAD_INPUT_CASES, INJECTION_CASES, RESERVED_SLUG_CASES } from '../helpers/unsafe-cases.ts';

const problemsFor = (edits: FixtureEdit[]) => readFixture(edits).problems;

describe('content errors name the file, the line, the field and what is expected', () => {
  for (const c of [...ERROR_CASES, ...INJECTION_CASES, ...BAD_INPUT_CASES]) {
    it(c.name, () => {
      const problems = problemsFor(c.edits);
      const match = problems.find((p) => p.message === c.message);
      expect(match, problems.map((p) => p.text).join('\n')).toBeDefined();
      expect(match!.file.endsWith(c.file)).toBe(true);
      expect(match!.line).toBe(c.line);
      expect(match!.text).toContain(`:${c.line}${c.field ? ` ${c.field}` : ''}`);
      expect(match!.text).toMatch(c.says);
    });
  }

  it('reports every problem at once, not just the first', () => {
    const problems = problemsFor([
      { file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2024-04-01' },
      { file: EDITION, replace: 'clause: publicity', with: 'clause: publicty' },
      { file: POLICY, replace: 'behaviours: [intimidation]', with: 'behaviours: [shouting]' },
    ]);
    expect(problems.map((p) => p.message).sort()).toEqual(['date-mismatch', 'unknown-behaviour', 'unknown-clause']);
  });

  for (const c of RESERVED_SLUG_CASES) {
    it(`refuses ${c.name}: it would hide a page of the site`, () => {
      const problems = problemsFor(c.edits);
      const match = problems.find((p) => p.message === c.message);
      expect(match, problems.map((p) => p.text).join('\n')).toBeDefined();
      expect(match!.text).toMatch(new RegExp(`${c.file}: `));
      expect(match!.text).toMatch(c.says);
      expect(problems.map((p) => p.message)).toEqual(['reserved-slug']);
    });
  }

  it('refuses an edition folder whose name cannot be a URL', () => {
    const dir = fixtureContent();
    mkdirSync(join(dir, 'editions', 'Sample City'));
    const problems = readContent(dir, contentSchemas).problems;
    rmSync(dir, { recursive: true, force: true });
    expect(problems.map((p) => p.message)).toContain('bad-slug');
  });

  it('accepts the valid fixture', () => {
    expect(problemsFor([])).toEqual([]);
  });
});
