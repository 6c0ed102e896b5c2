/** Reading a poster PDF back as a reader's tools do: poppler's pdfinfo and pdftotext, and PDF.js's structure tree. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

function withFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'otagai-pdf-'));
  const file = join(dir, 'poster.pdf');
  writeFileSync(file, bytes);
  try {
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields (Title, Tagged, Page size…). */
export const pdfInfo = (bytes: Uint8Array): Record<string, string> =>
  withFile(bytes, (file) =>
    Object.fromEntries(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.match(/^([^:]+):\s*(.*)$/))
        .filter((m): m is RegExpMatchArray => m !== null)
        .map((m) => [m[1]!, m[2]!]),
    ),
  );

/** pdffonts' table: each font's name, type, encoding and whether it is embedded, subset, mapped to Unicode. */
export const pdfFonts = (bytes: Uint8Array): string => withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));

/** The text layer in content-stream order, as copy and paste and a screen reader get it. */
export const pdfText = (bytes: Uint8Array): string => withFile(bytes, (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: StructNode[];
}

/** The structure tree of page 1, as PDF.js gives it to assistive technology (content items left out). */
export async function pdfStructure(bytes: Uint8Array): Promise<{ tree: StructNode; lang: string | undefined; title: string | undefined }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const raw = (await page.getStructTree()) as unknown as { role: string; alt?: string; lang?: string; children?: unknown[] };
  const tidy = (n: { role: string; alt?: string; lang?: string; children?: unknown[] }): StructNode => ({
    role: n.role,
    ...(n.alt ? { alt: n.alt } : {}),
    ...(n.lang ? { lang: n.lang } : {}),
    children: (n.children ?? []).filter((c): c is typeof n => typeof c === 'object' && c !== null && 'role' in c).map(tidy),
  });
  const info = (await doc.getMetadata()).info as { Language?: string; Title?: string };
  await doc.destroy();
  return { tree: tidy(raw), lang: info.Language, title: info.Title };
}

/** Roles of the tree, depth first. */
export const roles = (n: StructNode): string[] => [n.role, ...n.children.flatMap(roles)];

/**
 * The share of `expected`'s characters found in `actual` in the same order (longest common
 * subsequence over characters, whitespace ignored).
 */
export function inOrderShare(expected: string, actual: string): number {
  const a = [...expected.replace(/\s+/g, '')];
  const b = [...actual.replace(/\s+/g, '')];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = ch === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!);
    previous = row;
  }
  return a.length === 0 ? 1 : previous[b.length]! / a.length;
}
