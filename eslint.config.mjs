// ESLint 9 flat config: typescript-eslint's recommended rules (not the type-checked set, so that a run
// takes seconds), eslint-plugin-vue's for the apps' components. Formatting is Prettier's (docs/guards.md).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '.data/', '**/src/gql/', 'clients/ui/src/generated/', 'api/src/migrations/']),
  {
    files: ['api/src/**/*.ts', 'api/test/**/*.ts', 'ops/**/*.{ts,mts,mjs}', 'clients/*/src/**/*.{ts,vue}', 'clients/*/test/**/*.ts', 'clients/*/examples/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A parameter a signature requires but the body does not use says so by its leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['clients/*/src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['clients/*/src/**/*.vue'],
    extends: [vue.configs['flat/recommended'], vue.configs['no-layout-rules']],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
);
