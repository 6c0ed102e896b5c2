/**
 * Dates as cities write them (令和７年６月２０日策定) and as ISO 8601 (2025-06-20).
 * A document may give a year and month only (令和8年7月 → 2026-07).
 */

/** Each era from its first day to its last (the day before the next began). */
const ERAS = [
  { name: '令和', firstYear: 2019, first: [2019, 5, 1], last: undefined },
  { name: '平成', firstYear: 1989, first: [1989, 1, 8], last: [2019, 4, 30] },
  { name: '昭和', firstYear: 1926, first: [1926, 12, 25], last: [1989, 1, 7] },
] as const;
type Era = (typeof ERAS)[number];

export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

/** Full-width digits (０-９) to ASCII, so ６月２０日 and 6月20日 read the same. */
export const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

/** The first era date in a text, with its era. */
function readWareki(text: string): { era: Era; date: CalendarDate } | undefined {
  const s = toAsciiDigits(text);
  const eraPattern = ERAS.map((e) => e.name).join('|');
  const m = s.match(new RegExp(`(${eraPattern})\\s*(元|\\d{1,2})\\s*年(?:\\s*[（(]\\s*\\d{4}\\s*年\\s*[）)])?\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?`));
  if (!m) return undefined;
  const era = ERAS.find((e) => e.name === m[1])!;
  const eraYear = m[2] === '元' ? 1 : Number(m[2]);
  const date: CalendarDate = { year: era.firstYear + eraYear - 1, month: Number(m[3]) };
  if (m[4]) date.day = Number(m[4]);
  return { era, date };
}

/** The first era date in a text: 令和６年（2024年）９月２日 → { year: 2024, month: 9, day: 2 }. */
export function parseWareki(text: string): CalendarDate | undefined {
  return readWareki(text)?.date;
}

const dayNumber = ([y, m, d]: readonly [number, number, number]) => y * 10_000 + m * 100 + d;
const eraDay = (era: Era, [y, m, d]: readonly [number, number, number]) => `${era.name}${y === era.firstYear ? '元' : y - era.firstYear + 1}年${m}月${d}日`;

/**
 * When the era date in a text lies outside its era (令和0年, 平成31年5月1日, 平成40年, 昭和65年),
 * the era's first and last days as written in it; a month-only date needs one day of its month inside.
 */
export function eraOutOfRange(text: string): { era: string; first: string; last?: string } | undefined {
  const read = readWareki(text);
  if (!read) return undefined;
  const { era, date } = read;
  const latest = dayNumber([date.year, date.month, date.day ?? 31]);
  const earliest = dayNumber([date.year, date.month, date.day ?? 1]);
  if (latest >= dayNumber(era.first) && (!era.last || earliest <= dayNumber(era.last))) return undefined;
  return { era: era.name, first: eraDay(era, era.first), ...(era.last && { last: eraDay(era, era.last) }) };
}

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parseIso(iso: string): CalendarDate | undefined {
  const m = iso.match(ISO);
  if (!m) return undefined;
  const date: CalendarDate = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3]) date.day = Number(m[3]);
  if (date.month < 1 || date.month > 12) return undefined;
  if (date.day !== undefined) {
    const real = new Date(Date.UTC(date.year, date.month - 1, date.day));
    if (real.getUTCMonth() !== date.month - 1) return undefined;
  }
  return date;
}

/** True when the date written in `asWritten` (era or Western) is the same day (or month) as `iso`. */
export function sameDate(asWritten: string, iso: string): boolean {
  const a = parseWrittenDate(asWritten);
  const b = parseIso(iso);
  return !!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** 2025-06-20 → 2025年6月20日; 2026-07 → 2026年7月. */
export function formatWestern(iso: string): string {
  const d = parseIso(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  return `${d.year}年${d.month}月${d.day !== undefined ? `${d.day}日` : ''}`;
}

/** For sorting and feeds: the earliest instant the date can mean. */
export function isoToSortKey(iso: string): string {
  const d = parseIso(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}-${pad(d.day ?? 1)}`;
}

/** A Western date as a web page writes it: 2025年4月1日, 2025/4/1, 2025.04 (e.g. a page's 最終更新日). */
export function parseWestern(text: string): CalendarDate | undefined {
  const s = toAsciiDigits(text);
  const m = s.match(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/) ?? s.match(/(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?/);
  if (!m) return undefined;
  const date: CalendarDate = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3]) date.day = Number(m[3]);
  return date;
}

/** The date a text gives: its era date (令和…) when it has one, else its Western date. */
export const parseWrittenDate = (text: string): CalendarDate | undefined => parseWareki(text) ?? parseWestern(text);
