import { serverAudits, type AuditFail, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';

/**
 * The GraphQL-over-HTTP audits of graphql-http against the real server: every MUST is a test of
 * its own; SHOULD and MAY results are printed as a table (clients/sdk/README.md, "GraphQL over
 * HTTP") and never fail the run.
 */
let api: TestApi;
// The audits send documents of their own, which only a credential may (docs/guards.md).
let key: string;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  const createApiKey = graphql(`
    mutation GraphqlHttpCreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        ... on CreatedApiKey {
          key
        }
      }
    }
  `);
  key = (await api.admin(createApiKey, { input: { name: 'Audit', level: 'public' } })).createApiKey.key;
});

afterAll(async () => {
  await api?.stop();
});

const audits = serverAudits({
  url: () => `${api.url}/graphql`,
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${key}`);
    return fetch(input, { ...init, headers });
  },
});
const must = audits.filter((audit) => audit.name.startsWith('MUST'));
const optional = audits.filter((audit) => !audit.name.startsWith('MUST'));

/** Status, content type and body of a failed audit's response, for the failure message. */
async function describeResponse(result: AuditFail): Promise<string> {
  const response = result.response;
  let body = '';
  try {
    body = await response.text();
  } catch {
    body = '(body already read)';
  }
  return `HTTP ${response.status} ${response.headers.get('content-type') ?? '(no content type)'}: ${body.slice(0, 500)}`;
}

function table(rows: string[][]): string {
  return rows.map((row) => `| ${row.map((cell) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`).join('\n');
}

describe('GraphQL over HTTP: MUST', () => {
  it('has audits to run', () => {
    expect(must.length).toBeGreaterThan(0);
  });

  for (const audit of must) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result: AuditResult = await audit.fn();
      if (result.status !== 'ok') expect.fail(`${result.reason}\n${await describeResponse(result)}`);
    });
  }
});

describe('GraphQL over HTTP: SHOULD and MAY (reported, not enforced)', () => {
  it('lists the recommendations the server does not follow', async () => {
    const failed: string[][] = [];
    for (const audit of optional) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push([audit.id, audit.name, result.status, result.reason, await describeResponse(result)]);
    }
    console.log(
      failed.length === 0
        ? `all ${optional.length} SHOULD/MAY audits pass`
        : `${failed.length} of ${optional.length} SHOULD/MAY audits fail:\n${table([['id', 'audit', 'status', 'reason', 'response'], ['---', '---', '---', '---', '---'], ...failed])}`,
    );
    expect(optional.length).toBeGreaterThan(0);
  });
});
