/** Interface words as data: ICU messages per language, overridable, with the values they name. */
import { describe, expect, it } from 'vitest';
import { MessageError, messageArguments, translator } from '../../src/lib/i18n.ts';

const ja = { home: 'この{kind}の対策', pages: '{count}ページ', lead: '{name}の「{document}」' };
const en = { home: 'Measures of this {kind}', pages: '{count, plural, one {# page} other {# pages}}', lead: "{name}'s “{document}”" };

describe('translator', () => {
  it('fills in the values a message names', () => {
    const t = translator('ja', ja);
    expect(t('home', { kind: '町' })).toBe('この町の対策');
    expect(t('lead', { name: '見本町', document: '基本方針' })).toBe('見本町の「基本方針」');
  });
  it('follows the plural rules of the language', () => {
    const t = translator('en', en);
    expect(t('pages', { count: 1 })).toBe('1 page');
    expect(t('pages', { count: 3 })).toBe('3 pages');
    expect(t('lead', { name: 'Sample Town', document: 'Basic Policy' })).toBe('Sample Town\'s “Basic Policy”');
  });
  it("takes an edition's override before the catalogue", () => {
    const t = translator('ja', ja, { home: '{name}の取組' });
    expect(t('home', { name: '見本村' })).toBe('見本村の取組');
    expect(t('pages', { count: 2 })).toBe('2ページ');
  });
  it('refuses to format a message without the values it needs', () => {
    const t = translator('ja', ja);
    expect(() => t('home')).toThrow(MessageError);
  });
});

describe('messageArguments', () => {
  it('lists the values a message uses, inside plurals too', () => {
    expect(messageArguments(ja.lead)).toEqual(['document', 'name']);
    expect(messageArguments(en.pages)).toEqual(['count']);
    expect(messageArguments('文字だけ')).toEqual([]);
  });
});
