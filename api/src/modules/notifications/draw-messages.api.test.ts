import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCallerForDraw } from '../../../../clients/sdk/examples/hotline-draw';
import { DrawRegistrationDocument, DrawsDocument, createZmsClient } from '../../../../clients/sdk/src/index';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin. Registration is open until Wednesday 09:00, when the draw
// runs over the slots of the week after.
const monday = '2026-03-02T08:00:00Z';
const closesAt = '2026-03-04T08:00:00Z';

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;
let drawId: string;
const sms: { to: string; text: string }[] = [];
let smsEndpoint: http.Server;

const setMode = graphql(`
  mutation DrawMessagesSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
    setServiceReleaseMode(input: $input) {
      __typename
    }
  }
`);
const scheduleDraw = graphql(`
  mutation DrawMessagesScheduleDraw($input: ScheduleDrawInput!) {
    scheduleDraw(input: $input) {
      __typename
      ... on Draw {
        id
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);
const register = graphql(`
  mutation DrawMessagesRegisterForDraw($input: RegisterForDrawInput!) {
    registerForDraw(input: $input) {
      __typename
      ... on DrawRegistered {
        statusToken
        registration {
          id
          status
        }
      }
      ... on InvalidInput {
        problems
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const verify = graphql(`
  mutation DrawMessagesVerifyDrawRegistration($token: String!, $code: String) {
    verifyDrawRegistration(token: $token, code: $code) {
      __typename
      ... on DrawRegistrationView {
        status
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const offer = graphql(`
  query DrawMessagesDrawOffer($token: String!) {
    drawOffer(token: $token) {
      status
      start
      persons
    }
  }
`);
const registration = graphql(`
  query DrawMessagesDrawRegistration($token: String!) {
    drawRegistration(token: $token) {
      id
      status
    }
  }
`);
const saveTemplate = graphql(`
  mutation DrawMessagesSaveMessageTemplate($input: SaveMessageTemplateInput!) {
    saveMessageTemplate(input: $input) {
      __typename
    }
  }
`);
const removeTemplate = graphql(`
  mutation DrawMessagesRemoveMessageTemplate($input: MessageTemplateScopeInput!) {
    removeMessageTemplate(input: $input) {
      __typename
    }
  }
`);
const preview = graphql(`
  query DrawMessagesPreviewMessage($input: PreviewMessageInput!) {
    previewMessage(input: $input) {
      __typename
      ... on MessagePreview {
        source
        subject
        text
      }
    }
  }
`);
const createApiKey = graphql(`
  mutation DrawMessagesCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        key
      }
    }
  }
`);

/** Runs due jobs (the draw's, the outbox worker) until the mails satisfy `predicate`. */
async function deliveredUntil(predicate: (mails: ReceivedMail[]) => boolean): Promise<void> {
  for (let round = 0; round < 20 && !predicate(mail.received); round++) {
    await api.runJobs();
    await mail.waitFor(predicate, 250);
  }
  expect(predicate(mail.received), 'the mails expected did not arrive').toBe(true);
}

function mailsTo(address: string): ReceivedMail[] {
  return mail.received.filter((received) => received.to.includes(address));
}

function linkToken(text: string, page: string): string {
  const match = new RegExp(`https://termine\\.berlin\\.example/portal/${page}#token=([A-Za-z0-9._-]+)`).exec(text);
  if (!match) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
}

async function registerCitizen(contact: { name: string; email: string; phone?: string }, extra: Record<string, unknown> = {}) {
  const { registerForDraw } = await api.data(register, {
    input: { drawId, officeIds: [office.officeId], dateFrom: '2026-03-09', dateTo: '2026-03-13', persons: 1, contact, rollOver: false, ...extra },
  });
  if (registerForDraw.__typename !== 'DrawRegistered') throw new Error(`registerForDraw: ${JSON.stringify(registerForDraw)}`);
  return registerForDraw;
}

beforeAll(async () => {
  mail = await startMailServer();
  smsEndpoint = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      sms.push(JSON.parse(body));
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
  office = await createOffice(api, 'Bürgeramt Losung', { publicCounters: 1 });
  expect((await api.admin(setMode, { input: { officeId: office.officeId, serviceId: office.shortServiceId, mode: 'draw' } })).setServiceReleaseMode.__typename).toBe('ServiceRelease');
  const { scheduleDraw: scheduled } = await api.admin(scheduleDraw, {
    input: { serviceId: office.shortServiceId, officeIds: [office.officeId], registrationOpensAt: monday, registrationClosesAt: closesAt, slotsFrom: '2026-03-09', slotsTo: '2026-03-13' },
  });
  if (scheduled.__typename !== 'Draw') throw new Error(`scheduleDraw: ${JSON.stringify(scheduled)}`);
  drawId = scheduled.id;
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
  await new Promise((resolve) => smsEndpoint?.close(resolve));
});

describe("the draw's messages through the API", () => {
  it('mails a registration the link that confirms it and the status link, and no SMS without a phone', async () => {
    const registered = await registerCitizen({ name: 'Ada Lovelace', email: 'ada@example.org' });
    await deliveredUntil(() => mailsTo('ada@example.org').length > 0);
    const [message] = mailsTo('ada@example.org');
    expect(message.subject).toBe('Bitte bestätigen Sie Ihre Registrierung für die Verlosung: Bürgeramt Losung: Anmeldung');
    expect(message.text).toMatch(/^Guten Tag Ada Lovelace,/);
    expect(message.text).toContain('(Bürgeramt Losung; ');
    expect(message.text).toContain('bis Mittwoch, 4. März 2026 um 09:00');
    // The status link is the one the registration answered; the verify link confirms it.
    expect(linkToken(message.text, 'draw/status')).toBe(registered.statusToken);
    const { verifyDrawRegistration } = await api.data(verify, { token: linkToken(message.text, 'draw/verify') });
    expect(verifyDrawRegistration).toEqual({ __typename: 'DrawRegistrationView', status: 'registered' });
    expect(sms).toEqual([]);
    // Once per registration, whatever runs again.
    await api.runJobs();
    expect(mailsTo('ada@example.org')).toHaveLength(1);
  });

  it('sends the SMS code to a phone, never in the mail, and the code confirms with the status token', async () => {
    const registered = await registerCitizen({ name: 'Grace Hopper', email: 'grace@example.org', phone: '0151 2345678' }, { language: 'en' });
    await deliveredUntil(() => mailsTo('grace@example.org').length > 0);
    await expect.poll(() => sms.filter((sent) => sent.to === '0151 2345678')).toHaveLength(1);
    const [text] = sms.filter((sent) => sent.to === '0151 2345678').map((sent) => sent.text);
    const code = /Your confirmation code: (\d{6})\./.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(linkToken(text, 'draw/status')).toBe(registered.statusToken);
    const [message] = mailsTo('grace@example.org');
    expect(message.subject).toBe('Please confirm your registration for the draw: Bürgeramt Losung: Anmeldung');
    expect(message.text).not.toContain(code!);
    const { verifyDrawRegistration } = await api.data(verify, { token: registered.statusToken, code: code! });
    expect(verifyDrawRegistration).toEqual({ __typename: 'DrawRegistrationView', status: 'registered' });
  });

  it("sends an office's own wording of the registration mail, while the SMS with the code stays ours", async () => {
    const wording = { officeId: office.officeId, kind: 'drawVerify' as const, language: 'de' as const };
    const saved = await api.admin(saveTemplate, {
      input: { ...wording, subject: 'Losverfahren {{service}}', body: 'Hallo {{name}},\n\nbitte bis {{closesAt}} bestätigen: {{verifyUrl}}\n\nIhr Stand: {{statusUrl}}' },
    });
    expect(saved.saveMessageTemplate.__typename).toBe('MessageTemplateText');
    try {
      const registered = await registerCitizen({ name: 'Hedy Lamarr', email: 'hedy@example.org', phone: '0157 1111111' });
      await deliveredUntil(() => mailsTo('hedy@example.org').length > 0);
      const [message] = mailsTo('hedy@example.org');
      expect(message.subject).toBe('Losverfahren Bürgeramt Losung: Anmeldung');
      expect(message.text).toContain('Hallo Hedy Lamarr,');
      expect(message.text).toContain('bitte bis Mittwoch, 4. März 2026 um 09:00 bestätigen: https://termine.berlin.example/portal/draw/verify#token=');
      expect(linkToken(message.text, 'draw/status')).toBe(registered.statusToken);
      await expect.poll(() => sms.filter((sent) => sent.to === '0157 1111111')).toHaveLength(1);
      expect(sms.find((sent) => sent.to === '0157 1111111')!.text).toMatch(/^Bitte bestätigen Sie Ihre Registrierung für die Verlosung: Bürgeramt Losung: Anmeldung\. Ihr Bestätigungscode: \d{6}\. /);
    } finally {
      await api.admin(removeTemplate, { input: wording });
    }
  });

  it('previews each of the three messages with made-up facts for an admin who words them', async () => {
    const subjects: Record<string, RegExp> = {
      drawVerify: /^Please confirm your registration for the draw: /,
      drawOffer: /^Your appointment from the draw: /,
      drawUnmatched: /^No appointment from the draw this time: /,
    };
    for (const [kind, subject] of Object.entries(subjects)) {
      const { previewMessage } = await api.admin(preview, { input: { officeId: office.officeId, kind: kind as 'drawVerify', language: 'en' } });
      expect(previewMessage).toMatchObject({ __typename: 'MessagePreview', source: 'BUILT_IN', subject: expect.stringMatching(subject) });
      expect(previewMessage.__typename === 'MessagePreview' && previewMessage.text).toContain('https://termine.berlin.example/portal/draw/');
    }
  });

  it("lets a citizen's front end without a key read the draws and its registration with the SDK's documents", async () => {
    const zms = createZmsClient({ url: `${api.url}/graphql` });
    const { draws } = await zms.request(DrawsDocument, { serviceId: office.shortServiceId });
    expect(draws.map((draw) => ({ id: draw.id, status: draw.status, seed: draw.seed }))).toEqual([{ id: drawId, status: 'open', seed: null }]);
    const [mailed] = mailsTo('ada@example.org');
    const { drawRegistration } = await zms.request(DrawRegistrationDocument, { token: linkToken(mailed.text, 'draw/status') });
    expect(drawRegistration).toMatchObject({ status: 'registered', offices: [{ id: office.officeId }], draw: { id: drawId } });
    await zms.dispose();
  });

  it('lets the 115 register a caller through the SDK example with its usual key, confirmed with the SMS code the caller reads out', async () => {
    const { createApiKey: created } = await api.admin(createApiKey, { input: { name: '115 Berlin', level: 'callcenter' } });
    const lines: string[] = [];
    const result = await registerCallerForDraw({
      url: `${api.url}/graphql`,
      apiKey: created.key,
      serviceName: 'Bürgeramt Losung: Anmeldung',
      caller: { name: 'Katherine Johnson', email: 'katherine@example.org', phone: '0152 3456789' },
      rollOver: false,
      // The caller reads the code of the SMS that reached their phone meanwhile.
      askForCode: async () => {
        await api.runJobs();
        await expect.poll(() => sms.some((sent) => sent.to === '0152 3456789')).toBe(true);
        return /Ihr Bestätigungscode: (\d{6})\./.exec(sms.find((sent) => sent.to === '0152 3456789')!.text)![1];
      },
      log: (line) => lines.push(line),
    });
    expect(result.status).toBe('registered');
    expect(lines.join('\n')).toMatch(/registered Katherine Johnson[\s\S]*confirmed with the SMS code/);
    const [row] = await api.app.orm.em.fork().execute<{ channel: string; contact_name: string }[]>('select channel, contact_name from draw_registration where contact_email = ?', ['katherine@example.org']);
    expect(row).toEqual({ channel: 'hotline', contact_name: 'Katherine Johnson' });
    await deliveredUntil(() => mailsTo('katherine@example.org').length > 0);
    expect(mailsTo('katherine@example.org')[0].subject).toContain('Verlosung');
  });

  it('offers the won slot by mail and SMS after the draw, and tells the one who fits no slot when it is released', async () => {
    // Office hours end at 12:00: an afternoon window fits no slot of the draw.
    const afternoon = { timeWindows: [{ from: '14:00', to: '16:00' }] };
    const ended = await registerCitizen({ name: 'Emmy Noether', email: 'emmy@example.org' }, afternoon);
    const rolling = await registerCitizen({ name: 'Lise Meitner', email: 'lise@example.org' }, { ...afternoon, rollOver: true, language: 'pl' });
    await deliveredUntil(() => mailsTo('emmy@example.org').length > 0 && mailsTo('lise@example.org').length > 0);
    for (const address of ['emmy@example.org', 'lise@example.org']) {
      expect((await api.data(verify, { token: linkToken(mailsTo(address)[0].text, 'draw/verify') })).verifyDrawRegistration.__typename).toBe('DrawRegistrationView');
    }

    await api.setClock(closesAt);
    await deliveredUntil(() => ['ada@example.org', 'grace@example.org', 'katherine@example.org'].every((address) => mailsTo(address).length > 1));
    const won = mailsTo('grace@example.org')[1];
    expect(won.subject).toMatch(/^Your appointment from the draw: Monday, 9 March 2026 at \d\d:\d\d$/);
    expect(won.text).toMatch(/^Hello Grace Hopper,/);
    expect(won.text).toContain('Persons: 1');
    const { drawOffer } = await api.data(offer, { token: linkToken(won.text, 'draw/offer') });
    expect(drawOffer).toMatchObject({ status: 'open', persons: 1 });
    await expect.poll(() => sms.filter((sent) => sent.to === '0151 2345678')).toHaveLength(2);
    expect(sms.filter((sent) => sent.to === '0151 2345678')[1].text).toContain('Accept or decline: https://termine.berlin.example/portal/draw/offer#token=');
    expect(mailsTo('emmy@example.org')).toHaveLength(1);

    // The release: offering ends (the draw's default, 3 × 24 hours after it), the afternoon entry is told.
    await api.setClock(new Date(Date.parse(closesAt) + 72 * 3_600_000));
    await deliveredUntil(() => mailsTo('emmy@example.org').length > 1 && mailsTo('lise@example.org').length > 1);
    const unmatched = mailsTo('emmy@example.org')[1];
    expect(unmatched.subject).toBe('Diesmal kein Termin aus der Verlosung: Bürgeramt Losung: Anmeldung');
    expect(unmatched.text).toContain('Ihre Registrierung ist damit beendet.');
    const { drawRegistration } = await api.data(registration, { token: linkToken(unmatched.text, 'draw/status') });
    expect(drawRegistration).toEqual({ id: ended.registration.id, status: 'unmatched' });
    // In Polish, and on to the next draw (none is scheduled yet: it waits for one).
    const rolledOver = mailsTo('lise@example.org')[1];
    expect(rolledOver.subject).toBe('Tym razem bez wizyty z losowania: Bürgeramt Losung: Anmeldung');
    expect(rolledOver.text).toContain('Zgłoszenie automatycznie weźmie udział w następnym losowaniu');
    expect((await api.data(registration, { token: linkToken(rolledOver.text, 'draw/status') })).drawRegistration).toEqual({ id: rolling.registration.id, status: 'rolledOver' });
  });
});
