/**
 * The search page's island: runs the query in the URL on load (?q=, ?city=), searches as the
 * resident types (never mid-IME-composition), keeps the URL shareable, and announces the count.
 * Results carry data-results-for="<query as typed>" once they are on screen.
 */
import { planQuery, runPlan, type GlossaryEntry } from '../lib/search/query.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: Array<{ score: number; data(): Promise<Fragment> }> }>;
}

const SHOWN = 10;
/** Results of each Pagefind call considered for ranking (each costs one small fragment download). */
const CANDIDATES = 20;

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const city = form.querySelector<HTMLSelectElement>('select[name=city]');
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const glossary: GlossaryEntry[] = JSON.parse(document.querySelector('#search-glossary')!.textContent ?? '[]');
  const text = JSON.parse(document.querySelector('#search-text')!.textContent ?? '{}') as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;
  let composing = false;
  let timer: number | undefined;
  let latest = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 36 });
      return pf;
    }));

  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

  async function run() {
    const typed = input.value.trim();
    const edition = city?.value ?? form.dataset.city ?? '';
    const params = new URLSearchParams();
    if (typed) params.set('q', typed);
    if (city?.value) params.set('city', city.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    const run = ++latest;
    if (!typed) {
      list.replaceChildren();
      list.removeAttribute('data-results-for');
      status.textContent = '';
      return;
    }
    const pf = await load();
    const filters = edition ? { edition } : undefined;
    const hits = await runPlan(planQuery(typed, glossary), async (attempt) => {
      const found = (await pf.search(attempt, { filters })).results.slice(0, CANDIDATES);
      const data = await Promise.all(found.map((r) => r.data()));
      return data.map((d, i) => ({ ...d, title: d.meta.title ?? d.url, type: d.meta.type, score: found[i]!.score }));
    }, CANDIDATES);
    if (run !== latest) return; // a newer query has started
    list.replaceChildren(...hits.slice(0, SHOWN).map(renderHit));
    list.dataset.resultsFor = typed;
    status.textContent = hits.length ? fill(text.found!, { query: typed, count: Math.min(hits.length, SHOWN) }) : fill(text.none!, { query: typed });
  }

  function renderHit(hit: Fragment): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const where = document.createElement('p');
    where.className = 'result-city';
    where.textContent = hit.meta.city ?? '';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.meta.title ?? hit.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text; it adds only <mark>.
    li.append(where, heading, excerpt);
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
