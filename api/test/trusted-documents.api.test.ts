import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MyQueueStatusDocument, ServicesDocument } from '../../clients/sdk/src/index';
import { ConfigError, loadConfig } from '../src/platform/config';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';
import { socketClient } from '@zms/test-kit/subscriptions';

// Documents of the SDK, whose manifest is one of ours; the tests' own manifest is trusted too, so
// a document "of its own" here is plain text that no graphql() call declares.
const ownDocument = '{ services(first: 1) { edges { node { id } } } }';
const hashOf = (document: DocumentNode): string => (document as { __meta__?: { hash: string } }).__meta__!.hash;
const byHash = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const unknownHash = `sha256:${'0'.repeat(64)}`;

const createApiKey = graphql(`
  mutation TrustedDocumentsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        key
      }
    }
  }
`);

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of documents sent as plain text, read field by field
  json: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const codes = (answer: Answer) => answer.json.errors?.map((error) => error.extensions?.code);

async function post(url: string, body: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

/** A GET as a cache sees it: everything in the URL; the header is what Apollo's CSRF check asks of GETs. */
async function get(url: string, parameters: Record<string, unknown>, token?: string): Promise<Answer> {
  const search = new URLSearchParams(Object.entries(parameters).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await fetch(`${url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return { status: response.status, json: await response.json() };
}

/** The first answer of an operation over graphql-ws: its data, or the errors it was refused with. */
async function overSocket(client: Client, payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }): Promise<{ data?: unknown; refused?: { extensions?: { code?: string } }[] }> {
  try {
    const { value } = await client.iterate(payload).next();
    return value?.errors ? { refused: value.errors as { extensions?: { code?: string } }[] } : { data: value?.data };
  } catch (errors) {
    return { refused: errors as { extensions?: { code?: string } }[] };
  }
}

let api: TestApi;
let partnerKey: string;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  partnerKey = (await api.admin(createApiKey, { input: { name: 'Partner', level: 'public' } })).createApiKey.key!;
});

afterAll(async () => {
  await api?.stop();
});

describe('anonymous callers', () => {
  it('are refused a document of their own with TRUSTED_DOCUMENT_REQUIRED, over POST and GET, before it is parsed', async () => {
    for (const answer of [await post(api.url, { query: ownDocument }), await get(api.url, { query: ownDocument }), await post(api.url, { query: '{ services(' })]) {
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
      expect(answer.json.data).toBeUndefined();
    }
  });

  it('run a document of the manifests by its hash, over GET and POST alike', async () => {
    const variables = { first: 2 };
    const overGet = await get(api.url, { extensions: byHash(hashOf(ServicesDocument)), variables });
    const overPost = await post(api.url, { extensions: byHash(hashOf(ServicesDocument)), variables });
    expect(overGet.status).toBe(200);
    expect(overGet.json.errors).toBeUndefined();
    expect(overGet.json.data.services).toHaveProperty('edges');
    expect(overPost.json).toEqual(overGet.json);
  });

  it('are refused a subscription or query of their own over graphql-ws, and run one by its hash', async () => {
    const client = socketClient(api.url);
    try {
      const wrongSecret = { input: { number: '1', secret: 'not-the-secret' } };
      expect(await overSocket(client, { query: print(MyQueueStatusDocument), variables: wrongSecret })).toMatchObject({ refused: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
      expect(await overSocket(client, { query: ownDocument })).toMatchObject({ refused: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
      // By hash the subscription gets as far as its arguments, which are checked when subscribing.
      expect(await overSocket(client, { query: '', extensions: byHash(hashOf(MyQueueStatusDocument)), variables: wrongSecret })).toMatchObject({ refused: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(await overSocket(client, { query: '', extensions: byHash(hashOf(ServicesDocument)), variables: { first: 1 } })).toMatchObject({ data: { services: { edges: [] } } });
    } finally {
      await client.dispose();
    }
  });
});

it('refuses a hash that no manifest has, from any caller', async () => {
  for (const token of [undefined, partnerKey, api.adminToken]) {
    expect(codes(await post(api.url, { extensions: byHash(unknownHash) }, token))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  }
});

it('learns no document from a hash sent with its text, as automatic persisted queries would', async () => {
  const apqHash = createHash('sha256').update(ownDocument).digest('hex');
  for (const token of [undefined, partnerKey]) {
    const registration = await post(api.url, { query: ownDocument, extensions: byHash(apqHash) }, token);
    expect(registration.status).toBe(400);
    expect(codes(registration)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(codes(await post(api.url, { extensions: byHash(apqHash) }, token))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  }
});

it('lets API keys and staff send any document', async () => {
  for (const token of [partnerKey, api.adminToken]) {
    const answer = await post(api.url, { query: ownDocument }, token);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.services).toHaveProperty('edges');
  }
  const client = socketClient(api.url, partnerKey);
  try {
    expect(await overSocket(client, { query: ownDocument })).toMatchObject({ data: { services: { edges: [] } } });
  } finally {
    await client.dispose();
  }
});

describe('with TRUSTED_DOCUMENTS_ONLY_FOR=anonymous,apiKey', () => {
  let restricted: ApiProcess;

  beforeAll(async () => {
    restricted = await api.spawnProcess({ TRUSTED_DOCUMENTS_ONLY_FOR: 'anonymous,apiKey' });
  });

  afterAll(async () => {
    await restricted?.stop();
  });

  it('refuses API keys their own documents and runs the manifests’ by hash; staff still send any', async () => {
    const { url } = restricted.client;
    expect(codes(await post(url, { query: ownDocument }, partnerKey))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect((await post(url, { extensions: byHash(hashOf(ServicesDocument)), variables: { first: 1 } }, partnerKey)).json.data.services).toHaveProperty('edges');
    expect((await post(url, { query: ownDocument }, api.adminToken)).json.data.services).toHaveProperty('edges');
    const client = socketClient(url, partnerKey);
    try {
      expect(await overSocket(client, { query: ownDocument })).toMatchObject({ refused: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
    } finally {
      await client.dispose();
    }
  });
});

it('does not start with a list of callers that leaves anonymous ones out, but in tests', () => {
  expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY_FOR: 'apiKey' })).toThrow(ConfigError);
  expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY_FOR: 'anonymous,robots' })).toThrow(/TRUSTED_DOCUMENTS_ONLY_FOR/);
  expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY_FOR: 'anonymous, staff' }).trustedDocuments.onlyFor).toEqual(['anonymous', 'staff']);
  // Tests whose documents are built at run time may trust any; production may not.
  expect(loadConfig({ NODE_ENV: 'test', TRUSTED_DOCUMENTS_ONLY_FOR: 'none' }).trustedDocuments.onlyFor).toEqual([]);
  expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://termine.example', LINK_SIGNING_SECRET: 'x'.repeat(32), TRUSTED_DOCUMENTS_ONLY_FOR: 'none' })).toThrow(/TRUSTED_DOCUMENTS_ONLY_FOR/);
});
