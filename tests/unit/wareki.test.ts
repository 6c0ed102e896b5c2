import { describe, expect, it } from 'vitest';
import { eraOutOfRange, formatWestern, parseIso, parseWareki, sameDate, toAsciiDigits } from '../../src/lib/wareki.ts';

describe('和暦 dates', () => {
  it('reads full-width digits and a trailing event word', () => {
    expect(parseWareki('令和７年６月２０日策定')).toEqual({ year: 2025, month: 6, day: 20 });
  });
  it('reads a year and month without a day', () => {
    expect(parseWareki('令和8年7月')).toEqual({ year: 2026, month: 7 });
  });
  it('reads an era date that carries its Western year in brackets', () => {
    expect(parseWareki('令和6年（2024年）9月2日')).toEqual({ year: 2024, month: 9, day: 2 });
  });
  it('reads 元年 and earlier eras', () => {
    expect(parseWareki('令和元年5月1日')).toEqual({ year: 2019, month: 5, day: 1 });
    expect(parseWareki('平成31年4月30日')).toEqual({ year: 2019, month: 4, day: 30 });
    expect(parseWareki('昭和64年1月7日')).toEqual({ year: 1989, month: 1, day: 7 });
  });
  it('finds nothing in text without an era date', () => {
    expect(parseWareki('2025年6月20日')).toBeUndefined();
    expect(parseWareki('日付なし')).toBeUndefined();
  });
  it('matches an era date against its ISO date, to the precision written', () => {
    expect(sameDate('令和７年６月２０日策定', '2025-06-20')).toBe(true);
    expect(sameDate('令和７年６月２０日策定', '2025-06-21')).toBe(false);
    expect(sameDate('令和8年7月', '2026-07')).toBe(true);
    expect(sameDate('令和8年7月', '2026-07-01')).toBe(false);
  });
  it('rejects impossible ISO dates', () => {
    expect(parseIso('2025-02-29')).toBeUndefined();
    expect(parseIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIso('2025-13')).toBeUndefined();
    expect(parseIso('2025/06/20')).toBeUndefined();
  });
  it('formats the Western calendar in Japanese', () => {
    expect(formatWestern('2025-06-20')).toBe('2025年6月20日');
    expect(formatWestern('2026-07')).toBe('2026年7月');
  });
  it('normalises full-width digits', () => {
    expect(toAsciiDigits('１時間')).toBe('1時間');
  });
});

describe('era boundaries', () => {
  it.each([
    ['昭和元年12月25日', '昭和の最初の日'],
    ['昭和64年1月7日', '昭和の最後の日'],
    ['平成元年1月8日', '平成の最初の日'],
    ['平成31年4月30日', '平成の最後の日'],
    ['令和元年5月1日', '令和の最初の日'],
    ['令和1年5月1日', '元年を 1 年と書いても同じ'],
    ['平成31年4月', '平成の最後の月'],
    ['令和元年5月', '令和の最初の月'],
    ['昭和64年1月', '七日だけの昭和64年の月'],
    ['令和７年６月２０日策定', '全角の数字'],
  ])('accepts %s (%s)', (written) => {
    expect(eraOutOfRange(written)).toBeUndefined();
  });

  it.each([
    ['令和0年4月1日', '令和', '令和元年5月1日〜'],
    ['令和元年4月30日', '令和', '令和元年5月1日〜'],
    ['令和元年4月', '令和', '令和元年5月1日〜'],
    ['平成31年5月1日', '平成', '平成元年1月8日〜平成31年4月30日'],
    ['平成31年5月', '平成', '平成元年1月8日〜平成31年4月30日'],
    ['平成40年1月1日', '平成', '平成元年1月8日〜平成31年4月30日'],
    ['平成元年1月7日', '平成', '平成元年1月8日〜平成31年4月30日'],
    ['昭和65年1月1日', '昭和', '昭和元年12月25日〜昭和64年1月7日'],
    ['昭和64年1月8日', '昭和', '昭和元年12月25日〜昭和64年1月7日'],
    ['昭和元年12月24日', '昭和', '昭和元年12月25日〜昭和64年1月7日'],
    ['昭和元年11月', '昭和', '昭和元年12月25日〜昭和64年1月7日'],
  ])('refuses %s, outside %s (%s)', (written, era, range) => {
    const outside = eraOutOfRange(written)!;
    expect(outside.era).toBe(era);
    expect(`${outside.first}〜${outside.last ?? ''}`).toBe(range);
  });

  it('says nothing of a text without an era date', () => {
    expect(eraOutOfRange('2025年6月20日')).toBeUndefined();
  });
});
