/** The words of a short Markdown answer without its marks, for structured data and search snippets. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** An answer's clause links, [文字](#id), pointed at the clause on the policy page (the answer is shown on FAQ pages). */
export function linkClausesInAnswer(markdown: string, hrefFor: (clauseId: string) => string): string {
  return markdown.replace(/\]\(#([a-z0-9][a-z0-9-]*)\)/g, (_, id: string) => `](${hrefFor(id)})`);
}
