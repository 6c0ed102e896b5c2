/** What search reads of a built page: its indexed text, its search meta, and the readings its ruby gives. */
import { parseHTML } from 'linkedom';

/** The text of the page's data-pagefind-body, without readings or what search ignores. */
export function indexedText(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
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
