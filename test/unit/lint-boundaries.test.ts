import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The layout's import rules live in eslint.config.js; these fixtures prove they bite. Each is linted as if it
// were the file named, so the zones of that folder apply (the file need not exist). A file that does not exist
// has no type information, so the type-aware promise rules (tested by the whole-tree lint) are off here.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});
const lint = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
};

describe('import boundaries', () => {
  it('refuses client code that reaches into the server beyond the contract and domain', async () => {
    const messages = await lint(
      'client/features/map/forbidden-import.ts',
      "import healthRoutes from '../../../server/routes/health.js';\nexport const routes = healthRoutes;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*server\/contract/)]);
  }, 60_000);

  it('refuses a feature that imports another feature', async () => {
    const messages = await lint(
      'client/features/map/forbidden-import.ts',
      "import { explanationElements } from '../finder/explanation-elements.js';\nexport const elements = explanationElements;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*features never import each other/),
    ]);
  }, 60_000);

  it('refuses Fastify and routes in analytics', async () => {
    const messages = await lint(
      'server/analytics/forbidden-import.ts',
      "import type { FastifyRequest } from 'fastify';\nimport health from '../routes/health.js';\nexport type Both = [FastifyRequest, typeof health];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*know nothing of Fastify/),
      expect.stringMatching(/^import-x\/no-restricted-paths: .*know nothing of HTTP/),
    ]);
  }, 60_000);

  it('refuses Cypher and the Neo4j driver outside the repositories (the fixture fails lint)', async () => {
    const fixture = 'test/fixtures/lint/cypher-outside-repositories.ts';
    const messages = await lint('server/analytics/cypher-outside-repositories.ts', readFileSync(fixture, 'utf8'));
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*'neo4j-driver'.*Neo4j stays in server\/repositories/),
      expect.stringMatching(/^no-restricted-syntax: Cypher runs in server\/repositories only/),
    ]);
    expect(await lint('server/repositories/cypher-in-a-repository.ts', readFileSync(fixture, 'utf8'))).toEqual([]);
  }, 60_000);

  it('lets the client import the contract through its alias', async () => {
    const messages = await lint(
      'client/features/map/allowed-import.ts',
      "import type { FundingMap } from '@contract/map.js';\nexport type Map = FundingMap;\n",
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
