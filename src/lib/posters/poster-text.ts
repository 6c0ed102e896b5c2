/** The words of a poster as the page and the PDF give them: its title, its sources, its text alternative. */
import type { Clause, EditionFile, Poster } from '../../schema/index.ts';
import { citedSources, sourceFullName } from '../sources.ts';
import { FORMATS, type PosterSize } from './formats.ts';
import { wordsFor } from '../words.ts';


/** The engine's words on a poster, in the poster's language (English posters say "Source:", not 出典). */
export function posterUi(lang: string) {
  const t = wordsFor(lang === 'en' ? 'en' : 'ja');
  return {
    qrCaption: t('poster.qrCaption'),
    /** The poster's source line, naming each source its lines come from: 出典：基本方針「…」、事例紹介「…」. */
    source: (names: string[]) => t('poster.source', { names: names.join(t('list.comma')) }),
    title: (city: string, kind: Poster['kind']) => t('poster.title', { name: city, kind: t(`posterKind.${kind}`) }),
    qrAlt: (url: string) => t('poster.qrAlt', { url }),
  };
}

/** The names of the sources the poster's lines come from (each clause's source, inherited from its section): 基本方針「…」. */
export function posterSources(edition: Pick<EditionFile, 'sources' | 'document'>, clauses: Clause[], poster: Poster): string[] {
  const sourced = { ...edition, clauses };
  return citedSources(sourced, poster.lines.map((l) => l.clause)).map((s) => sourceFullName(sourced, s));
}

/** Everything printed on the poster, in reading order: its text alternative. */
export function posterAltText(poster: Poster, city: string, source: string): string {
  return [...poster.lines.map((l) => l.text), city, source].join(' ');
}

/** Which kinds of file an edition's posters come in: the page explains only those. */
export const postersHave = (posters: Pick<Poster, 'sizes'>[]) => ({
  desk: posters.some((p) => p.sizes.includes('a5')),
  screen: posters.some((p) => p.sizes.some((s) => FORMATS[s].medium === 'screen')),
});

/** "98 KB", "1.2 MB": what a download weighs, in the units a reader expects. */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface DownloadFacts {
  format: 'pdf' | 'png';
  size: PosterSize;
  purpose: 'print' | 'screen' | 'preview';
  bytes: number;
  width?: number | undefined;
  height?: number | undefined;
}

/** The link text of a download: format, paper or screen (and pixels for an image), file size. */
export function downloadLabel(f: DownloadFacts): string {
  const where = FORMATS[f.size].label;
  const pixels = f.width && f.height ? `${f.width} × ${f.height} ピクセル` : '';
  if (f.format === 'pdf') return `PDF（${where}・印刷用）${fileSizeLabel(f.bytes)}`;
  if (f.purpose === 'screen') return `PNG 画像（${where}・${pixels}）${fileSizeLabel(f.bytes)}`;
  return `PNG 画像（見本、${pixels}）${fileSizeLabel(f.bytes)}`;
}
