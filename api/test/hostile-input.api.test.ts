import { createClient, type Client } from 'graphql-ws';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/platform/config';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let explorerKey: string;
let partnerKey: string;
// Hostile documents are a key's, which may send its own: an anonymous caller's are refused before
// any of these guards looks at them (the last test of HTTP).
let hostileKey: string;
let budgetKey: string;

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile requests answer whatever shape they provoke; the tests read it field by field
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A request with a raw body, from a client address as the trusted proxy reports it. */
async function post(body: string, { address = '198.51.100.30', token }: { address?: string; token?: string } = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const ask = (query: string, variables: Record<string, unknown> = {}, { address, token = hostileKey }: { address?: string; token?: string } = {}) => post(JSON.stringify({ query, variables }), { address, token });
const codesOf = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code) ?? [];

/** Each fragment spreads the next one twice: 2^(levels-1) fields once expanded, from about 1 KB. */
function fanOut(levels: number, operation = 'query Bomb { ...F1 }'): string {
  const fragments = Array.from({ length: levels - 1 }, (_, index) => `fragment F${index + 1} on Query { ...F${index + 2} ...F${index + 2} }`);
  return [operation, ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

const maxTokens = loadConfig({}).limits.maxQueryTokens;
const costly = `services(first: 200) { edges { node { id name description url } } }`;
const search = `query ($search: String) { services(search: $search) { edges { node { id } } } }`;

/** Every kind of hostile or broken input, with its variables and what the refusal says: each is BAD_USER_INPUT with a 4xx. */
const hostile: [string, { query: string; variables?: Record<string, unknown> }, string][] = [
  ['a NUL character in a string argument', { query: `{ services(search: "a\\u0000") { edges { node { id } } } }` }, 'NUL'],
  ['a NUL character in a variable', { query: search, variables: { search: 'a\u0000' } }, 'NUL'],
  ['a 30-level fan-out of fragments', { query: fanOut(30) }, `costs at least ${2 ** 29}`],
  ['a fan-out appended to an operation over the cost limit', { query: fanOut(20, `query Bomb { ${costly} ...F1 }`) }, 'costs at least'],
  ['an operation over the cost limit', { query: `{ ${costly} }` }, 'costs 1201'],
  ['an operation nested too deep', { query: `{ offices { edges { node { services { service { name } } } } } }` }, 'nested 6 levels'],
  ['more tokens than the default limit', { query: `{ ${'__typename '.repeat(maxTokens)}}` }, `${maxTokens} tokens`],
  ['a variable of the wrong type', { query: `query ($first: Int!) { services(first: $first) { edges { node { id } } } }`, variables: { first: 'ten' } }, '$first'],
  ['introspection by a key not named for it', { query: getIntrospectionQuery() }, 'Introspection'],
];

const typename = graphql(`
  query HostileInputTypename {
    __typename
  }
`);

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z', {
    TRUST_PROXY: 'loopback',
    // Small enough that charging the refused requests below would use it up.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5',
    RATE_LIMIT_API_KEY_PER_MINUTE: '5',
    MAX_QUERY_DEPTH: '5',
    MAX_QUERY_COMPLEXITY: '500',
    // As production has it, with one key allowed to read the schema.
    INTROSPECTION: 'false',
    INTROSPECTION_API_KEYS: 'Explorer',
  });
  const createApiKey = graphql(`
    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        ... on CreatedApiKey {
          key
        }
      }
    }
  `);
  explorerKey = (await api.admin(createApiKey, { input: { name: 'Explorer', level: 'public' } })).createApiKey.key;
  partnerKey = (await api.admin(createApiKey, { input: { name: 'Partner', level: 'public' } })).createApiKey.key;
  hostileKey = (await api.admin(createApiKey, { input: { name: 'Hostile', level: 'public' } })).createApiKey.key;
  budgetKey = (await api.admin(createApiKey, { input: { name: 'Budget', level: 'public' } })).createApiKey.key;
});

afterAll(async () => {
  await api?.stop();
});

