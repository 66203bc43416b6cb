import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { parseCalendar } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin. No SMTP settings: mails stay in the development mailbox.
const monday = '2026-03-02T08:00:00Z';
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;

const settings = graphql(`
  mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
      ... on Office {
        settings {
          contactRetentionDays
          noShowLimit
        }
      }
    }
  }
`);

async function book(start: string, contact: Record<string, string>) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact } });
  return confirmAppointment;
}

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Datenschutz', { publicCounters: 2, internCounters: 2 });
});

afterAll(async () => {
  await api?.stop();
});

describe('the development mailbox', () => {
  it('shows the confirmation mail without SMTP settings, with its text and calendar file', async () => {
    expect(api.app.mailboxUrl).toBe(`${api.url}/dev/mailbox`);
    const confirmed = await book(berlin('2026-03-03', '08:00'), { name: 'Newcomer', email: 'newcomer@example.org' });
    await api.runJobs();
    const list = await fetch(api.app.mailboxUrl!);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await list.text();
    expect(page).toContain('newcomer@example.org');
    const [, id] = /href="mailbox\/(\d+)">Ihr Termin am Dienstag, 3\. März 2026 um 08:00</.exec(page)!;
    const detail = await (await fetch(`${api.app.mailboxUrl}/${id}`)).text();
    expect(detail).toContain(`Vorgangsnummer: ${confirmed.appointment.number}`);
    expect(detail).toContain('sandbox');
    const html = await (await fetch(`${api.app.mailboxUrl}/${id}/html`)).text();
    expect(html).toContain('<html lang="de">');
    const ics = await fetch(`${api.app.mailboxUrl}/${id}/termin.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(parseCalendar(await ics.text()).method).toBe('PUBLISH');
    const [row] = await api.app.orm.em.fork().execute<{ status: string; delivered_via: string }[]>(`select status, delivered_via from outbox_message where recipient = 'newcomer@example.org'`);
    expect(row).toEqual({ status: 'sent', delivered_via: 'mailbox' });
    expect((await fetch(`${api.app.mailboxUrl}/999999`)).status).toBe(404);
  });
});

describe('no-shows', () => {
  it('limits the open bookings of a contact who missed an appointment recently', async () => {
    const missed = await book(berlin('2026-03-03', '08:10'), { name: 'Nora', email: 'Nora+amt@Example.org' });
    expect((await api.admin(settings, { input: { officeId: office.officeId, noShowLimit: 1 } })).updateOfficeSettings.settings.noShowLimit).toBe(1);
    // The day ends without Nora: the nightly job counts the no-show.
    await api.setClock(berlin('2026-03-04', '00:05'));
    await api.runJobs();
    expect((await api.data(op.appointment, { input: { number: missed.appointment.number, secret: missed.secret } })).appointment.status).toBe('noShow');
    const [{ count }] = await api.app.orm.em
      .fork()
      .execute<{ count: string }[]>(`select count(*) from appointment where status = 'noShow' and office_id = ? and contact_email = 'Nora+amt@Example.org' and contact_digest is not null`, [api.databaseKey(office.officeId)]);
    expect(Number(count)).toBe(1);

    expect((await book(berlin('2026-03-05', '08:00'), { name: 'Nora', email: 'nora@example.org' })).__typename).toBe('ConfirmedAppointment');
    // The same mailbox, written differently, is the same contact.
    const refused = await book(berlin('2026-03-05', '08:10'), { name: 'Nora', email: 'NORA+x@example.org.' });
    expect(refused).toMatchObject({ __typename: 'NoShowLimitReached', code: 'NO_SHOW_LIMIT_REACHED' });
    expect((await book(berlin('2026-03-05', '08:10'), { name: 'Otto', email: 'otto@example.org' })).__typename).toBe('ConfirmedAppointment');
    // Staff sessions last 12 hours; the clock has moved on since the admin signed in.
    api.adminToken = await api.login(adminUsername, adminPassword);
    await api.admin(settings, { input: { officeId: office.officeId, noShowLimit: 0 } });
    expect((await book(berlin('2026-03-05', '08:20'), { name: 'Nora', email: 'nora@example.org' })).__typename).toBe('ConfirmedAppointment');
  });
});

describe('retention', () => {
  it('leaves no contact data in any table past its date, and keeps what is not yet due', async () => {
    await api.admin(settings, { input: { officeId: office.officeId, contactRetentionDays: 2 } });
    const probe = await book(berlin('2026-03-05', '09:00'), { name: 'Zylinderprobe Vergangen', email: 'zylinderprobe-past@example.org', phone: '+49 30 99887766' });
    const join = graphql(`
      mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {
        joinWaitlist(input: $input) {
          __typename
        }
      }
    `);
    expect((await api.data(join, { input: { appointment: { number: probe.appointment.number, secret: probe.secret } } })).joinWaitlist.__typename).toBe('WaitlistJoined');
    const later = await book(berlin('2026-03-13', '09:00'), { name: 'Zylinderprobe Später', email: 'zylinderprobe-later@example.org' });
    await api.runJobs();

    // Which text columns of which tables mention a probe: every table, as information_schema lists them.
    const em = api.app.orm.em.fork();
    const columns = await em.execute<{ table_name: string; column_name: string }[]>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json')`,
    );
    expect(columns.length).toBeGreaterThan(30);
    const mentions = async (needle: string): Promise<string[]> => {
      const found: string[] = [];
      for (const { table_name: table, column_name: column } of columns) {
        const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) from "${table}" where "${column}"::text ilike ?`, [`%${needle}%`]);
        if (Number(count) > 0) found.push(`${table}.${column}`);
      }
      return found.sort();
    };
    // Before: the appointment, its mails and the waitlist entry hold it.
    expect(await mentions('zylinderprobe-past')).toEqual(['appointment.contact_email', 'outbox_message.recipient', 'waitlist_entry.contact_email']);

    // Two days after the appointment ended (plus a day for the daily job), nothing of it is left.
    await api.setClock(berlin('2026-03-08', '10:00'));
    await api.runJobs();
    expect(await mentions('zylinderprobe-past')).toEqual([]);
    expect(await mentions('Zylinderprobe Vergangen')).toEqual([]);
    expect(await mentions('99887766')).toEqual([]);
    // The appointment itself stays, without contact data, and the later one keeps its contact.
    expect((await api.data(op.appointment, { input: { number: probe.appointment.number, secret: probe.secret } })).appointment.status).toBe('noShow');
    expect(await mentions('zylinderprobe-later')).toEqual(['appointment.contact_email', 'outbox_message.recipient']);
    expect(later.__typename).toBe('ConfirmedAppointment');
  });
});
