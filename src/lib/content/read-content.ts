/**
 * Reads the whole content folder once: shared taxonomy, then every edition folder,
 * validating each file against its schema and then the references between them.
 * Returns every problem found; it never stops at the first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BehaviourKind, CheckGuideFile, DefinitionFamily, EditionFile, FaqFile, FaqGroup, GlossaryEntry, LegalReference, PolicyFile, Poster, PostersFile, Prefecture, Salvaged, SuccessCriterion } from '../../schema/index.ts';
import { recordPhase } from '../build-phases.ts';
import { reservedSlugs } from '../reserved-slugs.ts';
import { readCheckGuide } from './check-guide.ts';
import { governmentProblems, isMissingKindIssue } from './government.ts';
import type { Problem } from './problems.ts';
import { posterReferenceProblems } from './posters.ts';
import { hasPictogram } from '../posters/pictograms.ts';
import { answerPlaceholderProblems, editionPublishProblems, placeholderProblems, triage } from './publishable.ts';
import { editionReferenceProblems, faqReferenceProblems, policyReferenceProblems } from './references.ts';
import { schemaProblems, type Validator } from './schema-issues.ts';
import { sourceTextProblems } from './sources.ts';
import { suggestionProblems } from './suggestions.ts';
import { readTranslations, type EditionTranslation } from '../translations/read-translations.ts';

export type { Validator };
import { readFrontmatterFile, readYamlFile, type YamlFile } from './yaml-file.ts';

export interface ContentSchemas {
  edition: Validator<EditionFile>;
  policy: Validator<PolicyFile>;
  behaviour: Validator<BehaviourKind>;
  family: Validator<DefinitionFamily>;
  legal: Validator<LegalReference>;
  faq: Validator<FaqFile>;
  faqGroup: Validator<FaqGroup>;
  glossary: Validator<GlossaryEntry>;
  criterion: Validator<SuccessCriterion>;
  prefecture: Validator<Prefecture>;
  posters: Validator<PostersFile>;
  check: Validator<CheckGuideFile>;
  /** The parts of an edition.yaml that parse, so one schema error does not hide the file's other problems. */
  salvageEdition?: (data: unknown) => Salvaged<EditionFile> | undefined;
}

export interface FaqSource {
  id: string;
  file: string;
  data: FaqFile;
  /** The answer, in Markdown. */
  body: string;
}

export interface EditionSource {
  slug: string;
  dir: string;
  edition: EditionFile;
  policy: PolicyFile;
  faqs: FaqSource[];
  /** posters.yaml, when the edition has one. */
  posters: Poster[];
  /** The 「これってカスハラ？」 guide (check.yaml), when the edition has one. */
  check?: CheckGuideFile | undefined;
  /** This site's translations of the edition, one per language that has a translations/<language>/ folder. */
  translations: EditionTranslation[];
}

export interface Content {
  editions: EditionSource[];
  behaviours: BehaviourKind[];
  families: DefinitionFamily[];
  legal: LegalReference[];
  faqGroups: FaqGroup[];
  glossary: GlossaryEntry[];
  /** How residents search in English, mapped to the words the English translations use (optional file). */
  englishGlossary: GlossaryEntry[];
  criteria: SuccessCriterion[];
  /** The 47 prefectures in the national code order (shared/prefectures.yaml). */
  prefectures: Prefecture[];
  problems: Problem[];
  /** What a draft edition must fix before it is published: told, never failing. */
  warnings: Problem[];
}

export const SHARED_FILES = {
  behaviours: 'shared/behaviours.yaml',
  families: 'shared/definition-families.yaml',
  legal: 'shared/legal-references.yaml',
  faqGroups: 'shared/faq-groups.yaml',
  glossary: 'shared/search-glossary.yaml',
  englishGlossary: 'shared/search-glossary.en.yaml',
  criteria: 'shared/wcag-criteria.yaml',
  prefectures: 'shared/prefectures.yaml',
} as const;

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const display = (file: string) => relative(process.cwd(), file) || file;

