/**
 * The same page in the edition's other languages: the address under each language's root with the
 * same tail (/sakaide/en/faq/dogeza/ ↔ /sakaide/faq/dogeza/), where that language has the page.
 */
import type { EditionPage, PageLanguage, SitePaths } from './paths.ts';

export interface Alternate {
  language: PageLanguage;
  href: string;
  current: boolean;
}

export function alternates(paths: SitePaths, slug: string, versions: Partial<Record<PageLanguage, readonly string[]>>, page: EditionPage, pathname: string, language: PageLanguage): Alternate[] {
  const own = paths.edition(slug, 'home', language);
  if (!pathname.startsWith(own)) return [];
  const tail = pathname.slice(own.length);
  return (Object.keys(versions) as PageLanguage[])
    .filter((l) => versions[l]!.includes(page))
    .map((l) => ({ language: l, href: `${paths.edition(slug, 'home', l)}${tail}`, current: l === language }));
}

/** hreflang of a language version: やさしい日本語 is Japanese, and has no tag of its own to offer search engines. */
export const hreflang: Partial<Record<PageLanguage, string>> = { ja: 'ja', en: 'en' };
