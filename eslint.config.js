import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// The layout's rules (docs/architecture.md), kept by the linter rather than by a README line.
const features = readdirSync(fileURLToPath(import.meta.resolve('./client/features')), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  {
    target: './client',
    from: './server',
    except: ['./contract', './domain'],
    message: 'the client may use server/contract (@contract/...) and server/domain (@domain/...) only',
  },
  ...features.map((feature) => ({
    target: `./client/features/${feature}`,
    from: './client/features',
    except: [`./${feature}`],
    message: 'features never import each other: move shared code to client/components, client/lib or client/api',
  })),
  {
    target: './server/contract',
    from: './server',
    except: ['./contract', './domain'],
    message: 'the contract builds on zod and server/domain only, so the client can import it',
  },
  {
    target: './server/domain',
    from: './server',
    except: ['./domain'],
    message: 'the domain depends on nothing else of the server',
  },
  {
    target: ['./server/analytics', './server/repositories', './server/domain', './server/contract'],
    from: ['./server/routes', './server/plugins', './server/http'],
    message: 'analytics, repositories and the domain know nothing of HTTP: throw server/domain/errors.ts',
  },
  { target: './server', from: './scripts', message: 'scripts/ import server/, never the other way' },
  {
    target: './server/analytics',
    from: './server/db',
    message: 'analytics get their inputs from server/repositories (analytics-inputs.ts), never a transaction',
  },
];
const noHttpImports = {
  patterns: [
    {
      group: ['fastify', 'fastify-*', '@fastify/*'],
      message: 'analytics, repositories and the domain know nothing of Fastify',
    },
  ],
};
// Cypher runs in server/repositories/ only, through server/db/ (the driver, sessions, plain rows); the local
// Neo4j's set-up (scripts/neo4j/) is the one other user of the driver.
const cypherHome = ['server/repositories/**', 'server/db/**', 'scripts/neo4j/**'];
const noDriverImports = {
  paths: [
    {
      name: 'neo4j-driver',
      message: 'Neo4j stays in server/repositories and server/db: no Neo4j type leaves a repository',
    },
  ],
};
const noCypherRuns = [
  {
    // A query run by name or text (tx.run('area/query'), session.run(text)); a source descriptor's run({...}) is not.
    selector:
      "CallExpression[callee.property.name='run'][arguments.0.type=/^(Literal|TemplateLiteral|Identifier|CallExpression)$/]",
    message: 'Cypher runs in server/repositories only: add a repository function and call it',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(executeQuery|executeRead|executeWrite)$/]',
    message: 'Cypher runs in server/repositories only: add a repository function and call it',
  },
];

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
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.json', './client/tsconfig.json', './tsconfig.browser-tests.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Type-aware: a promise nobody awaits loses its error, and one passed where a callback returns void too.
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  {
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}', 'scripts/**/*.ts', 'seed/**/*.ts'],
    ignores: cypherHome,
    rules: {
      'no-restricted-imports': ['error', noDriverImports],
      'no-restricted-syntax': ['error', ...noCypherRuns],
    },
  },
  {
    files: ['server/repositories/**'],
    rules: { 'no-restricted-imports': ['error', noHttpImports] },
  },
  {
    files: ['server/analytics/**', 'server/domain/**', 'server/contract/**'],
    rules: { 'no-restricted-imports': ['error', { ...noHttpImports, ...noDriverImports }] },
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
