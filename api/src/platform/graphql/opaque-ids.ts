import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';
import type { IdCodec } from './ids';

/**
 * The schema with its ID scalar swapped for one that turns database keys into opaque IDs on the
 * way out and back on the way in, so that no resolver, service or subscription filter has to: they
 * keep seeing decimal keys. An ID the installation did not issue fails where the document is
 * checked, with BAD_USER_INPUT, before any resolver runs. The SDL is unchanged: it is still `ID`.
 */
export function withOpaqueIds(schema: GraphQLSchema, codec: IdCodec): GraphQLSchema {
  const parse = (value: unknown): string => {
    const key = typeof value === 'string' ? codec.toDatabaseKey(value) : null;
    if (key === null) throw new GraphQLError('This is not an ID this API gave out.', { extensions: { code: 'BAD_USER_INPUT' } });
    return key;
  };
  const opaqueId = new GraphQLScalarType({
    name: 'ID',
    description: schema.getType('ID')?.description,
    serialize: (value) => codec.toPublic(value as number | string),
    parseValue: parse,
    parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : null),
  });
  return mapSchema(schema, { [MapperKind.SCALAR_TYPE]: (type) => (type.name === 'ID' ? opaqueId : type) });
}
