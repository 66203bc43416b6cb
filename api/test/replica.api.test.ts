import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, spawnApiProcess, testEnvironment, type ApiClient, type ApiProcess } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { basebackupMajor, startReplicatedPostgres, type ReplicatedPostgres } from '../../ops/test-kit/src/standby';

// Issue 22, item 6: a real streaming standby (pg_basebackup -R of a primary this file starts)
// answers statistics and catalogue reads when it has replayed what was committed before them;
// otherwise the primary answers. Two API processes; never a stale answer on either.

const major = await basebackupMajor();
const missing = major === 15 ? null : `pg_basebackup of PostgreSQL 15 (Debian's postgresql-client-15) is not installed${major === null ? '' : ` (found ${major})`}`;
if (missing && process.env.CI === 'true') throw new Error(`${missing}: CI must install it for the replica test`);
if (missing) console.warn(`replica.api.test.ts skipped: ${missing}`);

// Monday 16 March 2026, 07:00 in Berlin; bookings on Wednesday.
const mondayMorning = '2026-03-16T06:00:00Z';
const wednesday = '2026-03-18';
let servers: ReplicatedPostgres;
let processes: ApiProcess[];
let office: OfficeFixture;
let adminToken: string;

async function onServer<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Table reads the standby served itself (its cumulative statistics, which its backends flush within about a second). */
async function standbyScans(table: string): Promise<number> {
  const [row] = await onServer<{ scans: number }>(servers.standbyUrl, 'select (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::int as scans from pg_stat_user_tables where relname = $1', [table]);
  return row.scans;
}

async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function caughtUp(): Promise<void> {
  const [{ position }] = await onServer<{ position: string }>(servers.primaryUrl, 'select pg_current_wal_flush_lsn()::text as position');
  await eventually(async () => (await onServer<{ done: boolean }>(servers.standbyUrl, 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [position]))[0].done, 'the standby to catch up');
}

async function appointmentsOn(client: ApiClient): Promise<number> {
  const { statistics } = await client.data<{ statistics: { appointments: number } }>(
    'query ($input: StatisticsInput!) { statistics(input: $input) { appointments } }',
    { input: { officeId: office.officeId, from: wednesday, to: wednesday } },
    adminToken,
  );
  return statistics.appointments;
}

async function officesNamed(client: ApiClient, search: string): Promise<string[]> {
  const { offices } = await client.data<{ offices: { edges: { node: { name: string } }[] } }>('query ($search: String) { offices(search: $search, first: 10) { edges { node { name } } } }', { search }, adminToken);
  return offices.edges.map((edge) => edge.node.name);
}

async function freeStarts(client: ApiClient): Promise<string[]> {
  const { availableSlots } = await client.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: wednesday } });
  return availableSlots[0]?.startTimes ?? [];
}

async function book(client: ApiClient, start: string): Promise<void> {
  const { reserveSlot } = await client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await client.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada Lovelace', email: 'ada@example.org' } } });
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
}

describe.skipIf(missing !== null)('reads off the primary', () => {
  beforeAll(async () => {
    servers = await startReplicatedPostgres();
    const env = { ...testEnvironment(servers.primaryUrl, mondayMorning), DATABASE_REPLICA_URL: servers.standbyUrl, DATABASE_REPLICA_WAIT_MS: '200' };
    processes = [];
    for (let index = 0; index < 2; index += 1) processes.push(await spawnApiProcess(env));
    adminToken = await processes[0].client.login(adminUsername, adminPassword);
    processes[0].client.adminToken = adminToken;
    office = await createOffice(processes[0].client, 'Bürgeramt Replik', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '10:00', publicCounters: 1, internCounters: 1, endInDays: 5 });
  }, 240_000);

  afterAll(async () => {
    await Promise.all((processes ?? []).map((started) => started.stop()));
    await servers?.stop();
  });

  it('answers from the standby once it has replayed what was committed before the read', async () => {
    await caughtUp();
    const [entries, offices] = [await standbyScans('queue_entry'), await standbyScans('office')];
    expect(await appointmentsOn(processes[1].client)).toBe(0);
    expect(await officesNamed(processes[1].client, 'Replik')).toEqual(['Bürgeramt Replik']);
    // Only the routed reads touch these tables on the standby (the check of its replay reads none).
    await eventually(async () => (await standbyScans('queue_entry')) > entries && (await standbyScans('office')) > offices, 'the standby to have served the reads');
  });

  it('answers from the primary, fresh, while the standby lags behind a commit, and from the standby again once it caught up', async () => {
    await onServer(servers.standbyUrl, 'select pg_wal_replay_pause()');
    try {
      await book(processes[0].client, '2026-03-18T07:00:00Z');
      await processes[0].client.admin(`mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { __typename } }`, {
        input: { name: 'Bürgeramt Replik Nord', address: { street: 'Nordweg', houseNumber: '2', postalCode: '10115' } },
      });
      // The standby really lacks both: an answer with them came from the primary.
      expect((await onServer<{ count: number }>(servers.standbyUrl, "select count(*)::int as count from appointment where status = 'confirmed'"))[0].count).toBe(0);
      expect((await onServer<{ count: number }>(servers.standbyUrl, "select count(*)::int as count from office where name like '%Nord'"))[0].count).toBe(0);
      expect(await appointmentsOn(processes[1].client)).toBe(1);
      expect(await officesNamed(processes[1].client, 'Replik')).toEqual(['Bürgeramt Replik', 'Bürgeramt Replik Nord']);
    } finally {
      await onServer(servers.standbyUrl, 'select pg_wal_replay_resume()');
    }
    await caughtUp();
    const entries = await standbyScans('queue_entry');
    expect(await appointmentsOn(processes[1].client)).toBe(1);
    await eventually(async () => (await standbyScans('queue_entry')) > entries, 'the standby to serve statistics again');
  });

  it('never answers stale: a booking followed at once by reads on either process shows it (0 stale answers)', async () => {
    const starts = await freeStarts(processes[0].client);
    let booked = await appointmentsOn(processes[0].client);
    let stale = 0;
    for (const [index, start] of starts.slice(0, 8).entries()) {
      await book(processes[index % 2].client, start);
      booked += 1;
      const answers = await Promise.all(processes.map(async ({ client }) => ({ free: await freeStarts(client), appointments: await appointmentsOn(client) })));
      for (const answer of answers) if (answer.free.includes(start) || answer.appointments !== booked) stale += 1;
    }
    expect(stale).toBe(0);
  });

  it('falls back to the primary without errors while the standby is down, and uses it again when it is back', async () => {
    await servers.stopStandby();
    const [start] = await freeStarts(processes[1].client);
    const before = await appointmentsOn(processes[1].client);
    await book(processes[0].client, start);
    for (const { client } of processes) {
      expect(await appointmentsOn(client)).toBe(before + 1);
      expect(await officesNamed(client, 'Replik Nord')).toEqual(['Bürgeramt Replik Nord']);
      expect(await freeStarts(client)).not.toContain(start);
    }
    await servers.startStandby();
    await caughtUp();
    // The processes try the replica again a few seconds after it failed them.
    const entries = await standbyScans('queue_entry');
    await eventually(async () => {
      await appointmentsOn(processes[1].client);
      return (await standbyScans('queue_entry')) > entries;
    }, 'the standby to serve statistics after its restart');
  });
});
