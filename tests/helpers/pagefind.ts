/**
 * Pagefind's module on an open page of the built site, over one edition's bundle (src/lib/search/bundles.ts):
 * browser code as a string, for page.evaluate (the test's own bundler would otherwise rewrite its import()).
 * The module is one per page: it is started again, once, when another edition is asked.
 */
export const pagefindOf = (city: string) => `(async () => {
  const pf = await import('/pagefind/pagefind.js');
  const basePath = ${JSON.stringify(`/pagefind/${city}/`)};
  // Words of one query are searched at once: the first call switches the bundle, the others wait for it
  // (two switching at once destroyed the index under the other's search, whose promise never settled).
  if (window.__otagaiBundle !== basePath) {
    window.__otagaiBundle = basePath;
    window.__otagaiSwitched = (window.__otagaiSwitched ?? Promise.resolve()).then(async () => {
      await pf.destroy();
      await pf.options({ basePath });
    });
  }
  await window.__otagaiSwitched;
  return pf;
})()`;
