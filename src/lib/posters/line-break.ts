/**
 * Japanese line breaking for posters: break only between phrases (BudouX gives the phrases),
 * and keep kinsoku — no line starts with a closing mark, small kana or 。、？！; no line ends with
 * an opening bracket. Pure: the caller passes the phrases and a width function.
 */

/** Characters that may not begin a line (行頭禁則). */
export const NO_LINE_START = new Set([...'、。，．,.・：；:;？！?!‼⁇⁈⁉ー～〜…‥々ゝゞヽヾ」』）〕〉》】〙〗］｝｠)]}”’»›ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠＝%％']);

/** Characters that may not end a line (行末禁則). */
export const NO_LINE_END = new Set([...'「『（〔〈《【〘〖［｛｟([{“‘«‹']);

export interface BrokenLines {
  lines: string[];
  /** Phrases that had to be split inside because one alone is wider than the line. */
  splitPhrases: string[];
}

/**
 * Moves kinsoku characters across phrase boundaries: a phrase never begins with a character that
 * may not start a line (it joins the phrase before), and never ends with one that may not end a line
 * (it joins the phrase after). Whitespace-only phrases are joined to the one before.
 */
export function kinsokuPhrases(phrases: string[]): string[] {
  const out: string[] = [];
  for (const raw of phrases) {
    let phrase = raw;
    if (!phrase) continue;
    // Leading characters that cannot start a line go to the previous phrase.
    if (out.length > 0) {
      let lead = '';
      for (const ch of phrase) {
        if (NO_LINE_START.has(ch) || /\s/.test(ch)) lead += ch;
        else break;
      }
      if (lead) {
        out[out.length - 1] += lead;
        phrase = phrase.slice(lead.length);
        if (!phrase) continue;
      }
      // A previous phrase ending in an opening bracket takes this phrase along.
      const prev = out[out.length - 1]!;
      if (NO_LINE_END.has([...prev].at(-1)!)) {
        out[out.length - 1] = prev + phrase;
        continue;
      }
    }
    out.push(phrase);
  }
  return out;
}

/** Splits one phrase that is too wide for a line at character boundaries, keeping kinsoku. */
function splitPhrase(phrase: string, width: (s: string) => number, maxWidth: number): string[] {
  const chars = [...phrase];
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (current && width(current + ch) > maxWidth && !NO_LINE_START.has(ch) && !NO_LINE_END.has([...current].at(-1)!)) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A phrase's width, whole and without its trailing spaces (how a line ending in it is measured). */
interface Measured {
  text: string;
  width: number;
  trimmed: number;
  /** Only spaces: a line ending in it is measured without it. */
  blank: boolean;
}

const measure = (text: string, width: (s: string) => number): Measured => {
  const trimmed = text.trimEnd();
  return { text, width: width(text), trimmed: width(trimmed), blank: trimmed === '' };
};

/** Greedy filling: as many phrases on each line as fit. A line's width is the sum of its phrases' widths. */
function greedy(phrases: Measured[], width: (s: string) => number, maxWidth: number): BrokenLines {
  const lines: string[] = [];
  const splitPhrases: string[] = [];
  let line = '';
  let lineWidth = 0;
  let lineTrimmed = 0;
  const startWith = (phrase: Measured) => {
    if (phrase.trimmed <= maxWidth) {
      [line, lineWidth, lineTrimmed] = [phrase.text, phrase.width, phrase.trimmed];
      return;
    }
    splitPhrases.push(phrase.text);
    const pieces = splitPhrase(phrase.text, width, maxWidth);
    lines.push(...pieces.slice(0, -1));
    const last = measure(pieces.at(-1)!, width);
    [line, lineWidth, lineTrimmed] = [last.text, last.width, last.trimmed];
  };
  for (const phrase of phrases) {
    if (!line) {
      startWith(phrase);
      continue;
    }
    const trimmed = phrase.blank ? lineTrimmed : lineWidth + phrase.trimmed;
    if (trimmed <= maxWidth) {
      line += phrase.text;
      lineWidth += phrase.width;
      lineTrimmed = trimmed;
      continue;
    }
    lines.push(line);
    startWith(phrase);
  }
  if (line) lines.push(line);
  return { lines: lines.map((l) => l.trim()).filter(Boolean), splitPhrases };
}

/**
 * Breaks phrases into lines no wider than `maxWidth`. `width` must add up (a text's width is the sum
 * of its parts', as a sum of advances is): each phrase is measured once, however many widths are tried.
 * With `balance`, the lines are made as even as they can be without adding a line (a headline reads
 * better as two halves than as a full line and a stray word).
 */
export function breakLines(phrases: string[], width: (s: string) => number, maxWidth: number, options: { balance?: boolean } = {}): BrokenLines {
  const prepared = kinsokuPhrases(phrases).map((p) => measure(p, width));
  const first = greedy(prepared, width, maxWidth);
  if (!options.balance || first.lines.length < 2 || first.splitPhrases.length > 0) return first;
  let low = 0;
  let high = maxWidth;
  let best = first;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    const attempt = greedy(prepared, width, mid);
    if (attempt.lines.length === first.lines.length && attempt.splitPhrases.length === 0) {
      best = attempt;
      high = mid;
    } else low = mid;
  }
  return best;
}

/** Every problem of a set of lines: lines that start or end with a forbidden character. */
export function kinsokuViolations(lines: string[]): string[] {
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const chars = [...line];
    if (i > 0 && NO_LINE_START.has(chars[0]!)) problems.push(`line ${i + 1} starts with ${chars[0]}`);
    if (i < lines.length - 1 && NO_LINE_END.has(chars.at(-1)!)) problems.push(`line ${i + 1} ends with ${chars.at(-1)}`);
  });
  return problems;
}
