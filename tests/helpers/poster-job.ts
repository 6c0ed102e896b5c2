/** A poster job for the sample edition, as the content would give it; tests vary its lines and id. */
import type { PosterJob } from '../../src/posters/render.ts';

export function samplePosterJob(overrides: Partial<PosterJob> = {}): PosterJob {
  return {
    file: 'content/editions/sample/posters.yaml',
    id: 'awareness',
    title: '見本市 啓発ポスター',
    lines: [
      { role: 'headline', text: '見本の見出し' },
      { role: 'item', text: '大声で威圧する' },
      { role: 'closing', text: '真摯に対応します。' },
    ],
    city: '見本市',
    source: '出典：「見本市職員カスタマーハラスメント対策基本方針」',
    url: 'https://otagai.example.jp/sample/policy/',
    caption: '方針の全文',
    accent: '#264d73',
    ...overrides,
  };
}
