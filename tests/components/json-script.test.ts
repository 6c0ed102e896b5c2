/** JSON in a <script> element: no value can close the element, and the page's script reads back exactly the data. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import JsonScript from '../../src/components/JsonScript.astro';
import { jsonForScript } from '../../src/lib/json-script.ts';

const hostile = {
  terms: ['</script><script>alert(1)</script>', '<!-- ', '</SCRIPT >', 'a & b > c', 'line\u2028separator\u2029'],
  means: ['カスタマーハラスメント'],
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('JsonScript', () => {
  it('keeps a glossary term containing </script> inside the element, and the data reads back unchanged', async () => {
    const html = await container.renderToString(JsonScript, { props: { id: 'search-glossary', data: [hostile] } });
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const text = html.match(/^<script type="application\/json" id="search-glossary">([\s\S]*)<\/script>$/)![1]!;
    expect(JSON.parse(text)).toEqual([hostile]);
  });

  it('writes JSON-LD the same way', async () => {
    const html = await container.renderToString(JsonScript, { props: { type: 'application/ld+json', data: { name: '</script>' } } });
    expect(html).toBe('<script type="application/ld+json">{"name":"\\u003c/script\\u003e"}</script>');
  });

  it('escapes only what HTML could read as markup', () => {
    expect(jsonForScript({ q: '電話は何時間まで？' })).toBe('{"q":"電話は何時間まで？"}');
  });
});
