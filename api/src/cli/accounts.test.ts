import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let api: TestApi;
let office: OfficeFixture;

/** `npm run accounts -- …` as the root script runs it, on the test's database. */
function accounts(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/accounts.ts', ...args], { cwd: apiRoot, env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: api.database.url, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A failure is one line, without a stack trace. */
function expectOneLine(stderr: string, text: string | RegExp) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(text);
  expect(stderr).not.toMatch(/^\s+at /m);
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  office = await createOffice(api, 'Bürgeramt Kommandozeile');
});

afterAll(async () => {
  await api?.stop();
});

describe('npm run accounts', () => {
  it('prints its usage for --help, and says in one line what is wrong with a call', async () => {
    const help = await accounts(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['offices', 'create-staff', 'create-api-key', 'create-device', 'setup-link']) expect(help.stdout).toContain(command);

    const cases: [string[], string | RegExp][] = [
      [['--bogus'], "Unknown option '--bogus'. See npm run accounts -- --help."],
      [['delete-everything'], 'Unknown command "delete-everything".'],
      [['create-device', '--name', 'Wartesaal', '--kind', 'display', '--office', 'eins'], '--office takes an ID as npm run accounts -- offices lists it'],
      [['create-device', '--name', 'Wartesaal', '--kind', 'display', '--office', '999999'], 'There is no office 999999'],
      [['create-staff', '--username', 'kurz', '--password', 'short', '--admin'], 'A password needs at least 12 characters.'],
      [['create-api-key', '--name', 'Partner', '--level', 'root'], '--level must be one of public, callcenter.'],
    ];
    for (const [args, text] of cases) {
      const { code, stderr } = await accounts(args);
      expect(code, args.join(' ')).toBe(1);
      expectOneLine(stderr, text);
    }
    const unreachable = await accounts(['offices'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(unreachable.code).toBe(1);
    expectOneLine(unreachable.stderr, 'Cannot reach PostgreSQL (ECONNREFUSED)');
  });

  it('lists offices with the ids that devices and staff accounts take', async () => {
    const { code, stdout } = await accounts(['offices']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^\\s+${office.officeId}\\s+${api.databaseKey(office.officeId)}  Bürgeramt Kommandozeile`, 'm'));
  });

  it('takes the database key of an office as well as its ID', async () => {
    const device = await accounts(['create-device', '--name', 'Schalteranzeige', '--kind', 'display', '--office', String(api.databaseKey(office.officeId))]);
    expect(device.code).toBe(0);
    expect(device.stdout).toMatch(/Device key \(shown once\): zd_/);
  });

  it('creates a device whose key signs in, and staff who can sign in', async () => {
    const device = await accounts(['create-device', '--name', 'Wartesaal', '--kind', 'display', '--office', office.officeId]);
    expect(device.code).toBe(0);
    const key = /Device key \(shown once\): (zd_\S+)/.exec(device.stdout)![1];
    expect(device.stdout).toContain(`/display/#key=${key}`);
    const { viewer } = await api.data(
      graphql(`
        query AccountsCliViewer {
          viewer {
            kind
            name
          }
        }
      `),
      {},
      key,
    );
    expect(viewer).toEqual({ kind: 'device', name: 'Wartesaal' });

    const staff = await accounts(['create-staff', '--username', 'Schalter.Eins', '--password', 'schalter-eins-password', '--office', office.officeId, '--role', 'staff']);
    expect(staff).toMatchObject({ code: 0, stdout: 'Created staff account schalter.eins.\n' });
    expect(await api.login('schalter.eins', 'schalter-eins-password')).toMatch(/^zs_/);
    // Usernames are unique in an organisation.
    const taken = await accounts(['create-staff', '--username', 'schalter.eins', '--password', 'schalter-eins-password', '--office', office.officeId, '--role', 'officeAdmin']);
    expectOneLine(taken.stderr, 'The username schalter.eins is taken.');
    const unknown = await accounts(['create-api-key', '--name', '115', '--level', 'callcenter', '--organisation', 'atlantis']);
    expectOneLine(unknown.stderr, /There is no organisation atlantis/);
    const apiKey = await accounts(['create-api-key', '--name', '115', '--level', 'callcenter']);
    expect(apiKey.stdout).toMatch(/API key \(shown once\): zk_/);
  });

  it('makes a setup link only while the installation has no admin', async () => {
    const refused = await accounts(['setup-link']);
    expect(refused.code).toBe(1);
    expectOneLine(refused.stderr, /has an admin already/);

    const db = new pg.Client({ connectionString: api.database.url });
    await db.connect();
    try {
      await db.query('update staff_account set is_admin = false where username = $1', [adminUsername]);
      const { code, stdout } = await accounts(['setup-link'], { PUBLIC_BASE_URL: 'https://termine.example.org' });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^https:\/\/termine\.example\.org\/staff\/#setup=[A-Za-z0-9_-]{43}$/m);
      expect((await db.query('select 1 from setup_token')).rowCount).toBe(1);
    } finally {
      await db.query('update staff_account set is_admin = true where username = $1', [adminUsername]);
      await db.end();
    }
  });
});
