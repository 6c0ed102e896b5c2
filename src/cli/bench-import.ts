/**
 * npm run bench:import — how long an import takes: each edition's kept source read as text, and the
 * largest one set as an A4 PDF (pdfkit, BIZ UDPGothic) and read back through pdf.js. Timed from the
 * file's bytes to every file of the draft edition in memory (reading, structuring, suggestions,
 * FAQ drafts, report), the first run of the process and the median of five more.
 * Target: a 42 KB document in ≤ 1 s. Writes test-results/bench-import.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { contentSchemas } from '../schema/index.ts';
import { defaultBuildOptions } from '../lib/build-options.ts';
import { readContent } from '../lib/content/read-content.ts';
import { editionFiles } from '../lib/import/edition-files.ts';
import type { ReadDocument } from '../lib/import/model.ts';
import { structureDocument } from '../lib/import/pipeline.ts';
import { keptName } from '../lib/import/write.ts';
import { readPdf } from '../import/pdf.ts';
import { readText } from '../import/text.ts';

export const TARGET_MS = 1000;
const FONT = 'node_modules/@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf';

interface Row {
  document: string;
  format: string;
  kb: number;
  pages?: number;
  clauses: number;
  firstMs: number;
  medianMs: number;
  /** CPU time of the first run (user + system): what the run costs on a machine others do not share. */
  firstCpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(read: () => Promise<ReadDocument> | ReadDocument, name: string) {
  const once = async () => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const doc = await read();
    const imp = structureDocument(doc);
    editionFiles(imp, doc, { slug: 'bench', name: '見本市', kind: 'city', fileName: name, keptName: keptName(name), today: '2026-01-01' }, 'content/editions/bench');
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, doc, imp };
  };
  const first = await once();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push((await once()).ms);
  return { firstMs: first.ms, firstCpuMs: first.cpuMs, medianMs: median(runs), doc: first.doc, clauses: first.imp.clauses.length };
}

/** The text set on A4 pages as a PDF would carry it: 10.5 pt, lines wrapped at the margin, a page number at the foot. */
function textToPdf(text: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    let page = 1;
    doc.on('pageAdded', () => {
      page += 1;
      const { x, y } = doc;
      doc.page.margins.bottom = 0;
      doc.fontSize(9).text(`- ${page} -`, 285, 800, { lineBreak: false });
      doc.page.margins.bottom = 72;
      doc.fontSize(10.5);
      doc.x = x;
      doc.y = y;
    });
    doc.font(FONT).fontSize(10.5);
    for (const para of text.split(/\n\s*\n/)) {
      const t = para.replace(/\^\{[^}]*\}|\^./g, '').replace(/\t/g, '　').trim();
      if (t) doc.text(t, { width: 451, lineGap: 4, paragraphGap: 8 });
    }
    doc.end();
  });
}

export async function benchImport(contentDir = defaultBuildOptions().contentDir): Promise<{ rows: Row[]; targetMs: number; largest: Row; pdf: Row }> {
  const content = readContent(contentDir, contentSchemas);
  const rows: Row[] = [];
  let largest: { text: string; name: string } | undefined;
  for (const e of content.editions) {
    const source = e.edition.sources.find((s) => s.kept);
    if (!source?.kept) continue;
    const text = readFileSync(join(e.dir, source.kept), 'utf8');
    const name = source.kept.split('/').at(-1)!;
    const t = await time(() => readText(text), name);
    rows.push({ document: `${e.slug}/${source.kept}`, format: 'text', kb: Buffer.byteLength(text) / 1024, clauses: t.clauses, firstMs: t.firstMs, firstCpuMs: t.firstCpuMs, medianMs: t.medianMs });
    if (!largest || text.length > largest.text.length) largest = { text, name };
  }
  if (!largest) throw new Error('no edition keeps a source text: nothing to import');
  const bytes = await textToPdf(largest.text);
  const t = await time(() => readPdf(bytes), largest.name.replace(/\.txt$/, '.pdf'));
  const pdf: Row = { document: `${largest.name} set as PDF`, format: 'pdf', kb: bytes.length / 1024, pages: t.doc.pages, clauses: t.clauses, firstMs: t.firstMs, firstCpuMs: t.firstCpuMs, medianMs: t.medianMs };
  rows.push(pdf);
  const biggest = rows.filter((r) => r.format === 'text').sort((a, b) => b.kb - a.kb)[0]!;
  return { rows, targetMs: TARGET_MS, largest: biggest, pdf };
}

if (import.meta.main) {
  const result = await benchImport();
  const fmt = (n: number) => n.toFixed(0).padStart(6);
  console.log('document'.padEnd(48), 'format', '    KB', 'clauses', ' first ms', '(cpu ms)', 'median ms');
  for (const r of result.rows)
    console.log(r.document.padEnd(48), r.format.padEnd(6), r.kb.toFixed(1).padStart(6), String(r.clauses).padStart(7), fmt(r.firstMs).padStart(9), `(${r.firstCpuMs.toFixed(0)})`.padStart(8), fmt(r.medianMs).padStart(9));
  const worst = Math.max(result.largest.firstMs, result.pdf.firstMs);
  const { largest, pdf } = result;
  console.log(
    `\nlargest text (${largest.kb.toFixed(1)} KB): ${largest.firstMs.toFixed(0)} ms first, ${largest.medianMs.toFixed(0)} ms warm; as a ${pdf.pages}-page PDF: ${pdf.firstMs.toFixed(0)} ms first (${pdf.firstCpuMs.toFixed(0)} ms CPU, pdf.js loading included), ${pdf.medianMs.toFixed(0)} ms warm. Target ≤ ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'not met on the first run'}${worst > TARGET_MS && Math.max(largest.medianMs, pdf.medianMs) <= TARGET_MS ? ' (met warm)' : ''}.`,
  );
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-import.json', `${JSON.stringify(result, null, 2)}\n`);
}
