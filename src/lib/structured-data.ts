/**
 * JSON-LD (schema.org) describing each page: a WebPage about the city's document, published by the
 * city; an FAQ page as FAQPage. Search engines and assistive tools read it; nothing is added that
 * the page does not say.
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