describe('over HTTP', () => {
  it.each(hostile)('refuses %s with BAD_USER_INPUT and a 4xx', async (_, { query, variables }, reason) => {
    const answer = await ask(query, variables);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0].message).toContain(reason);
    expect(answer.body.data ?? null).toBeNull();
  });

  it.each([
    ['a body that is no JSON', '{"query": '],
    ['variables that are no object', JSON.stringify({ query: '{ __typename }', variables: 'x' })],
    ['no query', JSON.stringify({ variables: {} })],
    ['an unknown operation name', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })],
  ])('refuses %s with BAD_USER_INPUT and a 4xx', async (_, body) => {
    const answer = await post(body, { token: hostileKey });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('charges refused operations nothing: the budget of 5 is whole after more refusals', async () => {
    for (const [, { query, variables }] of hostile) expect(codesOf(await ask(query, variables, { token: budgetKey }))).toEqual(['BAD_USER_INPUT']);
    const answers = [];
    for (let request = 0; request < 6; request += 1) answers.push(codesOf(await ask('{ __typename }', {}, { token: budgetKey }))[0] ?? 'OK');
    expect(answers).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
  });

  it('refuses anonymous callers each of them as a document of their own, before any guard, and charges them nothing', async () => {
    const anonymously = { address: '198.51.100.33' };
    for (const [what, { query, variables }] of hostile) {
      const answer = await post(JSON.stringify({ query, variables }), anonymously);
      expect([answer.status, codesOf(answer)], what).toEqual([400, ['TRUSTED_DOCUMENT_REQUIRED']]);
    }
    const byHash = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: typename.__meta__!.hash } } });
    const answers = [];
    for (let request = 0; request < 6; request += 1) answers.push(codesOf(await post(byHash, anonymously))[0] ?? 'OK');
    expect(answers).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
  });

  it('charges each sign-in begun with an identity provider to the address: a flood of them is refused before it writes a row', async () => {
    const begin = () => fetch(`${api.url}/auth/oidc/land-berlin/login`, { redirect: 'manual', headers: { 'x-forwarded-for': '198.51.100.77' } }).then((response) => response.status);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push(await begin());
    // The organisation has no identity provider: 404 while the budget of 5 lasts, then 429.
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });

  it('lets only the API keys named in INTROSPECTION_API_KEYS read the schema, and any key ask for __typename', async () => {
    const explorer = await ask(getIntrospectionQuery(), {}, { token: explorerKey });
    expect(explorer.status).toBe(200);
    expect(explorer.body.data?.__schema.queryType).toMatchObject({ name: 'Query' });
    const partner = await ask(`{ __type(name: "Query") { name } }`, {}, { token: partnerKey });
    expect([partner.status, codesOf(partner)]).toEqual([400, ['BAD_USER_INPUT']]);
    const typename = await ask(`{ __typename }`, {}, { address: '198.51.100.32' });
    expect([typename.status, typename.body.data]).toEqual([200, { __typename: 'Query' }]);
  });
});

describe('over graphql-ws', () => {
  let closes = 0;
  const sockets: Client[] = [];
  const socket = (token?: string) => {
    // Not lazy: one socket for all operations, so that a refusal that closed it would show.
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0, lazy: false });
    client.on('closed', () => (closes += 1));
    sockets.push(client);
    return client;
  };
  const outcome = (client: Client, payload: { query: string; variables?: Record<string, unknown> }) =>
    client
      .iterate(payload)
      .next()
      .then(
        (result) => result.value,
        (error: unknown) => ({ refused: error }),
      );

  afterAll(async () => {
    await Promise.all(sockets.map((client) => client.dispose()));
  });

  it('refuses each kind of hostile input as a typed error, and the socket serves on', async () => {
    const client = socket(hostileKey);
    for (const [what, payload, reason] of hostile) {
      expect(await outcome(client, payload), what).toEqual({ refused: [expect.objectContaining({ message: expect.stringContaining(reason), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] });
    }
    expect(await outcome(client, { query: '{ __typename }' })).toEqual({ data: { __typename: 'Query' } });
    expect(closes).toBe(0);
  });

  it('lets the named API key introspect over the socket, as over HTTP', async () => {
    expect(await outcome(socket(explorerKey), { query: `{ __schema { queryType { name } } }` })).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(await outcome(socket(partnerKey), { query: `{ __schema { queryType { name } } }` })).toMatchObject({ refused: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(closes).toBe(0);
  });
});
