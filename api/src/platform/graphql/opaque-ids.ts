import { GraphQLError, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLScalarType, GraphQLSchema, Kind, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLType } from 'graphql';
import type { IdCodec } from './ids';

/**
 * The schema with its ID scalar swapped for one that turns database keys into opaque IDs on the
 * way out and back on the way in, so that no resolver, service or subscription filter has to: they
 * keep seeing decimal keys. An ID the installation did not issue fails where the document is
 * checked, with BAD_USER_INPUT, before any resolver runs. The SDL is unchanged: it is still `ID`.
 * (graphql-tools' mapSchema leaves the built-in scalars alone, so the fields are rewired here: the
 * types are this schema's own, fresh from type-graphql.)
 */
export function withOpaqueIds(schema: GraphQLSchema, codec: IdCodec): GraphQLSchema {
  const parse = (value: unknown): string => {
    const key = typeof value === 'string' ? codec.toDatabaseKey(value) : null;
    if (key === null) throw new GraphQLError('This is not an ID this API gave out.', { extensions: { code: 'BAD_USER_INPUT' } });
    return key;
  };
  const opaqueId = new GraphQLScalarType({
    name: 'ID',
    description: GraphQLID.description,
    serialize: (value) => codec.toPublic(value as number | string),
    parseValue: parse,
    parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : null),
  });
  const swap = <T extends GraphQLType>(type: T): T => (isNonNullType(type) ? new GraphQLNonNull(swap(type.ofType)) : isListType(type) ? new GraphQLList(swap(type.ofType)) : type === GraphQLID ? opaqueId : type) as T;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.type = swap(field.type);
        for (const argument of field.args) argument.type = swap(argument.type);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) field.type = swap(field.type);
    }
  }
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: config.types.filter((type) => type !== GraphQLID) });
}
