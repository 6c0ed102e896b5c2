/**
 * A PDF with a text layer, read with pdf.js (pdfjs-dist): the runs of text of each page with their
 * position and size, laid out into lines by src/lib/import/pdf-layout.ts. A PDF without a text
 * layer (a scan) or with a password is refused with the reason.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPdf, type PdfPage } from '../lib/import/pdf-layout.ts';
import type { ReadDocument } from '../lib/import/model.ts';
import { ImportRefusal } from './refusal.ts';

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export async function readPdf(data: Uint8Array): Promise<ReadDocument> {
  let pdf;
  try {
    // pdf.js takes over the bytes it is given (they are transferred): give it its own copy.
    pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new ImportRefusal('pdf-password');
    throw new ImportRefusal('unreadable', (e as Error).message);
  }
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = (content.items as PdfTextItem[])
      .filter((it) => typeof it.str === 'string' && it.str.length > 0)
      .map((it) => {
        const [a, b, , d, e, f] = it.transform as [number, number, number, number, number, number];
        return { text: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || it.height };
      });
    pages.push({ width, height, runs });
    page.cleanup();
  }
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.trim().length, 0), 0);
  if (chars < 20 * Math.max(1, Math.min(pages.length, 3)) / 3) throw new ImportRefusal('pdf-no-text');
  const meta = await pdf.getMetadata().catch(() => undefined);
  // Word's PDF export names the file, not the document: "Microsoft Word - 方針.docx".
  const title = (meta?.info as { Title?: string } | undefined)?.Title?.replace(/^Microsoft Word - /, '').replace(/\.(docx?|xlsx?|pptx?)$/i, '').trim() || undefined;
  await pdf.destroy();
  const laid = layoutPdf(pages);
  return { format: 'pdf', kept: laid.kept, lines: laid.lines, title, leftOut: laid.leftOut, unsure: laid.unsure, pages: pages.length };
}
