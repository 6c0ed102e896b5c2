/**
 * Every URL the site links to, in one place. An edition lives at /<slug>/ in the
 * all-editions site, or at the root of its own standalone site.
 */
export type EditionPage = 'home' | 'policy' | 'faq' | 'posters' | 'check' | 'history' | 'accessibility';

/** ja: the government's own words; easy: this site's やさしい日本語; en: this site's English. */
export type PageLanguage = 'ja' | 'easy' | 'en';

export function sitePaths(base: string, standaloneEdition?: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  // A language version lives under the edition: /sakaide/en/policy/ (or /en/policy/ when the edition is the site).
  const editionRoot = (slug: string, language: PageLanguage = 'ja') => `${slug === standaloneEdition ? root : `${root}${slug}/`}${language === 'ja' ? '' : `${language}/`}`;
  return {
    root,
    standaloneEdition,
    /** /sakaide/ or /sakaide/policy/ */
    edition: (slug: string, page: EditionPage = 'home', language?: PageLanguage) => (page === 'home' ? editionRoot(slug, language) : `${editionRoot(slug, language)}${page}/`),
    /** /sakaide/policy/#response-time-limit; in English /sakaide/en/policy/#… (plain Japanese has no policy page of its own) */
    clause: (slug: string, anchorId: string, language?: PageLanguage) => `${editionRoot(slug, language === 'en' ? 'en' : 'ja')}policy/#${anchorId}`,
    /** /sakaide/faq/recording-why/ */
    faq: (slug: string, faqId: string, language?: PageLanguage) => `${editionRoot(slug, language)}faq/${faqId}/`,
    /** An edition's file: /sakaide/policy.json, /sakaide/feed.xml */
    editionFile: (slug: string, file: string) => `${editionRoot(slug)}${file}`,
    /** A site-wide file: /compare.json */
    file: (path: string) => `${root}${path}`,
    /** A published JSON Schema: /schema/edition.v1.json */
    schema: (name: string) => `${root}schema/${name}.json`,
    /** A site-wide page: /search/ */
    page: (name: string, language: PageLanguage = 'ja') => `${root}${language === 'ja' ? '' : `${language}/`}${name}/`,
    /** The route parameter of [...edition] pages: none when the edition is the site; its language after it (sakaide/en). */
    editionParam: (slug: string, language: PageLanguage = 'ja') => [slug === standaloneEdition ? undefined : slug, language === 'ja' ? undefined : language].filter(Boolean).join('/') || undefined,
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;
