/**
 * The files a poster becomes: PDFs of the exact paper size with title and language, drawn as vectors
 * (no raster image inside); PNGs at 300 dpi and a preview; a QR code that decodes to the policy page;
 * and a second build that takes every file from the cache instead of drawing it again.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPERS } from '../../src/lib/posters/layout.ts';
import { pngDpi, pngSize, withDpi } from '../../src/lib/posters/png.ts';
import { posterTargetUrl, qrPath } from '../../src/lib/posters/qr.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { cacheStats } from '../../src/posters/cache.ts';
import { posterFiles, type PosterFile } from '../../src/posters/index.ts';
import { renderSvg } from '../../src/posters/render.ts';
import { samplePosterJob } from '../helpers/poster-job.ts';

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
    process.env.OTAGAI_POSTER_CACHE_DIR = cache;
    files = await posterFiles(job, ['a4', 'a3']);
  });
  afterAll(() => {
    delete process.env.OTAGAI_POSTER_CACHE_DIR;
    rmSync(cache, { recursive: true, force: true });
  });

  it('makes an A4 and an A3 PDF, a 300 dpi PNG and a preview', () => {
    expect(files.map((f) => f.name)).toEqual(['counter-card-a4.pdf', 'counter-card-a3.pdf', 'counter-card-a4-300dpi.png', 'counter-card-preview.png']);
  });

  it('gives each PDF the exact page size, a title, the language ja, and the text in its metadata', async () => {
    for (const f of files.filter((x) => x.format === 'pdf')) {
      const pdf = await PDFDocument.load(f.bytes, { updateMetadata: false });
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      const [w, h] = PAPERS[f.paper].pt;
      expect(width).toBeCloseTo(w, 2);
      expect(height).toBeCloseTo(h, 2);
      expect(pdf.getTitle()).toBe('見本市 窓口での対応');
      expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/ja/);
      expect(pdf.getSubject()).toContain('面談は、原則として４５分以内とします。');
    }
  });

  it('draws the PDF as vector paths, with no raster image', async () => {
    const pdf = await PDFDocument.load(files[0]!.bytes);
    const objects = pdf.context.enumerateIndirectObjects().map(([, o]) => o.toString());
    expect(objects.some((o) => o.includes('/Subtype /Image'))).toBe(false);
    const page = pdf.getPage(0).node;
    const resources = page.Resources()?.toString() ?? '';
    // pdf-lib writes an empty /XObject dictionary; nothing may be in it.
    expect(resources).not.toMatch(/\/XObject <<\s*\//);
    expect(objects.join('').length).toBeGreaterThan(0);
  });

  it('makes the 300 dpi PNG 2480 × 3508 pixels with 300 dpi recorded, and a smaller preview', () => {
    const png = files.find((f) => f.purpose === 'print-png')!;
    expect(pngSize(png.bytes)).toEqual({ width: 2480, height: 3508 });
    expect(pngDpi(png.bytes)).toBe(300);
    const preview = files.find((f) => f.purpose === 'preview')!;
    expect(pngSize(preview.bytes).width).toBe(800);
    expect(preview.height).toBe(pngSize(preview.bytes).height);
  });

  it('takes every file from the cache the second time, and draws again only what changed', async () => {
    const before = { ...cacheStats };
    await posterFiles(job, ['a4', 'a3']);
    expect(cacheStats.misses - before.misses).toBe(0);
    expect(cacheStats.hits - before.hits).toBe(4);
    await posterFiles({ ...job, lines: [job.lines[0]!, { role: 'item', text: '面談は、原則として４５分以内とします。ほかに。' }] }, ['a4', 'a3']);
    expect(cacheStats.misses - before.misses).toBe(4);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('prints a QR code that decodes to the edition\'s policy page', async () => {
    const { svg } = await renderSvg(job, 'a4');
    expect(decodeQr(svg, 1240)).toBe('https://otagai.example.jp/sample/policy/');
  });
});

describe('the QR code\'s address', () => {
  it('is the site, the base path and the edition\'s policy page', () => {
    expect(posterTargetUrl('https://otagai.example.jp', sitePaths('/'), 'sapporo')).toBe('https://otagai.example.jp/sapporo/policy/');
    expect(posterTargetUrl('https://example.lg.jp/', sitePaths('/kasuhara/'), 'sapporo')).toBe('https://example.lg.jp/kasuhara/sapporo/policy/');
    expect(posterTargetUrl('https://city.example.jp', sitePaths('/', 'sakaide'), 'sakaide')).toBe('https://city.example.jp/policy/');
  });

  it('encodes exactly that address, with the four-module quiet zone', () => {
    const url = 'https://example.lg.jp/kasuhara/sapporo/policy/';
    const code = qrPath(url);
    const size = 400;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${code.modules} ${code.modules}"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${code.d}"/></svg>`;
    expect(decodeQr(svg, size)).toBe(url);
    expect(code.d.startsWith('M4 4')).toBe(true);
  });
});

describe('PNG resolution', () => {
  it('records the dpi a printer reads, replacing any earlier value', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"></svg>', { font: { loadSystemFonts: false } }).render().asPng();
    expect(pngSize(png)).toEqual({ width: 10, height: 20 });
    const at300 = withDpi(png, 300);
    expect(pngDpi(at300)).toBe(300);
    expect(pngDpi(withDpi(at300, 150))).toBe(150);
    expect(pngSize(at300)).toEqual({ width: 10, height: 20 });
  });
});
