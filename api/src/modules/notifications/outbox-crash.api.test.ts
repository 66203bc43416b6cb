import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { parseCalendar, startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { sqlInstant } from '../../platform/sql';

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;

beforeAll(async () => {
  mail = await startMailServer();
  api = await startTestApi('2026-03-02T08:00:00Z', { SMTP_URL: mail.url });
  office = await createOffice(api, 'Bürgeramt Absturz');
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
});

describe('the outbox worker killed while sending', () => {
  it('sends the mail again after a restart, with the same Message-ID', { timeout: 120_000 }, async () => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T08:00:00.000Z' } });
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'crash@example.org' } } });
    expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');

    // A second API process polls the job table; the SMTP server has the whole message when the
    // process dies, before it could answer 250 and before the process could record the delivery.
    let worker: ApiProcess | null = null;
    let killed = false;
    mail.beforeReply = async () => {
      if (killed || !worker) return;
      killed = true;
      await worker.kill();
    };
    worker = await api.spawnProcess({ JOB_POLLING: 'true', JOB_POLL_INTERVAL_MS: '50' });
    await mail.waitFor((mails) => mails.length === 1 && killed, 30_000);
    expect(killed).toBe(true);
    mail.beforeReply = null;
    const [pending] = await api.app.orm.em.fork().execute<{ status: string; attempts: number }[]>(`select status, attempts from outbox_message where recipient = 'crash@example.org'`);
    expect(pending).toEqual({ status: 'pending', attempts: 0 });

    // The dead worker's lease on the message holds off any other sender until it has passed; then
    // the restarted worker (here: this process) sends it again.
    await api.runJobs();
    expect(mail.received).toHaveLength(1);
    const [lease] = await api.app.orm.em.fork().execute<{ run_at: string }[]>(`select run_at from job where kind = 'deliverMessage'`);
    await api.setClock(sqlInstant(lease.run_at));
    await api.runJobs();
    expect(mail.received).toHaveLength(2);
    const [first, second] = mail.received;
    expect(second.messageId).toBe(first.messageId);
    expect(second.subject).toBe(first.subject);
    expect(parseCalendar(second.ics!).event.get('UID')).toBe(parseCalendar(first.ics!).event.get('UID'));
    const [sent] = await api.app.orm.em.fork().execute<{ status: string; attempts: number; message_id: string }[]>(`select status, attempts, message_id from outbox_message where recipient = 'crash@example.org'`);
    expect(sent).toEqual({ status: 'sent', attempts: 1, message_id: first.messageId });
    // Nothing is sent a third time.
    await api.runJobs();
    expect(mail.received).toHaveLength(2);
  });
});
