/**
 * A web page saved from a city's site, read with a real HTML parser (linkedom): the page's main
 * content with its headings, paragraphs (a <br> is a line break, read through), lists and tables;
 * site navigation, breadcrumbs, headers, footers, sidebars and page furniture (更新日, 印刷) are
 * left out and listed for the report. A table whose cells hold paragraphs or lists is a layout
 * box (a figure holding a document), read as the blocks it holds, with numbering of its own.
 */
import { parseHTML } from 'linkedom';
import { emWidth } from '../lib/import/paragraphs.ts';
import type { LeftOut, RawLine, ReadDocument } from '../lib/import/model.ts';

type El = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  closest(selector: string): El | null;
  remove(): void;
};

const BOILERPLATE: Array<[LeftOut['what'], string]> = [
  ['navigation', 'nav, [role=navigation], .gnav, #gnav, .globalnav, .localnav, .skip, .skiplink'],
  ['breadcrumbs', '.breadcrumb, .breadcrumbs, #breadcrumb, #breadcrumbs, .pankuzu, #pankuzu, .topicpath, #topicpath, [class*=breadcrumb], [aria-label*=パンくず], [aria-label*=breadcrumb]'],
  ['site-footer', 'footer, [role=contentinfo], #footer, .footer'],
  ['sidebar', 'aside, [role=complementary], #side, .side, #sidebar, .sidebar'],
  ['furniture', 'script, style, noscript, template, form, button, iframe, svg, .pagetop, #pagetop, .sns, .share, .print'],
];
const MAIN = ['main', '[role=main]', '#tmp_contents', '#main-content', '#main_content', '#contents', '#content', 'article', '#main', '.main'];
const FURNITURE_LINE = /^(?:最終)?更新日[:：]|^(?:印刷|このページを印刷する|ページの先頭へ|このページの先頭へ|ページトップへ|戻る)$/;
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'FIGCAPTION', 'PRE', 'ADDRESS']);

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

interface Walk {
  lines: RawLine[];
  leftOut: LeftOut[];
  line: () => number;
  scopes: { next: number };
}

/** The lines of an HTML document or fragment. `fixedLine` gives every line that number (a fragment in a text file). */
export function htmlLines(html: string, options: { fixedLine?: number; scope?: number; whole?: boolean } = {}): { lines: RawLine[]; leftOut: LeftOut[]; title?: string } {
  const { document } = parseHTML(options.whole ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  const leftOut: LeftOut[] = [];
  let root = document.body as unknown as El;
  if (options.whole) {
    // Boilerplate outside the main content goes first; then the main content is what is read.
    const main = MAIN.map((s) => root.querySelector(s)).find((el): el is El => !!el && squash(el.textContent).length > 0);
    for (const [what, selector] of BOILERPLATE) {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        if (main && (el === main || isAncestor(el, main))) continue;
        if (what !== 'furniture' && squash(el.textContent)) leftOut.push({ what, text: squash(el.textContent).slice(0, 80) });
        el.remove();
      }
    }
    for (const el of Array.from(root.querySelectorAll('header'))) {
      if (main && isAncestor(el, main)) continue;
      if (!main || !isAncestor(main, el)) {
        if (squash(el.textContent)) leftOut.push({ what: 'navigation', text: squash(el.textContent).slice(0, 80) });
        el.remove();
      }
    }
    if (main) root = main;
  }
  // The page's own heading; else its <title> without the site's name after | or ｜.
  const pageTitle = squash((document.querySelector('title') as El | null)?.textContent ?? null).split(/\s*[|｜]\s*/)[0];
  const title = options.whole ? squash(root.querySelector('h1')?.textContent ?? null) || pageTitle || undefined : undefined;
  const lines: RawLine[] = [];
  let count = 0;
  const walk: Walk = { lines, leftOut, line: () => options.fixedLine ?? ++count, scopes: { next: (options.scope ?? 0) * 100 + 1 } };
  blocks(root, walk, options.scope);
  return { lines, leftOut, title };
}

function isAncestor(a: El, b: El): boolean {
  for (let p = (b as unknown as { parentNode: El | null }).parentNode; p; p = (p as unknown as { parentNode: El | null }).parentNode) if (p === a) return true;
  return false;
}

/** Block children of an element, in order; loose inline text between blocks is a paragraph of its own. */
function blocks(el: El, w: Walk, scope: number | undefined): void {
  blockNodes(Array.from(el.childNodes), w, scope);
}

