/**
 * Every citation names the source of the clause it cites: each 根拠 link on every built page (and
 * each cell of the comparison), each FAQ's 出典 line, the introductions that say what a page rests
 * on, the JSON-LD of each page, and every citation in each edition's open data (policy.json).
 * The source of each clause is read from the content as authored (a section's `source`, inherited
 * below it), independently of the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, ListItem, Source } from '../../src/schema/index.ts';
import type { EditionSource } from '../../src/lib/content/read-content.ts';
import { wordsFor } from '../../src/lib/words.ts';
import { realContent } from '../helpers/content.ts';
import { DIST, distExists, htmlPages, readPage } from '../helpers/dist.ts';

const content = realContent();
const bySlug = new Map(content.editions.map((e) => [e.slug, e]));

/** Anchor → source id, by walking the authored clause tree: a clause's own source, else its parent's, else the main document's. */
function sourcesOf(e: EditionSource): Map<string, string> {
  const out = new Map<string, string>();
  const items = (list: ListItem[], source: string) => {
    for (const i of list) {
      if (i.id) out.set(i.id, source);
      items(i.items ?? [], source);
    }
  };
  const walk = (clauses: Clause[], inherited: string) => {
    for (const c of clauses) {
      const source = c.source ?? inherited;
      out.set(c.id, source);
      for (const b of c.body) {
        if (typeof b !== 'object') continue;
        if ('list' in b) items(b.list, source);
        if ('flow' in b)
          for (const s of b.flow) {
            out.set(s.id, source);
            for (const l of [s.actions, s.cautions, s.closing]) items(l, source);
          }
      }
      walk(c.clauses ?? [], source);
    }
  };
  walk(e.policy.clauses, e.edition.document.source);
  return out;
}
const anchorSources = new Map(content.editions.map((e) => [e.slug, sourcesOf(e)]));
const sourceOf = (slug: string, anchor: string): Source => {
  const e = bySlug.get(slug)!;
  const id = anchorSources.get(slug)!.get(anchor);
  expect(id, `${slug}#${anchor} is not a clause of the edition`).toBeDefined();
  return e.edition.sources.find((s) => s.id === id)!;
};
/** The words that can name a source: its title, or the word for its kind. */
const names = (slug: string, s: Source) => {
  const e = bySlug.get(slug)!.edition;
  const t = wordsFor('ja');
  const kind = s.kind ? t(`sourceKind.${s.kind}`) : s.id === e.document.source ? t(`documentKind.${e.document.kind}`) : undefined;
  return [s.title, ...(kind ? [kind] : [])];
};
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const namesIn = (text: string, slug: string, s: Source) => names(slug, s).some((n) => squash(text).includes(squash(n)));

const CLAUSE_LINK = /^\/([a-z0-9-]+)\/policy\/#(.+)$/;

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
});

describe('every 根拠 link on every page names the source of the clause it links to', () => {
  const pages = htmlPages().filter((p) => !p.endsWith('/policy/'));
  let checked = 0;

  for (const path of pages) {
    it(path, () => {
      const { document } = parseHTML(readPage(path));
      for (const cite of document.querySelectorAll('main .cite')) {
        for (const a of cite.querySelectorAll('a')) {
          const m = CLAUSE_LINK.exec(a.getAttribute('href') ?? '');
          if (!m) continue;
          const source = sourceOf(m[1]!, m[2]!);
          expect(a.getAttribute('data-source'), `${path}: ${a.textContent}`).toBe(source.id);
          expect(namesIn(a.textContent ?? '', m[1]!, source), `${path}: 「${a.textContent}」 does not name ${source.title}`).toBe(true);
          checked += 1;
        }
      }
      // The comparison's cells quote the city's words as links: the cell or its column header names the source.
      for (const a of document.querySelectorAll('main td a, main .only-one-list a')) {
        const m = CLAUSE_LINK.exec(a.getAttribute('href') ?? '');
        if (!m || a.closest('.cite')) continue;
        const source = sourceOf(m[1]!, m[2]!);
        const cell = (a.closest('td') ?? a.closest('li'))!;
        const table = a.closest('table');
        const column = table && cell.tagName === 'TD' ? table.querySelectorAll('thead th')[[...cell.parentElement!.children].indexOf(cell)] : undefined;
        expect(a.getAttribute('data-source')).toBe(source.id);
        expect(namesIn(`${cell.textContent}${column?.textContent ?? ''}`, m[1]!, source), `${path}: ${a.textContent}`).toBe(true);
        checked += 1;
      }
    });
  }

  it('found citations to check (hundreds of them)', () => {
    expect(checked).toBeGreaterThan(500);
  });
});

