/**
 * The QR code on a poster: it leads to the edition's policy page on the site the build publishes
 * (astro.config `site` + `base` + the edition's path). Drawn as one vector path, with the
 * four-module quiet zone the standard asks for kept inside its square.
 */
import { encode } from 'uqr';

/** The absolute URL a poster's QR code carries: the edition's policy page on the site being built. */
export function posterTargetUrl(site: string | URL, paths: { edition: (slug: string, page: 'policy') => string }, slug: string): string {
  return new URL(paths.edition(slug, 'policy'), site).href;
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
