/**
 * The search page's island: runs the query in the URL on load (?q=, ?city=), searches as the
 * resident types (never mid-IME-composition), keeps the URL shareable, and announces the count.
 * Results carry data-results-for="<query as typed>" once they are on screen. When no page has
 * every word typed, the pages with most of them are shown as partial matches, each with the
 * words it contains; when none of the words occurs anywhere, the FAQ lists are offered.
 */
import type { Lexicon } from '../lib/search/lexicon.ts';
import { needsKanjiReadings, readingsByKanji, type KanjiReadings } from '../lib/search/homophones.ts';
import { EMPTY_LEXICON, planQuery, runPlan, type GlossaryEntry, type Ranked } from '../lib/search/query.ts';
import { looksEnglish, planEnglishQuery } from '../lib/search/query-en.ts';
import { normalizeText } from '../lib/search/normalize.ts';
import { bundlePath, mergeLexicons } from '../lib/search/bundles.ts';
import { GIVES_FILTER } from '../lib/search/answer-kinds.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
interface Hit extends Fragment {
  title: string;
  type?: string | undefined;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(basePath: string): Promise<void>;
  destroy(): Promise<void>;
  search(q: string, o?: object): Promise<{ results: Array<{ id: string; score: number; data(): Promise<Fragment> }> }>;
}

const SHOWN = 10;
const withoutSpaces = (s: string) => s.replace(/\s+/g, '');

/** A gzipped JSON file of the search; `fallback` if it cannot be read (kana, base forms and homophones then go as typed). */
async function loadGzipJson<T>(url: string, fallback: T): Promise<T> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return fallback;
    return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as T;
  } catch {
    return fallback;
  }
}

/**
 * Pagefind over the chosen edition's bundle, or over every edition's merged (src/lib/search/bundles.ts),
 * with the lexicon of the same pages. Pagefind's module is one per page: a new choice starts it again.
 */
