/**
 * Heading and list markers as Japanese documents write them, in all their widths:
 *   第1章 第１条（目的） 第１   1 １ 1. １．  (1) （１） ⑴  ① ❶  ア イ（ア） (a)  一、
 *   ■ □ ◆ ◇ ● ○ ◎ ▽ ▼ △ ▲ ★ ☆   【…】 《…》   ・ ▶ ‐ -   ※
 * A marker has a class (its style: documents nest styles in a fixed order) and, when numbered, an
 * ordinal, so a sequence can be followed: （２） after （１） is its sibling; （２） after （３） is not
 * a heading at all but a reference in running text.
 */

export type MarkerKind = 'number' | 'symbol' | 'bracket' | 'bullet' | 'note';

export interface Marker {
  /** As written, e.g. （１）, ア, ■. */
  raw: string;
  /** The style: markers of one class are siblings. */
  cls: string;
  kind: MarkerKind;
  /** 1, 2, 3… for numbered markers; undefined for symbols. */
  ordinal?: number | undefined;
  /** A heading a 第N条 article carries in brackets: （目的）. */
  caption?: string | undefined;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, ３ → 3. */
export function numberValue(text: string): number | undefined {
  const ascii = text.normalize('NFKC');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in KANJI_DIGITS) digit = KANJI_DIGITS[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

/** ア → 1 (aiueo order); イ after イ-less ロ… is read in iroha order by the caller. */
export const kanaOrdinal = (ch: string, order: 'aiueo' | 'iroha' = 'aiueo') => (order === 'aiueo' ? AIUEO : IROHA).indexOf(ch) + 1 || undefined;

const CIRCLED = (ch: string): number | undefined => {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return undefined;
};

const NUM = '[0-9０-９]{1,2}';
const KANJI_NUM = '[一二三四五六七八九十百]+';
const SPACE = '[ \\u3000\\t]';

interface Pattern {
  re: RegExp;
  make(m: RegExpMatchArray): Omit<Marker, 'raw'> & { raw?: string };
}

const patterns: Pattern[] = [
  // 第1章, 第一節, 第２編: parts above articles
  { re: new RegExp(`^第(${NUM}|${KANJI_NUM})([章節編部款])${SPACE}*`), make: (m) => ({ cls: `dai-${m[2]}`, kind: 'number', ordinal: numberValue(m[1]!) }) },
  // 第1条（目的）, 第十二条の二
  {
    re: new RegExp(`^第(${NUM}|${KANJI_NUM})条(?:の(?:${NUM}|${KANJI_NUM}))?${SPACE}*(?:[（(]([^（）()]{1,20})[）)])?${SPACE}*`),
    make: (m) => ({ cls: 'dai-条', kind: 'number', ordinal: numberValue(m[1]!), caption: m[2] ? `（${m[2]}）` : undefined, raw: m[0].replace(/[（(][^（）()]*[）)][ \u3000\t]*$/, '').trim() }),
  },
  // 第１ 趣旨 (a numbered part of a 要綱, without 条)
  { re: new RegExp(`^第(${NUM}|${KANJI_NUM})(?=${SPACE})${SPACE}+`), make: (m) => ({ cls: 'dai', kind: 'number', ordinal: numberValue(m[1]!) }) },
  // (1) （１） and ⑴
  { re: new RegExp(`^[（(](${NUM})[）)]${SPACE}*`), make: (m) => ({ cls: 'paren-digit', kind: 'number', ordinal: numberValue(m[1]!) }) },
  { re: new RegExp(`^([\\u2474-\\u2487])${SPACE}*`), make: (m) => ({ cls: 'paren-digit-glyph', kind: 'number', ordinal: m[1]!.codePointAt(0)! - 0x2474 + 1 }) },
  // （一）（ア）(a)
  { re: new RegExp(`^[（(](${KANJI_NUM})[）)]${SPACE}*`), make: (m) => ({ cls: 'paren-kanji', kind: 'number', ordinal: numberValue(m[1]!) }) },
  { re: new RegExp(`^[（(]([ア-ン])[）)]${SPACE}*`), make: (m) => ({ cls: 'paren-kana', kind: 'number', ordinal: kanaOrdinal(m[1]!) }) },
  { re: new RegExp(`^[（(]([a-zａ-ｚ])[）)]${SPACE}*`), make: (m) => ({ cls: 'paren-latin', kind: 'number', ordinal: m[1]!.normalize('NFKC').charCodeAt(0) - 96 }) },
  // ① ㉑ and ❶
  { re: new RegExp(`^([\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])${SPACE}*`), make: (m) => ({ cls: 'circled', kind: 'number', ordinal: CIRCLED(m[1]!) }) },
  { re: new RegExp(`^([\\u2776-\\u277f])${SPACE}*`), make: (m) => ({ cls: 'circled-black', kind: 'number', ordinal: m[1]!.codePointAt(0)! - 0x2776 + 1 }) },
  // 1. １． 1、 and 1 / １ followed by a space
  { re: new RegExp(`^(${NUM})[.．](?![0-9０-９])${SPACE}*`), make: (m) => ({ cls: 'digit-dot', kind: 'number', ordinal: numberValue(m[1]!) }) },
  { re: new RegExp(`^(${NUM})(?:${SPACE}+|、)(?=[^0-9０-９\\s])`), make: (m) => ({ cls: 'digit', kind: 'number', ordinal: numberValue(m[1]!) }) },
  // 一、 一 総則
  { re: new RegExp(`^(${KANJI_NUM})(?:、|${SPACE}+)`), make: (m) => ({ cls: 'kanji', kind: 'number', ordinal: numberValue(m[1]!) }) },
  // ア 冷静で…  (a space after it: ア alone starts many words)
  { re: new RegExp(`^([ア-ン])(?:${SPACE}+|[.．、])`), make: (m) => ({ cls: 'kana', kind: 'number', ordinal: kanaOrdinal(m[1]!) }) },
  { re: new RegExp(`^([a-zａ-ｚ])[.．)）]${SPACE}*`), make: (m) => ({ cls: 'latin', kind: 'number', ordinal: m[1]!.normalize('NFKC').charCodeAt(0) - 96 }) },
  // ※ notes
  { re: new RegExp(`^(※(?:${NUM})?)${SPACE}*`), make: () => ({ cls: 'note', kind: 'note' }) },
  // bullets: list items, never headings
  { re: new RegExp(`^([・･•‣◦▶►▷➢➤✓✔])${SPACE}*`), make: (m) => ({ cls: `bullet-${m[1]}`, kind: 'bullet' }) },
  { re: new RegExp(`^([-‐－―*＊+])${SPACE}+`), make: () => ({ cls: 'bullet--', kind: 'bullet' }) },
  // symbols: a heading or an item, as the text says
  { re: new RegExp(`^([■□◆◇●○◎▽▼△▲★☆◯])${SPACE}*`), make: (m) => ({ cls: `symbol-${m[1]}`, kind: 'symbol' }) },
];

/** 【参考】… and 《…》: the bracket is part of the heading, as written. */
const BRACKET = /^([【《〔［[])([^【】《》〔〕［］[\]]{1,40})([】》〕］\]])/;

export interface Marked {
  marker: Marker;
  /** The text after the marker (for a bracket: the whole text, brackets included). */
  rest: string;
}

export function leadingMarker(text: string): Marked | undefined {
  const t = text.replace(/^[ \u3000\t]+/, '');
  for (const p of patterns) {
    const m = t.match(p.re);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    if (!rest.trim()) continue;
    const { raw = m[0].trim(), ...made } = p.make(m);
    return { marker: { raw, ...made }, rest };
  }
  const b = t.match(BRACKET);
  if (b) return { marker: { raw: b[0], cls: `bracket-${b[1]}`, kind: 'bracket' }, rest: t };
  return undefined;
}

/**
 * "①事実や根拠… ②岩見沢市の…": one line that enumerates several items of one numbered class, or
 * "・ 暴行… ・ 脅迫…": several bullets. Split where the next marker of the sequence stands after a space.
 */
export function splitEnumeration(text: string): string[] {
  const first = leadingMarker(text);
  if (!first) return [text];
  const { marker } = first;
  if (marker.kind === 'bullet') {
    const sym = marker.raw === '-' ? undefined : marker.raw;
    if (!sym) return [text];
    const parts = text.split(new RegExp(`[ \\u3000\\t]+(?=${sym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`));
    return parts.length > 1 ? parts : [text];
  }
  if (marker.kind !== 'number' || marker.ordinal === undefined) return [text];
  const parts: string[] = [];
  let rest = text;
  let expect = marker.ordinal + 1;
  for (;;) {
    const at = findNext(rest, marker.cls, expect);
    if (at < 0) break;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
    expect += 1;
  }
  parts.push(rest.trim());
  return parts;
}

/** Where, after a space, the marker of `cls` with ordinal `ordinal` starts a new item; -1 when it does not. */
function findNext(text: string, cls: string, ordinal: number): number {
  const re = /[ \u3000\t]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const next = leadingMarker(text.slice(at));
    if (next && next.marker.cls === cls && next.marker.ordinal === ordinal) return at;
  }
  return -1;
}
