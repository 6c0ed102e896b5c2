/** Which pages an edition has: every edition has a home and its policy; the rest depend on its content. */
import type { EditionPage, PageLanguage } from './paths.ts';

export function editionPages(source: { faqs: unknown[]; posters?: unknown[] | undefined; check?: unknown }): EditionPage[] {
  return [
    'home',
    'policy',
    ...(source.faqs.length > 0 ? (['faq'] as const) : []),
    ...((source.posters?.length ?? 0) > 0 ? (['posters'] as const) : []),
    ...(source.check ? (['check'] as const) : []),
  ];
}

/** The pages a language version has: English translates every page's words; plain Japanese rewrites what a resident reads first. */
const LANGUAGE_PAGES: Record<Exclude<PageLanguage, 'ja'>, readonly EditionPage[]> = {
  en: ['home', 'policy', 'faq', 'posters', 'check'],
  easy: ['home', 'faq', 'check'],
};

export const languagePages = (language: Exclude<PageLanguage, 'ja'>, pages: EditionPage[]) => pages.filter((p) => LANGUAGE_PAGES[language].includes(p));
