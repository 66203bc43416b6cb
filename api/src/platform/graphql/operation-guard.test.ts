import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLError,
  Kind,
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiKeyLevel, DeviceKind, anonymous, type Principal } from '../../domain/accounts/principal';
import * as testOperations from '@zms/test-kit/operations';
import { loadConfig } from '../config';
import { measureOperation, operationComplexity } from '../limits/query-limits';
import { guardOperation, mayIntrospect } from './operation-guard';

/** A union whose members can spread the same fragment: what lets branches fan out without adding cost. */
const schema = buildSchema(`
  type Query { item: Item, items(first: Int): [Item!]!, text(value: String): String, union: Thing }
  type Item { id: ID!, name: String, child: Item }
  type Other { id: ID!, union: Thing }
  union Thing = Item | Other
`);

const limits = { maxQueryDepth: 5, maxQueryComplexity: 500 };
const settings = (introspection = { enabled: false, apiKeys: ['Explorer'] }) => ({ limits: { ...loadConfig({}).limits, ...limits }, introspection });
const apiKey = (name: string): Principal => ({ kind: 'apiKey', keyId: 1, name, level: ApiKeyLevel.public, organisationId: 1 });

function operationOf(query: string) {
  const document = parse(query);
  return { document, operation: getOperationAST(document)! };
}

/** What the guard refuses the query with, or null when it passes. */
function refusal(query: string, variables?: Record<string, unknown>, principal: Principal = anonymous, introspection?: { enabled: boolean; apiKeys: string[] }): { message: string; code: unknown; status: unknown } | null {
  const { document, operation } = operationOf(query);
  try {
    guardOperation(schema, document, operation, variables, principal, settings(introspection));
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, code: error.extensions.code, status: (error.extensions.http as { status?: number } | undefined)?.status };
  }
}

