import fs from 'node:fs/promises';
import { expect, it } from 'vitest';
import { currentSchemaText, schemaFile } from './schema';

it('schema/schema.graphql is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
  expect(await fs.readFile(schemaFile, 'utf8')).toBe(await currentSchemaText());
});