function validate<T>(validator: Validator<T>, yaml: YamlFile, problems: Problem[]): T | undefined {
  const result = validator.safeParse(yaml.data, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...schemaProblems(result.error.issues, yaml));
  return undefined;
}

/** Every pictogram shared/behaviours.yaml names must be in the icon set. */
function pictogramProblems(file: string, behaviours: BehaviourKind[]): Problem[] {
  const { yaml } = readYamlFile(file, display(file));
  return behaviours.flatMap((b, i) =>
    b.pictogram && !hasPictogram(b.pictogram) ? [{ file: display(file), line: yaml?.lineOf([i, 'pictogram']), path: [i, 'pictogram'], message: 'unknown-pictogram' as const, params: { input: b.pictogram } }] : [],
  );
}

/** A shared list file: a YAML list of entries with unique ids. */
export function readSharedList<T extends { id: string }>(file: string, validator: Validator<T>, problems: Problem[]): T[] {
  const { yaml, problems: readProblems } = readYamlFile(file, display(file));
  problems.push(...readProblems);
  if (!yaml) return [];
  if (!Array.isArray(yaml.data)) {
    problems.push({ file: yaml.file, line: 1, path: [], message: 'wrong-type', params: { expected: '箇条書き（- で始まる行の並び）', received: typeof yaml.data } });
    return [];
  }
  const seen = new Map<string, number>();
  const entries: T[] = [];
  yaml.data.forEach((raw, i) => {
    const result = validator.safeParse(raw, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, yaml, [i]));
      return;
    }
    const line = yaml.lineOf([i, 'id']) ?? 0;
    const other = seen.get(result.data.id);
    if (other !== undefined) problems.push({ file: yaml.file, line, path: [i, 'id'], message: 'duplicate-id', params: { input: result.data.id, other } });
    else seen.set(result.data.id, line);
    entries.push(result.data);
  });
  return entries;
}

/** shared/prefectures.yaml: a list keyed by its two-digit codes, each once. */
function readPrefectures(file: string, validator: Validator<Prefecture>, problems: Problem[]): Prefecture[] {
  const { yaml, problems: readProblems } = readYamlFile(file, display(file));
  problems.push(...readProblems);
  if (!yaml || !Array.isArray(yaml.data)) return [];
  const seen = new Map<string, number>();
  return yaml.data.flatMap((raw, i) => {
    const result = validator.safeParse(raw, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, yaml, [i]));
      return [];
    }
    const line = yaml.lineOf([i, 'code']) ?? 0;
    const other = seen.get(result.data.code);
    if (other !== undefined) problems.push({ file: yaml.file, line, path: [i, 'code'], message: 'duplicate-id', params: { input: result.data.code, other } });
    seen.set(result.data.code, line);
    return [result.data];
  });
}

/** The prefectures of a content folder, for the commands that start an edition (their problems are the check's to tell). */
export const loadPrefectures = (contentDir: string, validator: Validator<Prefecture>): Prefecture[] => readPrefectures(join(contentDir, SHARED_FILES.prefectures), validator, []);

export function editionDirs(contentDir: string): string[] {
  const root = join(contentDir, 'editions');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => join(root, name));
}

