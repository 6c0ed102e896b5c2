/**
 * The real editions, whatever editions exist: every clause, taxonomy id, source and quote they
 * cite resolves, and each carries the parts its pages are built from. No edition is named here.
 */
import { describe, expect, it } from 'vitest';
import { anchors, blockTexts, clauseItems, walkClauses } from '../../src/lib/clauses.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { editionDirs } from '../../src/lib/content/read-content.ts';
import { CONTENT, realContent } from '../helpers/content.ts';

const content = realContent();

describe('real content', () => {
  it('has no problems at all', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it('reads every edition folder', () => {
    expect(content.editions.length).toBeGreaterThan(0);
    expect(content.editions.map((e) => e.slug)).toEqual(editionDirs(CONTENT).map((d) => d.split(/[\\/]/).at(-1)));
  });

  for (const { slug, edition, policy } of content.editions) {
    describe(slug, () => {
      const ids = new Set(anchors(policy.clauses).map((a) => a.id));
      const taxonomy = new Set(content.behaviours.map((b) => b.id));
      const tagged = [...walkClauses(policy.clauses)].flatMap(({ clause, path }) =>
        [...clauseItems(clause, path)].filter(({ item }) => item.behaviours).map(({ item }) => item),
      );

      it('cites only clauses of its own policy', () => {
        const cited = [edition.definition.clause, ...edition.stance, ...edition.rules.map((r) => r.clause), ...edition.measures.map((m) => m.clause)];
        expect(cited.filter((id) => !ids.has(id))).toEqual([]);
      });

      it('tags its behaviour examples with shared taxonomy ids that exist, each item with an id', () => {
        for (const item of tagged) {
          expect(item.id, item.text).toBeTruthy();
          expect(item.behaviours!.filter((b) => !taxonomy.has(b))).toEqual([]);
        }
      });

      it('names a definition family and the clause that holds its definition', () => {
        expect(content.families.map((f) => f.id)).toContain(edition.definition.family);
        expect(ids.has(edition.definition.clause)).toBe(true);
      });

      it('keeps no extraction artefacts: no caret readings, no simplified 举', () => {
        const texts = [...walkClauses(policy.clauses)].flatMap(({ clause }) => [clause.title ?? '', ...clause.body.flatMap(blockTexts)]);
        expect(texts.filter((t) => /\^\{|举/.test(t))).toEqual([]);
      });
    });
  }
});
