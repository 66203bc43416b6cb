import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFailedLogins } from '../../src/domain/accounts/lockout';
import { startTestApi, type ApiProcess, type TestApi, type TestResult, type TypedDocumentString } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin: the office is open, tickets are issued.
const mondayNine = '2026-03-02T08:00:00Z';
const wrongSecretsPerHour = 10;
const login = graphql(`
  mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AccountLocked {
        lockedUntil
      }
    }
  }
`);
const createStaff = graphql(`
  mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
    }
  }
`);
const issueTicket = graphql(`
  mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      ... on Ticket {
        secret
        entry {
          displayNumber
        }
      }
    }
  }
`);
const queueStatus = graphql(`
  query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {
    queueStatus(input: $input) {
      status
    }
  }
`);

let api: TestApi;
let second: ApiProcess;
let office: OfficeFixture;
let database: pg.Client;

interface Answer<Data> {
  data?: Data;
  errors?: { extensions?: { code?: string } }[];
}

/** A request from one client address (the trusted proxy in front reports it), to either process. */
async function from<Result>(address: string, url: string, query: TypedDocumentString<Result, never>, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<TestResult<Result>>;
}

const eitherProcess = (index: number) => (index % 2 === 0 ? api.url : second.client.url);

/** How many answers came of each kind: the error code, null, the result's type, or found. */
function tally<Data>(answers: Answer<Data>[], field: keyof Data): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    // Typed data leaves null out, which is what a wrong secret answers.
    const result = answer.data?.[field] as { __typename?: string } | null | undefined;
    const kind = answer.errors?.[0]?.extensions?.code ?? (result === null ? 'null' : (result?.__typename ?? 'found'));
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  // Its attackers send documents of their own, anonymously: this file is about budgets, trusted-documents.api.test.ts about what anonymous callers may send.
  api = await startTestApi(mondayNine, { TRUST_PROXY: 'loopback', RATE_LIMIT_WRONG_SECRETS_PER_HOUR: String(wrongSecretsPerHour), TRUSTED_DOCUMENTS_ONLY_FOR: 'none' });
  office = await createOffice(api, 'Bürgeramt Andrang');
  second = await api.spawnProcess();
  database = new pg.Client({ connectionString: api.database.url });
  await database.connect();
});

afterAll(async () => {
  await database?.end();
  await api?.stop();
});

describe('limits under concurrency, across two API processes', () => {
  it('checks at most the maximum of 40 parallel logins, and the account ends locked', async () => {
    const password = 'ziel.konto-password-123';
    await api.admin(createStaff, { input: { username: 'ziel.konto', displayName: 'Ziel', password, memberships: [{ officeId: office.officeId, role: 'staff' }] } });
    const passwords = Array.from({ length: 40 }, (_, index) => (index === 23 ? password : `guess-${index}`));
    const answers = await Promise.all(passwords.map((guess, index) => from('198.51.100.10', eitherProcess(index), login, { input: { username: 'ziel.konto', password: guess } })));
    const counts = tally(answers, 'login');
    // Checked are the attempts charged before the lock: all but the one that locks answer
    // InvalidCredentials (or the session); before, all 39 wrong ones were checked.
    expect((counts.InvalidCredentials ?? 0) + (counts.Session ?? 0)).toBeLessThanOrEqual(maxFailedLogins);
    expect(counts.InvalidCredentials ?? 0).toBeLessThanOrEqual(maxFailedLogins - 1);
    expect(counts.Session ?? 0).toBeLessThanOrEqual(1);
    expect(counts.AccountLocked).toBeGreaterThanOrEqual(40 - maxFailedLogins);
    const [account] = (await database.query(`select failed_logins, locked_until from staff_account where username = 'ziel.konto'`)).rows;
    expect(account.locked_until.getTime()).toBeGreaterThan(api.clock.now().getTime());
    expect(account.failed_logins).toBeGreaterThanOrEqual(39);
    expect((await from('198.51.100.11', second.client.url, login, { input: { username: 'ziel.konto', password } })).data?.login.__typename).toBe('AccountLocked');
  });

  it('compares at most the budget of 200 parallel wrong secrets for one appointment number', async () => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T08:00:00+01:00' } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
    const { number } = confirmAppointment.appointment;
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => from('198.51.100.20', eitherProcess(index), op.appointment, { input: { number, secret: `guess-${index}` } })));
    // A null appointment is a secret that was compared and wrong; every other guess was refused unseen.
    expect(tally(answers, 'appointment')).toEqual({ null: wrongSecretsPerHour, RATE_LIMITED: 200 - wrongSecretsPerHour });
    expect((await from('198.51.100.20', api.url, op.appointment, { input: { number, secret: confirmAppointment.secret } })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The guesser locked out only themselves.
    expect((await from('198.51.100.21', second.client.url, op.appointment, { input: { number, secret: confirmAppointment.secret } })).data?.appointment).toMatchObject({ number });
  });

  it('compares at most the budget of 200 parallel wrong secrets for one ticket', async () => {
    const { issueTicket: ticket } = await api.data(issueTicket, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } }, api.adminToken);
    const number = ticket.entry.displayNumber;
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => from('198.51.100.30', eitherProcess(index), queueStatus, { input: { number, secret: `guess-${index}` } })));
    expect(tally(answers, 'queueStatus')).toEqual({ null: wrongSecretsPerHour, RATE_LIMITED: 200 - wrongSecretsPerHour });
    expect((await from('198.51.100.31', api.url, queueStatus, { input: { number, secret: ticket.secret } })).data?.queueStatus).toMatchObject({ status: 'waiting' });
  });

  it('counts right secrets as no wrong ones', async () => {
    const { issueTicket: ticket } = await api.data(issueTicket, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } }, api.adminToken);
    const input = { number: ticket.entry.displayNumber, secret: ticket.secret };
    const answers = [];
    for (let check = 0; check < wrongSecretsPerHour * 2; check += 1) answers.push(await from('198.51.100.40', eitherProcess(check), queueStatus, { input }));
    expect(tally(answers, 'queueStatus')).toEqual({ found: wrongSecretsPerHour * 2 });
  });
});
