/**
 * An edition's 「これってカスハラ？」 guide, check.yaml: read, validated against its schema, then
 * checked against the edition: every cited clause exists, every quote is the city's own words,
 * and there is one step for each element of the edition's definition family, in the family's order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckGuideFile, DefinitionFamily, EditionFile, PolicyFile } from '../../schema/index.ts';
import { findClause } from '../clauses.ts';
import { clauseIndex, reporter } from './citations.ts';
import type { Problem } from './problems.ts';
import { placeholderProblems, PUBLISH_CHECKS } from './publishable.ts';
import { valueGuess } from './suggest.ts';
import { schemaProblems, type Validator } from './schema-issues.ts';
import { readYamlFile, type Path, type YamlFile } from './yaml-file.ts';

export const CHECK_FILE = 'check.yaml';

/** check.yaml of an edition folder, or undefined when the edition has no guide (or the file is broken: see problems). */
export function readCheckGuide(
  dir: string,
  displayDir: string,
  validator: Validator<CheckGuideFile>,
  edition: EditionFile | undefined,
  policy: PolicyFile | undefined,
  families: DefinitionFamily[],
  problems: Problem[],
): CheckGuideFile | undefined {
  const file = join(dir, CHECK_FILE);
  if (!existsSync(file)) return undefined;
  const read = readYamlFile(file, join(displayDir, CHECK_FILE));
  problems.push(...read.problems);
  if (!read.yaml) return undefined;
  problems.push(...placeholderProblems(read.yaml));
  const result = validator.safeParse(read.yaml.data, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, read.yaml));
    return undefined;
  }
  if (!edition || !policy) return result.data;
  const found = checkGuideProblems(result.data, edition, policy, families, read.yaml);
  problems.push(...found);
  return found.every((p) => PUBLISH_CHECKS.has(p.message)) ? result.data : undefined;
}

/** Checks from check.yaml into the edition: clauses, quotes, examples and the family's elements. */
export function checkGuideProblems(guide: CheckGuideFile, edition: EditionFile, policy: PolicyFile, families: DefinitionFamily[], file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(file, problems);
  const index = clauseIndex(policy.clauses);

  const cite = (path: Path, clauseId: string, quote: string) => {
    if (!index.ownerOf(clauseId)) return report([...path, 'clause'], 'unknown-clause', { input: clauseId, hint: index.idHint(clauseId) });
    const words = index.unnamed(clauseId);
    if (words) report([...path, 'clause'], 'cited-unnamed', { input: clauseId, words });
    if (!index.quotes(clauseId, quote)) report([...path, 'quote'], 'quote-not-found', { input: quote, clause: clauseId, hint: index.quoteHint(clauseId, quote) });
  };
  const citeAll = (key: string, list: { clause: string; quote: string }[], base: Path = []) =>
    list.forEach((c, i) => cite([...base, key, i], c.clause, c.quote));

  citeAll('welcome', guide.welcome);
  citeAll('accommodation', guide.accommodation);
  citeAll('decidedBy', guide.decidedBy);
  citeAll('next', guide.next);

  guide.steps.forEach((step, s) => {
    const at = ['steps', s];
    cite(at, step.clause, step.quote);
    citeAll('explanation', step.explanation, at);
    citeAll('notes', step.notes, at);
    step.examples.forEach((id, e) => {
      const clause = findClause(policy.clauses, id);
      if (!clause) return report([...at, 'examples', e], 'unknown-clause', { input: id, hint: index.idHint(id) });
      if (!clause.body.some((b) => typeof b === 'object' && 'list' in b)) report([...at, 'examples', e], 'no-examples', { input: id });
    });
  });

  // One step per element of the family, in the family's order.
  const family = families.find((f) => f.id === edition.definition.family);
  if (family) {
    const ids = family.elements.map((e) => e.id);
    const values = ids.join('、');
    const seen = new Set<string>();
    guide.steps.forEach((step, s) => {
      const path = ['steps', s, 'element'];
      if (!ids.includes(step.element)) report(path, 'unknown-element', { input: step.element, family: family.label, values, hint: valueGuess(step.element, ids) });
      else if (seen.has(step.element)) report(path, 'duplicate-element', { input: step.element });
      seen.add(step.element);
    });
    const missing = family.elements.filter((e) => !seen.has(e.id));
    for (const e of missing) report(['steps'], 'missing-element', { input: e.id, label: e.label, family: family.label });
    const order = guide.steps.map((st) => st.element).filter((id) => ids.includes(id));
    const expected = ids.filter((id) => order.includes(id));
    if (missing.length === 0 && order.join() !== expected.join() && new Set(order).size === order.length)
      report(['steps'], 'element-order', { values });
  }
  return problems;
}
