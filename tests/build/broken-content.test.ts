/** A broken content file stops the real build with the file, line, field and what is expected; nothing is written. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixtureContent, type Edit } from '../helpers/content-fixture.ts';

const FAQ = 'editions/sample/faq/time-limit.md';

it.each<[string, Edit, RegExp]>([
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
])('fails the build on %s, naming file, line and field, and ships no page', (_name, edit, says) => {
  const content = fixtureContent([edit]);
  const out = mkdtempSync(join(tmpdir(), 'otagai-out-'));
  try {
    const result = buildSite(['--content', content, '--out', out, '--cache', join(out, '.cache'), '--poster-cache', join(out, '.posters')]);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(says);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
