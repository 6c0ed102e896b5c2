/**
 * Readings left by text extraction as 漢字^{よみ} (or ^き for one character, and ^{よみ}漢字 where the
 * mark stands before the word) become the edition's reading mark {漢字|よみ}. Which kanji a
 * reading belongs to is a guess from its length (a kanji reads one or two kana): each guess is
 * reported, so the author can look at it.
 */
const KANJI = /[\u3400-\u9fff々〆ヶ]/;
const HIRAGANA = /[\u3041-\u309f]/;
const CARET = /\^(?:\{([^{}]+)\}|([^\s{]))/g;

export interface Readings {
  text: string;
  guesses: string[];
}

/** Braces the city wrote would read as markup: full-width ones look the same and read as the same words. */
const escape = (s: string) => s.replace(/\{([^{}|]+)\|([^{}|]+)\}|[{}]/g, (all, base) => (base ? all : all === '{' ? '｛' : '｝'));

export function caretReadings(input: string): Readings {
  const text = input;
  const guesses: string[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CARET)) {
    const reading = m[1] ?? m[2]!;
    const before = out + escape(text.slice(last, m.index));
    const after = text.slice(m.index! + m[0].length);
    const placed = placeAfterBase(before, reading) ?? placeBeforeBase(after, reading);
    if (placed && 'prefix' in placed) {
      out = placed.prefix;
      guesses.push(`${placed.base}（${reading}）`);
      last = m.index! + m[0].length;
      continue;
    }
    if (placed && 'consumed' in placed) {
      out = before + placed.marked;
      guesses.push(`${placed.base}（${reading}）`);
      last = m.index! + m[0].length + placed.consumed;
      continue;
    }
    out = before;
    last = m.index! + m[0].length;
    guesses.push(`（読み「${reading}」を付ける漢字が見つからず、読みを外しました）`);
  }
  out += escape(text.slice(last));
  return { text: out, guesses };
}

/** How many kanji of a run a reading covers: one or two kana each. */
const covers = (reading: string, run: number) => Math.max(1, Math.min(run, Math.round([...reading].length / 2)));

/** 執拗^{よう}: the last kanji of the run before (skipping okurigana: 叩く^{たた}). */
function placeAfterBase(before: string, reading: string): { prefix: string; base: string } | undefined {
  let end = before.length;
  let okurigana = '';
  while (end > 0 && HIRAGANA.test(before[end - 1]!) && okurigana.length < 2) okurigana = before[--end]! + okurigana;
  let start = end;
  while (start > 0 && KANJI.test(before[start - 1]!)) start -= 1;
  if (start === end) return undefined;
  const base = before.slice(Math.max(start, end - covers(reading, end - start)), end);
  const cut = end - base.length;
  return { prefix: `${before.slice(0, cut)}{${base}|${reading}}${okurigana}`, base };
}

/** ^{ひぼう}誹謗: the first kanji of the run after. */
function placeBeforeBase(after: string, reading: string): { marked: string; consumed: number; base: string } | undefined {
  let run = 0;
  while (run < after.length && KANJI.test(after[run]!)) run += 1;
  if (!run) return undefined;
  const base = after.slice(0, covers(reading, run));
  return { marked: `{${base}|${reading}}`, consumed: base.length, base };
}

