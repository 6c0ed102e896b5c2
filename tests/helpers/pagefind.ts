/**
 * Pagefind's module on an open page of the built site, over one edition's bundle (src/lib/search/bundles.ts):
 * browser code as a string, for page.evaluate (the test's own bundler would otherwise rewrite its import()).
 * The module is one per page: it is started again when another edition is asked.
 */
export const pagefindOf = (city: string) => `(async () => {
  const pf = await import('/pagefind/pagefind.js');
  const basePath = ${JSON.stringify(`/pagefind/${city}/`)};
  if (window.__otagaiBundle !== basePath) {
    await pf.destroy();
    await pf.options({ basePath });
    window.__otagaiBundle = basePath;
  }
  return pf;
})()`;
