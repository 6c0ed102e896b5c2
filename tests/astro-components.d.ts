// tsc reads .ts files only: to it, an imported .astro file is a component factory (astro check types them fully).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
