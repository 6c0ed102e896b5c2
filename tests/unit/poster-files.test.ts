/**
 * The files a poster becomes: tagged PDFs of the exact paper size whose words are real text (in
 * reading order, in the embedded subset font), with a structure tree, the language and the title;
 * drawn as vectors, the same layout as the PNG; PNGs for screens and a preview (none of a sheet); a QR
 * code that decodes to the policy page — and none for a placeholder site; and a second build that
 * takes every file from the cache instead of drawing it again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/lib/posters/formats.ts';
import { pngSize } from '../../src/lib/posters/png.ts';
import { isPlaceholderSite, posterTargetUrl, qrPath } from '../../src/lib/posters/qr.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { cacheStats } from '../../src/posters/cache.ts';
import { posterFiles, type PosterFile } from '../../src/posters/index.ts';
import { posterPdf } from '../../src/posters/pdf.ts';
import { renderSvg } from '../../src/posters/render.ts';
import { inOrderShare, pdfFonts, pdfInfo, pdfStructure, pdfText, roles } from '../helpers/pdf.ts';
import { SAMPLE_URL, sampleMessageJob, samplePosterJob } from '../helpers/poster-job.ts';

const job = samplePosterJob({
  id: 'counter-card',
  title: '見本市 窓口での対応',
  lines: [
    { role: 'headline', text: '対応' },
    { role: 'item', text: '面談は、原則として４５分以内とします。' },
  ],
  caption: '方針の全文（QR コードのページ）',
});

/** Decodes the QR code in an SVG drawn at the given width. */
function decodeQr(svg: string, width: number): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  const pixels = new Uint8ClampedArray(image.pixels);
  return jsQR(pixels, image.width, image.height)?.data;
}

describe('poster files', () => {
  let cache: string;
  let files: PosterFile[];
  beforeAll(async () => {
    cache = mkdtempSync(join(tmpdir(), 'otagai-poster-cache-'));
    files = await posterFiles(job, ['a4', 'a3', 'a5', 'signage-landscape'], cache);
  });
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
  });

  it('makes a PDF per paper size (paper is printed from it: no PNG of a sheet), a PNG per screen and a preview', () => {
    expect(files.map((f) => f.name)).toEqual([
      'counter-card-a4.pdf',
      'counter-card-a3.pdf',
      'counter-card-a5.pdf',
      'counter-card-signage-landscape.png',
      'counter-card-preview.png',
    ]);
  });

  it('gives each PDF the exact page size, a title shown in the title bar, the language ja, and the text in its metadata', async () => {
    for (const f of files.filter((x) => x.format === 'pdf')) {
      const pdf = await PDFDocument.load(f.data, { updateMetadata: false });
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      const [w, h] = FORMATS[f.size].pt!;
      expect(width).toBeCloseTo(w, 2);
      expect(height).toBeCloseTo(h, 2);
      expect(pdf.getTitle()).toBe('見本市 窓口での対応');
      expect(pdf.getSubject()).toContain('面談は、原則として４５分以内とします。');
      const info = pdfInfo(f.data);
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toBe('見本市 窓口での対応');
      expect(pdf.catalog.toString()).toMatch(/\/Lang \(ja\)/);
      expect(pdf.context.lookup(pdf.catalog.get(PDFName.of('ViewerPreferences')))!.toString()).toMatch(/\/DisplayDocTitle true/);
    }
  });

  it('carries every line as real text in reading order, in the embedded subset font, with no raster image', async () => {
    const pdf = files[0]!;
    const text = pdfText(pdf.data);
    expect(text.replace(/\s+/g, '')).toBe(['対応', '面談は、原則として４５分以内とします。', '見本市', '出典：「見本市職員カスタマーハラスメント対策基本方針」', '方針の全文（QRコードのページ）', SAMPLE_URL].join(''));
    const fonts = pdfFonts(pdf.data);
    expect(fonts).toMatch(/\+BIZUDPGothic-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const doc = await PDFDocument.load(pdf.data);
    const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o.toString());
    expect(objects.some((o) => o.includes('/Subtype /Image'))).toBe(false);
  });

  it('makes the screen PNG its own pixels, and a smaller preview', () => {
    const screen = files.find((f) => f.purpose === 'screen')!;
    expect(pngSize(screen.data)).toEqual({ width: 1920, height: 1080 });
    const preview = files.find((f) => f.purpose === 'preview')!;
    expect(pngSize(preview.data).width).toBe(800);
    expect(preview.height).toBe(pngSize(preview.data).height);
  });

  it('takes every file from the cache the second time, and draws again only what changed', async () => {
    const before = { ...cacheStats };
    await posterFiles(job, ['a4', 'a3', 'a5', 'signage-landscape'], cache);
    expect(cacheStats.misses - before.misses).toBe(0);
    expect(cacheStats.hits - before.hits).toBe(5);
    await posterFiles({ ...job, lines: [job.lines[0]!, { role: 'item', text: '面談は、原則として４５分以内とします。ほかに。' }] }, ['a4', 'a3'], cache);
    expect(cacheStats.misses - before.misses).toBe(3);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('prints a QR code that decodes to the edition\'s policy page', async () => {
    const { svg } = await renderSvg(job, 'a4');
    expect(decodeQr(svg, 1240)).toBe(SAMPLE_URL);
  });
});

