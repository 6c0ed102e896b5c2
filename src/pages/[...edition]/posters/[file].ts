/** The poster files of an edition, /<slug>/posters/<poster>-a4.pdf and so on, drawn (or taken from the cache) at build time. */
import type { APIRoute } from 'astro';
import { pageRoutes, pictogramNames } from '../../../data.ts';
import { posterTargetUrl } from '../../../lib/posters/qr.ts';
import { buildOptions, paths } from '../../../paths.ts';
import { editionPosters, type PosterFile } from '../../../posters/index.ts';

export async function getStaticPaths() {
  const routes = await pageRoutes(paths, 'posters');
  const files: Array<{ params: { edition: string | undefined; file: string }; props: { file: PosterFile } }> = [];
  for (const route of routes) {
    const edition = route.props.edition;
    for (const item of await editionPosters(edition, posterTargetUrl(buildOptions.site, paths, edition.slug, route.props.language), await pictogramNames(), buildOptions.posterCacheDir)) {
      for (const file of item.files) files.push({ params: { edition: route.params.edition, file: file.name }, props: { file } });
    }
  }
  return files;
}

const types = { pdf: 'application/pdf', png: 'image/png' } as const;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: PosterFile };
  return new Response(file.data as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': types[file.format] } });
};