describe('the words that say what a page rests on', () => {
  for (const e of content.editions) {
    const faqSources = (ids: string[]) => [...new Set(ids.map((a) => sourceOf(e.slug, a).id))].map((id) => e.edition.sources.find((s) => s.id === id)!);

    it(`${e.slug}: each FAQ's 出典 line and its JSON-LD name every source its answer cites, and no other`, () => {
      for (const faq of e.faqs) {
        const { document } = parseHTML(readPage(`/${e.slug}/faq/${faq.id}/`));
        const line = [...document.querySelectorAll('.citations p')].find((p) => p.textContent?.startsWith('出典：'))!.textContent!;
        const cited = faqSources(faq.data.cites.map((c) => c.clause));
        for (const s of cited) expect(line, faq.id).toContain(s.title);
        for (const s of e.edition.sources.filter((x) => !cited.includes(x))) expect(line, faq.id).not.toContain(`「${s.title}」`);
        const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
        expect(ld.isBasedOn.map((b: { name: string }) => b.name).sort(), faq.id).toEqual(cited.map((s) => s.title).sort());
      }
    });

    it(`${e.slug}: the FAQ list, home page sections and posters page introductions name every source they rest on`, () => {
      const intro = (path: string, selector: string) => parseHTML(readPage(path)).document.querySelector(selector)?.textContent ?? '';
      if (e.faqs.length > 0) {
        const lead = intro(`/${e.slug}/faq/`, 'main .lead');
        for (const s of faqSources(e.faqs.flatMap((f) => f.data.cites.map((c) => c.clause)))) expect(lead).toContain(s.title);
      }
      const rulesIntro = intro(`/${e.slug}/`, '#rules + p');
      for (const s of faqSources(e.edition.rules.map((r) => r.clause))) expect(rulesIntro).toContain(s.title);
      if (e.posters.length > 0) {
        const lead = intro(`/${e.slug}/posters/`, 'main .lead');
        for (const s of faqSources(e.posters.flatMap((p) => p.lines.map((l) => l.clause)))) expect(lead).toContain(s.title);
      }
    });

    it(`${e.slug}: a page resting on a third party's report says so, and names it as such`, () => {
      const reported = e.edition.sources.filter((s) => s.kind === 'case-study');
      const cited = faqSources(e.faqs.flatMap((f) => f.data.cites.map((c) => c.clause)));
      const { document } = parseHTML(readPage(`/${e.slug}/faq/`));
      const callout = document.querySelector('main .callout')?.textContent ?? '';
      for (const s of reported.filter((r) => cited.includes(r))) {
        expect(callout).toContain('第三者');
        expect(callout).toContain(s.title);
      }
      if (!reported.some((r) => cited.includes(r))) expect(callout).not.toContain('第三者');
    });

    it(`${e.slug}: each poster's text alternative carries the source line of the sources its lines come from`, () => {
      const { document } = parseHTML(readPage(`/${e.slug}/posters/`));
      for (const poster of e.posters) {
        const alt = document.querySelector(`#${poster.id} img`)?.getAttribute('alt') ?? '';
        for (const s of faqSources(poster.lines.map((l) => l.clause))) expect(alt, poster.id).toContain(`「${s.title}」`);
      }
    });
  }
});

describe('open data: every citation in policy.json names the source of the clause it cites', () => {
  for (const e of content.editions) {
    it(e.slug, () => {
      const json = JSON.parse(readFileSync(join(DIST, e.slug, 'policy.json'), 'utf8'));
      const expected = anchorSources.get(e.slug)!;
      // Every clause carries its source, as the authored tree gives it.
      const walk = (clauses: Array<{ id: string; source?: string; clauses?: unknown[] }>) => {
        for (const c of clauses) {
          expect(c.source, c.id).toBe(expected.get(c.id));
          walk((c.clauses ?? []) as typeof clauses);
        }
      };
      walk(json.clauses);
      const cites = [...json.rules, ...json.measures, ...json.faqs.flatMap((f: { cites: unknown[] }) => f.cites)] as Array<{ clause: string; source: string }>;
      // Exactly the citations the content gives (what the importer suggested and no one confirmed is not published).
      const authored = [...e.edition.rules, ...e.edition.measures].filter((x) => !x.suggested).length + e.faqs.filter((f) => !f.data.suggested).flatMap((f) => f.data.cites).length;
      expect(cites.length).toBe(authored);
      for (const c of cites) expect(c.source, c.clause).toBe(expected.get(c.clause));
      const ids = new Set(e.edition.sources.map((s) => s.id));
      for (const c of cites) expect(ids.has(c.source)).toBe(true);
    });
  }
});
