// Lint rules: typescript-eslint's recommended set, with formatting left to prettier (eslint-config-prettier).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.dbg/', 'node_modules/', 'reports/', 'corpus/', 'models/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The sanitisers (control characters, NUL bytes in binary detection) match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The fake Discord and the tests that drive it read and write Discord's raw gateway and REST JSON, which no
    // type describes (discord.js types its own objects, not the wire payloads).
    files: ['tests/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
