/**
 * Search as residents type it, measured in Chromium against the built site. Two query sets:
 * tests/search/queries.yaml (the tuning set: what the glossary and the query layer were shaped on)
 * and tests/search/held-out.yaml (written blind, before any fix; never tuned on). Each query is
 * typed into /search/ with its city, and the rank of the first result (or sub-result) that answers
 * it is taken: an FAQ page, or a policy clause /<slug>/policy/#<id>. Reports hit@5, MRR and empty
 * answers for the query layer and for Pagefind alone, for both sets.
 * Also fails when the ranking hangs on a near tie: with Pagefind's scores moved 2% against each
 * answer, the tuning set must stay above its bar (a small wording change once flipped two answers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { skipBrowserSuite } from '../../src/tooling/chromium.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { DIST, htmlPages, readPage } from '../helpers/dist.ts';
import { writeJson } from '../helpers/report.ts';
import { answers, firstHit, metrics, type RankedResult, type SetMetrics } from '../helpers/search-metrics.ts';
import { planQuery, runPlan, type GlossaryEntry, type QueryPlan } from '../../src/lib/search/query.ts';
import { GIVES_FILTER } from '../../src/lib/search/answer-kinds.ts';
import { planEnglishQuery } from '../../src/lib/search/query-en.ts';
import { pagefindOf } from '../helpers/pagefind.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { ENGLISH_LEXICON_FILE, KANJI_READINGS_FILE, LEXICON_FILE } from '../../src/lib/search/lexicon-file.ts';
import { readingsByKanji, type KanjiReadings } from '../../src/lib/search/homophones.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';

interface Query {
  q: string;
  city: string;
  expect: string[];
}

interface QuerySet {
  name: string;
  file: string;
  /**
   * The bar the query layer must reach on this set: hit@5 and MRR. No set may have an empty answer
   * where the city's pages hold one of the query's words (issue 13); an empty answer is right only
   * when none of them occurs there.
   */
  bar: { hitAt5: number; mrr: number };
  /** A set in another language is typed into that language's search page, and answered by its pages. */
  language?: 'en';
}