/** Each fragment spreads the next one twice: 2^levels fields once expanded, from a document of a few hundred tokens. */
function fanOut(levels: number, fieldsPerLevel = ''): string {
  const fragments = Array.from({ length: levels - 1 }, (_, index) => `fragment F${index + 1} on Query { ${fieldsPerLevel} ...F${index + 2} ...F${index + 2} }`);
  return [`query Bomb { ...F1 }`, ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

describe('the linear measure of an operation', () => {
  it('walks each fragment of a 30-level fan-out once, and sees its 2^29 fields', () => {
    const { document, operation } = operationOf(fanOut(30));
    expect(measureOperation(document, operation)).toEqual({ depth: 1, expandedSize: 2 ** 29, introspects: false, fragmentVisits: 30 });
  });

  it('saturates the size instead of overflowing, however many levels', () => {
    const { document, operation } = operationOf(fanOut(1200));
    expect(measureOperation(document, operation)).toMatchObject({ expandedSize: Number.MAX_SAFE_INTEGER, fragmentVisits: 1200 });
  });

  it('counts depth through fragments and inline fragments', () => {
    const { document, operation } = operationOf(`{ item { ...Child } } fragment Child on Item { child { ... on Item { child { name } } } }`);
    expect(measureOperation(document, operation)).toEqual({ depth: 4, expandedSize: 4, introspects: false, fragmentVisits: 1 });
  });

  it('ends on a cycle of fragments (validation refuses it) and on an unknown fragment', () => {
    const { document, operation } = operationOf(`{ item { ...A ...Missing } } fragment A on Item { child { ...B } } fragment B on Item { name ...A }`);
    expect(measureOperation(document, operation)).toMatchObject({ fragmentVisits: 2 });
  });

  it('counts fields on different type conditions as the cost library does: the largest branch', () => {
    const { document, operation } = operationOf(`{ union { ... on Item { id name } ... on Other { id } ... on Item { child { id } } } }`);
    expect(measureOperation(document, operation).expandedSize).toBe(1 + 4);
  });

  it('leaves out what @skip or @include may leave out, and keeps what they certainly keep', () => {
    const query = `query ($yes: Boolean!, $maybe: Boolean!) { item { id @include(if: $yes) name @skip(if: $maybe) child @skip(if: false) { id } } text @include(if: false) }`;
    const { document, operation } = operationOf(query);
    expect(measureOperation(document, operation, { yes: true }).expandedSize).toBe(1 + 1 + 2);
  });

  it('tells introspection from __typename, also inside fragments', () => {
    const measure = (query: string) => measureOperation(operationOf(query).document, operationOf(query).operation).introspects;
    expect(measure(`{ __typename item { __typename } }`)).toBe(false);
    expect(measure(`{ __schema { queryType { name } } }`)).toBe(true);
    expect(measure(`{ ...Schema } fragment Schema on Query { __type(name: "Item") { name } }`)).toBe(true);
  });

  it('is a lower bound of the cost of every operation our clients and tests send', () => {
    const documents = [...clientOperations(), ...Object.values(testOperations as Record<string, unknown>).filter((value): value is string => typeof value === 'string'), getIntrospectionQuery()];
    const apiSchema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
    const measured = documents.flatMap((text) => {
      const document = parse(text);
      return document.definitions
        .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => {
          const variables = sampleVariables(apiSchema, operation);
          return { name: operation.name?.value, size: measureOperation(document, operation, variables).expandedSize, cost: operationComplexity(apiSchema, document, operation, variables) };
        });
    });
    expect(measured.length).toBeGreaterThan(50);
    for (const { name, size, cost } of measured) {
      expect(typeof cost, `${name}: ${JSON.stringify(cost)}`).toBe('number');
      expect(size, name).toBeLessThanOrEqual(cost as number);
    }
  });
});

describe('guardOperation', () => {
  it('refuses a fan-out by its size before the cost library walks it', () => {
    expect(refusal(fanOut(30))).toEqual({ message: expect.stringContaining(`costs at least ${2 ** 29}`), code: 'BAD_USER_INPUT', status: 400 });
  });

  it('refuses a fan-out appended to an operation over the cost limit', () => {
    const query = `{ items(first: 200) { id name child { id } } ...F1 } ${fanOut(20).replace('query Bomb { ...F1 }', '')}`;
    expect(refusal(query)).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('refuses what the cost library cannot finish, instead of letting it pass', () => {
    // Branches on different members exclude each other: the size stays small, the library's walk doubles per level.
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, index) => `fragment U${index} on Thing { ... on Item { ...U${index + 1} } ... on Other { ...U${index + 1} } }`);
    const query = [`{ union { ...U0 } }`, ...fragments, `fragment U${levels} on Thing { __typename }`].join('\n');
    const { document, operation } = operationOf(query);
    expect(measureOperation(document, operation).expandedSize).toBeLessThan(limits.maxQueryComplexity);
    expect(refusal(query)).toEqual({ message: 'Query exceeds the maximum allowed number of nodes.', code: 'BAD_USER_INPUT', status: 400 });
  });

  it('refuses variables that do not coerce before anything runs', () => {
    expect(refusal(`query ($first: Int) { items(first: $first) { id } }`, { first: 'ten' })).toMatchObject({ message: expect.stringContaining('$first'), code: 'BAD_USER_INPUT', status: 400 });
  });

  it('refuses operations too deep, too costly or with too many root fields', () => {
    expect(refusal(`{ item { child { child { child { child { id } } } } } }`)).toMatchObject({ message: expect.stringContaining('nested 6 levels'), status: 400 });
    expect(refusal(`{ items(first: 200) { id name child { id } } }`)).toMatchObject({ message: expect.stringContaining('costs 801'), status: 400 });
    expect(refusal(`{ ${Array.from({ length: 11 }, (_, index) => `t${index}: __typename`).join(' ')} }`)).toMatchObject({ message: expect.stringContaining('11 root fields'), status: 400 });
    expect(refusal(`{ items(first: 20) { id name child { id } } }`)).toBeNull();
  });

  it('refuses a NUL character in a string literal or a variable with a 400', () => {
    expect(refusal(`{ text(value: "a\\u0000") }`)).toEqual({ message: 'Strings must not contain NUL characters.', code: 'BAD_USER_INPUT', status: 400 });
    expect(refusal(`query ($value: String) { text(value: $value) }`, { value: ['a', { b: 'c\u0000' }] })).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('lets introspect where introspection is on, and otherwise only the API keys named', () => {
    const introspection = `{ __schema { queryType { name } } }`;
    expect(refusal(introspection)).toMatchObject({ message: expect.stringContaining('Introspection'), code: 'BAD_USER_INPUT', status: 400 });
    expect(refusal(introspection, undefined, apiKey('Partner'))).not.toBeNull();
    expect(refusal(introspection, undefined, apiKey('Explorer'))).toBeNull();
    expect(refusal(introspection, undefined, anonymous, { enabled: true, apiKeys: [] })).toBeNull();
    expect(refusal(`{ __typename item { __typename } }`)).toBeNull();
    // GraphiQL's introspection query goes deeper than the depth limit: exempt from depth, not from cost.
    expect(refusal(getIntrospectionQuery(), undefined, apiKey('Explorer'))).toBeNull();
  });

  it('has introspection off by default in production only, where INTROSPECTION can turn it on', () => {
    const production = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://termine.example.berlin', LINK_SIGNING_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).introspection).toEqual({ enabled: false, apiKeys: [] });
    expect(loadConfig({ ...production, INTROSPECTION: 'true', INTROSPECTION_API_KEYS: 'Explorer, Codegen' }).introspection).toEqual({ enabled: true, apiKeys: ['Explorer', 'Codegen'] });
    expect(loadConfig({ NODE_ENV: 'development' }).introspection.enabled).toBe(true);
  });

  it('allows introspection by API key name only, not to a device of the same name', () => {
    const introspection = { enabled: false, apiKeys: ['Explorer'] };
    expect(mayIntrospect({ kind: 'device', deviceId: 1, name: 'Explorer', deviceKind: DeviceKind.display, officeIds: [], organisationId: 1 }, introspection)).toBe(false);
    expect(mayIntrospect(apiKey('Explorer'), introspection)).toBe(true);
    expect(mayIntrospect(anonymous, introspection)).toBe(false);
  });
});

it('parses every document our clients send within a quarter of the default token limit', () => {
  const quarter = loadConfig({}).limits.maxQueryTokens / 4;
  for (const text of [...clientOperations(), getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })]) {
    expect(() => parse(text, { maxTokens: quarter }), text.slice(0, 60)).not.toThrow();
  }
});

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const schemaFile = path.join(repositoryRoot, 'schema/schema.graphql');

/** Each operation of the apps and the SDK as codegen sends it: with the fragments it uses, from any file of its client. */
function clientOperations(): string[] {
  const clientsDir = path.join(repositoryRoot, 'clients');
  return fs.readdirSync(clientsDir).flatMap((client) => {
    const sourceDir = path.join(clientsDir, client, 'src');
    if (!fs.existsSync(sourceDir)) return [];
    const definitions: DefinitionNode[] = fs
      .readdirSync(sourceDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => parse(fs.readFileSync(path.join(sourceDir, file), 'utf8')).definitions);
    const fragments = new Map(definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
    return definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        const used = new Set<string>();
        const pending: DefinitionNode[] = [operation];
        for (let next = pending.pop(); next; next = pending.pop()) {
          visit(next, {
            FragmentSpread(spread) {
              const fragment = fragments.get(spread.name.value);
              if (!fragment || used.has(fragment.name.value)) return;
              used.add(fragment.name.value);
              pending.push(fragment);
            },
          });
        }
        return [print(operation), ...[...used].map((name) => print(fragments.get(name)!))].join('\n');
      });
  });
}

/** Values for the variables an operation requires, of the right types, so that its cost can be computed. */
function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [sample(nullable.ofType)];
    const named = getNamedType(nullable);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named))
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type)]),
      );
    return { Int: 1, Float: 1, Boolean: true }[named.name] ?? '1';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE).map((definition) => [definition.variable.name.value, sample(typeFromAST(schema, definition.type) as GraphQLInputType)]),
  );
}
