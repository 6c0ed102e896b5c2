/** The words of a short Markdown answer without its marks, for structured data and search snippets. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
