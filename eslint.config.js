// Lint: typescript-eslint's recommended rules with types, and eslint-plugin-astro for components.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'test-results/', 'screenshots/', 'tests/fixtures/broken-site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // A leading _ names what a destructuring leaves out on purpose.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
  // Tests match YAML by its indentation, which reads better as the spaces themselves.
  { files: ['tests/**'], rules: { 'no-regex-spaces': 'off' } },
);
