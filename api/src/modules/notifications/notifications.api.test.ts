import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { calendarInstant, parseCalendar, startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin (CET).
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();
const wednesdayAt = (time: string) => new Date(`2026-03-04T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;
const sms: { to: string; text: string; reference: string; authorization: string | undefined }[] = [];
let smsEndpoint: http.Server;

const byLink = {
  appointment: graphql(`
    query NotificationsAppointmentByLink($input: LinkTokenInput!) {
      appointmentByLink(input: $input) {
        number
        status
        start
      }
    }
  `),
  cancel: graphql(`
    mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) {
      cancelAppointmentByLink(input: $input) {
        __typename
        ... on Appointment {
          number
          status
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
  confirm: graphql(`
    mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) {
      confirmAppointmentByLink(input: $input) {
        __typename
        ... on Appointment {
          number
          status
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
};

async function book(start: string, contact: Record<string, string>, extra: Record<string, unknown> = {}, officeId = office.officeId, serviceId = office.shortServiceId) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId, serviceIds: [serviceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact, ...extra } });
  return confirmAppointment;
}

/** Runs due jobs (the outbox worker among them) until the mails satisfy `predicate`. */
async function deliveredUntil(predicate: (mails: ReceivedMail[]) => boolean): Promise<ReceivedMail[]> {
  await api.runJobs();
  return mail.waitFor(predicate);
}

function mailsTo(address: string): ReceivedMail[] {
  return mail.received.filter((received) => received.to.includes(address));
}

function linkToken(text: string, page: string): string {
  const match = new RegExp(`/portal/${page}#token=([A-Za-z0-9._-]+)`).exec(text);
  if (!match) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
}

beforeAll(async () => {
  mail = await startMailServer();
  smsEndpoint = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      sms.push({ ...JSON.parse(body), authorization: request.headers.authorization });
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => smsEndpoint.listen(0, '127.0.0.1', resolve));
  api = await startTestApi(monday, {
    SMTP_URL: mail.url,
    MAIL_FROM: 'Bürgeramt <termine@berlin.example>',
    SMS_PROVIDER_URL: `http://127.0.0.1:${(smsEndpoint.address() as AddressInfo).port}/messages`,
    SMS_PROVIDER_TOKEN: 'sms-test-token',
    PUBLIC_BASE_URL: 'https://termine.berlin.example',
  });
  office = await createOffice(api, 'Bürgeramt Mitte', { publicCounters: 1, internCounters: 1 });
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
  await new Promise((resolve) => smsEndpoint?.close(resolve));
});

describe('appointment mails over SMTP', () => {
  it('sends the confirmation in German with text, HTML, a valid calendar file and a one-click cancel link', async () => {
    const confirmed = await book(tuesdayAt('08:00'), { name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(confirmed.__typename).toBe('ConfirmedAppointment');
    const [sent] = (await deliveredUntil(() => mailsTo('ada@example.org').length === 1)).filter((received) => received.to.includes('ada@example.org'));
    expect(sent.subject).toBe('Ihr Termin am Dienstag, 3. März 2026 um 08:00');
    expect(sent.headers.get('from')).toContain('termine@berlin.example');
    expect(sent.messageId).toMatch(/^<[0-9a-f-]{36}@termine\.berlin\.example>$/);
    expect(sent.text).toMatch(/^Guten Tag Ada Lovelace,\r?\n/);
    expect(sent.text).toContain(`Vorgangsnummer: ${confirmed.appointment.number}`);
    // The code stands in the mail too, for the manage page's form.
    expect(sent.text).toContain(`Mit Vorgangsnummer ${confirmed.appointment.number} und Code ${confirmed.secret} können Sie den Termin jederzeit ansehen`);
    expect(sent.text).toContain(`https://termine.berlin.example/portal/manage#number=${confirmed.appointment.number}&secret=${confirmed.secret}`);
    expect(sent.html).toContain('<html lang="de">');
    expect(sent.html).toContain('Termin absagen');
    const calendar = parseCalendar(sent.ics!);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendarInstant(calendar.event.get('DTSTART')!)).toBe(tuesdayAt('08:00'));
    expect(calendarInstant(calendar.event.get('DTEND')!)).toBe(tuesdayAt('08:10'));
    // The calendar file goes to the citizen alone: its link opens the appointment without asking for the code.
    expect(calendar.event.get('URL')).toBe(`https://termine.berlin.example/portal/manage#number=${confirmed.appointment.number}&secret=${confirmed.secret}`);
    expect(parseCalendar(confirmed.ics).event.get('URL')).toBe(calendar.event.get('URL'));

    // The link opens a page; only the click (the mutation) cancels, and a second click changes nothing.
    const token = linkToken(sent.text, 'cancel');
    const { appointmentByLink } = await api.data(byLink.appointment, { input: { token } });
    expect(appointmentByLink).toEqual({ number: confirmed.appointment.number, status: 'confirmed', start: tuesdayAt('08:00') });
    expect((await api.data(byLink.cancel, { input: { token } })).cancelAppointmentByLink).toEqual({ __typename: 'Appointment', number: confirmed.appointment.number, status: 'cancelled' });
    expect((await api.data(byLink.cancel, { input: { token } })).cancelAppointmentByLink.status).toBe('cancelled');
    const notices = (await deliveredUntil(() => mailsTo('ada@example.org').length === 2)).filter((received) => received.to.includes('ada@example.org'));
    expect(notices).toHaveLength(2);
    expect(notices[1].subject).toBe('Ihr Termin wurde abgesagt');
    const cancellation = parseCalendar(notices[1].ics!);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.event.get('STATUS')).toBe('CANCELLED');
    expect(cancellation.event.get('UID')).toBe(calendar.event.get('UID'));
    expect(Number(cancellation.event.get('SEQUENCE'))).toBeGreaterThanOrEqual(Number(calendar.event.get('SEQUENCE')));
  });

  it('refuses forged, foreign and expired link tokens', async () => {
    const confirmed = await book(tuesdayAt('08:20'), { name: 'Grace Hopper', email: 'grace@example.org' });
    const [sent] = await deliveredUntil(() => mailsTo('grace@example.org').length === 1).then(() => mailsTo('grace@example.org'));
    const token = linkToken(sent.text, 'cancel');
    const [payload, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), s: 1 })).toString('base64url')}.${signature}`;
    expect((await api.data(byLink.cancel, { input: { token: forged } })).cancelAppointmentByLink.__typename).toBe('NotFound');
    // A cancel token is no confirmation token.
    expect((await api.data(byLink.confirm, { input: { token } })).confirmAppointmentByLink.__typename).toBe('NotFound');
    expect((await api.data(op.appointment, { input: { number: confirmed.appointment.number, secret: confirmed.secret } })).appointment.status).toBe('confirmed');
  });

  it('writes in English with the English names of the services, what to bring and a calendar file in English', async () => {
    const { createService } = await api.admin(
      graphql(`
        mutation NotificationsCreateService {
          createService(input: { name: "Personalausweis beantragen" }) {
            ... on Service {
              id
            }
          }
        }
      `),
    );
    const texts = graphql(`
      mutation NotificationsSetServiceText($input: SetServiceTextInput!) {
        setServiceText(input: $input) {
          __typename
        }
      }
    `);
    await api.admin(texts, { input: { serviceId: createService.id, language: 'de', name: 'Personalausweis beantragen', whatToBring: 'Biometrisches Passfoto\nAlter Ausweis' } });
    await api.admin(texts, { input: { serviceId: createService.id, language: 'en', name: 'Applying for an identity card', whatToBring: 'Biometric passport photo\nYour old identity card' } });
    await api.admin(
      graphql(`
        mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {
          setOfficeService(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: office.officeId, serviceId: createService.id, durationSlots: 1 } },
    );
    const confirmed = await book(wednesdayAt('08:00'), { name: 'Mary Somerville', email: 'mary@example.org' }, { language: 'en' }, office.officeId, createService.id);
    const [sent] = await deliveredUntil(() => mailsTo('mary@example.org').length === 1).then(() => mailsTo('mary@example.org'));
    expect(sent.text).toMatch(/^Hello Mary Somerville,\r?\n/);
    expect(sent.text).toContain('Service: Applying for an identity card');
    expect(sent.text.replace(/\r\n/g, '\n')).toContain('Please bring:\n- Biometric passport photo\n- Your old identity card');
    expect(sent.text).toContain(`With booking number ${confirmed.appointment.number} and code ${confirmed.secret}`);
    expect(sent.text).not.toContain('Personalausweis');
    const event = parseCalendar(sent.ics!).event;
    expect(event.get('SUMMARY')).toBe(`Appointment ${confirmed.appointment.number}: Applying for an identity card`);
    expect(event.get('DESCRIPTION')).toContain('Manage or cancel the appointment:');
    expect(parseCalendar(confirmed.ics).event.get('SUMMARY')).toBe(event.get('SUMMARY'));

    // Who manages it in German from then on gets German.
    const { cancelAppointment } = await api.data(op.cancelAppointment, { input: { number: confirmed.appointment.number, secret: confirmed.secret, language: 'de' } });
    expect(cancelAppointment.__typename).toBe('Appointment');
    const notice = await deliveredUntil(() => mailsTo('mary@example.org').length === 2).then(() => mailsTo('mary@example.org')[1]);
    expect(notice.subject).toBe('Ihr Termin wurde abgesagt');
    expect(notice.text).toContain('Dienstleistung: Personalausweis beantragen');
  });

  it('writes in English when asked, and tells of a move with the new time in the calendar file', async () => {
    const confirmed = await book(tuesdayAt('09:00'), { name: 'Alan Turing', email: 'alan@example.org' }, { language: 'en' });
    const [first] = await deliveredUntil(() => mailsTo('alan@example.org').length === 1).then(() => mailsTo('alan@example.org'));
    expect(first.subject).toBe('Your appointment on Tuesday, 3 March 2026 at 09:00');
    expect(first.text).toContain('Booking number:');
    const { rescheduleAppointment } = await api.data(op.rescheduleAppointment, { input: { number: confirmed.appointment.number, secret: confirmed.secret, start: tuesdayAt('10:00') } });
    expect(rescheduleAppointment.__typename).toBe('Appointment');
    const moved = await deliveredUntil(() => mailsTo('alan@example.org').length === 2).then(() => mailsTo('alan@example.org')[1]);
    expect(moved.subject).toBe('Your appointment was moved: Tuesday, 3 March 2026 at 10:00');
    expect(moved.text).toContain('Your appointment of Tuesday, 3 March 2026 at 09:00 was moved.');
    const before = parseCalendar(first.ics!).event;
    const after = parseCalendar(moved.ics!).event;
    expect(after.get('UID')).toBe(before.get('UID'));
    expect(calendarInstant(after.get('DTSTART')!)).toBe(tuesdayAt('10:00'));
    expect(Number(after.get('SEQUENCE'))).toBeGreaterThan(Number(before.get('SEQUENCE')));
    expect(moved.messageId).not.toBe(first.messageId);
  });

  it('reminds the day before and 2 hours before, with the cancel link, and not after a cancellation', async () => {
    const kept = await book(wednesdayAt('11:00'), { name: 'Emmy Noether', email: 'emmy@example.org' });
    const dropped = await book(wednesdayAt('11:10'), { name: 'Lise Meitner', email: 'lise@example.org' });
    await deliveredUntil(() => mailsTo('emmy@example.org').length === 1 && mailsTo('lise@example.org').length === 1);
    await api.data(op.cancelAppointment, { input: { number: dropped.appointment.number, secret: dropped.secret } });
    await deliveredUntil(() => mailsTo('lise@example.org').length === 2);

    await api.setClock(new Date(new Date(wednesdayAt('11:00')).getTime() - 24 * 3_600_000 - 60_000));
    await api.runJobs();
    expect(mailsTo('emmy@example.org')).toHaveLength(1);
    await api.advanceClock(2);
    const dayBefore = await deliveredUntil(() => mailsTo('emmy@example.org').length === 2).then(() => mailsTo('emmy@example.org')[1]);
    expect(dayBefore.subject).toBe('Erinnerung: Ihr Termin am Mittwoch, 4. März 2026 um 11:00');
    expect(linkToken(dayBefore.text, 'cancel')).toBeTruthy();
    expect(calendarInstant(parseCalendar(dayBefore.ics!).event.get('DTSTART')!)).toBe(wednesdayAt('11:00'));

    await api.setClock(new Date(new Date(wednesdayAt('11:00')).getTime() - 2 * 3_600_000 + 60_000));
    const twoHours = await deliveredUntil(() => mailsTo('emmy@example.org').length === 3).then(() => mailsTo('emmy@example.org')[2]);
    expect(twoHours.subject).toBe(dayBefore.subject);
    await api.runJobs();
    expect(mailsTo('emmy@example.org')).toHaveLength(3);
    expect(mailsTo('lise@example.org')).toHaveLength(2);
    expect(kept.appointment.number).toBeGreaterThan(0);
  });

  it('sends the SMS through the HTTP provider to a contact with a phone number', async () => {
    await api.setClock(monday);
    const confirmed = await book(tuesdayAt('11:00'), { name: 'Katherine Johnson', email: 'katherine@example.org', phone: '+49 30 1234567' });
    await deliveredUntil(() => mailsTo('katherine@example.org').length === 1);
    const [message] = sms.filter((sent) => sent.to === '+49 30 1234567');
    expect(message.authorization).toBe('Bearer sms-test-token');
    expect(message.text).toMatch(/^Ihr Termin am Dienstag, 3\. März 2026 um 11:00\. Termin verwalten: https:\/\/termine\.berlin\.example\/portal\/manage#number=/);
    expect(message.text).toContain(String(confirmed.appointment.number));
    const [row] = await api.app.orm.em.fork().execute<{ message_id: string; status: string }[]>(`select message_id, status from outbox_message where channel = 'sms' and recipient = '+49 30 1234567'`);
    expect(row).toEqual({ message_id: message.reference, status: 'sent' });
  });

  it('tells citizens why when the office cancels their appointments', async () => {
    const confirmed = await book(tuesdayAt('11:30'), { name: 'Rosalind Franklin', email: 'rosalind@example.org' });
    await deliveredUntil(() => mailsTo('rosalind@example.org').length === 1);
    const { cancelOfficeAppointments } = await api.admin(
      graphql(`
        mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {
          cancelOfficeAppointments(input: $input) {
            __typename
            ... on CancelledAppointments {
              appointments {
                number
                status
              }
            }
            ... on ErrorResult {
              code
            }
          }
        }
      `),
      { input: { officeId: office.officeId, appointmentIds: [confirmed.appointment.id], reason: 'Wasserschaden im Gebäude' } },
    );
    expect(cancelOfficeAppointments).toEqual({ __typename: 'CancelledAppointments', appointments: [{ number: confirmed.appointment.number, status: 'cancelled' }] });
    const notice = await deliveredUntil(() => mailsTo('rosalind@example.org').length === 2).then(() => mailsTo('rosalind@example.org')[1]);
    expect(notice.subject).toBe('Ihr Termin muss leider entfallen');
    expect(notice.text).toContain('Grund: Wasserschaden im Gebäude');
    expect(notice.text).toContain('https://termine.berlin.example/portal/');
    expect(parseCalendar(notice.ics!).method).toBe('CANCEL');
  });
});