describe('the tagged structure of a poster written as a message', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await posterPdf(sampleMessageJob(), 'a4');
  });

  it('reads back as H1, P, a list of scenes, H2, a list of items, P, and the QR code as a figure with its address', async () => {
    const { tree, lang, title } = await pdfStructure(bytes);
    expect(lang).toBe('ja');
    expect(title).toBe('見本市 啓発ポスター');
    const document = tree.children[0]!;
    expect(document.role).toBe('Document');
    expect(document.children.map((c) => c.role)).toEqual(['H1', 'P', 'L', 'H2', 'L', 'P', 'P', 'P', 'P', 'Figure']);
    const [scenes, items] = document.children.filter((c) => c.role === 'L');
    expect(scenes!.children.map((li) => roles(li).join('>'))).toEqual(['LI>LBody', 'LI>LBody', 'LI>LBody']);
    expect(items!.children).toHaveLength(2);
    expect(document.children.at(-1)!.alt).toBe(`QR コード：方針の全文のページ ${SAMPLE_URL}`);
  });

  it('gives the text layer every line in order, pictograms and cards adding none', () => {
    const job = sampleMessageJob();
    const text = pdfText(bytes);
    expect(inOrderShare(job.lines.map((l) => l.text).join(''), text)).toBe(1);
    expect(text.replace(/\s+/g, '')).toBe([...job.lines.map((l) => l.text), job.city, job.source, job.caption, SAMPLE_URL].join(''));
  });

  it('carries the poster\'s language into the PDF and its tags', async () => {
    const bytes = await posterPdf(sampleMessageJob({ lang: 'en' }), 'a4');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.catalog.toString()).toMatch(/\/Lang \(en\)/);
    const { tree, lang } = await pdfStructure(bytes);
    expect(lang).toBe('en');
    expect(tree.children[0]).toMatchObject({ role: 'Document', lang: 'en' });
  });
});

