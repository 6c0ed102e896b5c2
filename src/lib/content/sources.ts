/**
 * Faithful by construction: an edition that keeps a source's text (sources[].kept) publishes from it
 * only words found in it. Every title, paragraph, list item, note, table cell and signature line of a
 * clause from that source must be in the kept text, widths, spaces, line breaks and reading marks
 * aside. An extraction error the edition corrected passes only as a recorded correction (corrections:
 * in the clause), which is applied to the source before the words are looked up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Clause, EditionFile, PolicyFile } from '../../schema/index.ts';
import { walkClauses } from '../clauses.ts';
import { clauseUnits, foundPrefix, normaliseEditionText, normaliseSourceText } from '../source-text.ts';
import { reporter } from './citations.ts';
import type { Problem } from './problems.ts';
import type { YamlFile } from './yaml-file.ts';

const SHOWN = 40;
const shorten = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s);

/** The kept texts of an edition's sources, by source id, normalised; missing files are reported. */
function keptTexts(edition: EditionFile, dir: string, editionYaml: YamlFile, problems: Problem[]): Map<string, { file: string; text: string }> {
  const report = reporter(editionYaml, problems);
  const texts = new Map<string, { file: string; text: string }>();
  edition.sources.forEach((source, i) => {
    if (!source.kept) return;
    const file = join(dir, source.kept);
    if (!existsSync(file)) return report(['sources', i, 'kept'], 'source-text-missing', { input: source.kept });
    texts.set(source.id, { file: relative(process.cwd(), file) || file, text: normaliseSourceText(readFileSync(file, 'utf8')) });
  });
  return texts;
}

/** The source text with a clause's recorded corrections applied, as the edition reads it. */
function corrected(text: string, clause: Clause): string {
  let out = text;
  for (const c of clause.corrections) out = out.split(normaliseSourceText(c.original)).join(normaliseSourceText(c.corrected));
  return out;
}

export function sourceTextProblems(edition: EditionFile, policy: PolicyFile, dir: string, editionYaml: YamlFile, policyYaml: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const texts = keptTexts(edition, dir, editionYaml, problems);
  if (texts.size === 0) return problems;
  const report = reporter(policyYaml, problems);
  // A clause's source is its own, else its parent's, else the document's.
  const sourceOf = new Map<Clause, string>();
  for (const { clause, path, ancestors } of walkClauses(policy.clauses)) {
    const sourceId = clause.source ?? (ancestors.length ? sourceOf.get(ancestors.at(-1)!) : undefined) ?? edition.document.source;
    sourceOf.set(clause, sourceId);
    const kept = texts.get(sourceId);
    if (!kept) continue;
    const withCorrections = clause.corrections.length ? corrected(kept.text, clause) : kept.text;
    for (const unit of clauseUnits(clause, path)) {
      const words = normaliseEditionText(unit.text);
      if (!words || withCorrections.includes(words)) continue;
      const found = foundPrefix(withCorrections, words);
      const where = found > 0 ? `「${shorten(words.slice(0, found))}」までは見つかりますが、「${shorten(words.slice(found))}」が違います。` : '';
      report(unit.path, 'text-not-in-source', { input: shorten(plainTextOf(unit.text)), source: kept.file, where });
    }
  }
  return problems;
}

const plainTextOf = (text: string) => text.replace(/\s+/g, ' ').trim();
