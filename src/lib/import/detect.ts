/**
 * What edition.yaml says about the document, read from the document: its title and kind, its dates
 * as written and as ISO (令和・平成, 年月日 or 年月; 策定・改定・施行), its signatory, the clause that
 * defines customer harassment and the shape of that definition, and the clause that says what the
 * policy is for. Everything found carries the words it rests on.
 */
import type { Clause, DatedEvent } from '../../schema/index.ts';
import { walkClauses } from '../clauses.ts';
import { plainText } from '../inline.ts';
import { parseWareki } from '../wareki.ts';
import type { Unit } from './model.ts';
import { isDateOnly, isSignatory, titleLike } from './structure.ts';
import { blockUnits } from '../source-text.ts';
import { sentencesOf, squash } from './words.ts';

const TITLE_WORDS = /(方針|指針|要綱|要領|対策|について|条例|規程|規則|宣言|マニュアル|ガイドライン|取組)/;

/** The document's title: the first line before the body that names a policy; removed from the units. */
export function takeTitle(units: Unit[], fallback?: string): { title?: string | undefined; units: Unit[]; line?: number | undefined } {
  for (let i = 0; i < Math.min(units.length, 8); i++) {
    const u = units[i]!;
    if (u.kind !== 'text') continue;
    if (i > 0 && u.heading === undefined && /^[0-9０-９(（第①■○【]/.test(u.text)) break;
    if (TITLE_WORDS.test(u.text) && titleLike(u.text) && u.item === undefined) {
      return { title: u.text.replace(/\s+/g, ' ').trim(), units: [...units.slice(0, i), ...units.slice(i + 1)], line: u.line };
    }
  }
  return { title: fallback, units };
}

const EVENTS: Array<[RegExp, DatedEvent['event']]> = [
  [/(策定|制定|作成)/, 'established'],
  [/(改定|改正)/, 'revised'],
  [/施行/, 'effective'],
  [/(公表|発行|公開)/, 'published'],
];

/** An era date as written, with its event word: 令和７年６月２０日策定, 令和8年4月1日から施行. */
const DATE = /(?:令和|平成|昭和)\s*(?:元|[0-9０-９]{1,2})\s*年(?:\s*[（(]\s*[0-9０-９]{4}\s*年\s*[）)])?\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?(?:\s*(?:から)?\s*(?:策定|制定|作成|改定|改正|施行|公表|発行|公開))?/g;

export function dateEvent(asWritten: string): DatedEvent | undefined {
  const d = parseWareki(asWritten);
  if (!d) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${d.year}-${pad(d.month)}${d.day !== undefined ? `-${pad(d.day)}` : ''}`;
  const event = EVENTS.find(([re]) => re.test(asWritten))?.[1] ?? 'dated';
  return { event, asWritten: asWritten.trim(), iso };
}

/**
 * The document's dates: lines that are a date alone (the date under a title, a signature), and the
 * date a supplementary provision says the document takes effect (この方針は、令和８年４月１日から施行します).
 */
export function documentDates(units: Unit[]): { dates: DatedEvent[]; lines: number[] } {
  const dates: DatedEvent[] = [];
  const lines: number[] = [];
  const add = (text: string, line: number) => {
    for (const m of text.matchAll(DATE)) {
      const d = dateEvent(m[0]);
      if (d && !dates.some((x) => x.iso === d.iso && x.event === d.event)) {
        dates.push(d);
        lines.push(line);
      }
    }
  };
  for (const u of units) {
    if (u.kind !== 'text') continue;
    if (isDateOnly(u.text)) add(u.text, u.line);
    else if (/^この(方針|指針|要綱|要領|基本方針|規程)は、.{0,30}(から)?施行/.test(squash(u.text))) add(u.text, u.line);
  }
  return { dates, lines };
}

export function signatory(units: Unit[]): string | undefined {
  const unit = units.find((u): u is Extract<Unit, { kind: 'text' }> => u.kind === 'text' && isSignatory(u.text));
  return unit?.text.replace(/\s+/g, ' ').trim();
}

/** The document's kind, by what its title calls it. */
export const documentKind = (title: string | undefined): 'basic-policy' | 'response-guideline' => (title && /指針|ガイドライン|マニュアル/.test(title) ? 'response-guideline' : 'basic-policy');

export interface Definition {
  family: string;
  clause: string;
  quote: string;
  /** Why this family: which wording was found. */
  because: string;
  found: boolean;
}

/** The shapes of definition, by the words that make them (content/shared/definition-families.yaml). */
const FAMILIES: Array<{ family: string; because: string; test: RegExp; require?: RegExp; quoteAt: RegExp }> = [
  { family: 'tokyo-ordinance-nuisance', because: '東京都条例の「著しい迷惑行為」', test: /著しい迷惑行為/, quoteAt: /著しい迷惑行為/ },
  {
    family: 'law-2025-three-elements',
    because: '法律の条文の言い方（業務の性質その他の事情に照らして社会通念上許容される範囲を超え…）。2025年改正法の三つの要素と同じ定義として読みました',
    test: /業務の性質その他の事情に照らして社会通念上許容される範囲を超え/,
    quoteAt: /業務の性質その他の事情に照らして/,
  },
  { family: 'law-2025-three-elements', because: '2025年改正法の三つの要素（社会通念上許容される範囲を超えた言動／就業環境を害する）', test: /社会通念上許容される範囲を超え/, require: /就業環境(を|が)害/, quoteAt: /社会通念上許容される範囲を超え/ },
  { family: 'mhlw-2022-two-judgements', because: '2022年厚生労働省マニュアルの二つの判断（要求内容の妥当性に照らして／手段・態様が社会通念上不相当）', test: /妥当性に照らして/, require: /(手段|態様).{0,20}(不相当|不当)/, quoteAt: /妥当性に照らして/ },
];

function texts(clause: Clause): string[] {
  return clause.body.flatMap((b, i) => [...blockUnits(b, [i])].map((u) => plainText(u.text)));
}

/** The clause that defines customer harassment, the family of its wording, and the words it rests on. */
export function detectDefinition(clauses: Clause[]): Definition | undefined {
  const all = [...walkClauses(clauses)].map(({ clause }) => clause);
  const ordered = [...all.filter((c) => c.title && /定義/.test(c.title)), ...all];
  for (const clause of ordered) {
    // A definition clause's words, with those of its sub-clauses when it gives its elements there.
    const own = texts(clause);
    const words = squash(own.join('\n'));
    for (const f of FAMILIES) {
      if (!f.test.test(words) || (f.require && !f.require.test(words))) continue;
      const quote = own.find((t) => f.quoteAt.test(squash(t)))!;
      return { family: f.family, clause: clause.id, quote: sentenceAround(quote, f.quoteAt), because: f.because, found: true };
    }
  }
  const titled = all.find((c) => c.title && /定義/.test(c.title) && texts(c).length);
  if (titled) return { family: 'law-2025-three-elements', clause: titled.id, quote: texts(titled)[0]!, because: '', found: false };
  return undefined;
}

/** The sentence of `text` in which `at` is found. */
export function sentenceAround(text: string, at: RegExp): string {
  const sentences = sentencesOf(text);
  return (sentences.find((s) => at.test(squash(s))) ?? text).trim();
}

const STANCE = [/基本的な考え方/, /基本方針|基本姿勢/, /目的|趣旨/, /はじめに/];

/** The clause that says what the policy is for. */
export function detectStance(clauses: Clause[]): string | undefined {
  const all = [...walkClauses(clauses)].map(({ clause }) => clause).filter((c) => c.body.some((b) => typeof b === 'string'));
  for (const re of STANCE) {
    const hit = all.find((c) => c.title && re.test(c.title));
    if (hit) return hit.id;
  }
  return all[0]?.id;
}
