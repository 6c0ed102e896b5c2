/**
 * Every rule shown away from the policy page carries its stage, scope and caveats where the edition
 * records them: on its home page, in the comparison, in the check guide's last step, and on a counter
 * card. Loops over whatever editions exist; the conditions are read from edition.yaml as authored.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResponseRule } from '../../src/schema/index.ts';
import { RULE_TOPICS } from '../../src/lib/compare.ts';
import type { EditionSource } from '../../src/lib/content/read-content.ts';
import { realContent } from '../helpers/content.ts';
import { distExists, readPage } from '../helpers/dist.ts';

const content = realContent();
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/[「」]/g, '');

/** The words a reader must find with a rule: its stage's name, its scope and its caveats. */
function conditionWords(e: EditionSource, rule: Pick<ResponseRule, 'scope' | 'caveats'> & { stage?: string | undefined }): string[] {
  const stageName = rule.stage
    ? e.policy.clauses
        .flatMap(function steps(c): Array<{ id: string; name: string }> {
          return [...c.body.flatMap((b) => (typeof b === 'object' && 'flow' in b ? b.flow : [])), ...(c.clauses ?? []).flatMap(steps)];
        })
        .find((s) => s.id === rule.stage)?.name
    : undefined;
  return [stageName, rule.scope?.quote, ...rule.caveats.map((c) => c.quote)].filter((w): w is string => !!w);
}
const conditioned = (e: EditionSource) => e.edition.rules.filter((r) => conditionWords(e, r).length > 0);

/** The list item that shows a rule: the one whose quote is the rule's quote. */
function itemShowing(items: Iterable<Element>, quote: string): Element | undefined {
  return [...items].find((li) => [...li.querySelectorAll(':scope > q')].some((q) => squash(q.textContent) === squash(quote)));
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('rules shown on their own carry their stage, scope and caveats', () => {
  it('some edition records conditions (the test has something to check)', () => {
    expect(content.editions.flatMap(conditioned).length).toBeGreaterThan(20);
  });

  for (const e of content.editions) {
    describe(e.slug, () => {
      it('on its home page, beside each rule', () => {
        const { document } = parseHTML(readPage(`/${e.slug}/`));
        const items = document.querySelectorAll('section[aria-labelledby="rules"] .cited-list > li');
        for (const rule of conditioned(e)) {
          const li = itemShowing(items, rule.quote!);
          expect(li, rule.quote).toBeDefined();
          for (const word of conditionWords(e, rule)) expect(squash(li!.textContent), `${rule.quote} → ${word}`).toContain(squash(word));
        }
      });

      it('in the comparison, beside each rule it compares', () => {
        const { document } = parseHTML(readPage('/compare/'));
        const compared = new Set<string>(RULE_TOPICS.flatMap((t) => t.kinds));
        for (const rule of conditioned(e).filter((r) => compared.has(r.kind))) {
          const rows = [...document.querySelectorAll('.rules-table tbody tr')].filter((tr) => tr.querySelector('th')?.textContent === e.edition.city.name);
          const li = itemShowing(rows.flatMap((tr) => [...tr.querySelectorAll('.rule-entries > li')]), rule.quote!);
          expect(li, rule.quote).toBeDefined();
          for (const word of conditionWords(e, rule)) expect(squash(li!.textContent), `${rule.quote} → ${word}`).toContain(squash(word));
        }
      });

      it("in the check guide's last step, for each rule its quotes state", () => {
        if (!e.check) return;
        const { document } = parseHTML(readPage(`/${e.slug}/check/`));
        const step = squash(document.querySelector('#step-next')?.textContent);
        for (const rule of conditioned(e).filter((r) => e.check!.next.some((n) => squash(n.quote).includes(squash(r.quote))))) {
          for (const word of conditionWords(e, rule)) expect(step, `${rule.quote} → ${word}`).toContain(squash(word));
        }
      });

      it('on a counter card: the scope in the item or the heading above it, stage and caveats on the card', () => {
        for (const poster of e.posters.filter((p) => p.kind === 'counter-card')) {
          poster.lines.forEach((line, i) => {
            if (line.role !== 'item') return;
            const heading = [...poster.lines.slice(0, i)].reverse().find((l) => l.role === 'heading');
            const headline = poster.lines.find((l) => l.role === 'headline');
            const near = squash([line.text, heading?.text, headline?.text].join(''));
            const card = squash(poster.lines.map((l) => l.text).join(''));
            for (const rule of e.edition.rules.filter((r) => r.clause === line.clause && squash(line.text).includes(squash(r.quote)))) {
              if (rule.scope) expect(near, `${poster.id}: ${line.text} → ${rule.scope.quote}`).toContain(squash(rule.scope.quote));
              for (const word of conditionWords(e, { ...rule, scope: undefined })) expect(card, `${poster.id}: ${line.text} → ${word}`).toContain(squash(word));
            }
          });
        }
      });
    });
  }
});