describe('double opt-in', () => {
  let optInOffice: OfficeFixture;
  const status = graphql(`
    query NotificationsAppointment($input: AppointmentAccessInput!) {
      appointment(input: $input) {
        status
        confirmBy
      }
    }
  `);

  beforeAll(async () => {
    await api.setClock(monday);
    optInOffice = await createOffice(api, 'Bürgeramt Opt-in', { publicCounters: 1, internCounters: 1 });
    await api.admin(
      graphql(`
        mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
          updateOfficeSettings(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: optInOffice.officeId, doubleOptIn: true } },
    );
  });

  it('keeps a portal booking preconfirmed until its link is clicked', async () => {
    const booked = await book(tuesdayAt('09:00'), { name: 'Hedy Lamarr', email: 'hedy@example.org' }, {}, optInOffice.officeId, optInOffice.shortServiceId);
    expect(booked.appointment.status).toBe('preconfirmed');
    const request = await deliveredUntil(() => mailsTo('hedy@example.org').length === 1).then(() => mailsTo('hedy@example.org')[0]);
    expect(request.subject).toBe('Bitte bestätigen Sie Ihren Termin');
    expect(request.ics).toBeNull();
    const { confirmAppointmentByLink } = await api.data(byLink.confirm, { input: { token: linkToken(request.text, 'confirm') } });
    expect(confirmAppointmentByLink).toEqual({ __typename: 'Appointment', number: booked.appointment.number, status: 'confirmed' });
    const confirmation = await deliveredUntil(() => mailsTo('hedy@example.org').length === 2).then(() => mailsTo('hedy@example.org')[1]);
    expect(confirmation.subject).toBe('Ihr Termin am Dienstag, 3. März 2026 um 09:00');
    expect(parseCalendar(confirmation.ics!).method).toBe('PUBLISH');
  });

  it('expires an unconfirmed booking on time, releases its slot and announces it', async () => {
    const start = tuesdayAt('09:30');
    const booked = await book(start, { name: 'Ada Byron', email: 'byron@example.org' }, {}, optInOffice.officeId, optInOffice.shortServiceId);
    const access = { number: booked.appointment.number, secret: booked.secret };
    const request = await deliveredUntil(() => mailsTo('byron@example.org').length === 1).then(() => mailsTo('byron@example.org')[0]);
    const client = socketClient(api.url);
    const events = collect(
      client,
      graphql(`
        subscription NotificationsAvailabilityChanged($officeId: ID!) {
          availabilityChanged(officeId: $officeId) {
            reason
            dates
          }
        }
      `),
      { officeId: optInOffice.officeId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const taken = async () => (await api.app.orm.em.fork().execute<{ taken: number }[]>('select taken from slot where office_id = ? and start_at = ?', [api.databaseKey(optInOffice.officeId), start]))[0].taken;

    // OPT_IN_MINUTES defaults to 60: a minute before, the booking still waits.
    const { confirmBy } = (await api.data(status, { input: access })).appointment;
    expect(confirmBy).toEqual(expect.any(String));
    await api.advanceClock(59);
    await api.runJobs();
    expect((await api.data(status, { input: access })).appointment).toEqual({ status: 'preconfirmed', confirmBy });
    expect(await taken()).toBe(1);

    await api.advanceClock(1);
    await api.runJobs();
    expect((await api.data(status, { input: access })).appointment).toEqual({ status: 'expired', confirmBy: null });
    expect(await taken()).toBe(0);
    const freed = await events.waitUntil((event) => event.availabilityChanged.reason === 'freed');
    expect(freed?.availabilityChanged).toEqual({ reason: 'freed', dates: [] });
    events.dispose();
    await client.dispose();
    const lapsed = await deliveredUntil(() => mailsTo('byron@example.org').length === 2).then(() => mailsTo('byron@example.org')[1]);
    expect(lapsed.subject).toBe('Ihr Termin ist verfallen');
    // A late click learns the time ran out (the link itself is still good), and the slot is anyone's.
    expect((await api.data(byLink.confirm, { input: { token: linkToken(request.text, 'confirm') } })).confirmAppointmentByLink.__typename).toBe('ReservationExpired');
    expect((await api.data(op.reserveSlot, { input: { officeId: optInOffice.officeId, serviceIds: [optInOffice.shortServiceId], start } })).reserveSlot.__typename).toBe('Reservation');
  });
});

describe('the queue heads-up', () => {
  it('tells checked-in citizens once when their turn nears', async () => {
    const todayAt = (time: string) => new Date(`2026-03-05T${time}:00+01:00`).toISOString();
    await api.setClock(todayAt('09:00'));
    api.adminToken = await api.login(adminUsername, adminPassword);
    const site = await createOffice(api, 'Bürgeramt Wartezone', { publicCounters: 3, internCounters: 5 });
    await api.admin(
      graphql(`
        mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {
          setOpeningHours(input: $input) {
            __typename
          }
        }
      `),
      {
        input: { officeId: site.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
      },
    );
    const times = ['09:10', '09:20', '09:30', '09:40', '09:50'];
    const numbers = new Map<number, string>();
    for (const [index, time] of times.entries()) {
      const { reserveSlot } = await api.admin(op.reserveSlot, { input: { officeId: site.officeId, serviceIds: [site.shortServiceId], start: todayAt(time) } });
      const { confirmAppointment } = await api.admin(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { email: `queue${index}@example.org` } } });
      numbers.set(confirmAppointment.appointment.number, `queue${index}@example.org`);
    }
    await api.setClock(todayAt('09:20'));
    const entryOf = new Map<string, string>();
    for (const [number, email] of numbers) {
      const { checkIn } = await api.admin(
        graphql(`
          mutation NotificationsCheckIn($input: CheckInInput!) {
            checkIn(input: $input) {
              __typename
              ... on QueueEntry {
                id
              }
            }
          }
        `),
        { input: { officeId: site.officeId, number } },
      );
      expect(checkIn.__typename).toBe('QueueEntry');
      entryOf.set(checkIn.id, email);
    }
    const { createCounter } = await api.admin(
      graphql(`
        mutation NotificationsCreateCounter($input: CreateCounterInput!) {
          createCounter(input: $input) {
            ... on Counter {
              id
            }
          }
        }
      `),
      { input: { officeId: site.officeId, name: 'Platz 1' } },
    );
    await api.admin(
      graphql(`
        mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {
          signInAtCounter(input: $input) {
            __typename
          }
        }
      `),
      { input: { counterId: createCounter.id } },
    );
    const headsUps = () =>
      mail.received
        .filter((received) => received.subject.startsWith('Gleich sind Sie dran'))
        .map((received) => received.to[0])
        .sort();
    const nearest = async (count: number) => {
      const { queue } = await api.admin(
        graphql(`
          query NotificationsQueue($officeId: ID!) {
            queue(officeId: $officeId) {
              entries {
                id
                position
              }
            }
          }
        `),
        { officeId: site.officeId },
      );
      return (queue.entries as { id: string; position: number | null }[]).filter((entry) => entry.position !== null && entry.position <= count).map((entry) => entryOf.get(entry.id)!);
    };

    expect(
      (
        await api.admin(
          graphql(`
            mutation NotificationsCallNext {
              callNext {
                __typename
              }
            }
          `),
        )
      ).callNext.__typename,
    ).toBe('QueueEntry');
    const firstThree = (await nearest(3)).sort();
    await deliveredUntil(() => headsUps().length === 3);
    expect(headsUps()).toEqual(firstThree);
    expect(mail.received.find((received) => received.subject.startsWith('Gleich sind Sie dran'))!.text).toMatch(/Ihre Nummer .+ bei Bürgeramt Wartezone ist bald an der Reihe \(Platz [123]\)/);

    await api.admin(
      graphql(`
        mutation NotificationsCallNext2 {
          callNext {
            __typename
          }
        }
      `),
    );
    await deliveredUntil(() => headsUps().length === 4);
    const all = headsUps();
    expect(new Set(all).size).toBe(4);
    expect(all).toEqual([...firstThree, ...(await nearest(3)).filter((email) => !firstThree.includes(email))].sort());
  });
});
