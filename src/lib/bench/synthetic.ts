/**
 * Synthetic editions for the benchmark: varied copies of the real ones, written to a temporary
 * content folder (never into content/). Each copy gets its own slug, city name (replaced in every
 * file, so its quotes still match its clauses), accent colour and prefecture (the 47 in turn, so
 * the national pages group them as a national build would); some copies drop a third of their FAQs
 * so editions differ in size as real ones do.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { checkDigit } from '../local-government.ts';

/** Dark accents that all carry white text at AA. */
const ACCENTS = ['#264d73', '#1d5f3a', '#6b2d5c', '#7a3b00', '#2f4f4f', '#4a3a8c', '#8a1c1c', '#00566b'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export interface SyntheticContent {
  dir: string;
  editions: number;
  faqs: number;
  /** The slug of the first copy of a real edition, so a query typed for a real city can be asked of its copy. */
  copyOf: (realSlug: string) => string;
}

const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';
/** 1 → あ, 45 → いあ: a tag for a copy's name without digits (the translation checks count digits as numbers). */
function kanaTag(n: number): string {
  let tag = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / KANA.length)) tag = KANA[(k - 1) % KANA.length]! + tag;
  return tag;
}

/** A dropped FAQ's translations go with it (a translation of an FAQ that does not exist fails the check). */
function dropTranslatedFaqs(editionDir: string, ids: string[]) {
  if (ids.length === 0) return;
  let languages: string[];
  try {
    languages = readdirSync(join(editionDir, 'translations'));
  } catch {
    return;
  }
  for (const language of languages) {
    const file = join(editionDir, 'translations', language, 'faq.yaml');
    let doc;
    try {
      doc = parseDocument(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const id of ids) doc.deleteIn(['faqs', id]);
    writeFileSync(file, String(doc));
  }
}

export function writeSyntheticContent(sourceDir: string, targetDir: string, count: number): SyntheticContent {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(join(targetDir, 'editions'), { recursive: true });
  cpSync(join(sourceDir, 'shared'), join(targetDir, 'shared'), { recursive: true });
  const sources = readdirSync(join(sourceDir, 'editions')).sort();
  const prefectures = parse(readFileSync(join(sourceDir, 'shared', 'prefectures.yaml'), 'utf8')) as Array<{ code: string; name: string }>;
  let faqs = 0;
  for (let i = 0; i < count; i += 1) {
    const base = sources[i % sources.length]!;
    const from = join(sourceDir, 'editions', base);
    const to = join(targetDir, 'editions', `${base}-${i + 1}`);
    cpSync(from, to, { recursive: true });
    const city = (parse(readFileSync(join(from, 'edition.yaml'), 'utf8')) as { city: { name: string } }).city.name;
    const name = `${city.replace(/[市町村区]$/, '')}${kanaTag(i + 1)}${city.slice(-1)}`;
    for (const file of filesUnder(to)) {
      let text = readFileSync(file, 'utf8').split(city).join(name);
      // The edition's own file (not its translations'): its prefecture, and a valid code in that prefecture.
      if (file === join(to, 'edition.yaml')) {
        const prefecture = prefectures[i % prefectures.length]!;
        const five = `${prefecture.code}${String(100 + Math.floor(i / prefectures.length)).padStart(3, '0')}`;
        text = text
          .replace(/^draft: .*$/m, 'draft: false')
          .replace(/^(\s+prefecture:).*$/m, `$1 ${prefecture.name}`)
          .replace(/^(\s+code:).*$/m, `$1 '${five}${checkDigit(five)}'`);
        text = /^theme:/m.test(text) ? text : `${text}\ntheme:\n  accent: "${ACCENTS[i % ACCENTS.length]}"\n`;
      }
      writeFileSync(file, text);
    }
    const faqDir = join(to, 'faq');
    let names: string[];
    try {
      names = readdirSync(faqDir).filter((n) => n.endsWith('.md')).sort();
    } catch {
      names = [];
    }
    const dropped = names.filter((_name, k) => i % 4 === 1 && k % 3 === 2);
    for (const n of dropped) rmSync(join(faqDir, n));
    faqs += names.length - dropped.length;
    dropTranslatedFaqs(to, dropped.map((n) => n.replace(/\.md$/, '')));
  }
  return { dir: targetDir, editions: count, faqs, copyOf: (real) => `${real}-${sources.indexOf(real) + 1}` };
}
