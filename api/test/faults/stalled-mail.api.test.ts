import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlInstant } from '../../src/platform/sql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

/**
 * An SMTP server that accepts connections and never says a word (not even its greeting); once
 * told to, it answers, and refuses every recipient as real servers do, quoting the address.
 */
interface StalledServer {
  url: string;
  accepted: number;
  open: Set<net.Socket>;
  refusing: boolean;
  close(): Promise<void>;
}

function refuseRecipients(socket: net.Socket): void {
  socket.write('220 refusing.test ESMTP\r\n');
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\r\n'); end !== -1; end = buffered.indexOf('\r\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const recipient = /^RCPT TO:\s*<([^>]*)>/i.exec(line);
      if (recipient) socket.write(`550 5.1.1 <${recipient[1]}>: Recipient address rejected\r\n`);
      else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
      else socket.write('250 ok\r\n');
    }
  });
}

async function startStalledServer(): Promise<StalledServer> {
  const server = net.createServer((socket) => {
    state.accepted += 1;
    state.open.add(socket);
    socket.on('close', () => state.open.delete(socket));
    socket.on('error', () => {});
    if (state.refusing) refuseRecipients(socket);
  });
  const state: StalledServer = {
    url: '',
    accepted: 0,
    open: new Set(),
    refusing: false,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of state.open) socket.destroy();
        server.close(() => resolve());
      }),
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** Waits (a bounded while) until `condition` holds, for the API's job polling working in the background. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
}

let api: TestApi;
let office: OfficeFixture;
let smtp: StalledServer;

beforeAll(async () => {
  smtp = await startStalledServer();
  api = await startTestApi('2026-03-02T08:00:00Z', {
    TRUSTED_DOCUMENTS_ONLY_FOR: 'none',
    SMTP_URL: smtp.url,
    JOB_POLLING: 'true',
    JOB_POLL_INTERVAL_MS: '50',
    // Long enough for the checks below to run while the send stalls, short enough not to wait out a real stall.
    SMTP_CONNECTION_TIMEOUT_MS: '5000',
    SMTP_GREETING_TIMEOUT_MS: '5000',
    SMTP_SOCKET_TIMEOUT_MS: '5000',
  });
  office = await createOffice(api, 'Bürgeramt Funkstille');
});

afterAll(async () => {
  await api?.stop();
  await smtp?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return api.app.orm.em.fork().execute<T[]>(sql, params);
}

describe('an SMTP server that accepts the connection and never answers', () => {
  it('delays only its own message: holds still expire, no transaction waits on it, and the mail is retried later', { timeout: 120_000 }, async () => {
    const reserve = (start: string) => api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
    const { reserveSlot: hold } = await reserve('2026-03-04T09:00:00.000Z');
    expect(hold.__typename).toBe('Reservation');
    const holdExpiry = new Date(hold.expiresAt).getTime();

    // Shortly before the hold runs out, a citizen confirms: the confirmation goes to the silent server.
    await api.setClock(new Date(holdExpiry - 30_000));
    const { reserveSlot: booked } = await reserve('2026-03-04T08:00:00.000Z');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: booked.token, contact: { name: 'Grace Hopper', email: 'grace@example.org' } } });
    expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
    await until(() => smtp.accepted === 1);
    expect(smtp.accepted).toBe(1);
    const [{ stalledSince }] = await query<{ stalledSince: string }>('select clock_timestamp() as "stalledSince"');

    await api.setClock(new Date(holdExpiry + 1000));
    const holdStatus = async () => (await query<{ status: string }>('select status from appointment where id = ?', [api.databaseKey(hold.id)]))[0].status;
    await until(async () => (await holdStatus()) === 'expired');
    expect(await holdStatus()).toBe('expired');
    expect(await query('select id from slot_claim where appointment_id = ?', [api.databaseKey(hold.id)])).toEqual([]);
    // All that while the send was (and is) stuck, and no session waited on it inside a transaction.
    expect(smtp.open.size).toBe(1);
    const waiting = await query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and state_change <= ?`, [stalledSince]);
    expect(waiting).toEqual([]);

    // The send gives up on its own; the message stays pending for a retry after the backoff.
    const message = async () => (await query<{ id: number; status: string; attempts: number; last_error: string | null }>(`select id, status, attempts, last_error from outbox_message where recipient = 'grace@example.org'`))[0];
    await until(async () => (await message()).attempts > 0);
    const failed = await message();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toMatch(/ETIMEDOUT/);
    expect(failed.last_error).not.toMatch(/grace|hopper/i);
    const [job] = await query<{ run_at: string }>(`select run_at from job where kind = 'deliverMessage' and key = ?`, [String(failed.id)]);
    expect(sqlInstant(job.run_at).toISOString()).toBe(new Date(holdExpiry + 1000 + 60_000).toISOString());

    // Not before the backoff has passed is it tried again; this time the server refuses the
    // recipient, quoting the address, which the stored error leaves out.
    expect(smtp.accepted).toBe(1);
    smtp.refusing = true;
    await api.advanceClock(2);
    await until(async () => (await message()).attempts === 2);
    expect(smtp.accepted).toBe(2);
    const refused = await message();
    expect(refused).toMatchObject({ status: 'pending', attempts: 2 });
    expect(refused.last_error).toMatch(/550 5\.1\.1/);
    expect(refused.last_error).not.toMatch(/grace|hopper|example\.org/i);
  });
});
