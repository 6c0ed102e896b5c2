/**
 * The QR code on a poster: it leads to the edition's policy page on the site the build publishes
 * (astro.config `site` + `base` + the edition's path). Drawn as one vector path, with the
 * four-module quiet zone the standard asks for kept inside its square.
 */
import { encode } from 'uqr';
import { DEFAULT_SITE } from '../build-options.ts';
import type { PageLanguage } from '../paths.ts';

/**
 * Is this a site no reader can reach? The all-editions site's default address (DEFAULT_SITE), or a
 * name kept for examples: RFC 2606 and 6761 (example.com/.net/.org, .example, .test, .invalid,
 * localhost) and JPRS's example.jp and example.<kind>.jp (the new-edition template's www.example.lg.jp).
 */
export function isPlaceholderSite(site: string | URL): boolean {
  const host = new URL(site).hostname.toLowerCase();
  if (host === new URL(DEFAULT_SITE).hostname) return true;
  if (/(^|\.)example\.(com|net|org)$/.test(host)) return true;
  if (/(^|\.)example\.([a-z]{2}\.)?jp$/.test(host)) return true;
  return /(^|\.)(example|test|invalid|localhost)$/.test(host);
}

/**
 * The absolute URL a poster's QR code carries: the edition's policy page on the site being built —
 * or none, when the site is a placeholder: a printed QR code must never point nowhere.
 */
export function posterTargetUrl(site: string | URL, paths: { edition: (slug: string, page: 'policy', language?: PageLanguage) => string }, slug: string, language: PageLanguage = 'ja'): string | undefined {
  if (isPlaceholderSite(site)) return undefined;
  // An English poster leads to the English policy; a plain-Japanese version has no policy page of its own.
  return new URL(paths.edition(slug, 'policy', language === 'en' ? 'en' : 'ja'), site).href;
}

export interface QrPath {
  /** SVG path data in module units, quiet zone included: the square is `modules` wide. */
  d: string;
  modules: number;
  version: number;
}

/** One path of horizontal runs of dark modules, offset by the quiet zone; error correction M survives a scuffed or partly covered print. */
export function qrPath(url: string, quiet = 4): QrPath {
  const result = encode(url, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  result.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`);
    }
  });
  return { d: parts.join(''), modules: result.size + 2 * quiet, version: result.version };
}
