/**
 * The content the real-edition tests read: content/, or the folder in OTAGAI_CONTENT_DIR — so the
 * same tests run unchanged on content/ plus another edition (tests/build/another-edition.test.ts).
 * They loop over whatever editions exist and never name one.
 */
import { contentSchemas } from '../../src/schema/index.ts';
import { readContent, type Content } from '../../src/lib/content/read-content.ts';

export const CONTENT = process.env.OTAGAI_CONTENT_DIR || 'content';

let read: Content | undefined;
/** The content, read once per test file. */
export const realContent = (): Content => (read ??= readContent(CONTENT, contentSchemas));

/** True for the run on the repository's own content and build, whose results are published (accessibility page). */
export const isOwnSite = !process.env.OTAGAI_CONTENT_DIR && !process.env.OTAGAI_OUT_DIR;
