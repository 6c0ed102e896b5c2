/**
 * How well the importer reads real documents, measured (tests/fixtures/import/corpus.yaml):
 *   tuning    each edition's kept source, imported, against the edition made by hand from it:
 *             headed clauses found as headings, words found within one imported text unit,
 *             and imported words that are not in the source (must be none)
 *   held out  a document written with its expected reading before the importer existed
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/schema/index.ts';
import { walkClauses } from '../../src/lib/clauses.ts';
import { compareImport, compareSuggestions } from '../../src/lib/import/measure.ts';
import { structureDocument } from '../../src/lib/import/pipeline.ts';
import { clauseUnits, normaliseEditionText, normaliseSourceText } from '../../src/lib/source-text.ts';
import { readHtml } from '../../src/import/html.ts';
import { readText } from '../../src/import/text.ts';

const FIXTURES = 'tests/fixtures/import';
const corpus = parse(readFileSync(join(FIXTURES, 'corpus.yaml'), 'utf8')) as { tuning: string[]; heldOut: Array<{ file: string; expected: string; tuned?: boolean }> };
const pct = (a: number, b: number) => (b ? a / b : 1);

describe('the five seed documents, against the editions made by hand', () => {
  const results = corpus.tuning
    .filter((slug) => existsSync(join('content/editions', slug, 'source')))
    .map((slug) => {
      const dir = join('content/editions', slug);
      const name = readdirSync(join(dir, 'source')).find((f) => f.endsWith('.txt') && f !== 'import-report.txt')!;
      const source = readFileSync(join(dir, 'source', name), 'utf8');
      const hand = policySchema.parse(parse(readFileSync(join(dir, 'policy.yaml'), 'utf8'))).clauses;
      const edition = parse(readFileSync(join(dir, 'edition.yaml'), 'utf8')) as { rules?: Array<{ kind: string; quote?: string }>; measures?: Array<{ kind: string; quote?: string }> };
      const imp = structureDocument(readText(source));
      const suggestions = compareSuggestions([...(edition.rules ?? []), ...(edition.measures ?? [])], [...imp.rules, ...imp.measures]);
      return { slug, ...compareImport(hand, imp.clauses, source), suggestions };
    });

  it('reports its figures', () => {
    const rows = results.map(
      (r) =>
        `${r.slug}: headings ${r.headings.found}/${r.headings.total} (${(100 * pct(r.headings.found, r.headings.total)).toFixed(1)}%), text ${(100 * pct(r.text.found, r.text.total)).toFixed(2)}%, foreign ${r.foreign.length}; ` +
        `rules and measures by hand ${r.suggestions.hand}, suggested ${r.suggestions.found} of them (${(100 * pct(r.suggestions.found, r.suggestions.hand)).toFixed(0)}%), ${r.suggestions.right}/${r.suggestions.suggested} suggestions match one`,
    );
    console.log(`import quality (tuning):\n  ${rows.join('\n  ')}`);
    expect(results.length).toBeGreaterThan(0);
  });

  for (const r of results) {
    it(`${r.slug}: no word of the import is missing from the source`, () => expect(r.foreign).toEqual([]));
    it(`${r.slug}: finds at least 90% of the headings and 95% of the words`, () => {
      expect(pct(r.headings.found, r.headings.total), r.headings.missing.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(pct(r.text.found, r.text.total), r.text.missing.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('suggests three in four of the rules and measures the authors confirmed by hand, over the five', () => {
    const found = results.reduce((n, r) => n + r.suggestions.found, 0);
    const hand = results.reduce((n, r) => n + r.suggestions.hand, 0);
    expect(pct(found, hand)).toBeGreaterThanOrEqual(0.75);
  });

  it('finds 95% of all headed clauses and 99% of all words, over the five', () => {
    const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
    expect(pct(sum((r) => r.headings.found), sum((r) => r.headings.total))).toBeGreaterThanOrEqual(0.95);
    expect(pct(sum((r) => r.text.found), sum((r) => r.text.total))).toBeGreaterThanOrEqual(0.99);
  });
});

describe('held out: documents written with their expected reading before their first import', () => {
  const suggested = { rules: [0, 0], measures: [0, 0] };
  for (const { file, expected, tuned } of corpus.heldOut) {
    const exp = parse(readFileSync(join(FIXTURES, expected), 'utf8')) as { title: string; dates: unknown[]; family: string; headings: string[]; texts: string[]; absent: string[]; rules: Array<{ kind: string }>; measures: Array<{ kind: string }> };
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const doc = file.endsWith('.html') ? readHtml(text) : readText(text);
    const imp = structureDocument(doc);
    const all = [...walkClauses(imp.clauses)];
    const headings = new Set(all.flatMap(({ clause: c }) => (c.title ? [normaliseEditionText(c.title), normaliseEditionText(`${c.number ?? ''}${c.title}`)] : [])));
    const units = all.flatMap(({ clause, path }) => [...clauseUnits(clause, path)].map((u) => normaliseEditionText(u.text)));

    it(`${file}: every heading, every text, nothing of the site around it`, () => {
      expect(exp.headings.filter((h) => !headings.has(normaliseEditionText(h)))).toEqual([]);
      expect(exp.texts.filter((t) => !units.some((u) => u.includes(normaliseEditionText(t))))).toEqual([]);
      expect(exp.absent.filter((a) => units.join('\n').includes(normaliseEditionText(a)))).toEqual([]);
      const source = normaliseSourceText(doc.kept);
      expect(units.filter((u) => !source.includes(u))).toEqual([]);
    });

    it(`${file}: its title, dates and definition family`, () => {
      expect(imp.title).toBe(exp.title);
      expect(imp.dates).toEqual(exp.dates);
      expect(imp.definition?.family).toBe(exp.family);
    });

    it(`${file}: reports how many of the rules and measures an author would confirm it suggests`, () => {
      const found = (want: Array<{ kind: string }>, got: Array<{ kind: string }>) => want.filter((w) => got.some((g) => g.kind === w.kind)).length;
      const rules = found(exp.rules, imp.rules);
      const measures = found(exp.measures, imp.measures);
      suggested.rules[0]! += rules;
      suggested.rules[1]! += exp.rules.length;
      suggested.measures[0]! += measures;
      suggested.measures[1]! += exp.measures.length;
      console.log(`import quality (${tuned ? 'held out, since tuned on' : 'held out'}, ${file}): rules ${rules}/${exp.rules.length}, measures ${measures}/${exp.measures.length}, suggested ${imp.rules.length} rules and ${imp.measures.length} measures`);
      expect(rules + measures).toBeGreaterThan(0);
    });
  }

  it('suggests three in four of the rules and of the measures an author would confirm, over them all', () => {
    expect(suggested.rules[0]! / suggested.rules[1]!).toBeGreaterThanOrEqual(0.75);
    expect(suggested.measures[0]! / suggested.measures[1]!).toBeGreaterThanOrEqual(0.75);
  });
});
