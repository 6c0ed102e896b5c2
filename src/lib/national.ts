/**
 * The national index: editions grouped by prefecture in the national code order (JIS X 0401,
 * content/shared/prefectures.yaml), and by the 五十音 row of their reading, so a reader finds an
 * edition without JavaScript (a page of sections and links) and a filter can only add to that.
 */

/** Up to this many editions, /compare/ sets them side by side in full; beyond, it offers the prefecture pages and the chooser. */
export const FULL_COMPARISON_MAX = 8;

export interface Prefecture {
  /** Two digits: the start of every 全国地方公共団体コード of the prefecture. */
  code: string;
  name: string;
  reading: string;
}

export interface Named {
  slug: string;
  city: { name: string; reading: string; prefecture: string };
}

export interface PrefectureGroup<E extends Named> {
  prefecture: Prefecture;
  editions: E[];
}

const byReading = (a: Named, b: Named) => a.city.reading.localeCompare(b.city.reading, 'ja') || a.city.name.localeCompare(b.city.name, 'ja');

/**
 * Every prefecture in code order with its editions (by reading); a prefecture with none has an empty
 * list. A prefecture the list does not know (a fixture's 見本県) follows the 47, with the code x1, x2…
 */
export function byPrefecture<E extends Named>(editions: E[], prefectures: Prefecture[]): Array<PrefectureGroup<E>> {
  const known = new Set(prefectures.map((p) => p.name));
  const others = [...new Set(editions.map((e) => e.city.prefecture).filter((name) => !known.has(name)))].sort((a, b) => a.localeCompare(b, 'ja'));
  const all = [...prefectures, ...others.map((name, i) => ({ code: `x${i + 1}`, name, reading: '' }))];
  return all.map((prefecture) => ({ prefecture, editions: editions.filter((e) => e.city.prefecture === prefecture.name).sort(byReading) }));
}

/** The 五十音 rows, each with the kana that begin it (voiced and small kana fold to their row). */
export const GOJUON_ROWS = [
  { id: 'a', label: 'あ', kana: 'あいうえおゔ' },
  { id: 'ka', label: 'か', kana: 'かきくけこ' },
  { id: 'sa', label: 'さ', kana: 'さしすせそ' },
  { id: 'ta', label: 'た', kana: 'たちつてと' },
  { id: 'na', label: 'な', kana: 'なにぬねの' },
  { id: 'ha', label: 'は', kana: 'はひふへほ' },
  { id: 'ma', label: 'ま', kana: 'まみむめも' },
  { id: 'ya', label: 'や', kana: 'やゆよ' },
  { id: 'ra', label: 'ら', kana: 'らりるれろ' },
  { id: 'wa', label: 'わ', kana: 'わをん' },
] as const;

export type GojuonRow = (typeof GOJUON_ROWS)[number];

const SMALL = 'ぁぃぅぇぉゃゅょっゎ';
const LARGE = 'あいうえおやゆよつわ';

/** The row a reading begins in: が → か, ぱ → は, ぁ → あ. */
export function gojuonRow(reading: string): GojuonRow {
  const first = reading.normalize('NFD')[0] ?? '';
  const plain = SMALL.includes(first) ? LARGE[SMALL.indexOf(first)]! : first;
  const row = GOJUON_ROWS.find((r) => r.kana.includes(plain));
  if (!row) throw new Error(`Reading 「${reading}」 does not begin with a kana of the 五十音.`);
  return row;
}

/** The rows that have editions, in 五十音 order, each with its editions by reading. */
export function byGojuon<E extends Named>(editions: E[]): Array<{ row: GojuonRow; editions: E[] }> {
  return GOJUON_ROWS.map((row) => ({ row, editions: editions.filter((e) => gojuonRow(e.city.reading).id === row.id).sort(byReading) })).filter((g) => g.editions.length > 0);
}
