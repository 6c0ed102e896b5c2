/** Which pages an edition has. Pages are added here as the engine grows (FAQ, posters, check). */
import type { Edition } from '../content.config.ts';
import type { EditionPage } from './paths.ts';

export function editionPages(_edition: Edition): EditionPage[] {
  return ['home', 'policy'];
}
