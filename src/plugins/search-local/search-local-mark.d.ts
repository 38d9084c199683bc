/** mark.js's ES build, aliased by src/plugins/search-local/index.ts (the package ships no types). */
declare module 'search-local-mark.js' {
  const Mark: new (context: Element) => {
    mark(keywords: string | readonly string[], options?: Record<string, unknown>): void;
    unmark(options?: Record<string, unknown>): void;
  };
  export default Mark;
}
