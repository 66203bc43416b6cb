import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { deferStatement, withStatementBatch } from '../../platform/statement-batch';
import { inTransaction } from '../../platform/transaction';

// Round trips of a booking (docs/booking.md#round-trips-per-booking): every statement the API
// process sends is one, counted where the driver sends it.

const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;
let apiKey: string;
let sent: string[] | null = null;
const query = pg.Client.prototype.query;

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Test', { publicCounters: 2, internCounters: 3 });
  const { createApiKey } = await api.data(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }`, { input: { name: 'rush', level: 'public' } }, api.adminToken);
  apiKey = createApiKey.key;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    sent?.push(typeof first === 'string' ? first : first.text);
    return (query as (...given: unknown[]) => unknown).apply(this, args);
  } as typeof query;
});

afterAll(async () => {
  pg.Client.prototype.query = query;
  await api?.stop();
});

/** The statements `work` has the API send inside its transaction, BEGIN and COMMIT included. */
async function transactionOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  sent = [];
  try {
    const result = await work();
    const begin = sent.findIndex((text) => text.startsWith('BEGIN'));
    const commit = sent.findIndex((text) => text.startsWith('COMMIT'));
    return { result, statements: sent.slice(begin, commit + 1) };
  } finally {
    sent = null;
  }
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await api.app.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params);
  return row.n;
}

describe('round trips per booking', () => {
  it('reserves in at most 8 round trips and confirms in at most 22 (API key, so audited and with its webhook origin), and writes everything it batched', async () => {
    const reserved = await transactionOf(() => api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tuesdayAt('08:00') } }, apiKey));
    // BEGIN, office with its services and the new id, draw gate, slot chain locked; the hold, services, claims,
    // job and audit ride with the webhook origin; the version; the notification; COMMIT.
    expect(reserved.statements.length).toBeLessThanOrEqual(8);
    const confirmed = await transactionOf(() => api.data(op.confirmAppointment, { input: { reservationToken: reserved.result.reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } }, apiKey));
    expect(confirmed.result.confirmAppointment.__typename).toBe('ConfirmedAppointment');
    expect(confirmed.statements.length).toBeLessThanOrEqual(22);

    const id = api.databaseKey(reserved.result.reserveSlot.id);
    expect(await count('appointment_service where appointment_id = ?', [id])).toBe(1);
    expect(await count('slot_claim where appointment_id = ? and release_at is null', [id])).toBe(1);
    expect(await count('slot s where s.office_id = ? and s.start_at = ? and s.taken = 1', [api.databaseKey(office.officeId), tuesdayAt('08:00')])).toBe(1);
    expect(await count(`job where kind = 'freeCapacity' and key = ?`, [String(id)])).toBe(1);
    expect(await count(`audit_entry where action in ('reserveSlot', 'confirmAppointment') and details->>'clientAddress' is not null and office_id = ?`, [api.databaseKey(office.officeId)])).toBe(2);
    expect(await count(`webhook_booking_origin where appointment_id = ?`, [id])).toBe(1);
  });

  it('sends deferred statements with the next one, which sees them, and at the end of the batch', async () => {
    const { result, statements } = await transactionOf(() =>
      inTransaction(api.app.orm.em, (em) =>
        withStatementBatch(em, async () => {
          await deferStatement(em, `insert into audit_entry (at, actor_kind, actor_id, actor_name, action, details) values (now(), 'staff', '0', 'batch', 'batched', '{}')`, []);
          await deferStatement(em, `insert into audit_entry (at, actor_kind, actor_id, actor_name, action, details) values (now(), 'staff', '0', 'batch', 'batched', '{}')`, []);
          const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from audit_entry where action = 'batched'`);
          await deferStatement(em, `insert into audit_entry (at, actor_kind, actor_id, actor_name, action, details) values (now(), 'staff', '0', 'batch', 'batched-last', '{}')`, []);
          return row.n;
        }),
      ),
    );
    expect(result).toBe(2);
    expect(statements).toHaveLength(4);
    expect(await count(`audit_entry where action = 'batched-last'`, [])).toBe(1);
  });

  it('rolls the transaction back when a deferred statement fails, with the statement it rode with', async () => {
    await expect(
      inTransaction(api.app.orm.em, (em) =>
        withStatementBatch(em, async () => {
          await em.execute(`insert into audit_entry (at, actor_kind, actor_id, actor_name, action, details) values (now(), 'staff', '0', 'batch', 'rolled-back', '{}')`);
          await deferStatement(em, 'insert into no_such_table values (1)', []);
          await em.execute('select 1');
        }),
      ),
    ).rejects.toThrow(/no_such_table/);
    expect(await count(`audit_entry where action = 'rolled-back'`, [])).toBe(0);
  });
});
