/**
 * Content folders for tests: the real shared taxonomy plus the fictional `sample` edition,
 * copied to a temporary folder, optionally broken by an edit.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_EDITIONS = 'tests/fixtures/content/editions';

export interface Edit {
  file: string; // relative to the content folder, e.g. editions/sample/edition.yaml
  replace: string | RegExp;
  with: string;
}

export function fixtureContent(edits: Edit[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'otagai-content-'));
  cpSync('content/shared', join(dir, 'shared'), { recursive: true });
  cpSync(FIXTURE_EDITIONS, join(dir, 'editions'), { recursive: true });
  for (const edit of edits) {
    const file = join(dir, edit.file);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(edit.replace, edit.with);
    if (after === before) throw new Error(`Test edit did not apply to ${edit.file}: ${String(edit.replace)}`);
    writeFileSync(file, after);
  }
  return dir;
}