/** /sakaide/faq/dogeza/ → /sakaide/en/faq/dogeza/: a set names the Japanese pages, which each language mirrors. */
const inLanguage = (path: string, language?: string) => (language ? path.replace(/^\/([a-z0-9-]+)\//, `/$1/${language}/`) : path);
const queriesOf = (set: QuerySet) => load(set.file).map((q) => ({ ...q, expect: q.expect.map((e) => inLanguage(e, set.language)) }));

/**
 * The bars, with a tolerance below what the query layer reaches (raise them when search
 * improves, never lower them). The held-out set is the figure that counts; the issue's target
 * for it (hit@5 0.95, MRR 0.90, no empty answer) is not reached yet: see the README.
 * The tuning set's MRR is lower than before issue 13 because 16 queries were added whose answers
 * are clauses and fragments, where an FAQ that cites the same words ranks first by design.
 * Lowered once, on 2026-12-03, and said so in the README: one Pagefind bundle per government (national
 * scale) weighs words by that government's pages alone, which moved 35 of 525 answers both ways and
 * cost held-out 2 queries (hit@5 0.951 → 0.926) and the English set MRR 0.732 → 0.717.
 */
const SETS: QuerySet[] = [
  { name: 'tuning', file: 'tests/search/queries.yaml', bar: { hitAt5: 0.95, mrr: 0.82 } },
  { name: 'held-out', file: 'tests/search/held-out.yaml', bar: { hitAt5: 0.91, mrr: 0.86 } },
  { name: 'held-out-2', file: 'tests/search/held-out-2.yaml', bar: { hitAt5: 0.88, mrr: 0.77 } },
  // Written blind on 2026-12-02 before that day's changes: 0.880 → 0.893 hit@5 with the first (a particle
  // ends a word), 0.920 with homophones (whose typos were seen among the misses: not blind for them).
  { name: 'held-out-3', file: 'tests/search/held-out-3.yaml', bar: { hitAt5: 0.9, mrr: 0.79 } },
  // Written blind on 2026-12-03 from each edition's policy, FAQ and edition files only, and measured before any
  // change: 0.787 / 0.652 / 0. The figure that says where Japanese search stands for issue 13 (target 0.95 / 0.90).
  { name: 'held-out-4', file: 'tests/search/held-out-4.yaml', bar: { hitAt5: 0.78, mrr: 0.65 } },
  // Written blind on 2026-12-04 by another helper, same rules, and measured on main before any change:
  // 0.880 / 0.746 / 0; 0.880 / 0.771 with the answer kinds (its "when" misses were read for them). The bar is one query below.
  { name: 'held-out-5', file: 'tests/search/held-out-5.yaml', bar: { hitAt5: 0.86, mrr: 0.75 } },
  // Written blind on 2026-12-04 by a third helper (25 of its queries ask when / how long / how many / who / where),
  // measured on main with its misses left unread: 0.840 / 0.746 / 0. It judged the answer kinds (2026-12-04, a
  // record giving the date or number a question asks for covers one more of its concepts): 0.840 / 0.763.
  { name: 'held-out-6', file: 'tests/search/held-out-6.yaml', bar: { hitAt5: 0.82, mrr: 0.75 } },
  // Written blind on 2026-12-07 (a helper, same rules, 75 queries) and measured before that session's change:
  // 0.853 / 0.718, 1 empty where the pages hold none of its words. The bar is one query below.
  { name: 'held-out-7', file: 'tests/search/held-out-7.yaml', bar: { hitAt5: 0.84, mrr: 0.7 } },
  // Written blind on 2026-12-07 (a later helper, same rules, 75 queries), measured with its misses unread:
  // 0.947 / 0.921 / 0 (Pagefind alone 0.307: its queries share more words with the pages than held-out-7's).
  { name: 'held-out-8', file: 'tests/search/held-out-8.yaml', bar: { hitAt5: 0.93, mrr: 0.9 } },
  // English (issue 15; target hit@5 ≥ 0.9, not reached): the English glossary and spelling were shaped on
  // english-tuning only. english (2026-12-01) and english-held-out-2 (2026-12-02) were written blind before
  // that work: 0.844 → 0.911 and 0.675 → 0.800 hit@5 with it (home pages ranked after answers included).
  // Each bar sits just below what is reached.
  { name: 'english-tuning', file: 'tests/search/english-tuning.yaml', bar: { hitAt5: 0.97, mrr: 0.8 }, language: 'en' },
  { name: 'english', file: 'tests/search/english.yaml', bar: { hitAt5: 0.9, mrr: 0.7 }, language: 'en' },
  { name: 'english-held-out-2', file: 'tests/search/english-held-out-2.yaml', bar: { hitAt5: 0.77, mrr: 0.62 }, language: 'en' },
  // Written blind on 2026-12-02; no English change since: 0.825 hit@5.
  { name: 'english-held-out-3', file: 'tests/search/english-held-out-3.yaml', bar: { hitAt5: 0.8, mrr: 0.7 }, language: 'en' },
  // Written blind on 2026-12-03 from the Japanese policy and FAQ files only, before any change was measured on it:
  // 0.825 hit@5, 0.693 MRR. It decides the thesaurus of branch thesaurus-wip (0.850 / 0.700 there).
  { name: 'english-held-out-4', file: 'tests/search/english-held-out-4.yaml', bar: { hitAt5: 0.8, mrr: 0.67 }, language: 'en' },
  // Written blind on 2026-12-03 (a second helper, same rules) and measured before any change: 0.750 / 0.532.
  { name: 'english-held-out-5', file: 'tests/search/english-held-out-5.yaml', bar: { hitAt5: 0.75, mrr: 0.53 }, language: 'en' },
  // Written blind on 2026-12-07 (a helper, same rules, 60 queries) and measured before that day's change: 0.767 / 0.645.
  // The words of a list kept apart from its item's (page-text.ts) left it unchanged. The bar is one query below.
  { name: 'english-held-out-6', file: 'tests/search/english-held-out-6.yaml', bar: { hitAt5: 0.75, mrr: 0.63 }, language: 'en' },
  // Written blind on 2026-12-07 (a second helper that day, 60 queries), measured before the English answer
  // kinds: 0.967 / 0.839; with them (a past "when", "how long", "how many staff"): 0.967 / 0.852.
  { name: 'english-held-out-7', file: 'tests/search/english-held-out-7.yaml', bar: { hitAt5: 0.95, mrr: 0.83 }, language: 'en' },
  // Written blind with held-out-8, measured with its misses unread: 0.967 / 0.776 / 0 (Pagefind alone 0.300).
  { name: 'english-held-out-8', file: 'tests/search/english-held-out-8.yaml', bar: { hitAt5: 0.95, mrr: 0.76 }, language: 'en' },
];

const load = (file: string) => parse(readFileSync(file, 'utf8')) as Query[];
type Glossary = Array<GlossaryEntry & { kept?: string }>;
const glossary = parse(readFileSync('content/shared/search-glossary.yaml', 'utf8')) as Glossary;
const englishGlossary = parse(readFileSync('content/shared/search-glossary.en.yaml', 'utf8')) as Glossary;

/** A language's query layer as the search page runs it: its tuning set, glossary, lexicon and pages. */
interface Layer {
  set: QuerySet;
  glossary: Glossary;
  lexiconFile: string;
  version: 'ja' | 'en';
  plan: (q: string, lexicon: Lexicon) => QueryPlan;
}
const setNamed = (name: string) => SETS.find((s) => s.name === name)!;
const LAYERS: Layer[] = [
  { set: setNamed('tuning'), glossary, lexiconFile: LEXICON_FILE, version: 'ja', plan: (q, lexicon) => planQuery(q, glossary, lexicon) },
  { set: setNamed('english-tuning'), glossary: englishGlossary, lexiconFile: ENGLISH_LEXICON_FILE, version: 'en', plan: (q, lexicon) => planEnglishQuery(q, englishGlossary, lexicon) },
];
const gzipJson = <T>(...path: string[]) => JSON.parse(gunzipSync(readFileSync(join(DIST, 'pagefind', ...path))).toString('utf8')) as T;
/** A layer's lexicon of a city, as its search page has it, with the kanji readings it fetches for a word the pages lack. */
const lexicons = new Map<string, Lexicon>();
function lexiconOf(layer: Layer, city: string): Lexicon {
  const key = `${layer.version}:${city}`;
  if (!lexicons.has(key)) {
    const lexicon = gzipJson<Lexicon>(city, layer.lexiconFile);
    if (layer.version === 'ja') lexicon.kanji = readingsByKanji(gzipJson<KanjiReadings>(KANJI_READINGS_FILE));
    lexicons.set(key, lexicon);
  }
  return lexicons.get(key)!;
}

/** How far Pagefind's scores may move against an answer without losing the bar. */
const SCORE_NOISE = 0.02;
const skip = skipBrowserSuite();

/** A language's search page: /search/ in Japanese, /<language>/search/ in another. */
const searchPath = (language?: string) => `${language && language !== 'ja' ? `/${language}` : ''}/search/`;

/**
 * The query typed into the language's search page and submitted, as a resident would search again from
 * the results: the page is opened once (with the first query in its address), then reused, so that 500-odd
 * queries do not each load the page and start Pagefind again (that took 4 of CI's 30 minutes).
 */
async function viaSearchPage(page: Page, origin: string, { q, city }: Query, language?: string): Promise<RankedResult[]> {
  const path = searchPath(language);
  if (!page.url().startsWith(`${origin}${path}`)) await page.goto(`${origin}${path}?${new URLSearchParams({ q, city })}`);
  else
    await page.evaluate(
      ({ q, city }) => {
        const form = document.querySelector<HTMLFormElement>('#search-form')!;
        document.querySelector('#search-results')!.removeAttribute('data-results-for');
        const select = form.querySelector<HTMLSelectElement>('select[name=city]');
        if (select) select.value = city;
        form.querySelector<HTMLInputElement>('input[name=q]')!.value = q;
        form.requestSubmit();
      },
      { q, city },
    );
  await page.waitForFunction((typed) => document.querySelector<HTMLElement>('#search-results')?.dataset.resultsFor === typed, q, { timeout: 15_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-results > li')].map((li) => ({
      url: li.querySelector('h2 a')!.getAttribute('href')!,
      subResults: [...li.querySelectorAll('.sub-results a')].map((a) => a.getAttribute('href')!),
    })),
  );
}

