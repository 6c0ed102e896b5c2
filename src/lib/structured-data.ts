/**
 * JSON-LD (schema.org) describing each page: a WebPage about the city's document, published by the
 * city, based on the sources its content is drawn from (isBasedOn: one per source, a third party's
 * report without the city as its author); an FAQ page as FAQPage. Search engines and assistive tools
 * read it; nothing is added that the page does not say.
 */
export interface PageFacts {
  url: string;
  name: string;
  description: string;
  siteName: string;
  edition?: {
    city: string;
    documentTitle: string;
    documentDate?: string | undefined;
    firstPublished?: string | undefined;
    lastRevised?: string | undefined;
    /** The sources the page's content is drawn from, each with its publisher where the source names one. */
    basedOn?: Array<{ title: string; publisher?: string | undefined }> | undefined;
  };
}

export function webPageLd(page: PageFacts): Record<string, unknown> {
  const e = page.edition;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: 'ja',
    isPartOf: { '@type': 'WebSite', name: page.siteName },
    ...(e && {
      about: {
        '@type': 'CreativeWork',
        name: e.documentTitle,
        inLanguage: 'ja',
        author: { '@type': 'GovernmentOrganization', name: e.city },
        ...(e.documentDate && { datePublished: e.documentDate }),
      },
      ...(e.basedOn?.length && {
        isBasedOn: e.basedOn.map((s) => ({
          '@type': 'CreativeWork',
          name: s.title,
          inLanguage: 'ja',
          ...(s.publisher && { publisher: { '@type': 'Organization', name: s.publisher } }),
        })),
      }),
      ...(e.firstPublished && { datePublished: e.firstPublished }),
      ...(e.lastRevised && { dateModified: e.lastRevised }),
    }),
  };
}

export function faqPageLd(page: PageFacts, question: string, answerText: string): Record<string, unknown> {
  return {
    ...webPageLd(page),
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answerText } }],
  };
}
