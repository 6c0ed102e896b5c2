/**
 * Inline markup of content text. Authors write plain Japanese with two marks:
 *   {漢字|よみ}          a furigana reading, published as <ruby>
 *   [見出しなど](#clause-id)  a link to another clause of the same edition
 * Everything else is literal text.
 */

export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'ruby'; base: string; reading: string }
  | { kind: 'link'; clauseId: string; children: InlineSegment[] };

const RUBY = /\{([^{}|]+)\|([^{}|]+)\}/y;
const LINK = /\[([^[\]]+)\]\(#([a-z0-9][a-z0-9-]*)\)/y;

export function parseInline(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let text = '';
  const flush = () => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') {
      RUBY.lastIndex = i;
      const m = RUBY.exec(source);
      if (m) {
        flush();
        segments.push({ kind: 'ruby', base: m[1]!, reading: m[2]! });
        i = RUBY.lastIndex;
        continue;
      }
    } else if (ch === '[') {
      LINK.lastIndex = i;
      const m = LINK.exec(source);
      if (m) {
        flush();
        segments.push({ kind: 'link', clauseId: m[2]!, children: parseInline(m[1]!) });
        i = LINK.lastIndex;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  return segments;
}

/** The text a reader sees, without readings: used for quotes, titles, search and posters. */
export function plainText(source: string): string {
  return segmentsToPlain(parseInline(source));
}

function segmentsToPlain(segments: InlineSegment[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : s.kind === 'ruby' ? s.base : segmentsToPlain(s.children)))
    .join('');
}

/** Clause ids that a text links to, for reference checks. */
export function linkedClauseIds(source: string): string[] {
  const ids: string[] = [];
  const walk = (segments: InlineSegment[]) => {
    for (const s of segments) {
      if (s.kind === 'link') {
        ids.push(s.clauseId);
        walk(s.children);
      }
    }
  };
  walk(parseInline(source));
  return ids;
}

/** Marks that look like markup but do not parse, so an author learns of a typo instead of publishing braces. */
export function strayMarkup(source: string): string[] {
  const leftovers: string[] = [];
  const walk = (segments: InlineSegment[]) => {
    for (const s of segments) {
      if (s.kind === 'text') {
        const m = s.text.match(/[{}]|\]\(#|\^\{/g);
        if (m) leftovers.push(...m);
      } else if (s.kind === 'link') walk(s.children);
    }
  };
  walk(parseInline(source));
  return leftovers;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c]!);

// Plain <ruby>…<rt>: every browser residents use renders ruby, and search leaves <rt> out (its excludeSelectors).
export const rubyHtml = (base: string, reading: string) => `<ruby>${escapeHtml(base)}<rt>${escapeHtml(reading)}</rt></ruby>`;

/** Markdown whose reading marks are made <ruby> (the rest is left to the Markdown renderer). */
export const markdownWithRuby = (markdown: string) => markdown.replace(/\{([^{}|\n]+)\|([^{}|\n]+)\}/g, (_, base: string, reading: string) => rubyHtml(base, reading));

/**
 * HTML for inline text. Readings are real <ruby>; the search index leaves their <rt> out,
 * so it holds the words, not their readings twice.
 */
export function inlineToHtml(source: string, hrefFor: (clauseId: string) => string): string {
  const render = (segments: InlineSegment[]): string =>
    segments
      .map((s) => {
        if (s.kind === 'text') return escapeHtml(s.text);
        if (s.kind === 'ruby') return rubyHtml(s.base, s.reading);
        return `<a href="${escapeHtml(hrefFor(s.clauseId))}">${render(s.children)}</a>`;
      })
      .join('');
  return render(parseInline(source));
}

/** A run of Japanese inside another language's text: kanji or kana, with the punctuation between them. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆・「」『』（）、。\u3000]*/gu;

/**
 * HTML of another language with each Japanese run marked lang="ja" (「Sakaide City (坂出市)」), so a screen
 * reader says it in Japanese. Only text between tags is touched.
 */
export const markJapanese = (html: string) =>
  html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(JAPANESE_RUN, (run) => `<span lang="ja">${run}</span>`)))
    .join('');
