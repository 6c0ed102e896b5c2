/**
 * The Content-Security-Policy every page carries as its first <meta>: everything from the site
 * itself, no inline script at all (islands' code is always a file of its own), no script whatever
 * on a page without an island, and inline style only by hash (the edition's accent colour).
 * The search island compiles Pagefind's WebAssembly: its page alone allows that ('wasm-unsafe-eval'
 * permits WebAssembly, never eval of script).
 */
import { createHash } from 'node:crypto';

/** 'sha256-…' of an inline element's text, as CSP hashes it. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(page: { scripts: boolean; wasm?: boolean; inlineStyles: string[] }): string {
  return [
    "default-src 'self'",
    `script-src ${page.scripts ? `'self'${page.wasm ? " 'wasm-unsafe-eval'" : ''}` : "'none'"}`,
    ['style-src', "'self'", ...page.inlineStyles.map(cspHash)].join(' '),
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
