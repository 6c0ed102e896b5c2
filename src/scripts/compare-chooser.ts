/**
 * The chooser on /compare/: builds a box per edition from /compare.json (by prefecture), and for the
 * editions in the address (?e=…) sets their own words side by side: the definition family, each
 * kind of conduct, each response topic, every entry linking to its clause. Text only (no HTML from the data).
 */

interface Cited {
  url: string;
  text?: string;
  quote?: string;
}
interface CompareData {
  editions: Array<{ slug: string; city: string; prefecture: string; url: string; definitionFamily: string }>;
  definitions: Array<{ family: { id: string; label: string }; editions: Array<{ slug: string; url: string; text: string[] }> }>;
  behaviours: Array<{ id: string; label: string; group: string; cells: Record<string, Cited[]> }>;
  rules: Array<{ topic: string; cells: Record<string, Cited[]> }>;
}
interface Text {
  status: string;
  loading: string;
  none: string;
  behaviourColumn: string;
  notListed: string;
  groups: Record<string, string>;
  topics: Record<string, string>;
  behaviours: string;
  rules: string;
  definitions: string;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
};
const link = (href: string, text: string) => Object.assign(el('a', text), { href });

/** The slugs asked for that the data has, in the data's order. */
export function chosenSlugs(search: string, known: string[]): string[] {
  const asked = new Set(new URLSearchParams(search).getAll('e'));
  return known.filter((s) => asked.has(s));
}

function table(caption: string, head: string, rows: Array<{ label: string; cells: Cited[][] }>, names: string[], notListed: string): HTMLElement {
  const thead = el('thead', undefined, [el('tr', undefined, [Object.assign(el('th', head), { scope: 'col' }), ...names.map((n) => Object.assign(el('th', n), { scope: 'col' }))])]);
  const tbody = el(
    'tbody',
    undefined,
    rows.map((r) =>
      el('tr', undefined, [
        Object.assign(el('th', r.label), { scope: 'row' }),
        ...r.cells.map((cell, i) => {
          const td = el('td', undefined, cell.length === 0 ? [el('span', notListed)] : [el('ul', undefined, cell.map((x) => el('li', undefined, [link(x.url, x.text ?? x.quote ?? x.url)])))]);
          td.dataset.label = names[i]!;
          return td;
        }),
      ]),
    ),
  );
  const wrap = el('div', undefined, [el('table', undefined, [el('caption', caption), thead, tbody])]);
  wrap.className = 'table-scroll';
  wrap.firstElementChild!.className = 'matrix stack-table';
  return wrap;
}

export function renderComparison(data: CompareData, slugs: string[], text: Text): HTMLElement[] {
  const editions = slugs.map((s) => data.editions.find((e) => e.slug === s)!);
  const names = editions.map((e) => e.city);
  const families = new Map(data.definitions.map((d) => [d.family.id, d]));
  const definitionOf = (e: CompareData['editions'][number]): Cited[] => {
    const family = families.get(e.definitionFamily);
    const d = family?.editions.find((x) => x.slug === e.slug);
    return family && d ? [{ url: d.url, text: `${family.family.label}：${d.text.join(' ')}` }] : [];
  };
  const definitions = table(text.definitions, text.behaviourColumn, [{ label: text.definitions, cells: editions.map(definitionOf) }], names, text.notListed);
  const behaviours = Object.entries(text.groups).map(([group, caption]) =>
    table(caption, text.behaviourColumn, data.behaviours.filter((b) => b.group === group).map((b) => ({ label: b.label, cells: slugs.map((s) => b.cells[s] ?? []) })), names, text.notListed),
  );
  const rules = table(text.rules, text.behaviourColumn, data.rules.map((r) => ({ label: text.topics[r.topic] ?? r.topic, cells: slugs.map((s) => r.cells[s] ?? []) })), names, text.notListed);
  return [el('h3', text.definitions), definitions, el('h3', text.behaviours), ...behaviours, el('h3', text.rules), rules];
}

export async function startCompareChooser(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-chooser');
  const options = document.querySelector<HTMLElement>('#compare-chooser-options');
  const status = document.querySelector<HTMLElement>('#compare-chooser-status');
  const out = document.querySelector<HTMLElement>('#compare-chosen');
  const textNode = document.querySelector('#compare-chooser-text');
  if (!form || !options || !status || !out || !textNode) return;
  const text = JSON.parse(textNode.textContent ?? '{}') as Text;
  status.textContent = text.loading;
  const data = (await (await fetch(form.dataset.json!)).json()) as CompareData;
  const chosen = chosenSlugs(location.search, data.editions.map((e) => e.slug));
  const byPrefecture = new Map<string, CompareData['editions']>();
  for (const e of data.editions) byPrefecture.set(e.prefecture, [...(byPrefecture.get(e.prefecture) ?? []), e]);
  for (const [prefecture, editions] of byPrefecture) {
    const boxes = editions.map((e) => {
      const input = Object.assign(el('input'), { type: 'checkbox', name: 'e', value: e.slug, checked: chosen.includes(e.slug) });
      return el('label', undefined, [input, document.createTextNode(` ${e.city}`)]);
    });
    const fieldset = el('fieldset', undefined, [el('legend', prefecture), ...boxes]);
    fieldset.className = 'names';
    options.append(fieldset);
  }
  form.hidden = false;
  if (new URLSearchParams(location.search).has('e') && chosen.length === 0) status.textContent = text.none;
  else status.textContent = chosen.length > 0 ? text.status.replace('{count}', String(chosen.length)) : '';
  if (chosen.length > 0) out.replaceChildren(...renderComparison(data, chosen, text));
}
