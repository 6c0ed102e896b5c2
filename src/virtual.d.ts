declare module 'virtual:otagai/build-options' {
  const options: import('./lib/build-options.ts').BuildOptions;
  export default options;
}