function blockNodes(nodes: El[], w: Walk, scope: number | undefined): void {
  let inline: El[] = [];
  const flushInline = () => {
    if (inline.length) paragraph(inline, w, scope);
    inline = [];
  };
  for (const node of nodes) {
    if (node.nodeType === 3 || (node.nodeType === 1 && !BLOCKS.has(node.nodeName))) {
      inline.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    flushInline();
    const name = node.nodeName;
    if (/^H[1-6]$/.test(name)) push(w, words(node), scope, { heading: Number(name[1]), block: true });
    else if (name === 'P' || name === 'DT' || name === 'DD' || name === 'FIGCAPTION' || name === 'ADDRESS' || name === 'PRE') paragraph(Array.from(node.childNodes), w, scope);
    else if (name === 'UL' || name === 'OL') list(node, w, scope, 0);
    else if (name === 'TABLE') table(node, w, scope);
    else if (name === 'BLOCKQUOTE' || name === 'FIGURE') blocks(node, w, w.scopes.next++);
    else if (name === 'LI') listItem(node, w, scope, 0, false);
    else blocks(node, w, scope);
  }
  flushInline();
}

/** The words of inline content: readings as {漢字|よみ}, a <br> as a line break. */
function inlineText(nodes: El[]): string {
  let out = '';
  const collect = (n: El) => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType !== 1) return;
    else if (n.nodeName === 'BR') out += '\n';
    else if (n.nodeName === 'RUBY') out += ruby(n);
    else if (n.nodeName !== 'RP' && n.nodeName !== 'RT') for (const c of Array.from(n.childNodes)) collect(c);
  };
  nodes.forEach(collect);
  return out;
}

const words = (el: El) => squash(inlineText(Array.from(el.childNodes)));

/** A paragraph: its inline content, split into lines at <br>. */
function paragraph(nodes: El[], w: Walk, scope: number | undefined) {
  let first = true;
  for (const part of inlineText(nodes).split('\n')) {
    const text = squash(part);
    if (!text) continue;
    push(w, text, scope, { block: true, continues: !first });
    first = false;
  }
}

/** <ruby>漢字<rt>よみ</rt></ruby> → {漢字|よみ}, the edition's reading mark. */
function ruby(el: El): string {
  let base = '';
  let reading = '';
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType === 1 && c.nodeName === 'RT') reading += c.textContent ?? '';
    else if (!(c.nodeType === 1 && c.nodeName === 'RP')) base += c.textContent ?? '';
  }
  return reading.trim() ? `{${base.trim()}|${reading.trim()}}` : base;
}

/** A list's items; anything else a (broken) list holds is read as the blocks it is, never dropped. */
function list(el: El, w: Walk, scope: number | undefined, depth: number) {
  const ordered = el.nodeName === 'OL';
  let other: El[] = [];
  const flushOther = () => {
    if (other.length) blockNodes(other, w, scope);
    other = [];
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 1 && node.nodeName === 'LI') {
      flushOther();
      listItem(node, w, scope, depth, ordered);
    } else if (node.nodeType === 1 && (node.nodeName === 'UL' || node.nodeName === 'OL')) {
      flushOther();
      list(node, w, scope, depth + 1);
    } else other.push(node);
  }
  flushOther();
}

function listItem(li: El, w: Walk, scope: number | undefined, depth: number, ordered: boolean) {
  const own: El[] = [];
  const nested: El[] = [];
  for (const c of Array.from(li.childNodes)) (c.nodeType === 1 && (c.nodeName === 'UL' || c.nodeName === 'OL') ? nested : own).push(c);
  const text = squash(inlineText(own));
  if (text) push(w, text, scope, { item: depth, ordered });
  for (const n of nested) list(n, w, scope, depth + 1);
}

function table(el: El, w: Walk, scope: number | undefined) {
  const rows = Array.from(el.querySelectorAll('tr'));
  // A table used to lay out blocks (a figure holding a document) is read as those blocks.
  const layout = Array.from(el.querySelectorAll('td, th')).some((cell) => {
    const blocks = Array.from(cell.children).filter((c) => BLOCKS.has(c.nodeName));
    return blocks.length > 1 || blocks.some((c) => /^(UL|OL|H[1-6]|TABLE)$/.test(c.nodeName));
  });
  if (layout) {
    for (const cell of Array.from(el.querySelectorAll('td, th'))) blocks(cell, w, w.scopes.next++);
    return;
  }
  const captionEl = el.querySelector('caption') as El | null;
  const caption = captionEl ? words(captionEl) : '';
  // The caption stands on its own line of the kept text, just before the rows it names.
  if (caption) push(w, caption, scope, { caption, block: true });
  rows.forEach((tr, i) => {
    const cells = Array.from(tr.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');
    const texts = cells.map(words);
    if (texts.every((t) => !t)) return;
    const line = w.line();
    w.lines.push({
      text: texts.join('\t'),
      cells: texts,
      header: cells.every((c) => c.nodeName === 'TH'),
      line,
      indent: 0,
      right: emWidth(texts.join(' ')),
      gap: i === 0,
      scope,
    });
  });
}

function push(w: Walk, text: string, scope: number | undefined, extra: Partial<RawLine>) {
  if (!text) return;
  if (FURNITURE_LINE.test(text)) {
    w.leftOut.push({ what: 'furniture', text });
    return;
  }
  w.lines.push({ text, line: w.line(), indent: 0, right: emWidth(text), gap: !extra.continues, scope, ...extra });
}

/** A saved web page: its main content's lines, and the text kept as its source (one block a line). */
export function readHtml(html: string): ReadDocument {
  const { lines, leftOut, title } = htmlLines(html, { whole: true });
  const kept = lines.map((l) => l.text).join('\n') + '\n';
  return { format: 'html', kept, lines, title, leftOut, unsure: [] };
}
