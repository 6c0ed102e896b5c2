/**
 * JSON inside a <script> element (JSON-LD, the data a page's script reads). Every such element
 * gets its text from here: < > & and the two JavaScript line separators are written as \u escapes,
 * which JSON reads back unchanged, so no value (a glossary term "</script>…") can close the element
 * or open a comment in it.
 */
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
