/**
 * Cells a document prints once for several rows (a penalty shared by two articles)
 * are left out of the following rows in content; here they become rowspans again.
 * Returns, for each row, the span of its cell in `key` (0 = covered by the cell above).
 */
export function rowSpans<T>(rows: T[], key: keyof T): number[] {
  const spans = rows.map(() => 1);
  let owner = -1;
  rows.forEach((row, i) => {
    if (row[key] === undefined && owner >= 0) {
      spans[owner]! += 1;
      spans[i] = 0;
    } else owner = i;
  });
  return spans;
}
