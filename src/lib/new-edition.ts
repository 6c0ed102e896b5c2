/** Rules for a new edition's folder name and the values its template is filled with. */
import type { GovernmentKind } from './local-government.ts';
import { reservedSlugs } from './reserved-slugs.ts';

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Why a slug or name cannot be used, in words a city web team can act on; undefined when fine. */
export function newEditionRefusal(slug: string, name: string | undefined, taken: string[]): string | undefined {
  if (!slug) return '版の名前（フォルダ名）を指定してください。例: npm run new-edition -- sakaide --name 坂出市';
  if (!SLUG.test(slug)) return `「${slug}」は版の名前に使えません。半角の英小文字・数字・ハイフンで書いてください（例: sakaide、minami-boso）。`;
  if (reservedSlugs().includes(slug)) return `「${slug}」はサイトのページ名と重なるため使えません。自治体の名前のローマ字などにしてください。`;
  if (taken.includes(slug)) return `「${slug}」はすでにあります（content/editions/${slug}/）。別の名前にするか、そのフォルダを編集してください。`;
  if (!name?.trim()) return '自治体の名前を --name で指定してください。例: npm run new-edition -- sakaide --name 坂出市';
  return undefined;
}

interface TemplateInput {
  slug: string;
  name: string;
  kind: GovernmentKind;
  prefecture?: string | undefined;
  code?: string | undefined;
  reading?: string | undefined;
  today: Date;
}

export function templateValues(input: TemplateInput): Record<string, string> {
  return {
    slug: input.slug,
    name: input.name.trim(),
    kind: input.kind,
    // Placeholders that pass the schema, so the draft builds at once; the check flags them until replaced.
    prefecture: input.prefecture?.trim() || PLACEHOLDER.prefecture,
    reading: input.reading?.trim() || PLACEHOLDER.reading,
    // Without a code the line stays a comment: the check warns of it until it is written.
    code: input.code ? `code: '${input.code}'` : `# code: '000000'`,
    today: input.today.toISOString().slice(0, 10),
  };
}

export const PLACEHOLDER = { prefecture: '都道府県', reading: 'よみがな' } as const;

/** Marks every text of the template that stands for the city's words until they are copied in. */
export const TEMPLATE_MARK = '〔ひな形〕';
/** Marks a title the template guessed from the city's name: the author checks it against the document. */
export const GUESSED_TITLE = '〔仮の題名〕';
