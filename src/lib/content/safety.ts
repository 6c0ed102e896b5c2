/**
 * Content cannot carry script. Content arrives by pull request from people we do not know, so
 * every text of every content file is refused, before any page is built, when it holds raw HTML
 * or a link to anything but an http(s) address or a clause (#clause-id). Pages escape what they
 * print as well; this tells the author, at the line, instead of publishing their markup as text.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import type { Problem } from './problems.ts';
import type { Path, YamlFile } from './yaml-file.ts';

/** The start of an HTML tag, comment or declaration: <b>, </b>, <img src…, <!--, <!DOCTYPE, <?xml. */
const HTML_TAG = /<(?:[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|\/[A-Za-z]|!|\?)[^>]{0,40}>?/;
/** [text](target) as an author writes a link in inline text; the target may hold one level of (…). */
const INLINE_LINK = /\[[^\]\n]*\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;
const SAFE_TARGET = /^(?:https?:\/\/\S+|#[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/i;

export const isSafeLinkTarget = (target: string) => SAFE_TARGET.test(target.trim());

/** What is wrong with one piece of text: the HTML it holds and the links it may not make. */
export function unsafeInText(text: string): Array<{ message: 'raw-html' | 'unsafe-link'; input: string }> {
  const found: Array<{ message: 'raw-html' | 'unsafe-link'; input: string }> = [];
  const tag = text.match(HTML_TAG);
  if (tag) found.push({ message: 'raw-html', input: tag[0] });
  for (const m of text.matchAll(INLINE_LINK)) if (!isSafeLinkTarget(m[1]!)) found.push({ message: 'unsafe-link', input: m[1]! });
  return found;
}

/** Every string of a parsed YAML file, each with the problems it holds, on the line of its field. */
export function yamlTextProblems(yaml: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      for (const f of unsafeInText(value)) problems.push({ file: yaml.file, line: yaml.lineOf(path), path: [...path], message: f.message, params: { input: f.input } });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(yaml.data, []);
  return problems;
}

/**
 * An FAQ answer, read by the same Markdown parser that renders it (GFM on, as the build has it):
 * raw HTML anywhere, and links, images and link definitions whose target is not http(s) or #id.
 */
export function markdownProblems(markdown: string, file: string, firstLine: number, path: Path): Problem[] {
  const problems: Problem[] = [];
  const at = (node: MdastNode) => firstLine + (node.position?.start.line ?? 1) - 1;
  const visit = (node: MdastNode) => {
    if (node.type === 'html') problems.push({ file, line: at(node), path, message: 'raw-html', params: { input: node.value.trim().slice(0, 40) } });
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkTarget(node.url)) {
      problems.push({ file, line: at(node), path, message: 'unsafe-link', params: { input: node.url } });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(markdown, { features: { gfm: true, frontmatter: false } }));
  return problems;
}
