/** A broken content file stops the real build with the file, line, field and what is expected; nothing is written. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/content-fixture.ts';

it('fails the build on broken content, naming file, line and field, and ships no page', () => {
  const content = fixtureContent([{ file: 'editions/sample/edition.yaml', replace: 'iso: 2025-04-01', with: 'iso: 2025-04-02' }]);
  const out = mkdtempSync(join(tmpdir(), 'otagai-out-'));
  try {
    const result = buildSite(['--content', content, '--out', out, '--cache', join(out, '.cache'), '--poster-cache', join(out, '.posters')]);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/editions\/sample\/edition\.yaml:12 document\.dates\[0\]\.iso（ISO 形式の日付）: 和暦「令和７年４月１日策定」と ISO の日付「2025-04-02」が一致しません。/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
