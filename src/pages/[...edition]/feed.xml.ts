/** /<slug>/feed.xml: the edition's revisions as an Atom feed. */
import type { APIRoute } from 'astro';
import type { Edition } from '../../schema/index.ts';
import { editionRoutes } from '../../data.ts';
import { atomFeed } from '../../lib/atom.ts';
import { newestFirst } from '../../lib/revisions.ts';
import { wordsFor } from '../../lib/words.ts';
import { paths } from '../../paths.ts';

export async function getStaticPaths() {
  return editionRoutes(paths);
}

export const GET: APIRoute = ({ props, site }) => {
  const { edition } = props as { edition: Edition };
  const t = wordsFor('ja', edition.ui);
  const absolute = (path: string) => new URL(path, site).href;
  const history = absolute(paths.edition(edition.slug, 'history'));
  const body = atomFeed({
    id: history,
    title: `${edition.city.name} ${edition.document.title}：${t('page.history')}`,
    link: history,
    self: absolute(paths.editionFile(edition.slug, 'feed.xml')),
    author: t('site.name'),
    entries: newestFirst(edition.revisions).map((r, i) => ({
      id: `${history}#revision-${edition.revisions.length - i}`,
      title: `${r.date} ${r.summary}`,
      updated: r.date,
      link: absolute(paths.edition(edition.slug)),
      summary: r.summary,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
