/**
 * An edition's local government: its kind agrees with its name (…町 is a town) and its
 * 全国地方公共団体コード has the right check digit and begins with its prefecture's two digits
 * (content/shared/prefectures.yaml). A missing code stops publishing, like a placeholder; a
 * prefecture the list does not hold (a test fixture's 見本県) cannot be checked against a code.
 */
import type { EditionFile, Prefecture, Salvaged } from '../../schema/index.ts';
import { checkDigit, governmentKinds, isPrefectureCode, kindFromName, kindLabels, type GovernmentKind } from '../local-government.ts';
import type { MessageId, Problem } from './problems.ts';
import type { Path, YamlFile } from './yaml-file.ts';

/** The kinds as the author may write them: prefecture（都道府県）、city（市）… */
export const kindChoices = governmentKinds.map((k) => `${k}（${kindLabels[k]}）`).join('、');

const TOKYO = '東京都';

/** The kind the name makes clear, or why a name ending in 区 outside 東京都 cannot be an edition. */
export function inferredKind(name: string, prefecture: string | undefined): GovernmentKind | undefined {
  const kind = kindFromName(name.trim());
  return kind === 'ward' && prefecture !== TOKYO ? undefined : kind;
}

/** The schema's own complaint of a missing kind, which kind-missing tells better (with the kind the name says). */
export const isMissingKindIssue = (p: Problem) => p.path.join('.') === 'city.kind' && p.message === 'one-of' && p.params?.['input'] === '';

export function governmentProblems(edition: Salvaged<EditionFile>, raw: unknown, yaml: YamlFile, prefectures: readonly Prefecture[]): Problem[] {
  const city = edition.city;
  if (!city?.name) return [];
  const problems: Problem[] = [];
  const report = (field: string, message: MessageId, params: Record<string, string>) => {
    const path: Path = ['city', field];
    problems.push({ file: yaml.file, line: yaml.lineOf(path) ?? yaml.lineOf(['city']), path, message, params });
  };
  const { name, prefecture, kind, code } = city;
  const written = (raw as { city?: { kind?: unknown; code?: unknown } } | null)?.city;
  const rawKind = written?.kind;
  if (rawKind === undefined) {
    const guess = inferredKind(name, prefecture);
    report('kind', 'kind-missing', { hint: guess ? `名前「${name}」の終わりから、${guess}（${kindLabels[guess]}）と読めます（kind: ${guess}）。` : '', values: kindChoices });
  }
  if (kind) {
    const fromName = kindFromName(name.trim());
    if (kind === 'ward' && prefecture && prefecture !== TOKYO) report('kind', 'ward-outside-tokyo', { name, prefecture });
    else if (kind === 'prefecture' && prefecture && name.trim() !== prefecture.trim()) report('kind', 'prefecture-name', { name, prefecture });
    else if (fromName && fromName !== kind) report('kind', 'kind-name', { input: kind, label: kindLabels[kind], name, expected: `${fromName}（${kindLabels[fromName]}）` });
  }
  const known = prefectures.find((p) => p.name === prefecture?.trim());
  if (code === undefined) {
    // A code the schema refused is told there, not as missing.
    if (known && written?.code === undefined) report('code', 'code-missing', { example: `${known.code}…` });
    return problems;
  }
  const five = code.slice(0, 5);
  const expected = String(checkDigit(five));
  if (code[5] !== expected) {
    report('code', 'code-check-digit', { input: code, five, expected, corrected: five + expected });
    return problems;
  }
  const digits = code.slice(0, 2);
  const owner = prefectures.find((p) => p.code === digits);
  if (!owner) report('code', 'code-no-prefecture', { input: code, digits });
  else if (known && owner !== known) report('code', 'code-prefecture', { input: code, digits, found: owner.name, prefecture: known.name, expected: known.code });
  else if (kind === 'prefecture' && !isPrefectureCode(code)) report('code', 'code-not-prefecture', { input: code, expected: `${digits}000${checkDigit(`${digits}000`)}` });
  else if (kind && kind !== 'prefecture' && isPrefectureCode(code)) report('code', 'code-is-prefecture', { input: code, name, label: kindLabels[kind] });
  return problems;
}