/**
 * Pagefind's own search, its top 10 with the sub-results its own UI would show (the 3 sections
 * with most matches, the page itself left out).
 */
async function viaPagefindAlone(page: Page, { q, city }: Query, language = 'ja'): Promise<RankedResult[]> {
  return page.evaluate(`(async () => {
    const pf = await ${pagefindOf(city)};
    const found = await pf.search(${JSON.stringify(q)}, { filters: { version: ${JSON.stringify(language)} } });
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => {
      const subs = d.sub_results.filter((s) => s.url !== d.url);
      const top = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3).map((s) => s.url);
      return { url: d.url, subResults: subs.filter((s) => top.includes(s.url)).map((s) => s.url) };
    });
  })()`);
}

/** Every page Pagefind finds for a word in the open search page, with what ranking reads of it. */
async function pagefindWord(page: Page, word: string, city: string, version: string, gives?: string): Promise<Array<{ id: string; score: number; url: string; title: string; type?: string }>> {
  const filters = { version, ...(gives && { [GIVES_FILTER]: gives }) };
  const search = () => page.evaluate<Array<{ id: string; score: number; url: string; title: string; type?: string }>>(`(async () => {
    const pf = await ${pagefindOf(city)};
    const found = (await pf.search(${JSON.stringify(word)}, { filters: ${JSON.stringify(filters)} })).results;
    const data = await Promise.all(found.map((r) => r.data()));
    return data.map((d, i) => ({ id: found[i].id, score: found[i].score, url: d.url, title: d.meta.title ?? d.url, type: d.meta.type }));
  })()`);
  // Chromium now and then drops a pending evaluate's promise ("Resulting promise was garbage collected"):
  // the search is read-only, so it is asked again once.
  return search().catch((error: Error) => (/garbage collected/.test(error.message) ? search() : Promise.reject(error)));
}

