/** A broken content file stops the real build with the file, line, field and what is expected; nothing is written. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixtureContent, type Edit } from '../helpers/content-fixture.ts';

const FAQ = 'editions/sample/faq/time-limit.md';

it.each<[string, Edit | Edit[], RegExp]>([
  [
    'a date that disagrees',
    { file: 'editions/sample/edition.yaml', replace: 'iso: 2025-04-01', with: 'iso: 2025-04-02' },
    /editions\/sample\/edition\.yaml:12 document\.dates\[0\]\.iso（ISO 形式の日付）: 和暦「令和７年４月１日策定」と ISO の日付「2025-04-02」が一致しません。/,
  ],
  [
    'script in an FAQ answer',
    { file: FAQ, replace: 'としています。', with: 'としています。\n\n<script>alert(1)</script>' },
    /editions\/sample\/faq\/time-limit\.md:10 answer（回答）: 「<script>alert\(1\)<\/script>」は HTML の書き方です。/,
  ],
  [
    // Found only when the poster is drawn, in a worker thread, before Astro builds the pages.
    'a poster character the font lacks',
    [
      { file: 'editions/sample/policy.yaml', replace: 'text: 大声で威圧する', with: 'text: 大声で威圧する🙂' },
      { file: 'editions/sample/posters.yaml', replace: 'text: 大声で威圧する', with: 'text: 大声で威圧する🙂' },
    ],
    /editions\/sample\/posters\.yaml: ポスター「awareness」の文字 「🙂」\(U\+1F642\) は、フォント .* にありません。/,
  ],
])('fails the build on %s, saying where and what is wrong, and ships no page', (_name, edits, says) => {
  const content = fixtureContent([edits].flat());
  const out = mkdtempSync(join(tmpdir(), 'otagai-out-'));
  const caches = mkdtempSync(join(tmpdir(), 'otagai-caches-'));
  try {
    const result = buildSite(['--drafts', '--content', content, '--out', out, '--cache', join(caches, 'astro'), '--poster-cache', join(caches, 'posters')]);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(says);
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    rmSync(caches, { recursive: true, force: true });
  }
});
