import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.neo4j', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Configuration is parsed once, in server/config.ts.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read configuration through server/config.ts' },
      ],
    },
  },
  {
    // The bootstrap runs before dependencies exist, as plain Node.js JavaScript.
    files: ['scripts/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['server/config.ts', 'scripts/**', 'test/**', 'bench/**', 'vite.config.ts', 'seed/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
