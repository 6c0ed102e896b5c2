/**
 * Plain text and Markdown (.txt, .md): kept as it is, read line by line. Raw HTML blocks in it
 * (Markdown allows them) are read by the HTML reader, each as a part with numbering of its own.
 * Readings left by extraction as 漢字^{よみ} are kept in the source and become {漢字|よみ}.
 */
import type { ReadDocument } from '../lib/import/model.ts';
import { textLines } from '../lib/import/text-lines.ts';
import { htmlLines } from './html.ts';

export function readText(text: string): ReadDocument {
  const lines = textLines(text, (html, line, scope) => htmlLines(html, { fixedLine: line, scope }).lines);
  return { format: 'text', kept: text, lines, leftOut: [], unsure: [] };
}
