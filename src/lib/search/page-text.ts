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
 * The text under root, read by walking the tree (removing and appending nodes cost linkedom's event
 * bookkeeping, most of reading a page for the index): elements `skip` accepts are left out with
 * what they hold, and `blockEnd` comes before and after each element named in `blocks`.
 */
export function walkText(root: Node, skip: (el: Element) => boolean, blocks: ReadonlySet<string>, blockEnd: string): string {
  const parts: string[] = [];
  const end = () => {
    if (parts.length && parts.at(-1) !== blockEnd) parts.push(blockEnd);
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !skip(child as Element)) {
        // A block ends what came before it too: a list inside an item (actions<ul><li>Intimidating) is words apart.
        const block = blocks.has((child as Element).tagName);
        if (block) end();
        walk(child);
        if (block) end();
      }
    }
  };
  walk(root);
  return parts.join('');
}

/** Not indexed: readings (the base text is) and what the page marks for search to ignore. */
const skipped = (el: Element) => el.tagName === 'RT' || el.tagName === 'RP' || el.hasAttribute('data-pagefind-ignore');
/** Block ends are sentence ends for the analyser. */
const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DD', 'DT']);

/** The text of a search body, without readings or what search ignores, a line end after each block. */
export const indexedText = (body: Element | null): string => (body ? walkText(body, skipped, BLOCKS, '\n') : '');

export function metaContent(html: string, name: string): string | undefined {
  return html.match(new RegExp(`<meta name="${name}"[^>]*content="([^"]*)"`))?.[1];
}

/** base → reading for every <ruby> of the page (叩 → たた). */
export function rubyReadings(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<ruby>([^<]+)(?:<rp>[^<]*<\/rp>)?<rt[^>]*>([^<]+)<\/rt>/g)) out.set(m[1]!, m[2]!);
  return out;
}