/** A grey image: pdftoppm's for a PDF, resvg's for the SVG, both at `dpi`. */
function greyPixels(kind: 'pdf' | 'svg', input: Uint8Array | string, dpi: number): { width: number; height: number; grey: Uint8Array } {
  if (kind === 'svg') {
    const image = new Resvg(input as string, { fitTo: { mode: 'zoom', value: dpi / 300 }, font: { loadSystemFonts: false } }).render();
    const grey = new Uint8Array(image.width * image.height);
    const px = image.pixels;
    for (let i = 0; i < grey.length; i++) grey[i] = Math.round(0.299 * px[i * 4]! + 0.587 * px[i * 4 + 1]! + 0.114 * px[i * 4 + 2]!);
    return { width: image.width, height: image.height, grey };
  }
  const dir = mkdtempSync(join(tmpdir(), 'otagai-raster-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), input);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', join(dir, 'p.pdf'), join(dir, 'p')]);
    const pgm = readFileSync(join(dir, 'p.pgm'));
    const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
    return { width: Number(header[1]), height: Number(header[2]), grey: new Uint8Array(pgm.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the PDF and the PNG show the same layout', () => {
  it('rasterise alike: ink in the same places, best aligned with no shift', async () => {
    const job = sampleMessageJob();
    const dpi = 100;
    const pdf = greyPixels('pdf', await posterPdf(job, 'a4'), dpi);
    const png = greyPixels('svg', (await renderSvg(job, 'a4')).svg, dpi);
    const width = Math.min(pdf.width, png.width);
    const height = Math.min(pdf.height, png.height);
    const differing = (dx: number, dy: number) => {
      let n = 0;
      for (let y = 10; y < height - 10; y++)
        for (let x = 10; x < width - 10; x++) if (Math.abs(pdf.grey[(y + dy) * pdf.width + x + dx]! - png.grey[y * png.width + x]!) > 96) n++;
      return n;
    };
    const aligned = differing(0, 0);
    let ink = 0;
    for (const g of png.grey) if (g < 160) ink++;
    // Anti-aliasing differs at the edges of glyphs; everything else must match.
    expect(aligned / ink).toBeLessThan(0.05);
    for (const [dx, dy] of [[2, 0], [-2, 0], [0, 2], [0, -2]] as const) expect(differing(dx, dy)).toBeGreaterThan(aligned * 2);
  });
});

describe('the QR code\'s address', () => {
  it('is the site, the base path and the edition\'s policy page', () => {
    expect(posterTargetUrl('https://kasuhara.city.sapporo.jp', sitePaths('/'), 'sapporo')).toBe('https://kasuhara.city.sapporo.jp/sapporo/policy/');
    expect(posterTargetUrl('https://www.city.sapporo.jp/', sitePaths('/kasuhara/'), 'sapporo')).toBe('https://www.city.sapporo.jp/kasuhara/sapporo/policy/');
    expect(posterTargetUrl('https://www.city.sakaide.lg.jp', sitePaths('/', 'sakaide'), 'sakaide')).toBe('https://www.city.sakaide.lg.jp/policy/');
  });

  it('is none for a placeholder: the all-editions default, the template\'s and the names kept for examples', () => {
    for (const site of ['https://otagai.example.jp', 'https://www.example.lg.jp', 'https://example.com/', 'http://localhost:4321', 'https://city.test']) {
      expect(isPlaceholderSite(site), site).toBe(true);
      expect(posterTargetUrl(site, sitePaths('/'), 'sapporo'), site).toBeUndefined();
    }
    for (const site of ['https://www.city.sapporo.jp', 'https://kasuhara.examplecity.lg.jp']) expect(isPlaceholderSite(site), site).toBe(false);
  });

  it('encodes exactly that address, with the four-module quiet zone', () => {
    const url = 'https://www.city.sapporo.jp/kasuhara/sapporo/policy/';
    const code = qrPath(url);
    const size = 400;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${code.modules} ${code.modules}"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${code.d}"/></svg>`;
    expect(decodeQr(svg, size)).toBe(url);
    expect(code.d.startsWith('M4 4')).toBe(true);
  });

  it('draws no QR code, no caption and no address on a poster without one, and no figure in its PDF', async () => {
    const bare = samplePosterJob({ url: undefined, caption: '方針の全文（QR コードのページ）' });
    const { svg, layout } = await renderSvg(bare, 'a4');
    expect(layout.items.some((i) => i.kind === 'qr')).toBe(false);
    expect(decodeQr(svg, 1240)).toBeUndefined();
    const pdf = await posterPdf(bare, 'a4');
    expect(pdfText(pdf)).not.toContain('QR');
    expect(roles((await pdfStructure(pdf)).tree)).not.toContain('Figure');
  });
});
