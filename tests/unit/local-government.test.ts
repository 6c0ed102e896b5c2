/** Kinds of local government and their codes, as the 全国地方公共団体コード defines them. */
import { describe, expect, it } from 'vitest';
import { checkDigit, isPrefectureCode, isValidGovernmentCode, kindFromName, kindWord } from '../../src/lib/local-government.ts';

describe('kindFromName', () => {
  it('reads the kind from the suffix where it is clear', () => {
    expect(kindFromName('坂出市')).toBe('city');
    expect(kindFromName('奥多摩町')).toBe('town');
    expect(kindFromName('檜原村')).toBe('village');
    expect(kindFromName('世田谷区')).toBe('ward');
    expect(kindFromName('長崎県')).toBe('prefecture');
    expect(kindFromName('東京都')).toBe('prefecture');
    expect(kindFromName('北海道')).toBe('prefecture');
    expect(kindFromName('大阪府')).toBe('prefecture');
  });
  it('does not guess from a name whose suffix says nothing', () => {
    expect(kindFromName('お互い')).toBeUndefined();
    expect(kindFromName('府中')).toBeUndefined();
  });
});

describe('kindWord', () => {
  it('calls each government by its own word', () => {
    expect(kindWord('town', '奥多摩町')).toBe('町');
    expect(kindWord('village', '檜原村')).toBe('村');
    expect(kindWord('ward', '世田谷区')).toBe('区');
    expect(kindWord('prefecture', '東京都')).toBe('都');
    expect(kindWord('prefecture', '北海道')).toBe('道');
    expect(kindWord('prefecture', '長崎県')).toBe('県');
  });
});

describe('全国地方公共団体コード', () => {
  it('accepts real codes with their check digits', () => {
    for (const code of ['011002', '012106', '132292', '142069', '372030', '130001', '131130', '133086']) expect(isValidGovernmentCode(code), code).toBe(true);
  });
  it('computes the check digit, including the cases that wrap to 0 and 1', () => {
    expect(checkDigit('01100')).toBe(2);
    expect(checkDigit('14206')).toBe(9);
    expect(checkDigit('13000')).toBe(1);
  });
  it('refuses a wrong check digit, a prefecture outside 01–47 and a code of the wrong length', () => {
    for (const code of ['011003', '482017', '000001', '14206', '1420690', '14206x']) expect(isValidGovernmentCode(code), code).toBe(false);
  });
  it('knows a prefecture’s own code', () => {
    expect(isPrefectureCode('130001')).toBe(true);
    expect(isPrefectureCode('132292')).toBe(false);
  });
});
