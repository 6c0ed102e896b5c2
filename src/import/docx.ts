/**
 * A Word file (.docx), read with mammoth: its headings (Heading styles), paragraphs, lists and
 * tables come out as HTML, which the HTML reader reads as a document body. Numbers Word adds by
 * itself to a numbered list are not part of the text and are not kept; numbers typed are.
 */
import mammoth from 'mammoth';
import type { ReadDocument, Unsure } from '../lib/import/model.ts';
import { htmlLines } from './html.ts';
import { ImportRefusal } from './refusal.ts';

export async function readDocx(data: Uint8Array): Promise<ReadDocument> {
  let html: string;
  let warnings: string[];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
    html = result.value;
    warnings = result.messages.filter((m) => m.type === 'warning').map((m) => m.message);
  } catch (e) {
    throw new ImportRefusal('unreadable', (e as Error).message);
  }
  const { lines, leftOut } = htmlLines(html);
  const kept = lines.map((l) => l.text).join('\n') + '\n';
  const unsure: Unsure[] = warnings.slice(0, 5).map((message) => ({ message: `Word の読み取りで: ${message}` }));
  return { format: 'docx', kept, lines, leftOut, unsure };
}
