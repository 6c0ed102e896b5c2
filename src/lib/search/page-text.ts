/** What search reads of a built page: its indexed text, its search meta, and the readings its ruby gives. */
import { parseHTML } from 'linkedom';

/**
 * The page's data-pagefind-body element, parsed alone: the layout puts it on <main>, so only that
 * slice of the page is parsed (the header, navigation and footer are a third of a page's markup).
 */
export function searchBody(html: string): Element | null {
  const start = html.search(/<main\b[^>]*\sdata-pagefind-body/);
  const end = html.lastIndexOf('</main>');
  const slice = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
  return parseHTML(`<!doctype html><html><body>${slice}</body></html>`).document.querySelector('[data-pagefind-body]');
}

/**
 * The text of a search body, without readings or what search ignores. It changes the element
 * (drops readings, marks block ends): read its clause records first.
 */
export function indexedText(body: Element | null): string {
  if (!body) return '';
  for (const el of [...body.querySelectorAll('rt, rp, [data-pagefind-ignore]')]) el.remove();
  // Block ends are sentence ends for the analyser.
  for (const el of [...body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt')]) el.append('\n');
  return body.textContent ?? '';
}

export function metaContent(html: string, name: string): string | undefined {
  return html.match(new RegExp(`<meta name="${name}"[^>]*content="([^"]*)"`))?.[1];
}

/** base → reading for every <ruby> of the page (叩 → たた). */
export function rubyReadings(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<ruby>([^<]+)(?:<rp>[^<]*<\/rp>)?<rt[^>]*>([^<]+)<\/rt>/g)) out.set(m[1]!, m[2]!);
  return out;
}