function searchEngine(form: HTMLFormElement) {
  const root = form.dataset.root!;
  const lexicons = new Map<string, Promise<Lexicon>>();
  const lexiconOf = (slug: string) => {
    let lexicon = lexicons.get(slug);
    if (!lexicon) lexicons.set(slug, (lexicon = loadGzipJson<Lexicon>(`${bundlePath(root, slug)}${form.dataset.lexicon}`, { ...EMPTY_LEXICON })));
    return lexicon;
  };
  let chosen = '';
  let engine: Promise<[Pagefind, Lexicon]> | undefined;
  return (slugs: string[]): Promise<[Pagefind, Lexicon]> => {
    if (engine && chosen === slugs.join(' ')) return engine;
    const previous = engine;
    chosen = slugs.join(' ');
    engine = (async () => {
      const pf = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      if (previous) await (await previous.catch(() => [pf]))[0].destroy();
      // The main thread is enough for one government's pages, and saves the worker's download.
      await pf.options({ basePath: bundlePath(root, slugs[0]!), excerptLength: 36, noWorker: true });
      await Promise.all(slugs.slice(1).map((slug) => pf.mergeIndex(bundlePath(root, slug))));
      const lexicon = slugs.length === 1 ? await lexiconOf(slugs[0]!) : mergeLexicons(await Promise.all(slugs.map(lexiconOf)));
      return [pf, { ...lexicon }];
    })();
    return engine;
  };
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const city = form.querySelector<HTMLSelectElement>('select[name=city]');
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const faqLists = document.querySelector<HTMLElement>('#search-faq-lists')!;
  const glossary: GlossaryEntry[] = JSON.parse(document.querySelector('#search-glossary')!.textContent ?? '[]');
  const text = JSON.parse(document.querySelector('#search-text')!.textContent ?? '{}') as Record<string, string>;
  // The page's language: its pages are searched (Pagefind keeps an index per language; plain Japanese is a version filter).
  const language = form.dataset.language ?? 'ja';
  const english = document.querySelector<HTMLElement>('#search-english');
  let composing = false;
  let timer: number | undefined;
  let latest = 0;
  const engine = searchEngine(form);
  let kanji: Promise<Map<string, string[]>> | undefined;

  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

  async function run() {
    const typed = input.value.trim();
    const edition = city?.value ?? form.dataset.city ?? '';
    const params = new URLSearchParams();
    if (typed) params.set('q', typed);
    if (city?.value) params.set('city', city.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    const run = ++latest;
    faqLists.hidden = true;
    if (!typed) {
      list.replaceChildren();
      list.removeAttribute('data-results-for');
      status.textContent = '';
      return;
    }
    const slugs = edition ? [edition] : form.dataset.all !== undefined && city ? [...city.options].map((o) => o.value).filter(Boolean) : [];
    if (!slugs.length) {
      list.replaceChildren();
      status.textContent = text.chooseEdition!;
      return;
    }
    const [pf, lexicon] = await engine(slugs);
    if (run !== latest) return;
    // Only a query with a kanji word the pages never use fetches the kanji readings (about 10 KB).
    if (form.dataset.kanjiReadings && !lexicon.kanji && needsKanjiReadings(normalizeText(typed), lexicon))
      lexicon.kanji = await (kanji ??= loadGzipJson<KanjiReadings>(form.dataset.kanjiReadings, {}).then(readingsByKanji));
    const filters = { version: language };
    const plan = language === 'en' ? planEnglishQuery(typed, glossary, lexicon) : planQuery(typed, glossary, lexicon);
    const ranked = await runPlan<Hit>(plan, async (word, gives) =>
      (await pf.search(word, { filters: gives ? { ...filters, [GIVES_FILTER]: gives } : filters })).results.map((r) => ({
        id: r.id,
        score: r.score,
        data: async () => {
          const d = await r.data();
          return { ...d, title: d.meta.title ?? d.url, type: d.meta.type };
        },
      })),
    );
    if (run !== latest) return; // a newer query has started
    // An English query on the Japanese page: the English pages answer it.
    if (english) {
      english.hidden = !looksEnglish(typed);
      english.querySelector('a')!.href = `${form.dataset.english}?${params}`;
    }
    const shown = ranked.slice(0, SHOWN);
    const partial = shown.length > 0 && !shown[0]!.complete;
    list.replaceChildren(...shown.map((r) => renderHit(r, partial)));
    list.dataset.resultsFor = typed;
    const count = shown.length;
    status.textContent = fill(count === 0 ? text.none! : partial ? text.partial! : text.found!, { query: typed, count });
    if (count === 0) {
      for (const li of faqLists.querySelectorAll<HTMLElement>('li[data-city]')) li.hidden = !!edition && li.dataset.city !== edition;
      faqLists.hidden = false;
    }
  }

  function renderHit({ hit, matched }: Ranked<Hit>, partial: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const where = document.createElement('p');
    where.className = 'result-city';
    where.textContent = [hit.meta.city, hit.type === 'clause' ? `${hit.meta.document}\u3000${text.clauseOf}` : '', hit.meta.context].filter(Boolean).join(' › ');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text; it adds only <mark>.
    li.append(where, heading);
    // A listed item is its own title: an excerpt that only repeats the title is left out.
    if (!withoutSpaces(hit.title).includes(withoutSpaces(excerpt.textContent ?? ''))) li.append(excerpt);
    if (partial) {
      const words = document.createElement('p');
      words.className = 'result-matched';
      words.textContent = `${text.matchedWords}${matched.map((w) => fill(text.matchedWord!, { word: w })).join('')}`.trim();
      li.append(words);
    }
    const subs = hit.sub_results.filter((s) => s.url !== hit.url).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'sub-results';
      for (const s of subs) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  };
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (e) => {
    if (!composing && !(e as InputEvent).isComposing) schedule();
  });
  city?.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    run();
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (city && params.get('city')) city.value = params.get('city')!;
  form.classList.add('ready');
  if (input.value) run();
}
