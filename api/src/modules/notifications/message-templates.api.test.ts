import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

// Monday 2 March 2026, 09:00 in Berlin (CET).
const monday = '2026-03-02T08:00:00Z';
const berlin = (day: string, time: string) => new Date(`2026-03-${day}T${time}:00+01:00`).toISOString();

const documents = {
  officeMessages: graphql(`
    query MessageTemplatesOfficeMessages($officeId: ID!) {
      officeMessages(officeId: $officeId) {
        __typename
        ... on OfficeMessages {
          organisationId
          templates {
            kind
            language
            subject
          }
          organisationTemplates {
            kind
            subject
          }
          reminderOffsetsMinutes
          defaultReminderOffsetsMinutes
          allowedLinkHosts
          kinds {
            kind
            placeholders
          }
        }
      }
    }
  `),
  save: graphql(`
    mutation MessageTemplatesSave($input: SaveMessageTemplateInput!) {
      saveMessageTemplate(input: $input) {
        __typename
        ... on MessageTemplateText {
          kind
          language
          subject
          body
        }
        ... on UnknownPlaceholder {
          code
          placeholder
          field
          known
        }
        ... on LinkNotAllowed {
          code
          host
          field
        }
        ... on ErrorResult {
          message
        }
      }
    }
  `),
  remove: graphql(`
    mutation MessageTemplatesRemove($input: MessageTemplateScopeInput!) {
      removeMessageTemplate(input: $input) {
        __typename
      }
    }
  `),
  preview: graphql(`
    query MessageTemplatesPreview($input: PreviewMessageInput!) {
      previewMessage(input: $input) {
        __typename
        ... on MessagePreview {
          source
          subject
          text
          html
        }
        ... on UnknownPlaceholder {
          placeholder
        }
      }
    }
  `),
  settings: graphql(`
    mutation MessageTemplatesSettings($input: UpdateOfficeMessageSettingsInput!) {
      updateOfficeMessageSettings(input: $input) {
        __typename
        ... on OfficeMessages {
          reminderOffsetsMinutes
          copyEmail
          surveyUrl
        }
        ... on LinkNotAllowed {
          host
          field
        }
        ... on InvalidInput {
          fieldProblems {
            field
          }
        }
      }
    }
  `),
  signInAtCounter: graphql(`
    mutation MessageTemplatesSignIn($input: SignInAtCounterInput!) {
      signInAtCounter(input: $input) {
        __typename
      }
    }
  `),
  createCounter: graphql(`
    mutation MessageTemplatesCreateCounter($input: CreateCounterInput!) {
      createCounter(input: $input) {
        ... on Counter {
          id
        }
      }
    }
  `),
  checkIn: graphql(`
    mutation MessageTemplatesCheckIn($input: CheckInInput!) {
      checkIn(input: $input) {
        __typename
        ... on QueueEntry {
          id
        }
      }
    }
  `),
  call: graphql(`
    mutation MessageTemplatesCall($input: EntryInput!) {
      callEntry(input: $input) {
        __typename
      }
    }
  `),
  start: graphql(`
    mutation MessageTemplatesStart($input: EntryInput!) {
      startService(input: $input) {
        __typename
      }
    }
  `),
  finish: graphql(`
    mutation MessageTemplatesFinish($input: FinishServiceInput!) {
      finishService(input: $input) {
        __typename
      }
    }
  `),
};

let api: TestApi;
let mail: MailServer;
let first: OfficeFixture;
let second: OfficeFixture;
let organisationId: string;

async function book(office: OfficeFixture, start: string, given: Record<string, string>, extra: Record<string, unknown> = {}) {
  const contact = { name: 'Erika Muster', ...given };
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact, ...extra } });
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
  return confirmAppointment;
}

/** The mails to `address` once there are `count` of them (the outbox worker runs first). */
async function mailsTo(address: string, count: number): Promise<ReceivedMail[]> {
  await api.runJobs();
  await mail.waitFor((mails) => mails.filter((received) => received.to.includes(address)).length >= count);
  return mail.received.filter((received) => received.to.includes(address));
}

