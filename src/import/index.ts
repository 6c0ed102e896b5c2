/**
 * Reads the file a city has, whatever it is: a PDF, a saved web page, a Word file or text. The
 * format is told by the file's first bytes, then its name; text is decoded as UTF-8, or as the
 * Shift_JIS / EUC-JP a Japanese site may still use.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ReadDocument } from '../lib/import/model.ts';
import { ImportRefusal } from './refusal.ts';

export { ImportRefusal } from './refusal.ts';

type Format = ReadDocument['format'];

export function formatOf(file: string, bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const ext = extname(file).toLowerCase();
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) {
    if (ext === '.docx' || Buffer.from(bytes).includes('word/document.xml')) return 'docx';
    throw new ImportRefusal('unsupported', ext || file);
  }
  if (head.startsWith('\xd0\xcf\x11\xe0')) throw new ImportRefusal('unsupported', ext || '.doc');
  if (['.html', '.htm', '.xhtml'].includes(ext) || /^\s*(<!doctype html|<html)/i.test(head.replace(/^\xef\xbb\xbf/, ''))) return 'html';
  if (['.txt', '.md', '.markdown', '.text', ''].includes(ext)) return 'text';
  throw new ImportRefusal('unsupported', ext);
}

/** Text bytes as a string: UTF-8 when they are, else the encoding a Japanese page declares or most likely has. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
    const declared = head.match(/charset=["']?([\w-]+)/i)?.[1]?.toLowerCase();
    for (const encoding of [declared, 'shift_jis', 'euc-jp'].filter(Boolean) as string[]) {
      try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
      } catch {
        /* try the next */
      }
    }
    throw new ImportRefusal('not-utf8');
  }
}

export async function readFile(file: string): Promise<ReadDocument> {
  if (!file) throw new ImportRefusal('no-file');
  if (!existsSync(file) || !statSync(file).isFile()) throw new ImportRefusal('missing', file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ImportRefusal('unreadable', (e as Error).message);
  }
  if (bytes.length === 0) throw new ImportRefusal('empty', file);
  const format = formatOf(file, bytes);
  // Each reader loads its library only when a file of its format comes.
  const doc =
    format === 'pdf'
      ? await (await import('./pdf.ts')).readPdf(bytes)
      : format === 'docx'
        ? await (await import('./docx.ts')).readDocx(bytes)
        : format === 'html'
          ? (await import('./html.ts')).readHtml(decodeText(bytes))
          : (await import('./text.ts')).readText(decodeText(bytes));
  if (!doc.lines.some((l) => l.text.trim())) throw new ImportRefusal('empty', file);
  return doc;
}
