/**
 * Content folders for tests: the real shared taxonomy plus the fictional `sample` edition,
 * copied to a temporary folder, optionally broken by an edit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSchemas } from '../../src/schema/index.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

export const FIXTURE_EDITIONS = 'tests/fixtures/content/editions';

export interface Edit {
  file: string; // relative to the content folder, e.g. editions/sample/edition.yaml
  replace: string | RegExp;
  with: string;
}
/** A change to the fixture: an edit, or a folder copied (relative to the content folder). */
export type FixtureEdit = Edit | { copy: string; to: string };

export function fixtureContent(edits: FixtureEdit[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'otagai-content-'));
  cpSync('content/shared', join(dir, 'shared'), { recursive: true });
  cpSync(FIXTURE_EDITIONS, join(dir, 'editions'), { recursive: true });
  for (const edit of edits) {
    if ('copy' in edit) {
      cpSync(join(dir, edit.copy), join(dir, edit.to), { recursive: true });
      continue;
    }
    const file = join(dir, edit.file);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(edit.replace, edit.with);
    if (after === before) throw new Error(`Test edit did not apply to ${edit.file}: ${String(edit.replace)}`);
    writeFileSync(file, after);
  }
  return dir;
}

/** Reads a fixture content folder (broken by `edits`) as the build would: its problems, each with its text, and its editions. */
export function readFixture(edits: FixtureEdit[] = []) {
  const dir = fixtureContent(edits);
  try {
    const content = readContent(dir, contentSchemas);
    return { problems: content.problems.map((p) => ({ ...p, text: formatProblem(p) })), editions: content.editions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
