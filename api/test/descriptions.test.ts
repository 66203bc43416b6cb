import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { expect, it } from 'vitest';
import { currentSchemaText } from '../src/app/schema';

/**
 * Every type, field, argument and input field that third parties see has a description: the
 * schema is their documentation. Enum values may go without where the name says it all.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description?.trim()) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`input field ${type.name}.${field.name}`);
    }
  }
  return missing;
}

it('describes every type, field, argument and input field of the schema', async () => {
  const missing = undescribed(buildSchema(await currentSchemaText()));
  expect(missing, `${missing.length} without a description:\n${missing.join('\n')}`).toEqual([]);
});

it('finds what has no description', () => {
  const schema = buildSchema(`
    "Root" type Query { "described" a(x: Int): Thing, b: Int }
    type Thing { c: Int }
    input Filter { d: Int }
    "Used" type Mutation { "uses the filter" e("the filter" filter: Filter): Int }
  `);
  expect(undescribed(schema)).toEqual(['argument Query.a(x)', 'field Query.b', 'type Thing', 'field Thing.c', 'type Filter', 'input field Filter.d']);
});
