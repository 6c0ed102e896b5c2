/**
 * The front page's filter: typing a name or a reading hides the editions (and prefecture sections,
 * 五十音 rows) that do not match as the reader types (no form to send). The page is whole without
 * it; the field stays hidden until this runs.
 */

/** Katakana to hiragana, so 「オダワラ」 finds 「おだわら」. */
const hiragana = (s: string) => s.normalize('NFKC').replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export function matches(query: string, name: string, reading: string): boolean {
  const q = hiragana(query.trim());
  return q === '' || hiragana(name).includes(q) || reading.includes(q);
}

export function startEditionFilter(): void {
  const form = document.querySelector<HTMLElement>('#edition-filter');
  const input = document.querySelector<HTMLInputElement>('#edition-filter-q');
  const status = document.querySelector<HTMLElement>('#edition-filter-status');
  if (!form || !input || !status) return;
  const items = [...document.querySelectorAll<HTMLLIElement>('section.prefecture li[data-reading]')];
  const rows = [...document.querySelectorAll<HTMLUListElement>('#readings ul.names')];
  form.hidden = false;
  input.addEventListener('input', () => {
    const q = input.value;
    let found = 0;
    for (const li of items) {
      const shown = matches(q, li.textContent ?? '', li.dataset.reading ?? '');
      li.hidden = !shown;
      if (shown) found += 1;
    }
    for (const section of document.querySelectorAll<HTMLElement>('section.prefecture')) section.hidden = !section.querySelector('li:not([hidden])');
    for (const ul of rows) {
      for (const li of ul.querySelectorAll<HTMLLIElement>('li[data-reading]')) li.hidden = !matches(q, li.querySelector('a')?.textContent ?? '', li.dataset.reading ?? '');
      const heading = ul.previousElementSibling as HTMLElement | null;
      const empty = !ul.querySelector('li:not([hidden])');
      ul.hidden = empty;
      if (heading) heading.hidden = empty;
    }
    status.textContent = q.trim() === '' ? '' : found > 0 ? (form.dataset.found ?? '').replace('{count}', String(found)) : (form.dataset.none ?? '');
  });
}