export function readContent(contentDir: string, schemas: ContentSchemas): Content {
  const problems: Problem[] = [];
  const behaviours = readSharedList(join(contentDir, SHARED_FILES.behaviours), schemas.behaviour, problems);
  problems.push(...pictogramProblems(join(contentDir, SHARED_FILES.behaviours), behaviours));
  const families = readSharedList(join(contentDir, SHARED_FILES.families), schemas.family, problems);
  const legal = readSharedList(join(contentDir, SHARED_FILES.legal), schemas.legal, problems);
  const faqGroups = readSharedList(join(contentDir, SHARED_FILES.faqGroups), schemas.faqGroup, problems);
  const glossary = readSharedList(join(contentDir, SHARED_FILES.glossary), schemas.glossary, problems);
  const englishFile = join(contentDir, SHARED_FILES.englishGlossary);
  const englishGlossary = existsSync(englishFile) ? readSharedList(englishFile, schemas.glossary, problems) : [];
  const criteria = readSharedList(join(contentDir, SHARED_FILES.criteria), schemas.criterion, problems);
  const prefectures = readPrefectures(join(contentDir, SHARED_FILES.prefectures), schemas.prefecture, problems);
  const shared = {
    behaviours: new Set(behaviours.map((b) => b.id)),
    families: new Set(families.map((f) => f.id)),
    legal: new Set(legal.map((l) => l.id)),
  };

  const editions: EditionSource[] = [];
  const reserved = new Set(reservedSlugs());
  const warnings: Problem[] = [];
  for (const dir of editionDirs(contentDir)) {
    const slug = dir.split(/[\\/]/).at(-1)!;
    if (!SLUG.test(slug) || reserved.has(slug)) {
      problems.push({ file: display(dir), path: [], message: reserved.has(slug) ? 'reserved-slug' : 'bad-slug', params: { input: slug } });
      continue;
    }
    const editionRead = readYamlFile(join(dir, 'edition.yaml'), display(join(dir, 'edition.yaml')));
    const policyRead = readYamlFile(join(dir, 'policy.yaml'), display(join(dir, 'policy.yaml')));
    problems.push(...editionRead.problems, ...policyRead.problems);
    if (!editionRead.yaml || !policyRead.yaml) continue;
    const found: Problem[] = [];
    const edition = validate(schemas.edition, editionRead.yaml, found);
    const policy = validate(schemas.policy, policyRead.yaml, found);
    // A schema error hides nothing else: the parts of edition.yaml that parse are still checked.
    const parts = edition ?? schemas.salvageEdition?.(editionRead.yaml.data);
    // Source ids resolve only against a list that parsed whole (a broken entry would make its id look unknown).
    const sources = parts?.sources && Array.from(parts.sources);
    const sourceIds = sources?.every((s) => s?.id) ? new Set(sources.map((s) => s!.id!)) : undefined;
    if (policy) found.push(...policyReferenceProblems(policy, policyRead.yaml, shared, sourceIds));
    if (parts) {
      const government = governmentProblems(parts, editionRead.yaml.data, editionRead.yaml, prefectures);
      if (government.some((p) => p.message === 'kind-missing')) found.splice(0, found.length, ...found.filter((p) => !isMissingKindIssue(p)));
      found.push(...government, ...editionReferenceProblems(parts, policy, editionRead.yaml, shared), ...editionPublishProblems(parts, editionRead.yaml));
    }
    if (edition) found.push(...suggestionProblems(edition, editionRead.yaml));
    if (edition && policy) found.push(...sourceTextProblems(edition, policy, dir, editionRead.yaml, policyRead.yaml));
    found.push(...placeholderProblems(policyRead.yaml));
    const faqs = readFaqs(dir, schemas.faq, policy, new Set(faqGroups.map((g) => g.id)), found, edition?.draft === false);
    const posters = readPosters(dir, schemas.posters, edition, policy, shared.behaviours, found);
    const check = readCheckGuide(dir, display(dir), schemas.check, edition, policy, families, found);
    const sorted = triage(found, parts?.draft ?? false);
    problems.push(...sorted.problems);
    warnings.push(...sorted.warnings);
    if (edition && policy && sorted.problems.length === 0) {
      const source: EditionSource = { slug, dir, edition, policy, faqs, posters, check, translations: [] };
      const read = readTranslations(source, display);
      problems.push(...read.problems);
      if (read.problems.length === 0) editions.push({ ...source, translations: read.translations });
    }
  }
  return { editions, behaviours, families, legal, faqGroups, glossary, englishGlossary, criteria, prefectures, problems, warnings };
}

