/**
 * An edition's posters as files: for each poster, a tagged PDF per paper size (A4 and A3 portrait
 * unless the poster says otherwise; A5 for a desk card), a PNG per screen it asks for (digital
 * signage), and a preview PNG. Paper is printed from the PDF: a 300 dpi PNG of a sheet cost 0.3–0.8 s
 * per poster (most of a poster's time) and served no one, so none is drawn. Files come from the cache
 * when nothing they depend on has changed; otherwise they are drawn (layout → satori → PNG; → PDFKit → PDF).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Clause, EditionFile, Poster } from '../schema/index.ts';
import { FORMATS, isPaper, type PosterSize } from '../lib/posters/formats.ts';
import { lineBehaviour, pictogram, type Pictogram } from '../lib/posters/pictograms.ts';
import { pngSize } from '../lib/posters/png.ts';
import { posterAltText, posterSources, posterUi } from '../lib/posters/poster-text.ts';
import { timed } from '../lib/build-phases.ts';
import { cacheKey, cachedFile, cachedJson, posterCodeHash } from './cache.ts';
import { posterFonts } from './fonts.ts';
import { posterPdf } from './pdf.ts';
import { layoutJob, PosterError, renderSvg, TEMPLATE_VERSION, type PosterJob } from './render.ts';
import { releaseNativeMemory } from './release-memory.ts';

export { PosterError } from './render.ts';

export const PREVIEW_WIDTH = 800;

export type PosterFormat = 'pdf' | 'png';
export type PosterPurpose = 'print' | 'screen' | 'preview';

export interface PosterFile {
  name: string;
  format: PosterFormat;
  size: PosterSize;
  purpose: PosterPurpose;
  /** File size in bytes. */
  bytes: number;
  /** The file's contents, read from the poster cache when asked for: a build with hundreds of posters keeps none in memory. */
  readonly data: Uint8Array;
  /** Pixels, for PNGs. */
  width?: number;
  height?: number;
}

function cacheBacked(meta: Omit<PosterFile, 'data' | 'bytes'>, cachedAt: { path: string; size: number }): PosterFile {
  return {
    ...meta,
    bytes: cachedAt.size,
    get data() {
      return new Uint8Array(readFileSync(cachedAt.path));
    },
  };
}

export interface EditionPoster {
  poster: Poster;
  title: string;
  alt: string;
  files: PosterFile[];
  preview: PosterFile;
  /** Does it carry a QR code? Not when the site's address is a placeholder. */
  qr: boolean;
}

export interface PosterEdition extends Pick<EditionFile, 'city' | 'sources' | 'document' | 'theme'>, Partial<Pick<EditionFile, 'revisions'>> {
  slug: string;
  clauses: Clause[];
  posters: Poster[];
}

/** Taxonomy id → pictogram name (shared/behaviours.yaml). */
export type PictogramNames = ReadonlyMap<string, string>;

export function posterJob(edition: PosterEdition, poster: Poster, url: string | undefined, pictogramNames: PictogramNames): PosterJob {
  const ui = posterUi(poster.lang);
  const source = ui.source(posterSources(edition, edition.clauses, poster));
  const pictograms: Record<string, Pictogram> = {};
  const lines = poster.lines.map((l) => {
    const behaviour = l.role === 'item' || l.role === 'scene' ? lineBehaviour(edition.clauses, l) : undefined;
    const name = behaviour ? pictogramNames.get(behaviour) : undefined;
    if (name) {
      const icon = pictogram(name);
      if (!icon) throw new PosterError(`content/shared/behaviours.yaml: 絵記号「${name}」は Material Symbols にありません。`);
      pictograms[name] = icon;
    }
    return { role: l.role, text: l.text, pictogram: name };
  });
  return {
    file: `content/editions/${edition.slug}/posters.yaml`,
    id: poster.id,
    title: ui.title(edition.city.name, poster.kind),
    lang: poster.lang,
    lines,
    pictograms,
    city: edition.city.name,
    source,
    url,
    caption: ui.qrCaption,
    accent: edition.theme.accent,
    dated: edition.revisions?.at(-1)?.date ?? edition.document.dates[0]?.iso,
  };
}

/** A poster in timings and messages: its file and id, and its language when it is a translation (which keeps the id it translates). */
export const posterName = (job: Pick<PosterJob, 'file' | 'id' | 'lang'>) => `${job.file}#${job.id}${job.lang === 'ja' ? '' : ` (${job.lang})`}`;

export interface Timing {
  poster: string;
  step: 'svg' | 'pdf' | 'png-screen' | 'png-preview';
  size: PosterSize;
  /** Wall time, and the process's CPU time (what the step costs on a machine shared with other work). */
  ms: number;
  cpuMs: number;
}

