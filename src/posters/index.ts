/**
 * An edition's posters as files: for each poster, a PDF per paper size (A4 and A3 portrait unless the
 * poster says otherwise), a 300 dpi PNG of the first size and a preview PNG. Files come from the cache
 * when nothing they depend on has changed; otherwise they are drawn (satori → SVG → PDF and PNG).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Clause, EditionFile, Poster } from '../schema/index.ts';
import { PAPERS, type Paper } from '../lib/posters/layout.ts';
import { pngSize, withDpi } from '../lib/posters/png.ts';
import { posterAltText, posterSources, posterUi } from '../lib/posters/poster-text.ts';
import { timed } from '../lib/build-phases.ts';
import { cacheKey, cachedFile, posterCodeHash } from './cache.ts';
import { posterFonts } from './fonts.ts';
import { DPI, renderSvg, TEMPLATE_VERSION, type PosterJob } from './render.ts';
import { releaseNativeMemory } from './release-memory.ts';
import { svgToPdf } from './svg-to-pdf.ts';

export { PosterError } from './render.ts';

export const PREVIEW_WIDTH = 800;

export type PosterFormat = 'pdf' | 'png';
export type PosterPurpose = 'print' | 'print-png' | 'preview';

export interface PosterFile {
  name: string;
  format: PosterFormat;
  paper: Paper;
  purpose: PosterPurpose;
  /** File size in bytes. */
  size: number;
  /** The file's bytes, read from the poster cache when asked for: a build with hundreds of posters keeps none in memory. */
  readonly bytes: Uint8Array;
  /** Pixels, for PNGs. */
  width?: number;
  height?: number;
}

function cacheBacked(meta: Omit<PosterFile, 'bytes' | 'size'>, cachedAt: { path: string; size: number }): PosterFile {
  return {
    ...meta,
    size: cachedAt.size,
    get bytes() {
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
}

export interface PosterEdition extends Pick<EditionFile, 'city' | 'sources' | 'document' | 'theme'> {
  slug: string;
  clauses: Clause[];
  posters: Poster[];
}

export function posterJob(edition: PosterEdition, poster: Poster, url: string): PosterJob {
  const source = posterUi.source(posterSources(edition, edition.clauses, poster));
  return {
    file: `content/editions/${edition.slug}/posters.yaml`,
    id: poster.id,
    title: posterUi.title(edition.city.name, poster.kind),
    lines: poster.lines.map((l) => ({ role: l.role, text: l.text })),
    city: edition.city.name,
    source,
    url,
    caption: posterUi.qrCaption,
    accent: edition.theme.accent,
  };
}

export interface Timing {
  poster: string;
  step: 'svg' | 'pdf' | 'png-300dpi' | 'png-preview';
  paper: Paper;
  ms: number;
}

/** Renders (or takes from the cache) every file of one poster. `timings` collects how long each step took. */
export async function posterFiles(job: PosterJob, sizes: Paper[], timings?: Timing[]): Promise<PosterFile[]> {
  const fonts = posterFonts();
  const base = { v: TEMPLATE_VERSION, code: posterCodeHash(), font: fonts.hash, job };
  const svgs = new Map<Paper, Promise<string>>();
  const svgFor = (paper: Paper) => {
    let svg = svgs.get(paper);
    if (!svg) {
      svg = (async () => {
        const t = performance.now();
        const result = await renderSvg(job, paper);
        timings?.push({ poster: `${job.file}#${job.id}`, step: 'svg', paper, ms: performance.now() - t });
        return result.svg;
      })();
      svgs.set(paper, svg);
    }
    return svg;
  };
  const time = async <T>(step: Timing['step'], paper: Paper, run: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const out = await run();
    timings?.push({ poster: `${job.file}#${job.id}`, step, paper, ms: performance.now() - t });
    return out;
  };

  const files: PosterFile[] = [];
  for (const paper of sizes) {
    const pdf = await cachedFile(cacheKey({ ...base, paper, format: 'pdf' }), 'pdf', async () => {
      const svg = await svgFor(paper);
      return time('pdf', paper, () =>
        svgToPdf(svg, PAPERS[paper].pt, DPI, {
          title: job.title,
          subject: [...job.lines.map((l) => l.text), job.city, job.source].join('\n'),
          keywords: ['カスタマーハラスメント', job.city],
          lang: 'ja',
          creator: 'Otagai',
        }),
      );
    });
    files.push(cacheBacked({ name: `${job.id}-${paper}.pdf`, format: 'pdf', paper, purpose: 'print' }, pdf));
  }
  const first = sizes[0]!;
  const [w, h] = PAPERS[first].px300;
  const png = await cachedFile(cacheKey({ ...base, paper: first, format: 'png', dpi: DPI }), 'png', async () => {
    const svg = await svgFor(first);
    const bytes = await time('png-300dpi', first, () => withDpi(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng(), DPI));
    await releaseNativeMemory();
    return bytes;
  });
  files.push(cacheBacked({ name: `${job.id}-${first}-300dpi.png`, format: 'png', paper: first, purpose: 'print-png', width: w, height: h }, png));
  const preview = await cachedFile(cacheKey({ ...base, paper: first, format: 'png', width: PREVIEW_WIDTH }), 'png', async () => {
    const svg = await svgFor(first);
    return time('png-preview', first, () => new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
  });
  files.push(cacheBacked({ name: `${job.id}-preview.png`, format: 'png', paper: first, purpose: 'preview', ...pngSize(new Uint8Array(readFileSync(preview.path))) }, preview));
  return files;
}

const memo = new Map<string, Promise<EditionPoster[]>>();

/** Every poster of an edition, once per build (the page and the file routes share the result). */
export function editionPosters(edition: PosterEdition, url: string): Promise<EditionPoster[]> {
  const key = `${edition.slug}|${url}`;
  let result = memo.get(key);
  if (!result) {
    result = timed('posters ms', async () => {
      const out: EditionPoster[] = [];
      for (const poster of edition.posters) {
        const job = posterJob(edition, poster, url);
        const files = await posterFiles(job, poster.sizes);
        out.push({
          poster,
          title: posterUi.title(edition.city.name, poster.kind),
          alt: posterAltText(poster, edition.city.name, job.source),
          files,
          preview: files.find((f) => f.purpose === 'preview')!,
        });
      }
      return out;
    });
    memo.set(key, result);
  }
  return result;
}
