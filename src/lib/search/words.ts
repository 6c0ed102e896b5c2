/**
 * The content words of a query. The query is cut into words by Intl.Segmenter('ja'); pieces it
 * cuts too fine are joined again (カス|ハラ, 盗|撮, 殴|ら|れ|たら); particles, endings and
 * question words are dropped; a kana run is read with the content's own vocabulary (the lexicon:
 * ぼうりょくふるわれたら → 暴力, 振るう), and an inflected word is given its base form
 * (言われた → 言う). Each word becomes a concept: what was typed, always searched, and what the
 * lexicon adds.
 */
import { hasHan, isHiragana, isKatakana, toKatakana } from './kana.ts';
import { homophones } from './homophones.ts';
import { matchReading, matchStem, type Lexicon, type LexiconMatch } from './lexicon.ts';

export interface Concept {
  /** The word as the resident typed it (shown with a partial match). */
  label: string;
  /** What to search for it, the typed word first; any one of them counts. */
  words: string[];
  /** The glossary entry that added words to it, if one did. */
  glossary?: string | undefined;
}

/** Particles and grammatical words: they never make a word on their own. */
const PARTICLES = new Set(
  'は が を に で と の も へ や か ね よ な から まで より など だけ って ので のに けど でも には では とは への'.split(' '),
);
/** Words that carry no content in a query: question words, light verbs and nouns of grammar. */
const FUNCTION = new Set(
  'ある いる する なる いう こと もの よう ため とき ところ これ それ あれ この その あの どう どこ なに なん なぜ いつ だれ どれ どんな どの いい よい だめ ダメ です ます ください ほしい たい 何 誰 何故 何処 いか'.split(' '),
);
/** Inflectional endings and auxiliaries a kana remainder may be made of (れたら, させられる, ますか). */
const ENDING = /^(?:させ|られ|され|れ|せ|さ|ら|ず|ませ|ます|まし|です|でし|だろ|でしょ|たら|たい|たく|たかっ|ない|なく|なかっ|なけれ|ば|た|だ|て|で|てい|でい|い|る|う|よう|ん|の|か|も|ね|よ|な|って|ちゃ|じゃ|しまう|しまっ|ちゃう|いる|いた|ある|あっ|する|し|しろ|ろ|え|け|こと|ことは|はず|べき|かな|かも|です|ない)+$/u;

type Kind = 'han' | 'kata' | 'latin' | 'hira';
const kindOf = (s: string): Kind => (hasHan(s[0]!) ? 'han' : isKatakana(s) ? 'kata' : isHiragana(s) ? 'hira' : /^[\p{L}\p{N}]/u.test(s) && !hasHan(s) && !isHiragana(s[0]!) ? 'latin' : 'hira');

