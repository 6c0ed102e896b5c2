/**
 * The words of the command-line tools (npm run check, build, merge): Japanese only, for authors
 * and operators, keyed like the interface's (src/i18n/cli.ja.json) so none is built in code.
 */
import cli from '../i18n/cli.ja.json' with { type: 'json' };
import { translator, type Translate } from './i18n.ts';

export type CliKey = keyof typeof cli;
export const cliMessages: Record<CliKey, string> = cli;
export const cliWords: Translate<CliKey> = translator('ja', cliMessages);
