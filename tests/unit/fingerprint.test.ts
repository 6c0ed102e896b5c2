/** An edition's fingerprint changes with what its pages are made from, and only with that. */
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionFingerprint, RECORD_FILE } from '../../src/lib/fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'otagai-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
cpSync('content/shared', join(content, 'shared'), { recursive: true });
for (const slug of ['sample', 'other']) cpSync('tests/fixtures/content/editions/sample', join(content, 'editions', slug), { recursive: true });
writeFileSync(join(root, 'package-lock.json'), '{}');

const print = (slug: string) => editionFingerprint(root, content, slug);

describe('editionFingerprint', () => {
  it('is the same when nothing changed, and ignores the record itself', () => {
    const before = print('sample');
    writeFileSync(join(content, RECORD_FILE), '{}');
    expect(print('sample')).toBe(before);
  });
  it("changes with the edition's own files and the shared content, not with another edition", () => {
    const before = { sample: print('sample'), other: print('other') };
    appendFileSync(join(content, 'editions', 'sample', 'edition.yaml'), '\n# edited\n');
    expect(print('sample')).not.toBe(before.sample);
    expect(print('other')).toBe(before.other);
    appendFileSync(join(content, 'shared', 'faq-groups.yaml'), '\n# edited\n');
    expect(print('other')).not.toBe(before.other);
  });
  it('changes with the engine', () => {
    const before = print('sample');
    writeFileSync(join(root, 'package-lock.json'), '{"changed":true}');
    expect(print('sample')).not.toBe(before);
  });
});
