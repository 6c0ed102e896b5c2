/** Components that publish the city's text, rendered with the Astro container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClauseList from '../../src/components/ClauseList.astro';
import ClauseSection from '../../src/components/ClauseSection.astro';
import DocumentDate from '../../src/components/DocumentDate.astro';
import OffenceTable from '../../src/components/OffenceTable.astro';
import ResponseFlow from '../../src/components/ResponseFlow.astro';
import type { Edition } from '../../src/schema/index.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('ClauseList', () => {
  it('shows the markers the city wrote and makes tagged items link targets', async () => {
    const html = await container.renderToString(ClauseList, {
      props: { slug: 'sample', items: [{ id: 'ex-1', marker: '①', text: '身体的な{攻撃|こうげき}' }, { marker: '②', text: '威圧的な言動' }] },
    });
    expect(html).toContain('<ul class="marked">');
    expect(html).toMatch(/<li id="ex-1"><span class="marker">①<\/span>/);
    expect(html).toContain('<ruby>攻撃<rt>こうげき</rt></ruby>');
  });
  it('uses a plain bullet list when the city wrote no markers', async () => {
    const html = await container.renderToString(ClauseList, { props: { slug: 'sample', items: [{ text: '土下座の要求' }] } });
    expect(html).toMatch(/^<ul>/);
  });
});

describe('DocumentDate', () => {
  it('gives the date as written and in the Western calendar, machine-readable', async () => {
    const html = await container.renderToString(DocumentDate, { props: { asWritten: '令和７年６月２０日策定', iso: '2025-06-20' } });
    expect(html).toContain('<time datetime="2025-06-20">令和７年６月２０日策定</time>（西暦 2025年6月20日）');
  });
});

describe('OffenceTable', () => {
  it('is a real table with a caption, column and row headers, and one cell for a penalty printed once', async () => {
    const html = await container.renderToString(OffenceTable, {
      props: {
        caption: '抵触する法律',
        columns: { offence: '罪名', article: '条文', summary: '概要', penalty: '法定刑', example: '例' },
        rows: [
          { offence: '恐喝罪', article: '第249条第1項', summary: '財物を交付させる', penalty: '10年以下の拘禁刑' },
          { article: '第249条第2項', summary: '財産上不法の利益を得る', example: '金品を脅し取る' },
        ],
      },
    });
    expect(html).toContain('<caption>抵触する法律</caption>');
    expect(html).toContain('<th scope="col">罪名</th>');
    expect(html).toContain('<th scope="row" rowspan="2">恐喝罪</th>');
    expect(html).toContain('rowspan="2">10年以下の拘禁刑</td>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });
});

describe('ResponseFlow', () => {
  it('lists the stages in order, with who decides and a link to the detailed clause', async () => {
    const html = await container.renderToString(ResponseFlow, {
      props: {
        caption: '対応フロー',
        slug: 'sample',
        level: 3,
        steps: [
          { id: 's1', kind: 'stage', name: '一次対応', when: '困難なとき', actions: [{ text: '冷静に対応' }], points: [], cautions: [], closing: [], detail: 'first' },
          { id: 'j', kind: 'decision', name: '判断', decidedBy: '3名以上', actions: [], points: [], cautions: [], closing: [] },
        ],
      },
    });
    expect(html).toMatch(/<ol class="flow">\s*<li id="s1" class="flow-step stage">/);
    expect(html).toContain('<h3 id="s1-flow-caption">対応フロー</h3>');
    expect(html).toContain('<dt>誰が判断するか</dt>');
    expect(html).toContain('href="/sample/policy/#first"');
  });
});

describe('ClauseSection', () => {
  const edition = {
    slug: 'sample',
    document: { source: 'main' },
    sources: [{ id: 'main', title: '本文' }, { id: 'study', title: '事例紹介', publisher: '見本機関' }],
  } as unknown as Edition;

  it('anchors the clause id on its heading, with headings by depth and recorded corrections', async () => {
    const html = await container.renderToString(ClauseSection, {
      props: {
        edition,
        clause: {
          id: 'top',
          number: '1',
          title: '基本方針',
          body: [],
          corrections: [],
          clauses: [{ id: 'child', number: '(1)', title: '考え方', body: ['限定列挙ではない'], corrections: [{ original: '限定列举', corrected: '限定列挙', reason: '抽出時の字形の誤り' }], source: 'study' }],
        },
      },
    });
    expect(html).toMatch(/<section class="clause">\s*<h2 id="top">1 基本方針<\/h2>/);
    expect(html).toMatch(/<section class="clause">\s*<h3 id="child">/);
    expect(html).toContain('この部分の出典：事例紹介（見本機関）');
    expect(html).toContain('転記元の「限定列举」を「限定列挙」と訂正しました。');
  });
});
