/**
 * Spelling for English queries: residents type accomodation, harrassment, recrded or realising, and
 * the pages say accommodation, harassment, recorded, realizing. A word the English pages never use is
 * searched as typed and also as the pages' words one edit away (two for a word of nine letters or more; none under six, which have too many neighbours): a letter
 * added, dropped, changed or two swapped (Damerau–Levenshtein, optimal string alignment).
 */

/** The edits allowed for a word of this length: short words have too many neighbours to correct. */
const allowedEdits = (length: number) => (length >= 9 ? 2 : length >= 6 ? 1 : 0);

/** Edit distance between a and b, or max + 1 once it is certainly more than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The pages' words nearest to a word they never use, nearest first (none if the word is theirs). */
export function nearWords(word: string, vocabulary: ReadonlySet<string>): string[] {
  const max = allowedEdits(word.length);
  if (max === 0 || vocabulary.has(word)) return [];
  const found = [...vocabulary].map((w) => ({ w, d: editDistance(word, w, max) })).filter((x) => x.d <= max);
  const nearest = Math.min(...found.map((x) => x.d));
  return found.filter((x) => x.d === nearest).map((x) => x.w).sort();
}

/** The words of English text as the query layer reads them: lower case, letters only. */
export const englishWords = (text: string) => text.normalize('NFKC').toLowerCase().match(/[a-z]+/g) ?? [];
