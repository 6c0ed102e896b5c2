/**
 * The 「これってカスハラ？」 guides (check.yaml): each real edition's guide walks its own definition
 * family element by element in the city's words; a broken guide gives a clear problem with file,
 * line and field, like every other content file.
 */
import { describe, expect, it } from 'vitest';
import { walkClauses } from '../../src/lib/clauses.ts';
import { readFixture, type Edit } from '../helpers/content-fixture.ts';
import { realContent } from '../helpers/content.ts';
import type { Case as ErrorCase } from '../helpers/error-cases.ts';

const content = realContent();
/** The guide is optional (docs/authoring.md): these hold for every edition that has one. */
const guided = content.editions.filter((e) => e.check);

describe('real check guides', () => {
  for (const { slug, edition, policy, check } of guided) {
    describe(slug, () => {
      const family = content.families.find((f) => f.id === edition.definition.family)!;

      it("walks its definition family's elements, in order, each in the city's words from its definition", () => {
        expect(check!.steps.map((s) => s.element)).toEqual(family.elements.map((e) => e.id));
        for (const step of check!.steps) expect(step.quote.length).toBeGreaterThan(4);
      });

      it('cites the city on opinions and requests, and says what happens next', () => {
        expect(check!.welcome.length).toBeGreaterThan(0);
        expect(check!.next.length).toBeGreaterThan(0);
      });

      it('shows the examples the city lists, where it lists any', () => {
        const lists = [...walkClauses(policy.clauses)].some(({ clause }) => clause.body.some((b) => typeof b === 'object' && 'list' in b && b.list.some((i) => typeof i === 'object' && i.behaviours)));
        if (lists) expect(check!.steps.flatMap((s) => s.examples).length).toBeGreaterThan(0);
      });

      it('cites reasonable accommodation only in words that speak of it', () => {
        for (const a of check!.accommodation) expect(a.quote).toMatch(/合理的配慮|社会的障壁|障害/);
      });
    });
  }
});

const CHECK = 'editions/sample/check.yaml';

const problemsFor = (edits: Edit[]) => readFixture(edits).problems;

type Case = Omit<ErrorCase, 'file'>;

const cases: Case[] = [
  {
    name: "a step quotes words that are not the city's",
    edits: [{ file: CHECK, replace: 'quote: 大声で威圧する', with: 'quote: 大声を出す' }],
    message: 'quote-not-found', line: 11, field: 'steps[1].quote', says: /引用「大声を出す」が、条項「definition」の本文に見つかりません/,
  },
  {
    name: 'a welcome cites a clause that does not exist',
    edits: [{ file: CHECK, replace: '  - clause: basic-idea', with: '  - clause: basic-ideas' }],
    message: 'unknown-clause', line: 3, field: 'welcome[0].clause', says: /「basic-ideas」はこの版の policy.yaml にありません/,
  },
  {
    name: 'a step names an element its family does not have',
    edits: [{ file: CHECK, replace: 'element: demand-validity', with: 'element: beyond-norms' }],
    message: 'unknown-element', line: 6, field: 'steps[0].element', says: /「beyond-norms」は、この版の定義の型（.*）の要素ではありません。次のどれかを書いてください: demand-validity、means-appropriateness、work-environment/,
  },
  {
    name: 'an element of the family has no step',
    edits: [{ file: CHECK, replace: /  - element: work-environment\n    clause: definition\n    quote: 見本の定義です。\n/, with: '' }],
    message: 'missing-element', line: 5, field: 'steps', says: /要素「work-environment」（職員の働く環境が害されているか）の手順がありません/,
  },
  {
    name: 'two steps for one element',
    edits: [{ file: CHECK, replace: 'element: work-environment', with: 'element: demand-validity' }],
    message: 'duplicate-element', line: 19, field: 'steps[2].element', says: /要素「demand-validity」の手順が二つあります/,
  },
  {
    name: "steps out of the family's order",
    edits: [
      { file: CHECK, replace: 'element: demand-validity', with: 'element: TEMP' },
      { file: CHECK, replace: 'element: work-environment', with: 'element: demand-validity' },
      { file: CHECK, replace: 'element: TEMP', with: 'element: work-environment' },
    ],
    message: 'element-order', line: 5, field: 'steps', says: /手順は定義の型の要素の順（demand-validity、means-appropriateness、work-environment）に並べてください/,
  },
  {
    name: 'examples from a clause that lists none',
    edits: [{ file: CHECK, replace: 'examples: [definition]', with: 'examples: [basic-idea]' }],
    message: 'no-examples', line: 15, field: 'steps[1].examples[0]', says: /条項「basic-idea」には例の箇条書きがありません/,
  },
  {
    name: 'a required part is missing',
    edits: [{ file: CHECK, replace: /next:\n.*\n.*\n$/, with: '' }],
    message: 'missing', line: 2, field: '', says: /「next」がありません/,
  },
  {
    name: 'a field name is misspelt',
    edits: [{ file: CHECK, replace: '    notes:', with: '    note:' }],
    message: 'unknown-field', line: 16, field: 'steps[1]', says: /「note」という項目はありません/,
  },
];

describe('check guide errors name the file, the line, the field and what is expected', () => {
  for (const c of cases) {
    it(c.name, () => {
      const problems = problemsFor(c.edits);
      const match = problems.find((p) => p.message === c.message);
      expect(match, problems.map((p) => p.text).join('\n')).toBeDefined();
      expect(match!.file.endsWith(CHECK)).toBe(true);
      expect(match!.line).toBe(c.line);
      expect(match!.text).toContain(`:${c.line}${c.field ? ` ${c.field}` : ''}`);
      expect(match!.text).toMatch(c.says);
    });
  }

  it('leaves the edition out of the build when its guide is broken', () => {
    expect(readFixture([{ file: CHECK, replace: 'quote: 大声で威圧する', with: 'quote: 大声を出す' }]).editions).toEqual([]);
  });

  it('accepts the valid fixture guide', () => {
    const read = readFixture();
    expect(read.problems.map((p) => p.text)).toEqual([]);
    expect(read.editions[0]!.check!.steps).toHaveLength(3);
  });
});
