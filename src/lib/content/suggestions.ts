/**
 * What npm run import suggested stays a suggestion until the author confirms it (suggested: true is
 * removed): pages never show it, and an edition cannot be published (draft: false) while one is left.
 */
import type { EditionFile } from '../../schema/index.ts';
import { reporter } from './citations.ts';
import type { Problem } from './problems.ts';
import type { YamlFile } from './yaml-file.ts';

/** Rules and measures an edition publishes: those the author confirmed. */
export const confirmed = <T extends { suggested?: boolean | undefined }>(list: T[]): T[] => list.filter((entry) => !entry.suggested);

export function suggestionProblems(edition: EditionFile, file: YamlFile): Problem[] {
  if (edition.draft) return [];
  const problems: Problem[] = [];
  const report = reporter(file, problems);
  if (edition.definition.suggested) report(['definition', 'suggested'], 'unconfirmed-suggestion');
  for (const key of ['rules', 'measures'] as const)
    edition[key].forEach((entry, i) => entry.suggested && report([key, i, 'suggested'], 'unconfirmed-suggestion'));
  return problems;
}
