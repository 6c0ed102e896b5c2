/**
 * Each class of broken content produces its own clear problem: the file, the line, the field,
 * and a message in the author's terms. Fixtures are the fictional `sample` edition, broken one way each.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/schema/index.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureContent, readFixture, type Edit, type FixtureEdit } from '../helpers/content-fixture.ts';
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
  it('reports the other problems of a file that has a schema error: four problems, four messages', () => {
    const problems = problemsFor([
      { file: EDITION, replace: '  kind: basic-policy', with: '  kind: 対応方針' },
      { file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2024-04-01' },
      { file: EDITION, replace: 'clause: response-time', with: 'clause: response-hours' },
      { file: EDITION, replace: 'quote: 啓発ポスターを掲示します。', with: 'quote: 啓発ポスターを貼ります。' },
    ]).filter((p) => p.file.endsWith(EDITION));
    expect(problems.map((p) => [p.line, p.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [8, 'one-of'],
      [12, 'date-mismatch'],
      [25, 'unknown-clause'],
      [48, 'quote-not-found'],
    ]);
  });

  it("accepts a web page's last-updated date written in the Western calendar, and checks it against its ISO date", () => {
    const updated = { file: EDITION, replace: /    - event: established\n      asWritten: 令和７年４月１日策定\n/, with: '    - event: updated\n      asWritten: 最終更新日：2025年4月1日\n' };
    expect(problemsFor([updated])).toEqual([]);
    expect(problemsFor([updated, { file: EDITION, replace: 'iso: 2025-04-01', with: 'iso: 2025-04-02' }]).map((p) => p.message)).toEqual(['date-mismatch']);
  });

  it('accepts every kind of document a city names itself by', () => {
    for (const kind of ['outline', 'measures', 'response-policy', 'declaration']) expect(problemsFor([{ file: EDITION, replace: 'kind: basic-policy', with: `kind: ${kind}` }])).toEqual([]);
  });

  describe('a draft may carry what a published edition may not: told as warnings, never failing', () => {
    const draft = { file: EDITION, replace: 'document:', with: 'draft: true\nsite:\n  url: https://www.example.jp\ndocument:' };
    const read = (edits: Edit[]) => {
      const dir = fixtureContent(edits);
      try {
        return readContent(dir, contentSchemas);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('warns a draft of an example site address and placeholders, and still builds it', () => {
      const content = read([draft, { file: EDITION, replace: '  title: 見本市職員カスタマーハラスメント対策基本方針', with: '  title: 見本市職員カスタマーハラスメント対策基本方針〔仮の題名〕' }]);
      expect(content.problems).toEqual([]);
      expect(content.warnings.map((w) => w.message).sort()).toEqual(['example-url', 'guessed-title']);
      expect(content.editions.map((e) => e.slug)).toEqual(['sample']);
    });

    it('tells a draft that a citation of a clause with no number or title reads its opening words; a published edition may keep it', () => {
      const unnamed = { file: EDITION, replace: 'stance: [basic-idea]', with: 'stance: [untitled]' };
      const opening = { file: POLICY, replace: 'clauses:\n', with: 'clauses:\n  - id: untitled\n    body:\n      - 見本市は、見出しのない冒頭の段落で方針の考え方を述べます。\n' };
      const drafted = read([draft, unnamed, opening]);
      expect(drafted.warnings.map((w) => formatProblem(w))).toEqual([
        expect.stringMatching(/edition\.yaml:\d+ stance\[0\].*: 条項「untitled」にもその上の条項にも番号や見出しがないため、根拠へのリンクは本文の書き出し「見本市は、見出しのない冒頭の段落で方針の…」と表示されます。/),
        expect.stringMatching(/example\.jp/),
      ]);
      const published = read([unnamed, opening]);
      expect(published.problems).toEqual([]);
      expect(published.warnings).toEqual([]);
    });
  });

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
