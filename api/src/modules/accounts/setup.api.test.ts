import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { digest } from '../../platform/secrets';
import { issueSetupToken, setupTokenHours } from './setup-tokens';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let db: pg.Pool;

const completeSetup = graphql(`
  mutation SetupCompleteSetup($input: CompleteSetupInput!) {
    completeSetup(input: $input) {
      __typename
      ... on StaffAccount {
        username
        displayName
        isAdmin
      }
      ... on ErrorResult {
        code
        message
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);
const setupWith = (token: string, username: string, password = `${username}-password-123`) => api.graphql(completeSetup, { input: { token, username, password } });
const issue = () => issueSetupToken(db, api.clock.now());
const admins = async () => (await db.query<{ username: string }>('select username from staff_account where is_admin and not disabled order by username')).rows.map((row) => row.username);

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  db = new pg.Pool({ connectionString: api.database.url });
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
});

// Each case starts as an installation without an admin: the test's bootstrap admin is made staff.
beforeEach(async () => {
  await db.query('delete from setup_token');
  await db.query('delete from staff_account where username <> $1', [adminUsername]);
  await db.query('update staff_account set is_admin = false', []);
});

describe('setup tokens', () => {
  it('are issued only while no enabled admin exists, and stored as digests with their expiry', async () => {
    const token = await issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { rows } = await db.query('select * from setup_token');
    expect(rows).toEqual([{ token_digest: digest(token!), created_at: api.clock.now(), expires_at: new Date(api.clock.now().getTime() + setupTokenHours * 3_600_000) }]);
    expect(JSON.stringify(rows)).not.toContain(token);

    await db.query('update staff_account set is_admin = true where username = $1', [adminUsername]);
    expect(await issue()).toBeNull();
    await db.query('update staff_account set disabled = true where username = $1', [adminUsername]);
    expect(await issue()).not.toBeNull();
    await db.query('update staff_account set disabled = false where username = $1', [adminUsername]);
  });

  it('create the first admin once: a second use is refused, and so is every other link', async () => {
    const [token, other] = [await issue(), await issue()];
    const { data: invalid } = await setupWith(token!, 'erste.admin', 'too short');
    expect(invalid!.completeSetup).toMatchObject({ __typename: 'InvalidInput', problems: ['A password needs at least 12 characters.'] });

    const { data } = await setupWith(token!, 'Erste.Admin', 'erste.admin-password-123');
    expect(data!.completeSetup).toEqual({ __typename: 'StaffAccount', username: 'erste.admin', displayName: 'erste.admin', isAdmin: true });
    expect(await api.login('erste.admin', 'erste.admin-password-123')).toMatch(/^zs_/);

    for (const [used, username] of [
      [token!, 'zweite.admin'],
      [other!, 'dritte.admin'],
    ]) {
      const { data: again } = await setupWith(used, username);
      expect(again!.completeSetup).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    }
    expect(await admins()).toEqual(['erste.admin']);
    expect((await db.query('select 1 from setup_token')).rowCount).toBe(0);
  });

  it('refuse an unknown token and one past its expiry', async () => {
    const token = await issue();
    const { data: unknown } = await setupWith(`${token!.slice(0, -1)}x`, 'admin.eins');
    expect(unknown!.completeSetup).toMatchObject({ __typename: 'NotFound' });
    await api.advanceClock(setupTokenHours * 60 + 1);
    const { data: expired } = await setupWith(token!, 'admin.eins');
    expect(expired!.completeSetup).toMatchObject({ __typename: 'NotFound' });
    expect(await admins()).toEqual([]);
  });

  it('make exactly one admin when one link, or several, are used at once', async () => {
    const token = await issue();
    const sameLink = await Promise.all(Array.from({ length: 8 }, (_, index) => setupWith(token!, `parallel.${index}`)));
    expect(sameLink.map(({ data }) => data!.completeSetup.__typename).sort()).toEqual([...Array(7).fill('NotFound'), 'StaffAccount']);
    expect(await admins()).toHaveLength(1);

    await db.query('update staff_account set is_admin = false');
    const tokens = await Promise.all(Array.from({ length: 6 }, () => issue()));
    // Every setup has checked for an admin and waits to write one when the table is let go.
    const blocker = await db.connect();
    await blocker.query('begin');
    await blocker.query('lock table staff_account in exclusive mode');
    const severalLinks = Promise.all(tokens.map((each, index) => setupWith(each!, `several.${index}`)));
    const waiting = async () => Number((await db.query<{ count: number }>("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rows[0].count);
    await expect.poll(waiting, { timeout: 20_000 }).toBe(tokens.length);
    await blocker.query('commit');
    blocker.release();
    expect((await severalLinks).filter(({ data }) => data!.completeSetup.__typename === 'StaffAccount')).toHaveLength(1);
    expect((await admins()).filter((username) => username.startsWith('several.'))).toHaveLength(1);
  });
});

describe('the setup link at start', () => {
  it('is printed on the terminal outside production, never in a log line, and creates the first admin', async () => {
    const started = await api.spawnProcess({ BOOTSTRAP_ADMIN_USERNAME: '', BOOTSTRAP_ADMIN_PASSWORD: '' });
    try {
      await expect.poll(() => started.output(), { timeout: 10_000 }).toMatch(/#setup=/);
      const output = started.output();
      const [, base, token] = /(http:\/\/127\.0\.0\.1:\d+)\/staff\/#setup=([A-Za-z0-9_-]+)/.exec(output)!;
      expect(base).toBe(started.client.url);
      const logLines = output.split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(0);
      expect(logLines.filter((line) => line.includes(token))).toEqual([]);
      // Phones need the machine's address: the start says how to give it.
      expect(logLines.some((line) => line.includes('HOST=0.0.0.0 PUBLIC_BASE_URL=http://'))).toBe(true);
      const { data } = await started.client.graphql(completeSetup, { input: { token, username: 'vom.terminal', password: 'vom-terminal-password' } });
      expect(data!.completeSetup).toMatchObject({ __typename: 'StaffAccount', isAdmin: true });
    } finally {
      await started.stop();
    }
  });

  it('is not made in production without a terminal: the log says how to get one', async () => {
    const started = await api.spawnProcess({
      NODE_ENV: 'production',
      ZMS_TEST_CLOCK: '',
      ZMS_CLOCK_START: '',
      PUBLIC_BASE_URL: 'https://termine.example.org',
      LINK_SIGNING_SECRET: 'a-production-link-secret-of-forty-characters',
      BOOTSTRAP_ADMIN_USERNAME: '',
      BOOTSTRAP_ADMIN_PASSWORD: '',
      // The tests' cheap password hashing is refused in production.
      PASSWORD_HASH_COST: '',
    });
    try {
      await expect.poll(() => started.output(), { timeout: 10_000 }).toContain('npm run accounts -- setup-link');
      expect(started.output()).not.toContain('#setup=');
      expect(started.output()).not.toContain('HOST=0.0.0.0');
      expect((await db.query('select 1 from setup_token')).rowCount).toBe(0);
    } finally {
      await started.stop();
    }
  });
});
