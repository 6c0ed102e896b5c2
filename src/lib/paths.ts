/**
 * Every URL the site links to, in one place. An edition lives at /<slug>/ in the
 * all-editions site, or at the root of its own standalone site.
 */
export type EditionPage = 'home' | 'policy' | 'faq' | 'posters' | 'check' | 'history' | 'accessibility';

export function sitePaths(base: string, standaloneEdition?: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const editionRoot = (slug: string) => (slug === standaloneEdition ? root : `${root}${slug}/`);
  return {
    root,
    standaloneEdition,
    /** /sakaide/ or /sakaide/policy/ */
    edition: (slug: string, page: EditionPage = 'home') => (page === 'home' ? editionRoot(slug) : `${editionRoot(slug)}${page}/`),
    /** /sakaide/policy/#response-time-limit */
    clause: (slug: string, anchorId: string) => `${editionRoot(slug)}policy/#${anchorId}`,
    /** /sakaide/faq/recording-why/ */
    faq: (slug: string, faqId: string) => `${editionRoot(slug)}faq/${faqId}/`,
    /** An edition's file: /sakaide/policy.json, /sakaide/feed.xml */
    editionFile: (slug: string, file: string) => `${editionRoot(slug)}${file}`,
    /** A site-wide file: /compare.json */
    file: (path: string) => `${root}${path}`,
    /** A published JSON Schema: /schema/edition.v1.json */
    schema: (name: string) => `${root}schema/${name}.json`,
    /** A site-wide page: /search/ */
    page: (name: string) => `${root}${name}/`,
    /** The route parameter of [...edition] pages: none when the edition is the site. */
    editionParam: (slug: string) => (slug === standaloneEdition ? undefined : slug),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;
