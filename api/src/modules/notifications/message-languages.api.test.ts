import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { parseCalendar, startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

// Monday 2 March 2026, 09:00 in Berlin (CET).
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;

async function book(start: string, contact: Record<string, string>, language: 'tr' | 'ar' | 'pl') {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact, language } });
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
  return confirmAppointment;
}

async function onlyMailTo(address: string): Promise<ReceivedMail> {
  await api.runJobs();
  await mail.waitFor((mails) => mails.some((received) => received.to.includes(address)));
  const mails = mail.received.filter((received) => received.to.includes(address));
  expect(mails).toHaveLength(1);
  return mails[0];
}

beforeAll(async () => {
  mail = await startMailServer();
  api = await startTestApi(monday, { SMTP_URL: mail.url, MAIL_FROM: 'Bürgeramt <termine@berlin.example>', PUBLIC_BASE_URL: 'https://termine.berlin.example' });
  office = await createOffice(api, 'Rathaus Neukölln', { publicCounters: 2, internCounters: 2 });
  // The catalogue knows the service in Turkish, not in Polish.
  await api.admin(`mutation ($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }`, {
    input: { serviceId: office.shortServiceId, language: 'tr', name: 'Konut kaydı', whatToBring: 'Kimlik kartı' },
  });
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
});

describe('mails in the language the citizen booked in', () => {
  it('confirms a booking made in Turkish in Turkish, with the Turkish service name and calendar entry', async () => {
    const confirmed = await book(tuesdayAt('08:00'), { name: 'Ayşe Yılmaz', email: 'ayse@example.org' }, 'tr');
    const sent = await onlyMailTo('ayse@example.org');
    expect(sent.subject).toBe('Randevunuz: 3 Mart 2026 Salı 08:00');
    expect(sent.text).toMatch(/^Sayın Ayşe Yılmaz,\r?\n/);
    expect(sent.text).toContain(`İşlem numarası: ${confirmed.appointment.number}`);
    expect(sent.text).toContain('Hizmet: Konut kaydı');
    expect(sent.text.replace(/\r\n/g, '\n')).toContain('Lütfen yanınızda getirin:\n- Kimlik kartı');
    expect(sent.text).toContain(`İşlem numarası ${confirmed.appointment.number} ve ${confirmed.secret} kodu ile`);
    expect(sent.text).not.toMatch(/Termin|Vorgangsnummer|Anmeldung/);
    expect(sent.html).toContain('<html lang="tr">');
    expect(sent.html).toContain('Randevuyu iptal et');
    expect(parseCalendar(sent.ics!).event.get('SUMMARY')).toBe(`Randevu ${confirmed.appointment.number}: Konut kaydı`);
  });

  it('writes Arabic right to left, and names a service the catalogue has not translated in German', async () => {
    const confirmed = await book(tuesdayAt('08:10'), { name: 'Omar Haddad', email: 'omar@example.org' }, 'ar');
    const sent = await onlyMailTo('omar@example.org');
    expect(sent.subject.startsWith('موعدكم: ')).toBe(true);
    expect(sent.html).toContain('<html lang="ar" dir="rtl">');
    expect(sent.text).toContain(`رقم المعاملة: ${confirmed.appointment.number}`);
    expect(sent.text).toContain('الخدمة: Rathaus Neukölln: Anmeldung');
  });

  it('writes Polish without a German word, the service name aside', async () => {
    await book(tuesdayAt('08:20'), { name: 'Jan Kowalski', email: 'jan@example.org' }, 'pl');
    const sent = await onlyMailTo('jan@example.org');
    expect(sent.subject).toBe('Wizyta: wtorek, 3 marca 2026 08:20');
    expect(sent.text).toContain('Usługa: Rathaus Neukölln: Anmeldung');
    expect(sent.text.replace('Rathaus Neukölln: Anmeldung', '')).not.toMatch(/Termin|Ihr|Bitte|Vorgangsnummer/);
  });
});
