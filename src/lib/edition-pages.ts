/** Which pages an edition has: every edition has a home and its policy; the rest depend on its content. */
import type { EditionPage } from './paths.ts';

export function editionPages(source: { faqs: unknown[]; posters?: unknown[] | undefined; check?: unknown }): EditionPage[] {
  return [
    'home',
    'policy',
    ...(source.faqs.length > 0 ? (['faq'] as const) : []),
    ...((source.posters?.length ?? 0) > 0 ? (['posters'] as const) : []),
    ...(source.check ? (['check'] as const) : []),
  ];
}
