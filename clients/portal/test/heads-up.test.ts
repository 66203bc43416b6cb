import { createECDH, randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { checkScreen } from './portal-test-kit';

const suite = 'portal-heads-up';
/** A Tuesday, 10:00 in Berlin. */
const now = '2026-12-01T09:00:00.000Z';

/** What the stubbed browser answers: a subscription as a push service would give it, with a real P-256 key. */
const stubbedSubscription = { endpoint: 'https://push.example.org/send/browser-1', p256dh: createECDH('prime256v1').generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };

describeInBrowser('portal: told when the turn nears', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(now), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Wedding');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const issueTicket = async () =>
    (
      await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { secret statusUrl entry { id displayNumber } } } }`, {
        input: { officeId: office.officeId, serviceIds: [office.shortServiceId] },
      })
    ).issueTicket;

  it('leaves a phone number and subscribes this browser from the status page', async () => {
    for (let ahead = 0; ahead < 4; ahead++) await issueTicket();
    const ticket = await issueTicket();
    const { context, page, problems } = await openPage(browser, 'phone');
    // Headless Chromium has no push service: the service worker and PushManager answer as a browser would.
    await context.addInitScript((subscription) => {
      const calls: { registered?: string; serverKey?: number[] } = {};
      (window as unknown as { pushStub: typeof calls }).pushStub = calls;
      Object.defineProperty(Notification, 'requestPermission', { value: async () => 'granted' });
      const registration = {
        pushManager: {
          getSubscription: async () => null,
          subscribe: async (options: { applicationServerKey: Uint8Array }) => {
            calls.serverKey = [...new Uint8Array(options.applicationServerKey)];
            return { endpoint: subscription.endpoint, toJSON: () => ({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }) };
          },
        },
      };
      Object.defineProperty(navigator, 'serviceWorker', {
        value: {
          register: async (url: string) => {
            calls.registered = url;
            return registration;
          },
          ready: Promise.resolve(registration),
        },
      });
    }, stubbedSubscription);
    await page.goto(`${api.url}/portal/status${new URL(ticket.statusUrl).hash}`);
    const section = page.getByTestId('heads-up');
    await section.waitFor();
    await checkScreen(page, suite, '1-offered');

    await page.getByLabel('Handynummer für eine SMS (freiwillig)').fill('ruf mich an');
    await page.getByRole('button', { name: 'Benachrichtigung speichern' }).click();
    await page.getByText('Bitte geben Sie eine Handynummer mit Vorwahl ein.').waitFor();
    expect(await page.getByLabel('Handynummer für eine SMS (freiwillig)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Handynummer für eine SMS (freiwillig)').fill('0170 1234567');
    await page.getByLabel('Handynummer für eine SMS (freiwillig)').press('Enter');
    await page.getByText('Gespeichert. Wir melden uns einmal, kurz bevor Sie dran sind.').waitFor();

    await page.getByRole('button', { name: 'In diesem Browser benachrichtigen' }).click();
    await page.getByText('Dieser Browser wird benachrichtigt.').waitFor();
    await checkScreen(page, suite, '2-subscribed');

    const { webPushPublicKey } = await api.admin(`{ webPushPublicKey }`);
    const stub = await page.evaluate(() => (window as unknown as { pushStub: { registered?: string; serverKey?: number[] } }).pushStub);
    expect(stub.registered).toBe('/portal/heads-up-sw.js');
    expect(Buffer.from(stub.serverKey!).toString('base64url')).toBe(webPushPublicKey);
    const stored = await api.app.orm.em
      .fork()
      .execute('select t.phone, s.endpoint, s.p256dh, s.auth from ticket_push_subscription s join ticket_contact t on t.entry_id = s.entry_id where s.entry_id = ?', [api.databaseKey(ticket.entry.id)]);
    expect(stored).toEqual([{ phone: '+491701234567', ...stubbedSubscription }]);
    expect(problems).toEqual([]);
  });
});