/** An edition's FAQs: faq/<id>.md, front matter checked, answer present, citations resolved. */
function readFaqs(dir: string, validator: Validator<FaqFile>, policy: PolicyFile | undefined, groups: ReadonlySet<string>, problems: Problem[], published: boolean): FaqSource[] {
  const faqDir = join(dir, 'faq');
  if (!existsSync(faqDir)) return [];
  const faqs: FaqSource[] = [];
  // Files starting with _ are examples and drafts of questions, not published.
  for (const name of readdirSync(faqDir).filter((n) => n.endsWith('.md') && !n.startsWith('_')).sort()) {
    const file = join(faqDir, name);
    const id = name.replace(/\.md$/, '');
    if (!SLUG.test(id)) {
      problems.push({ file: display(file), path: [], message: 'bad-faq-id', params: { input: name } });
      continue;
    }
    const read = readFrontmatterFile(file, display(file));
    problems.push(...read.problems);
    if (!read.yaml) continue;
    problems.push(...placeholderProblems(read.yaml), ...answerPlaceholderProblems(read.yaml.file, read.body, read.bodyLine));
    const data = validate(validator, read.yaml, problems);
    if (!data) continue;
    if (!read.body) problems.push({ file: read.yaml.file, path: [], message: 'empty-answer' });
    if (published && data.suggested) problems.push({ file: read.yaml.file, line: read.yaml.lineOf(['suggested']), path: ['suggested'], message: 'unconfirmed-suggestion' });
    if (policy) problems.push(...faqReferenceProblems(data, read.body, policy, read.yaml, groups, read.bodyLine));
    faqs.push({ id, file: read.yaml.file, data, body: read.body });
  }
  return faqs;
}

/** An edition's posters: posters.yaml when present, schema checked, every line resolved against its clause. */
function readPosters(dir: string, validator: Validator<PostersFile>, edition: EditionFile | undefined, policy: PolicyFile | undefined, behaviours: ReadonlySet<string>, problems: Problem[]): Poster[] {
  const file = join(dir, 'posters.yaml');
  if (!existsSync(file)) return [];
  const read = readYamlFile(file, display(file));
  problems.push(...read.problems);
  if (!read.yaml) return [];
  problems.push(...placeholderProblems(read.yaml));
  const data = validate(validator, read.yaml, problems);
  if (!data) return [];
  if (edition && policy) problems.push(...posterReferenceProblems(data, edition, policy, read.yaml, behaviours));
  return data.posters;
}

const LAST_READ = '__otagaiContentRead';

/**
 * The content folder read and checked once per change, whoever asks: the build script and Astro's
 * content loaders (which hold another copy of this module) share it on globalThis, so a build
 * parses each file once.
 */
export function readContentOnce(contentDir: string, schemas: ContentSchemas): Content {
  const key = `${contentDir}|${contentFingerprint(contentDir)}`;
  const shared = globalThis as { [LAST_READ]?: { key: string; content: Content } };
  if (shared[LAST_READ]?.key !== key) {
    const started = performance.now();
    shared[LAST_READ] = { key, content: readContent(contentDir, schemas) };
    recordPhase('content checks ms', performance.now() - started);
  }
  return shared[LAST_READ].content;
}

/** Lets the read content go once Astro's store holds what the pages need: at 1,000 editions it is 300 MB. */
export function releaseContentRead(): void {
  delete (globalThis as { [LAST_READ]?: unknown })[LAST_READ];
}

/** Changes whenever any content file is added, removed or edited: names, sizes and times of every file. */
export function contentFingerprint(contentDir: string): string {
  if (!existsSync(contentDir)) return 'missing';
  const parts: string[] = [];
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const s = statSync(file);
    parts.push(`${file}:${s.size}:${s.mtimeMs}`);
  }
  return parts.sort().join('|');
}