/**
 * The search page's own query layer, run here with Pagefind's scores moved `noise` against the
 * expected pages; also says which glossary entries the answer was found through.
 */
async function layerHere(page: Page, layer: Layer, lexicon: Lexicon, { q, city, expect: expected }: Query, noise: number) {
  const plan = layer.plan(q, lexicon);
  const byWord = new Map<string, string[]>();
  const ranked = await runPlan(plan, async (word, gives) => {
    const found = await pagefindWord(page, word, city, layer.version, gives);
    if (!gives) byWord.set(word, found.map((h) => h.url));
    return found.map((h) => ({ id: h.id, score: h.score * (expected.some((e) => answers(h.url, e)) ? 1 - noise : 1 + noise), data: async () => h }));
  });
  const results = ranked.map((r) => ({ url: r.hit.url, subResults: [] }));
  const answer = results[firstHit(results, expected) - 1]?.url;
  // An entry serves a query when the answer contains its policy words but none of the words typed for it.
  const served = plan.concepts
    .filter((c) => c.glossary && answer)
    .filter((c) => {
      const entry = layer.glossary.find((e) => e.id === c.glossary)!;
      const means = new Set(entry.means.map(normalizeText));
      const via = (words: string[]) => words.some((w) => byWord.get(w)?.includes(answer!));
      return via(c.words.filter((w) => means.has(w))) && !via(c.words.filter((w) => !means.has(w)));
    })
    .map((c) => c.glossary!);
  return { results, matched: plan.concepts.flatMap((c) => (c.glossary ? [c.glossary] : [])), served };
}

