/**
 * What a draft may carry but a published edition may not: the template's placeholders and its
 * guessed title, a site address at an example domain (it would end up in canonical URLs, the
 * sitemap and every poster's QR code), a missing 全国地方公共団体コード, and citations that can only be named by their opening
 * words. For a published edition (draft: false) these are problems; for a draft, warnings.
 */
import type { EditionFile, Salvaged } from '../../schema/index.ts';
import { GUESSED_TITLE, PLACEHOLDER, TEMPLATE_MARK } from '../new-edition.ts';
import type { MessageId, Problem } from './problems.ts';
import type { Path, YamlFile } from './yaml-file.ts';

/** Refused in a published edition, a warning in a draft. */
export const PUBLISH_CHECKS: ReadonlySet<MessageId> = new Set(['placeholder-left', 'guessed-title', 'example-url', 'cited-unnamed', 'code-missing']);
/** Told to the author of a draft only: a published edition may keep it (the link then reads the clause's opening words). */
export const DRAFT_NOTES: ReadonlySet<MessageId> = new Set(['cited-unnamed']);

/** Hosts kept for examples (RFC 2606, JPRS): any name with an `example` label, and the test-only top-level domains. */
export function isExampleUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split('.');
  return labels.includes('example') || ['test', 'invalid', 'localhost', 'local'].includes(labels.at(-1)!);
}

const excerpt = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** Every text of a file that still holds a placeholder of the template (〔ひな形〕…). */
export function placeholderProblems(yaml: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      if (value.includes(TEMPLATE_MARK)) problems.push({ file: yaml.file, line: yaml.lineOf(path), path, message: 'placeholder-left', params: { input: excerpt(value) } });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(yaml.data, []);
  return problems;
}

/** Lines of a Markdown answer that still hold a placeholder of the template. */
export function answerPlaceholderProblems(file: string, body: string, bodyLine: number): Problem[] {
  return body.split('\n').flatMap((text, i) =>
    text.includes(TEMPLATE_MARK) ? [{ file, line: bodyLine + i, path: ['answer'], message: 'placeholder-left' as const, params: { input: excerpt(text.trim()) } }] : [],
  );
}

/** edition.yaml: the template's values for the city, its guessed titles and an example site address. */
export function editionPublishProblems(edition: Salvaged<EditionFile>, yaml: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Path, message: MessageId, input: string) => problems.push({ file: yaml.file, line: yaml.lineOf(path), path, message, params: { input } });
  if (edition.city?.prefecture === PLACEHOLDER.prefecture) report(['city', 'prefecture'], 'placeholder-left', PLACEHOLDER.prefecture);
  if (edition.city?.reading === PLACEHOLDER.reading) report(['city', 'reading'], 'placeholder-left', PLACEHOLDER.reading);
  if (edition.document?.title?.includes(GUESSED_TITLE)) report(['document', 'title'], 'guessed-title', edition.document.title);
  edition.sources?.forEach((s, i) => s?.title?.includes(GUESSED_TITLE) && report(['sources', i, 'title'], 'guessed-title', s.title));
  if (edition.site?.url && isExampleUrl(edition.site.url)) report(['site', 'url'], 'example-url', edition.site.url);
  return [...problems, ...placeholderProblems(yaml).filter((p) => !problems.some((q) => q.line === p.line))];
}

/** Splits an edition's problems: for a draft, what only stops publishing becomes a warning. */
export function triage(found: Problem[], draft: boolean): { problems: Problem[]; warnings: Problem[] } {
  const held = (p: Problem) => PUBLISH_CHECKS.has(p.message);
  if (draft) return { problems: found.filter((p) => !held(p)), warnings: found.filter(held) };
  return { problems: found.filter((p) => !DRAFT_NOTES.has(p.message)), warnings: [] };
}