const save = (scope: { officeId: string } | { organisationId: string }, kind: string, subject: string, body: string, language = 'de') =>
  api.admin(documents.save, { input: { ...scope, kind: kind as never, language: language as never, subject, body } }).then((result) => result.saveMessageTemplate);

beforeAll(async () => {
  mail = await startMailServer();
  api = await startTestApi(monday, { SMTP_URL: mail.url, PUBLIC_BASE_URL: 'https://termine.berlin.example', MESSAGE_LINK_HOSTS: 'umfrage.berlin.de' });
  first = await createOffice(api, 'Bürgeramt Vorlagen');
  second = await createOffice(api, 'Bürgeramt Erbe');
  const { officeMessages } = await api.admin(documents.officeMessages, { officeId: first.officeId });
  if (officeMessages.__typename !== 'OfficeMessages') throw new Error('no office messages');
  organisationId = officeMessages.organisationId;
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
});

describe('message templates', () => {
  it('lists each kind with its placeholders, the allowed hosts and the installation’s reminder times', async () => {
    const { officeMessages } = await api.admin(documents.officeMessages, { officeId: first.officeId });
    expect(officeMessages.__typename).toBe('OfficeMessages');
    expect(officeMessages.kinds.find((kind) => kind.kind === 'reminder')?.placeholders).toContain('cancelUrl');
    expect(officeMessages.allowedLinkHosts).toEqual(['termine.berlin.example', 'umfrage.berlin.de']);
    expect(officeMessages.defaultReminderOffsetsMinutes).toEqual([1440, 120]);
    expect(officeMessages.reminderOffsetsMinutes).toBeNull();
  });

  it('refuses a template with an unknown placeholder, naming it, and stores nothing', async () => {
    const refused = await save({ officeId: first.officeId }, 'confirmed', 'Termin {{nummer}}', 'Hallo {{name}}');
    expect(refused).toMatchObject({ __typename: 'UnknownPlaceholder', code: 'UNKNOWN_PLACEHOLDER', placeholder: 'nummer', field: 'subject' });
    expect(refused.__typename === 'UnknownPlaceholder' && refused.known).toContain('number');
    const preview = await api.admin(documents.preview, { input: { officeId: first.officeId, kind: 'confirmed' as never, language: 'de' as never, subject: 'x', body: '{{secret}}' } });
    expect(preview.previewMessage).toMatchObject({ __typename: 'UnknownPlaceholder', placeholder: 'secret' });
    const { officeMessages } = await api.admin(documents.officeMessages, { officeId: first.officeId });
    expect(officeMessages.__typename === 'OfficeMessages' && officeMessages.templates).toEqual([]);
  });

  it('refuses a link to a foreign host in a template and as the survey', async () => {
    expect(await save({ officeId: first.officeId }, 'reminder', 'Erinnerung', 'Mehr unter https://evil.example/termine')).toMatchObject({ __typename: 'LinkNotAllowed', code: 'LINK_NOT_ALLOWED', host: 'evil.example', field: 'body' });
    expect(await save({ organisationId }, 'reminder', 'Erinnerung', 'Mehr unter www.evil.example')).toMatchObject({ __typename: 'LinkNotAllowed', host: 'www.evil.example' });
    const { updateOfficeMessageSettings } = await api.admin(documents.settings, { input: { officeId: first.officeId, surveyUrl: 'https://survey.evil.example/x' } });
    expect(updateOfficeMessageSettings).toMatchObject({ __typename: 'LinkNotAllowed', host: 'survey.evil.example', field: 'surveyUrl' });
  });

  it('sends the office’s text over the organisation’s over ours, and a changed text with the next mail', async () => {
    const subjectOf = async (office: OfficeFixture, time: string, address: string) => {
      await book(office, time, { email: address });
      return (await mailsTo(address, 1))[0].subject;
    };
    expect(await subjectOf(first, berlin('03', '08:00'), 'builtin@example.org')).toBe('Ihr Termin am Dienstag, 3. März 2026 um 08:00');

    expect(await save({ organisationId }, 'confirmed', 'Land: Termin {{number}} am {{time}}', 'Guten Tag,\n\nIhr Termin bei {{office}}.\n\nAbsagen: {{cancelUrl}}')).toMatchObject({ __typename: 'MessageTemplateText' });
    expect(await subjectOf(first, berlin('03', '08:10'), 'organisation-first@example.org')).toMatch(/^Land: Termin \d+ am Dienstag, 3\. März 2026 um 08:10$/);
    expect(await subjectOf(second, berlin('03', '08:10'), 'organisation-second@example.org')).toMatch(/^Land: Termin \d+/);

    expect(await save({ officeId: first.officeId }, 'confirmed', 'Amt: {{number}}', 'Bis bald bei {{office}}. {{manageUrl}}')).toMatchObject({ __typename: 'MessageTemplateText' });
    const [own] = await (async () => {
      await book(first, berlin('03', '08:20'), { email: 'office-first@example.org' });
      return mailsTo('office-first@example.org', 1);
    })();
    expect(own.subject).toMatch(/^Amt: \d+$/);
    expect(own.text).toContain('Bis bald bei Bürgeramt Vorlagen. https://termine.berlin.example/portal/manage#number=');
    expect(await subjectOf(second, berlin('03', '08:20'), 'office-second@example.org')).toMatch(/^Land: Termin/);

    await save({ officeId: first.officeId }, 'confirmed', 'Geändert: {{number}}', 'Neu.');
    expect(await subjectOf(first, berlin('03', '08:30'), 'changed@example.org')).toMatch(/^Geändert: \d+$/);

    const { previewMessage } = await api.admin(documents.preview, { input: { officeId: first.officeId, kind: 'confirmed' as never, language: 'de' as never } });
    expect(previewMessage).toMatchObject({ __typename: 'MessagePreview', source: 'OFFICE', subject: 'Geändert: 100123' });
    expect((await api.admin(documents.remove, { input: { officeId: first.officeId, kind: 'confirmed' as never, language: 'de' as never } })).removeMessageTemplate.__typename).toBe('MessageTemplateText');
    expect(await subjectOf(first, berlin('03', '08:40'), 'removed@example.org')).toMatch(/^Land: Termin/);
    // Other languages keep ours.
    await book(first, berlin('03', '08:50'), { email: 'english@example.org' }, { language: 'en' });
    expect((await mailsTo('english@example.org', 1))[0].subject).toBe('Your appointment on Tuesday, 3 March 2026 at 08:50');
  });

  it('escapes placeholder values in the HTML part and makes no HTML of the template’s own', async () => {
    await save({ officeId: second.officeId }, 'confirmed', 'Termin {{number}}', 'Hallo {{name}},\n\n<b>fett</b> & {{cancelUrl}}');
    await book(second, berlin('03', '09:00'), { name: '<script>alert(1)</script>', email: 'script@example.org' });
    const [sent] = await mailsTo('script@example.org', 1);
    expect(sent.html).toContain('Hallo &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(sent.html).not.toContain('<script>');
    expect(sent.html).toContain('&lt;b&gt;fett&lt;/b&gt; &amp; <a href="https://termine.berlin.example/portal/cancel#token=');
    expect(sent.text).toContain('Hallo <script>alert(1)</script>,');
  });

  it('sends the office a copy of bookings and cancellations when it set an address, and none otherwise', async () => {
    const { updateOfficeMessageSettings } = await api.admin(documents.settings, { input: { officeId: second.officeId, copyEmail: 'buergeramt-erbe@berlin.example' } });
    expect(updateOfficeMessageSettings).toMatchObject({ __typename: 'OfficeMessages', copyEmail: 'buergeramt-erbe@berlin.example' });
    const booked = await book(second, berlin('03', '09:10'), { name: 'Ada Lovelace', email: 'copied@example.org', phone: '030 1234567' });
    const [copy] = await mailsTo('buergeramt-erbe@berlin.example', 1);
    expect(copy.subject).toBe(`Neue Buchung ${booked.appointment.number}: Dienstag, 3. März 2026 um 09:10`);
    expect(copy.text).toContain('Name: Ada Lovelace');
    expect(copy.text).toContain('E-Mail: copied@example.org');
    await api.data(op.cancelAppointment, { input: { number: booked.appointment.number, secret: booked.secret } });
    const copies = await mailsTo('buergeramt-erbe@berlin.example', 2);
    expect(copies[1].subject).toBe(`Absage ${booked.appointment.number}: Dienstag, 3. März 2026 um 09:10`);
    // The first office set no address: its bookings send no copy.
    await book(first, berlin('03', '09:10'), { email: 'uncopied@example.org' });
    await mailsTo('uncopied@example.org', 1);
    expect(mail.received.filter((received) => received.to.includes('buergeramt-erbe@berlin.example'))).toHaveLength(2);
  });

  it('reminds at the office’s times rather than the installation’s', async () => {
    const { updateOfficeMessageSettings } = await api.admin(documents.settings, { input: { officeId: first.officeId, reminderOffsetsMinutes: [30, 2880] } });
    expect(updateOfficeMessageSettings).toMatchObject({ __typename: 'OfficeMessages', reminderOffsetsMinutes: [2880, 30] });
    await save({ officeId: first.officeId }, 'reminder', 'Amt erinnert: {{time}}', 'Absagen: {{cancelUrl}}');
    const start = berlin('05', '09:00');
    await book(first, start, { email: 'reminded@example.org' });
    await mailsTo('reminded@example.org', 1);
    const before = (minutes: number) => new Date(new Date(start).getTime() - minutes * 60_000);

    await api.setClock(before(2880 - 1));
    const [, twoDays] = await mailsTo('reminded@example.org', 2);
    expect(twoDays.subject).toBe('Amt erinnert: Donnerstag, 5. März 2026 um 09:00');
    // The installation's day-before and two-hours reminders do not come.
    await api.setClock(before(120 - 1));
    await api.runJobs();
    await api.runJobs();
    expect(mail.received.filter((received) => received.to.includes('reminded@example.org'))).toHaveLength(2);
    await api.setClock(before(30 - 1));
    expect(await mailsTo('reminded@example.org', 3)).toHaveLength(3);
  });

  it('sends the survey after a finished visit where the office set one, once', async () => {
    await api.setClock(berlin('02', '09:00'));
    api.adminToken = await api.login(adminUsername, adminPassword);
    const { updateOfficeMessageSettings } = await api.admin(documents.settings, { input: { officeId: second.officeId, surveyUrl: 'https://umfrage.berlin.de/zms?amt=erbe' } });
    expect(updateOfficeMessageSettings).toMatchObject({ __typename: 'OfficeMessages', surveyUrl: 'https://umfrage.berlin.de/zms?amt=erbe' });
    const visit = await book(second, berlin('04', '10:00'), { email: 'visitor@example.org' });
    await mailsTo('visitor@example.org', 1);

    await api.setClock(berlin('04', '09:55'));
    api.adminToken = await api.login(adminUsername, adminPassword);
    const { createCounter } = await api.admin(documents.createCounter, { input: { officeId: second.officeId, name: 'Schalter 1' } });
    await api.admin(documents.signInAtCounter, { input: { counterId: createCounter.id } });
    const { checkIn } = await api.admin(documents.checkIn, { input: { officeId: second.officeId, number: visit.appointment.number } });
    if (checkIn.__typename !== 'QueueEntry') throw new Error(`check-in refused: ${checkIn.__typename}`);
    await api.admin(documents.call, { input: { entryId: checkIn.id } });
    await api.admin(documents.start, { input: { entryId: checkIn.id } });
    await api.runJobs();
    const beforeFinish = mail.received.filter((received) => received.to.includes('visitor@example.org')).length;
    await api.setClock(berlin('04', '10:10'));
    expect((await api.admin(documents.finish, { input: { entryId: checkIn.id, servedServiceIds: [second.shortServiceId] } })).finishService.__typename).toBe('QueueEntry');
    const mails = await mailsTo('visitor@example.org', beforeFinish + 1);
    const survey = mails[mails.length - 1];
    expect(survey.subject).toBe('Wie war Ihr Besuch bei Bürgeramt Erbe?');
    expect(survey.text).toContain('Zur Umfrage: https://umfrage.berlin.de/zms?amt=erbe');
    expect(survey.html).toContain('href="https://umfrage.berlin.de/zms?amt=erbe"');
  });
});