/** The text of the pages the search answers from, for one city in one language. */
const searchedText = new Map<string, string>();
function cityText(city: string, language = 'ja'): string {
  const key = `${city}:${language}`;
  if (!searchedText.has(key)) {
    const root = language === 'ja' ? `/${city}/` : `/${city}/${language}/`;
    const inLanguage = (path: string) => path.startsWith(root) && (language !== 'ja' || !/^\/[^/]+\/(?:en|easy)\//.test(path));
    const pages = htmlPages().filter(inLanguage).map((path) => readPage(path)).filter((html) => html.includes('data-pagefind-body'));
    searchedText.set(key, normalizeText(pages.map((html) => html.replace(/<[^>]+>/g, ' ')).join(' ')));
  }
  return searchedText.get(key)!;
}

/** The query's own words (what was typed, its base forms and stems; not what the glossary adds) that the city's pages hold. */
function wordsOnPages(plan: QueryPlan, glossaryOf: Glossary, city: string, language?: string): string[] {
  const added = new Set(glossaryOf.flatMap((e) => e.means.map(normalizeText)));
  const own = plan.concepts.flatMap((c) => [c.label, ...c.words.filter((w) => !added.has(w))]).map(normalizeText);
  const text = cityText(city, language);
  // A Latin word must begin a word of the pages ("spat" is not in "dispatched"); Japanese has no spaces to tell.
  const holds = (w: string) => (/^[a-z]/.test(w) ? new RegExp(`(?<![a-z])${w.replace(/[^a-z0-9]/g, '\\$&')}`).test(text) : text.includes(w));
  return [...new Set(own)].filter((w) => w.length >= (/^[a-z]/.test(w) ? 3 : 2) && holds(w));
}

const line = (m: SetMetrics) => `hit@5 ${m.hitAtK.toFixed(3)}, MRR ${m.mrr.toFixed(3)}, empty ${m.empty}`;

describe.skipIf(skip)('search quality', () => {
  const site = useSiteInBrowser(DIST);
  const report: Record<string, unknown> = {};

  // SEARCH_SET=tuning runs one set alone (tune on the tuning set without seeing held-out results).
  for (const set of SETS.filter((s) => !process.env.SEARCH_SET || s.name === process.env.SEARCH_SET)) {
    const queries = queriesOf(set);

    it(`${set.name}: ${queries.length} queries whose expected pages and clauses exist`, () => {
      // Issue 13 asks 60 queries of a Japanese set, issue 15 at least 30 English ones.
      expect(queries.length).toBeGreaterThanOrEqual(set.language ? 30 : 60);
      const pages = new Set(htmlPages());
      const missing = queries.flatMap((q) =>
        q.expect.filter((e) => {
          const [path, anchor] = e.split('#') as [string, string | undefined];
          return !pages.has(path) || (anchor !== undefined && !readPage(path).includes(`id="${anchor}"`));
        }),
      );
      expect(missing).toEqual([]);
    });

    it(`${set.name}: finds the answer in the top 5`, async () => {
      // The search page on one tab, Pagefind alone on another (its module is one per page); queries grouped
      // by city, so that each tab starts a city's index once (the figures do not depend on the order).
      const page = await site.browser.newPage();
      const alonePage = await site.browser.newPage();
      await alonePage.goto(site.origin + searchPath(set.language));
      const layered: number[] = [];
      const layeredCounts: number[] = [];
      const alone: number[] = [];
      const aloneCounts: number[] = [];
      const misses: string[] = [];
      const layer = LAYERS.find((l) => l.version === (set.language ?? 'ja'))!;
      const wronglyEmpty: string[] = [];
      for (const query of [...queries].sort((a, b) => a.city.localeCompare(b.city))) {
        const [shown, raw] = await Promise.all([viaSearchPage(page, site.origin, query, set.language), viaPagefindAlone(alonePage, query, set.language)]);
        layered.push(firstHit(shown, query.expect));
        layeredCounts.push(shown.length);
        alone.push(firstHit(raw, query.expect));
        aloneCounts.push(raw.length);
        if (process.env.SEARCH_DEBUG) console.log(`${set.name} ${query.city} ${query.q} → ${layered.at(-1)} (alone ${alone.at(-1)}): ${shown.slice(0, 3).map((r) => r.url).join(' ')}`);
        const held = shown.length ? [] : wordsOnPages(layer.plan(query.q, lexiconOf(layer, query.city)), layer.glossary, query.city, set.language);
        if (held.length) wronglyEmpty.push(`${query.city} 「${query.q}」: the pages hold ${held.join(', ')}`);
        if (layered.at(-1)! === 0 || layered.at(-1)! > 5) misses.push(`${query.city} 「${query.q}」 → rank ${layered.at(-1) || '-'}${shown.length ? '' : ' (no result)'}`);
      }
      await Promise.all([page.close(), alonePage.close()]);
      const before = metrics(alone, aloneCounts);
      const after = metrics(layered, layeredCounts);
      console.log(`search quality, ${set.name} set (${queries.length} queries): Pagefind alone ${line(before)}; with the query layer ${line(after)}, empty where the pages hold a query word ${wronglyEmpty.length}`);
      if (misses.length) console.log(`${set.name}: not in the top 5:\n  ${misses.join('\n  ')}`);
      report[set.name] = { queries: queries.length, pagefindAlone: before, withQueryLayer: after, misses, wronglyEmpty };
      writeJson('test-results/search-quality.json', report);
      expect(after.hitAtK).toBeGreaterThanOrEqual(set.bar.hitAt5);
      expect(after.mrr).toBeGreaterThanOrEqual(set.bar.mrr);
      expect(wronglyEmpty, 'no result, though the city\'s pages hold a word of the query').toEqual([]);
    }, 300_000);
  }

  for (const layer of LAYERS.filter((l) => !process.env.SEARCH_SET || l.set.name === process.env.SEARCH_SET)) {
    const tuning = layer.set;
    it(`${tuning.name}: keeps its bar when Pagefind's scores move ${SCORE_NOISE * 100}% against each answer; every glossary entry serves a query`, async () => {
      const page = await site.browser.newPage();
      // Pagefind loads the index of the open page's language.
      await page.goto(site.origin + searchPath(layer.version));
      const ranks: number[] = [];
      const use = new Map(layer.glossary.map((e) => [e.id, { matched: 0, served: 0 }]));
      for (const query of queriesOf(tuning)) {
        const { results, matched, served } = await layerHere(page, layer, lexiconOf(layer, query.city), query, SCORE_NOISE);
        ranks.push(firstHit(results, query.expect));
        for (const id of matched) use.get(id)!.matched += 1;
        for (const id of served) use.get(id)!.served += 1;
      }
      await page.close();
      const moved = metrics(ranks);
      console.log(`search quality (${tuning.name}) with scores moved ${SCORE_NOISE * 100}% against each answer: ${line(moved)}`);
      console.log(`glossary use over ${tuning.name} (entry: queries it matched / answers found only through its words):\n  ${[...use].map(([id, u]) => `${id}: ${u.matched}/${u.served}`).join(', ')}`);
      report[`glossaryUse:${tuning.name}`] = Object.fromEntries(use);
      writeJson('test-results/search-quality.json', report);
      expect(moved.hitAtK).toBeGreaterThanOrEqual(tuning.bar.hitAt5);
      expect(moved.mrr).toBeGreaterThanOrEqual(tuning.bar.mrr);
      const idle = layer.glossary.filter((e) => use.get(e.id)!.served === 0 && !e.kept).map((e) => e.id);
      expect(idle, 'glossary entries no tuning query needs: remove them, or say why they stay (kept:)').toEqual([]);
    }, 300_000);
  }
});
