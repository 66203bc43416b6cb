import { buildSchema } from 'graphql';
import { expect } from 'vitest';
import { currentSchemaText } from '../src/app/schema';

/**
 * A table of the permission tests names every root operation of the schema and nothing else: a
 * new operation without an entry fails the test that holds the table.
 */
export async function expectOneEntryPerOperation(table: Record<string, unknown>): Promise<void> {
  const schema = buildSchema(await currentSchemaText());
  const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
  const inTable = Object.keys(table);
  expect(operations.filter((name) => !inTable.includes(name)).sort(), 'operations without an entry in the table').toEqual([]);
  expect(inTable.filter((name) => !operations.includes(name)).sort(), 'entries for operations the schema lacks').toEqual([]);
}
