/** What a route tells every component it renders: the page's language and its edition's word overrides. */
declare namespace App {
  interface Locals {
    language?: import('./lib/i18n.ts').Language;
    wordOverrides?: import('./lib/words.ts').WordOverrides | undefined;
  }
}
