/** What counts as markup or an unsafe link in content text, and the names an edition folder cannot take. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget, markdownProblems, unsafeInText } from '../../src/lib/content/safety.ts';
import { reservedSlugs } from '../../src/lib/reserved-slugs.ts';

describe('raw HTML and unsafe links in content text', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['文<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<IMG/SRC=x>', '<IMG/SRC=x>'],
    ['閉じる</b>', '</b>'],
    ['<!-- 注 -->', '<!-- 注 -->'],
    ['<?xml version="1.0"?>', '<?xml version="1.0"?>'],
    ['末尾の<script', '<script'],
  ])('finds HTML in %j', (text, tag) => {
    expect(unsafeInText(text)).toEqual([{ message: 'raw-html', input: tag }]);
  });

  it.each(['１時間<２時間', 'a < b', '＜全角の山括弧＞', '60分以内（<30分は目安>ではない）', '→ <- 矢印'])('leaves plain text alone: %j', (text) => {
    expect(unsafeInText(text)).toEqual([]);
  });

  it.each([
    ['[文](javascript:alert(1))', 'javascript:alert(1)'],
    ['[文](JavaScript:void(0))', 'JavaScript:void(0)'],
    ['[文](data:text/html,x)', 'data:text/html,x'],
    ['[文](vbscript:x)', 'vbscript:x'],
    ['[文](/admin/)', '/admin/'],
    ['[文](//evil.example)', '//evil.example'],
    ['[文](#Not An Id)', '#Not An Id'],
  ])('refuses the link target in %j', (text, target) => {
    expect(unsafeInText(text)).toEqual([{ message: 'unsafe-link', input: target }]);
  });

  it.each(['https://www.city.example.lg.jp/', 'http://example.jp/a?b=c', '#response-time', ' #basic-idea '])('allows %j', (target) => {
    expect(isSafeLinkTarget(target)).toBe(true);
  });

  it('reads an FAQ answer as Markdown: HTML blocks and inline tags, links, images and definitions, each on its line', () => {
    const answer = ['一行目。', '', '<div>ブロック</div>', '', '二行目の<span>文</span>と[リンク](https://example.jp)と<https://example.jp>。', '', '![図](data:x)', '', '[a]: javascript:x'].join('\n');
    const found = markdownProblems(answer, 'faq.md', 8, ['answer']).map((p) => [p.line, p.message, p.params?.input]);
    expect(found).toEqual([
      [10, 'raw-html', '<div>ブロック</div>'],
      [12, 'raw-html', '<span>'],
      [12, 'raw-html', '</span>'],
      [14, 'unsafe-link', 'data:x'],
      [16, 'unsafe-link', 'javascript:x'],
    ]);
  });

  it('takes Markdown code for code, not for HTML', () => {
    expect(markdownProblems('`<b>` と書くと太字になります。', 'faq.md', 1, [])).toEqual([]);
  });
});

describe('reserved edition folder names', () => {
  it("reserve the site's top-level routes, public files and the folders the build writes", () => {
    const reserved = reservedSlugs();
    for (const name of ['search', 'compare', 'schema', 'favicon', 'pagefind']) expect(reserved).toContain(name);
    expect(reserved).not.toContain('index');
  });

  it('follow the routes: a new page or public file reserves its name, a dynamic route does not', () => {
    const root = mkdtempSync(join(tmpdir(), 'otagai-routes-'));
    try {
      mkdirSync(join(root, 'src/pages/news'), { recursive: true });
      mkdirSync(join(root, 'public'));
      for (const f of ['src/pages/index.astro', 'src/pages/map.astro', 'src/pages/[slug].astro', 'src/pages/data.json.ts', 'public/robots.txt']) writeFileSync(join(root, f), '');
      const reserved = reservedSlugs(root);
      for (const name of ['news', 'map', 'data', 'robots', 'pagefind']) expect(reserved).toContain(name);
      expect(reserved.some((n) => n.includes('['))).toBe(false);
      expect(reserved).not.toContain('index');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