/** Renders (or takes from the cache in cacheDir) every file of one poster. `timings` collects how long each step took. */
export async function posterFiles(job: PosterJob, sizes: PosterSize[], cacheDir: string, timings?: Timing[]): Promise<PosterFile[]> {
  const fonts = posterFonts();
  const base = { v: TEMPLATE_VERSION, code: posterCodeHash(), font: fonts.hash, job };
  const name = posterName(job);
  const time = async <T>(step: Timing['step'], size: PosterSize, run: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const out = await run();
    const used = process.cpuUsage(cpu);
    timings?.push({ poster: name, step, size, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 });
    return out;
  };
  const svgs = new Map<PosterSize, Promise<string>>();
  const svgFor = (size: PosterSize) => {
    let svg = svgs.get(size);
    if (!svg) {
      svg = time('svg', size, async () => (await renderSvg(job, size)).svg);
      svgs.set(size, svg);
    }
    return svg;
  };
  const png = async (size: PosterSize, step: Timing['step'], fit: { mode: 'original' } | { mode: 'width'; value: number }) => {
    const svg = await svgFor(size);
    const bytes = await time(step, size, () => new Resvg(svg, { fitTo: fit, font: { loadSystemFonts: false } }).render().asPng());
    await releaseNativeMemory();
    return bytes;
  };

  const files: PosterFile[] = [];
  for (const size of sizes.filter(isPaper)) {
    const pdf = await cachedFile(cacheDir, cacheKey({ ...base, size, format: 'pdf' }), 'pdf', () => time('pdf', size, () => posterPdf(job, size)));
    files.push(cacheBacked({ name: `${job.id}-${size}.pdf`, format: 'pdf', size, purpose: 'print' }, pdf));
  }
  for (const size of sizes.filter((s) => !isPaper(s))) {
    const format = FORMATS[size];
    const file = await cachedFile(cacheDir, cacheKey({ ...base, size, format: 'png' }), 'png', () => png(size, 'png-screen', { mode: 'original' }));
    files.push(cacheBacked({ name: `${job.id}-${size}.png`, format: 'png', size, purpose: 'screen', width: format.px[0], height: format.px[1] }, file));
  }
  const first = sizes[0]!;
  const preview = await cachedFile(cacheDir, cacheKey({ ...base, size: first, format: 'png', width: PREVIEW_WIDTH }), 'png', () => png(first, 'png-preview', { mode: 'width', value: PREVIEW_WIDTH }));
  files.push(cacheBacked({ name: `${job.id}-preview.png`, format: 'png', size: first, purpose: 'preview', ...pngSize(new Uint8Array(readFileSync(preview.path))) }, preview));
  return files;
}

const memo = new Map<string, Promise<EditionPoster[]>>();

function fits(job: PosterJob, size: PosterSize): boolean {
  try {
    layoutJob(job, size);
    return true;
  } catch (error) {
    if (error instanceof PosterError) return false;
    throw error;
  }
}

/**
 * A translation is longer or shorter than the city's words: it is printed on the sizes it fits.
 * Finding out takes a layout per size, so the answer is kept in the poster cache: the poster
 * workers find it once, and the page build reads it.
 */
export function printableSizes(job: PosterJob, sizes: PosterSize[], cacheDir: string): PosterSize[] {
  if (job.lang === 'ja') return sizes;
  const key = cacheKey({ v: TEMPLATE_VERSION, code: posterCodeHash(), font: posterFonts().hash, job, sizes, format: 'fits' });
  return cachedJson(cacheDir, key, () => sizes.filter((size) => fits(job, size)));
}

/** Every poster of an edition, once per build (the page and the file routes share the result). */
export function editionPosters(edition: PosterEdition, url: string | undefined, pictogramNames: PictogramNames, cacheDir: string): Promise<EditionPoster[]> {
  // An edition's English posters are another set than its Japanese ones, under the same slug and address.
  const key = `${edition.slug}|${edition.posters.map((p) => `${p.id}:${p.lang}`).join(',')}|${url}`;
  let result = memo.get(key);
  if (!result) {
    result = timed('posters ms', async () => {
      const out: EditionPoster[] = [];
      for (const poster of edition.posters) {
        const job = posterJob(edition, poster, url, pictogramNames);
        const sizes = printableSizes(job, poster.sizes, cacheDir);
        if (sizes.length === 0) continue;
        const files = await posterFiles(job, sizes, cacheDir);
        out.push({
          poster,
          title: posterUi(poster.lang).title(edition.city.name, poster.kind),
          alt: posterAltText(poster, edition.city.name, job.source),
          files,
          preview: files.find((f) => f.purpose === 'preview')!,
          qr: url !== undefined,
        });
      }
      return out;
    });
    memo.set(key, result);
  }
  return result;
}
