/** Kana helpers for the search query layer: the two kana scripts and where grammar starts. */

const HIRAGANA = /^[\u3041-\u3096ー]+$/u;
const KATAKANA = /^[\u30a1-\u30faー]+$/u;

export const isHiragana = (s: string) => HIRAGANA.test(s);
export const isKatakana = (s: string) => KATAKANA.test(s);
export const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** ボウリョク → ぼうりょく; anything else is kept. */
export const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
/** かすはら → カスハラ. */
export const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
