/**
 * Kinds of local government an edition can be, the word each is called by (市, 町, 県…), and the
 * 全国地方公共団体コード: five digits and a check digit (JIS X 0401 prefecture code + municipality number).
 */
export const governmentKinds = ['prefecture', 'city', 'ward', 'town', 'village'] as const;
export type GovernmentKind = (typeof governmentKinds)[number];

const SUFFIX_KINDS: Array<[RegExp, GovernmentKind]> = [
  [/^(東京都|北海道|(京都|大阪)府|.{2,3}県)$/, 'prefecture'],
  [/市$/, 'city'],
  [/区$/, 'ward'],
  [/町$/, 'town'],
  [/村$/, 'village'],
];

/** The kind a name's suffix makes clear (坂出市 → city, 奥多摩町 → town); undefined when it does not. */
export function kindFromName(name: string): GovernmentKind | undefined {
  return SUFFIX_KINDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** The kinds as an author reads them beside their ids: prefecture（都道府県）… */
export const kindLabels: Record<GovernmentKind, string> = { prefecture: '都道府県', city: '市', ward: '特別区', town: '町', village: '村' };

export type KindWord = '市' | '町' | '村' | '区' | '都' | '道' | '府' | '県';

/** What the government calls itself: 市, 町, 村, 区, or the prefecture's own 都・道・府 (県 otherwise). */
export function kindWord(kind: GovernmentKind, name: string): KindWord {
  if (kind === 'prefecture') return (['都', '道', '府'] as const).find((w) => name.trim().endsWith(w)) ?? '県';
  return ({ city: '市', ward: '区', town: '町', village: '村' } as const)[kind];
}

/** The check digit of a five-digit code: 11 minus (digits weighted 6,5,4,3,2, modulo 11), its last digit. */
export function checkDigit(fiveDigits: string): number {
  const sum = [...fiveDigits].reduce((n, d, i) => n + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

/** Whether a six-digit 全国地方公共団体コード is well formed: a prefecture 01–47 and the right check digit. */
export function isValidGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const prefecture = Number(code.slice(0, 2));
  return prefecture >= 1 && prefecture <= 47 && checkDigit(code.slice(0, 5)) === Number(code[5]);
}

/** A prefecture's own code is its two digits followed by 000 and the check digit (13 → 130001). */
export const isPrefectureCode = (code: string) => code.slice(2, 5) === '000';
