/** Poster jobs for the sample edition, as the content would give them; tests vary their lines and id. */
import { pictogram } from '../../src/lib/posters/pictograms.ts';
import type { PosterJob } from '../../src/posters/render.ts';

/** A site that is not a placeholder, so the sample posters carry a QR code. */
export const SAMPLE_URL = 'https://www.city.mihon.lg.jp/sample/policy/';

export function samplePosterJob(overrides: Partial<PosterJob> = {}): PosterJob {
  return {
    file: 'content/editions/sample/posters.yaml',
    id: 'awareness',
    title: '見本市 啓発ポスター',
    lang: 'ja',
    lines: [
      { role: 'headline', text: '見本の見出し' },
      { role: 'item', text: '大声で威圧する' },
      { role: 'closing', text: '真摯に対応します。' },
    ],
    pictograms: {},
    city: '見本市',
    source: '出典：「見本市職員カスタマーハラスメント対策基本方針」',
    url: SAMPLE_URL,
    caption: '方針の全文',
    accent: '#264d73',
    ...overrides,
  };
}

const icons = ['material-symbols:record-voice-over', 'material-symbols:hourglass', 'material-symbols:sports-mma'];

/** A poster written as a message: headline, lead, three scenes with pictograms, a heading, items (one without a pictogram), closing. */
export function sampleMessageJob(overrides: Partial<PosterJob> = {}): PosterJob {
  return samplePosterJob({
    id: 'message',
    lines: [
      { role: 'headline', text: '見本の呼びかけ' },
      { role: 'lead', text: 'こんなことしていませんか？' },
      { role: 'scene', text: '大きな声で言う', pictogram: icons[0] },
      { role: 'scene', text: '長い時間話す', pictogram: icons[1] },
      { role: 'scene', text: '手を上げる', pictogram: icons[2] },
      { role: 'heading', text: '該当する行為' },
      { role: 'item', text: '身体的な攻撃', pictogram: icons[2] },
      { role: 'item', text: '見本の行為' },
      { role: 'closing', text: 'お互いに尊重しましょう。' },
    ],
    pictograms: Object.fromEntries(icons.map((n) => [n, pictogram(n)!])),
    ...overrides,
  });
}
