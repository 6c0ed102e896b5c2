/**
 * Reads an edition's translations (translations/<language>/*.yaml), checks each unit against the
 * Japanese it mirrors, and says of every unit whether its translation is current, stale (made from
 * words that have changed since), a stub (todo) or missing. Problems come back; nothing throws.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { translationFileSchema, type TranslationFile } from '../../schema/translation.ts';
import type { EditionSource } from '../content/read-content.ts';
import { clauseIndex } from '../content/citations.ts';
import type { Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/schema-issues.ts';
import { idHint } from '../content/suggest.ts';
import { readYamlFile } from '../content/yaml-file.ts';
import { numbersNotIn, sourceNumbers } from './numbers.ts';
import { shapeMismatches, type Shape } from './text-shape.ts';
import { editionUnits, sectionsOf, translatedLanguages, unitSections, unitsFor, type SourceUnit, type TranslatedLanguage, type UnitSection } from './units.ts';

/** A unit whose words are several fields (a clause's title and body), not one text or one list. */
export const isFields = (shape: Shape): shape is Record<string, Shape> => typeof shape === 'object' && !Array.isArray(shape);

export type UnitStatus = 'current' | 'stale' | 'todo' | 'missing';

export interface UnitTranslation {
  /** The words, mirroring the original's text shape (only when current). */
  words: unknown;
  status: Exclude<UnitStatus, 'missing'>;
}

export interface EditionTranslation {
  language: TranslatedLanguage;
  /** Set when the government itself made the translation. */
  official?: TranslationFile['official'];
  /** By `${section}:${id}`. */
  units: Map<string, UnitTranslation>;
  coverage: Record<UnitStatus, number> & { total: number };
}

export const unitKey = (section: UnitSection, id: string) => `${section}:${id}`;

const strings = (shape: unknown): string[] =>
  typeof shape === 'string' ? [shape] : Array.isArray(shape) ? shape.flatMap(strings) : shape && typeof shape === 'object' ? Object.values(shape).flatMap(strings) : [];

/** The words a unit rests on: its own, and for an FAQ the clauses it cites. */
function groundOf(unit: SourceUnit, source: EditionSource): string[] {
  if (unit.section !== 'faqs') return strings(unit.shape);
  const faq = source.faqs.find((f) => f.id === unit.id);
  const index = clauseIndex(source.policy.clauses);
  return [...strings(unit.shape), ...(faq?.data.cites ?? []).map((c) => index.textOf(c.clause))];
}

export function readTranslations(source: EditionSource, display: (file: string) => string): { translations: EditionTranslation[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = join(source.dir, 'translations');
  if (!existsSync(root)) return { translations: [], problems };
  const all = editionUnits(source);
  const translations: EditionTranslation[] = [];
  for (const language of readdirSync(root).filter((n) => !n.startsWith('.')).sort()) {
    if (!(translatedLanguages as readonly string[]).includes(language)) {
      problems.push({ file: display(join(root, language)), path: [], message: 'translation-language', params: { input: language, values: translatedLanguages.join('、') } });
      continue;
    }
    const lang = language as TranslatedLanguage;
    const units = unitsFor(all, lang);
    const byKey = new Map(units.map((u) => [unitKey(u.section, u.id), u]));
    const found = new Map<string, UnitTranslation>();
    let official: TranslationFile['official'];
    for (const name of readdirSync(join(root, language)).filter((n) => n.endsWith('.yaml')).sort()) {
      const read = readYamlFile(join(root, language, name), display(join(root, language, name)));
      problems.push(...read.problems);
      if (!read.yaml) continue;
      const yaml = read.yaml;
      const parsed = translationFileSchema.safeParse(yaml.data, { reportInput: true });
      if (!parsed.success) {
        problems.push(...schemaProblems(parsed.error.issues, yaml));
        continue;
      }
      official ??= parsed.data.official;
      for (const section of unitSections) {
        for (const [id, entry] of Object.entries(parsed.data[section] ?? {})) {
          const key = unitKey(section, id);
          const report = (path: Array<string | number>, message: Problem['message'], params?: Problem['params']) =>
            problems.push({ file: yaml.file, line: yaml.lineOf([section, id, ...path]), path: [section, id, ...path], message, params });
          const unit = byKey.get(key);
          if (!unit) {
            const ids = units.filter((u) => u.section === section).map((u) => u.id);
            report([], sectionsOf[lang].includes(section) ? 'translation-unknown-unit' : 'translation-not-translated', { input: id, hint: idHint(id, ids), section });
            continue;
          }
          if (found.has(key)) {
            report([], 'translation-duplicate-unit', { input: id });
            continue;
          }
          const { from, todo, ...fields } = entry;
          // A unit whose words are one text or one list is written under `text`.
          const words = isFields(unit.shape) ? fields : fields.text;
          const status = todo ? 'todo' : from === unit.hash ? 'current' : 'stale';
          if (status === 'current') {
            const mismatches = shapeMismatches(unit.shape, words);
            for (const m of mismatches) report(isFields(unit.shape) ? m.path : ['text', ...m.path], `translation-${m.kind}`, { expected: expectedWords(m.kind, m.expected) });
            if (mismatches.length === 0) {
              const ground = sourceNumbers(groundOf(unit, source));
              for (const n of new Set(strings(words).flatMap((text) => numbersNotIn(text, ground)))) report([], 'translation-number', { input: n });
            }
          }
          found.set(key, { words: status === 'current' ? words : undefined, status });
        }
      }
    }
    const coverage = { total: units.length, current: 0, stale: 0, todo: 0, missing: 0 };
    for (const u of units) coverage[found.get(unitKey(u.section, u.id))?.status ?? 'missing']++;
    translations.push({ language: lang, official, units: found, coverage });
  }
  return { translations, problems };
}

/** What a mismatch expects, in the author's words. */
function expectedWords(kind: string, expected = ''): string {
  if (kind !== 'type') return expected;
  return expected === 'text' ? '文' : expected === 'list' ? '「- 」で始まる並び' : `次の項目（${expected}）`;
}
