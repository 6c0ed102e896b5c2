/**
 * Ruby for やさしい日本語: every word written with kanji gets its reading, as the content's own
 * reading mark {漢字|よみ}, which the pages publish as <ruby>. Readings come from the morphological
 * analyser; the okurigana around the kanji stay outside the ruby (話す → {話|はな}す). A reading the
 * author wrote ({漢字|よみ}) and a clause link's target are left as they are.
 */
import { hasHan, toHiragana } from '../search/kana.ts';

export interface ReadingToken {
  surface_form: string;
  reading?: string | undefined;
}

const KEEP = /(\{[^{}|]+\|[^{}|]+\})|(\]\(#[a-z0-9-]+\))/g;

/** Adds readings to the kanji words of `text`, given a tokenizer. */
export function addRuby(text: string, tokenize: (s: string) => ReadingToken[]): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEEP)) {
    out += rubyOf(text.slice(last, m.index), tokenize) + m[0];
    last = m.index + m[0].length;
  }
  return out + rubyOf(text.slice(last), tokenize);
}

function rubyOf(text: string, tokenize: (s: string) => ReadingToken[]): string {
  if (!hasHan(text)) return text;
  return tokenize(text)
    .map((t) => (t.reading && t.reading !== '*' && hasHan(t.surface_form) ? wordRuby(t.surface_form, toHiragana(t.reading)) : t.surface_form))
    .join('');
}

/** 話す + はなす → {話|はな}す; 取り組み + とりくみ → {取|と}り{組|く}み; when the kana do not line up, the whole word. */
export function wordRuby(surface: string, reading: string): string {
  const parts = surface.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  // Each run of kana in the word must be found, in order, in its reading; the kanji runs read what lies between.
  const pattern = new RegExp(`^${parts.map((p) => (hasHan(p) ? '(.+?)' : escape(toHiragana(p)))).join('')}$`, 'u');
  const m = reading.match(pattern);
  if (!m) return `{${surface}|${reading}}`;
  let group = 1;
  return parts.map((p) => (hasHan(p) ? `{${p}|${m[group++]}}` : p)).join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
