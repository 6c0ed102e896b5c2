/**
 * The local government of a new edition, from the flags of new-edition and import: its kind, given
 * (--kind) or read from the name's suffix where that is clear, and its code (--code), checked as
 * npm run check would. Refused, in the author's terms, when the kind cannot be known.
 */
import type { Prefecture } from '../schema/index.ts';
import { governmentProblems, kindChoices } from './content/government.ts';
import { describeProblem } from './content/problems.ts';
import { governmentKinds, kindFromName, type GovernmentKind } from './local-government.ts';

export interface GovernmentFlags {
  name: string;
  prefecture?: string | undefined;
  kind?: string | undefined;
  code?: string | undefined;
}

export type GovernmentChoice = { kind: GovernmentKind; prefecture?: string | undefined; code?: string | undefined } | { refusal: string };

const TOKYO = '東京都';
const passKind = `--kind で種類を指定してください: ${kindChoices}`;

function kindOf(name: string, prefecture: string | undefined, flag: string | undefined): GovernmentKind | { refusal: string } {
  if (flag !== undefined) {
    return (governmentKinds as readonly string[]).includes(flag) ? (flag as GovernmentKind) : { refusal: `--kind「${flag}」は種類に使えません。${passKind}。` };
  }
  const kind = kindFromName(name);
  if (!kind) return { refusal: `名前「${name}」の終わりからは、都道府県・市・区・町・村のどれかが分かりません。${passKind}。` };
  if (kind !== 'ward' || prefecture === TOKYO) return kind;
  if (!prefecture) {
    return { refusal: `「${name}」が東京都の特別区なら、--prefecture 東京都 を付けてください（種類は ward になります）。ほかの道府県の区は政令指定都市の区で、それだけでは版になりません。区の取組は、その市の版（--kind city）に含めてください。` };
  }
  return { refusal: `${prefecture}の「${name}」は政令指定都市の区で、それだけでは版になりません（区の版は東京都の特別区だけです）。区の取組は、その市の版（市の名前と --kind city）に含めてください。` };
}

/** The kind, prefecture and code a new edition's edition.yaml records, or why they cannot be. */
export function governmentFromFlags(flags: GovernmentFlags, prefectures: readonly Prefecture[]): GovernmentChoice {
  const name = flags.name.trim();
  const kind = kindOf(name, flags.prefecture?.trim(), flags.kind?.trim());
  if (typeof kind !== 'string') return kind;
  // A prefecture is in itself: its prefecture is its name.
  const prefecture = flags.prefecture?.trim() || (kind === 'prefecture' ? name : undefined);
  const code = flags.code?.trim();
  if (code !== undefined && !/^\d{6}$/.test(code)) return { refusal: `--code「${code}」は全国地方公共団体コードの形ではありません。検査数字（最後の桁）を含む 6 桁の数字で書いてください。` };
  const edition = { city: { name, prefecture, kind, code } };
  const lineless = { file: '', data: edition, lineOf: () => undefined };
  const problems = governmentProblems(edition, edition, lineless, prefectures).filter((p) => p.message !== 'code-missing');
  if (problems.length) return { refusal: problems.map((p) => `--${String(p.path.at(-1))}: ${describeProblem(p)}`).join('\n') };
  return { kind, prefecture, code };
}