interface Piece {
  kind: Kind;
  core: string;
  /** Kana after a word written in kanji: its inflection, and what follows it. */
  tail: string;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Particles that end a word's inflection and start the next phrase. Not で, の, な, か: they are
 * also inflection (できる, 読んで, ないのか).
 */
const PHRASE_END = new Set('を が は に と も へ や から まで より って'.split(' '));

/** A segment that is a particle and the start of a word (につき: に, つき), not a word of grammar (とき, ことは). */
const startsWithParticle = (segment: string) => segment.length > 1 && PHRASE_END.has(segment[0]!) && !FUNCTION.has(segment) && !ENDING.test(segment);

/** Whether kana are only particles and function words (どうする, までです). */
const onlyGrammar = (kana: string) => [...segmenter.segment(kana)].every(({ segment: s }) => PARTICLES.has(s) || FUNCTION.has(s));

/** Cuts text into pieces: kanji, katakana or Latin words with the kana that inflect them, and kana runs. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last: Piece | undefined;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike && !/[\p{L}\p{N}]/u.test(segment)) {
      last = undefined; // punctuation and spaces end a word
      continue;
    }
    const kind = kindOf(segment);
    if (kind === 'hira') {
      // After a word in kanji: its inflection, until a particle ends it (電話|は, 帰らず|に|いすわる,
      // 職員|につき|まとい): what follows is a kana run of its own. A kana run stays whole, particles
      // and all, for the lexicon to read (かす|は|ら is one word).
      if (last?.kind === 'han') {
        const ends = last.tail === '' ? PARTICLES : PHRASE_END;
        const particle = ends.has(segment) ? segment : startsWithParticle(segment) ? segment[0]! : undefined;
        if (particle === undefined) last.tail += segment;
        else out.push((last = { kind, core: segment.slice(particle.length), tail: '' }));
      } else if (last?.kind === 'hira') last.core += segment;
      else out.push((last = { kind, core: segment, tail: '' }));
      continue;
    }
    const joins =
      last &&
      last.tail === '' &&
      ((kind === 'kata' && last.kind === 'kata') ||
        (kind === 'han' && last.kind === 'han' && (last.core.length === 1 || segment.length === 1)) ||
        (kind === 'han' && last.kind === 'latin' && /^\d+$/.test(last.core)));
    if (joins) {
      last!.core += segment;
      if (kind === 'han') last!.kind = 'han';
    } else out.push((last = { kind, core: segment, tail: '' }));
  }
  return out;
}

/** What to search for a word written in kanji: the word, with one kana of its inflection if it is one kanji (殴ら). */
const typedForm = (p: Piece) => (p.core.length === 1 && p.tail ? p.core + p.tail[0] : p.core);

/**
 * Base forms and the stems they are written with: the index holds the words as the pages inflect
 * them (居座り, 居座っ), which a stem of two or more characters matches and the base form (居座る) does not.
 */
const withStems = (bases: string[]) => [...new Set([...bases, ...bases.map((b) => b.slice(0, -1)).filter((s) => s.length >= 2 && hasHan(s))])];

/** A particle at the edge of kana: stripped from a remainder, and the sign that a word starts after it. */
const EDGE_PARTICLE = '(?:[をがはにでとものへやか]|って)';
const AFTER_PARTICLE = new RegExp(`${EDGE_PARTICLE}$`, 'u');
const EDGE_PARTICLES = new RegExp(`^${EDGE_PARTICLE}+|${EDGE_PARTICLE}+$`, 'u');

/** Reads a kana run with the lexicon, longest word first; what is left and is no ending stays as typed. */
function readKana(run: string, lexicon: Lexicon): Concept[] {
  const concepts: Concept[] = [];
  let rest = '';
  const keep = () => {
    const r = rest.replace(EDGE_PARTICLES, '');
    rest = '';
    if (r.length < 2 || FUNCTION.has(r) || ENDING.test(r) || onlyGrammar(r)) return;
    // A short remainder is one word (しつこい, かすはら); a long one is cut again, its grammar dropped.
    // A remainder with a kanji in it (お願いしたい) is cut too: the segmenter reads kanji well, bare kana badly.
    const parts = r.length <= 6 && !hasHan(r) ? [r] : [...segmenter.segment(r)].map((s) => s.segment).filter((w) => w.length >= 2 && !PARTICLES.has(w) && !FUNCTION.has(w) && !ENDING.test(w));
    for (const w of parts) concepts.push({ label: w, words: [w, toKatakana(w)] });
  };
  for (let at = 0; at < run.length; ) {
    const text = run.slice(at);
    // An ending right after other kana inflects them (しない: ない is no word, not 内).
    const inflects = (m: LexiconMatch) => at > 0 && !AFTER_PARTICLE.test(run.slice(0, at)) && ENDING.test(m.typed);
    const stem = matchStem(text, lexicon, 2);
    const candidates = [matchReading(text, lexicon), stem].filter((m): m is LexiconMatch => !!m && !FUNCTION.has(m.typed) && !inflects(m));
    const best = candidates.sort((a, b) => b.typed.length - a.typed.length)[0];
    if (!best) {
      rest += run[at];
      at += 1;
      continue;
    }
    keep();
    concepts.push({ label: best.typed, words: [best.typed, ...(best === stem ? withStems(best.words) : best.words)] });
    at += best.typed.length;
  }
  keep();
  return concepts;
}

/** The concepts of a stretch of query text that the glossary did not cover. */
export function contentConcepts(text: string, lexicon: Lexicon): Concept[] {
  const concepts: Concept[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'hira') {
      concepts.push(...readKana(p.core, lexicon));
      continue;
    }
    if (p.kind === 'han') {
      if (FUNCTION.has(p.core)) continue;
      const typed = typedForm(p);
      const stem = p.tail ? matchStem(p.core + p.tail, lexicon) : undefined;
      const words = [typed, ...withStems(stem?.words ?? [])];
      if (stem && stem.typed.length > typed.length) words.push(stem.typed);
      // A word the content never uses may be a homophone typed with the wrong kanji (面段 → 面談).
      words.push(...homophones(p.core, lexicon, lexicon.kanji));
      // A long compound also counts by its parts (保安院 → 保安), so a slip in one part never empties the answer.
      if (p.core.length >= 3) words.push(...[...segmenter.segment(p.core)].map((s) => s.segment).filter((w) => w.length >= 2 && w !== p.core));
      // Its tail (up to a particle: see pieces) is its inflection and grammar, never words of their own.
      concepts.push({ label: stem && stem.typed.length > typed.length ? stem.typed : typed, words: [...new Set(words)] });
      continue;
    }
    if (!FUNCTION.has(p.core)) concepts.push({ label: p.core, words: [p.core] });
  }
  return concepts;
}
