/**
 * What each built page costs a resident on a phone: HTML, CSS and JavaScript bytes after gzip.
 * Inline data (JSON-LD, JSON islands) counts as HTML; only executable script counts as JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function localFile(root: string, href: string, base: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(href) || href.startsWith('//')) return undefined;
  const path = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
  const file = join(root, path.split(/[?#]/)[0]!);
  return existsSync(file) ? file : undefined;
}

export function pageWeight(root: string, path: string, base = '/'): PageWeight {
  const html = readFileSync(join(root, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g), ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1]!);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs!));
  const external = scripts.map(([, attrs]) => attrs!.match(/src="([^"]+)"/)?.[1]).filter((s): s is string => !!s);
  const inlineJs = scripts.filter(([, attrs]) => !/src=/.test(attrs!)).map(([, , body]) => body!).join('');
  const sum = (hrefs: string[]) => [...new Set(hrefs)].reduce((n, href) => n + (localFile(root, href, base) ? gz(readFileSync(localFile(root, href, base)!)) : 0), 0);
  return {
    path,
    html: gz(html),
    css: sum(cssFiles) + (inlineCss ? gz(inlineCss) : 0),
    js: sum(external) + (inlineJs.trim() ? gz(inlineJs) : 0),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** A page's HTML without its lists of names (`<ul class="names">`): what a national page weighs besides them. */
export const withoutNameLists = (html: string): string => html.replace(/<ul class="names"[^>]*>[\s\S]*?<\/ul>/g, '');

/** Its HTML after gzip, as pageWeight counts it. */
export const gzipBytes = gz;
