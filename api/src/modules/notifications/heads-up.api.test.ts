import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

// http_ece comes with web-push and has no types: decrypt as a browser does (RFC 8188, aes128gcm).
const ece = createRequire(import.meta.url)('http_ece') as { decrypt(body: Buffer, params: { version: string; privateKey: ReturnType<typeof createECDH>; authSecret: Buffer }): Buffer };

// Monday 2 March 2026, 09:00 in Berlin.
const monday = '2026-03-02T08:00:00Z';
const afterMidnight = '2026-03-02T23:30:00Z';

let api: TestApi;
let mail: MailServer;
const sms: { to: string; text: string }[] = [];
let smsEndpoint: http.Server;

interface PushReceived {
  path: string;
  authorization: string;
  encoding: string | undefined;
  body: Buffer;
}
const pushes: PushReceived[] = [];
let pushEndpoint: http.Server;
let pushBase: string;

const leaveContact = graphql(`
  mutation HeadsUpLeaveTicketContact($input: LeaveTicketContactInput!) {
    leaveTicketContact(input: $input) {
      __typename
      ... on TicketContact {
        email
        phone
        language
        browserNotifications
      }
      ... on InvalidInput {
        problems
        fieldProblems {
          field
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

const contactOf = graphql(`
  query HeadsUpTicketContact($input: QueueAccessInput!) {
    ticketContact(input: $input) {
      email
      phone
      browserNotifications
    }
  }
`);

const publicKey = graphql(`
  query HeadsUpWebPushPublicKey {
    webPushPublicKey
  }
`);

const subscribe = graphql(`
  mutation HeadsUpSubscribeTicketPush($input: SubscribeTicketPushInput!) {
    subscribeTicketPush(input: $input) {
      __typename
      ... on TicketContact {
        browserNotifications
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const issueTicket = `mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { secret entry { id displayNumber } } } }`;
const callNext = `mutation { callNext { __typename ... on QueueEntry { displayNumber } } }`;

async function openCounter(office: OfficeFixture, name: string): Promise<void> {
  const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: office.officeId, name } });
  await api.admin(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: createCounter.id } });
}

async function tickets(office: OfficeFixture, count: number): Promise<{ id: string; number: string; secret: string }[]> {
  const drawn = [];
  for (let index = 0; index < count; index++) {
    const { issueTicket: ticket } = await api.admin(issueTicket, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } });
    drawn.push({ id: ticket.entry.id, number: ticket.entry.displayNumber, secret: ticket.secret });
  }
  return drawn;
}

const headsUpMails = () => mail.received.filter((received) => received.subject.startsWith('Gleich sind Sie dran'));

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
  pushEndpoint = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      pushes.push({ path: request.url!, authorization: request.headers.authorization ?? '', encoding: request.headers['content-encoding'], body: Buffer.concat(chunks) });
      response.writeHead(request.url!.startsWith('/gone') ? 410 : 201).end();
    });
  });
  await new Promise<void>((resolve) => pushEndpoint.listen(0, '127.0.0.1', resolve));
  pushBase = `http://127.0.0.1:${(pushEndpoint.address() as AddressInfo).port}`;
  api = await startTestApi(monday, {
    SMTP_URL: mail.url,
    SMS_PROVIDER_URL: `http://127.0.0.1:${(smsEndpoint.address() as AddressInfo).port}/messages`,
    PUBLIC_BASE_URL: 'https://termine.berlin.example',
  });
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
  await new Promise((resolve) => smsEndpoint?.close(resolve));
  await new Promise((resolve) => pushEndpoint?.close(resolve));
});

describe('walk-ins told when their turn nears', () => {
  it('sends one SMS and one mail when two are ahead, none after the call, and forgets the contact at day end', async () => {
    const office = await createOffice(api, 'Bürgeramt Kurzweil');
    await openCounter(office, 'Platz 1');
    const drawn = await tickets(office, 6);
    const [, , , , texted, mailed] = drawn;

    const wrongSecret = await api.data(leaveContact, { input: { number: texted.number, secret: 'not-the-secret', phone: '030 1234567', language: 'de' } });
    expect(wrongSecret.leaveTicketContact).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    const badNumber = await api.data(leaveContact, { input: { number: texted.number, secret: texted.secret, phone: 'call me', language: 'de' } });
    expect(badNumber.leaveTicketContact).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'phone' }] });
    const noAreaCode = await api.data(leaveContact, { input: { number: texted.number, secret: texted.secret, phone: '1234567', language: 'de' } });
    expect(noAreaCode.leaveTicketContact.__typename).toBe('InvalidInput');

    const left = await api.data(leaveContact, { input: { number: texted.number, secret: texted.secret, phone: '030 / 123 45-67', language: 'de' } });
    expect(left.leaveTicketContact).toEqual({ __typename: 'TicketContact', email: null, phone: '+49301234567', language: 'de', browserNotifications: 0 });
    // Staff enter the other walk-in's address at the counter.
    const { setTicketContact } = await api.admin(`mutation ($input: SetTicketContactInput!) { setTicketContact(input: $input) { __typename ... on TicketContact { email } } }`, {
      input: { entryId: mailed.id, email: 'wartend@example.org', language: 'de' },
    });
    expect(setTicketContact).toEqual({ __typename: 'TicketContact', email: 'wartend@example.org' });

    // Four ahead of the texted walk-in, then three: nothing yet.
    expect((await api.admin(callNext)).callNext.displayNumber).toBe(drawn[0].number);
    await api.runJobs();
    expect(sms).toEqual([]);
    // Two ahead: the SMS.
    await api.admin(callNext);
    await api.runJobs();
    expect(sms).toEqual([{ from: 'Termine', to: '+49301234567', text: expect.stringContaining(texted.number), reference: expect.any(String) }]);
    expect(headsUpMails()).toEqual([]);
    // One ahead of the texted, two ahead of the mailed: the mail, and no second SMS.
    await api.admin(callNext);
    await api.runJobs();
    await mail.waitFor(() => headsUpMails().length === 1);
    expect(headsUpMails()[0].to).toEqual(['wartend@example.org']);
    // Both are called; calls after theirs tell them nothing more.
    for (let call = 0; call < 3; call++) await api.admin(callNext);
    await api.runJobs();
    expect(sms).toHaveLength(1);
    expect(headsUpMails()).toHaveLength(1);

    const em = api.app.orm.em.fork();
    expect(await em.execute('select entry_id from ticket_contact where entry_id = any(?::bigint[])', [`{${api.databaseKey(texted.id)},${api.databaseKey(mailed.id)}}`])).toHaveLength(2);
    await api.setClock(afterMidnight);
    await api.runJobs();
    expect(await em.execute(`select entry_id from ticket_contact where entry_id = any(?::bigint[])`, [`{${api.databaseKey(texted.id)},${api.databaseKey(mailed.id)}}`])).toEqual([]);
    // The number is gone from the sent notices too.
    expect(await em.execute(`select id from outbox_message where recipient in ('+49301234567', 'wartend@example.org')`)).toEqual([]);
    await api.setClock(monday);
  });

  it('notifies a subscribed browser through Web Push, signed with VAPID and encrypted to it; a 410 ends the subscription', async () => {
    const office = await createOffice(api, 'Bürgeramt Browser');
    await openCounter(office, 'Platz 1');
    const [, , , near, gone] = await tickets(office, 5);
    const { webPushPublicKey } = await api.data(publicKey);
    expect(Buffer.from(webPushPublicKey!, 'base64url')).toHaveLength(65);

    // A browser's subscription: its own P-256 key pair and 16-byte secret.
    const browser = createECDH('prime256v1');
    const browserKey = browser.generateKeys();
    const authSecret = randomBytes(16);
    const subscription = { endpoint: `${pushBase}/push/near`, p256dh: browserKey.toString('base64url'), auth: authSecret.toString('base64url') };
    const refused = await api.data(subscribe, { input: { number: near.number, secret: near.secret, ...subscription, p256dh: 'AAAA' } });
    expect(refused.subscribeTicketPush.__typename).toBe('InvalidInput');
    // Three ahead: stored, not sent yet.
    const stored = await api.data(subscribe, { input: { number: near.number, secret: near.secret, ...subscription } });
    expect(stored.subscribeTicketPush).toEqual({ __typename: 'TicketContact', browserNotifications: 1 });
    await api.runJobs();
    expect(pushes).toEqual([]);

    await api.admin(callNext);
    await api.runJobs();
    expect(pushes.map((push) => push.path)).toEqual(['/push/near']);
    const [push] = pushes;
    expect(push.encoding).toBe('aes128gcm');
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(push.authorization)!;
    expect(key).toBe(webPushPublicKey);
    const [header, claims, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    const point = Buffer.from(key, 'base64url');
    const vapidKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${header}.${claims}`), { key: vapidKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);
    const claimed = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; exp: number; sub: string };
    expect(claimed.aud).toBe(pushBase);
    expect(claimed.exp * 1000).toBeGreaterThan(Date.now());
    const payload = JSON.parse(ece.decrypt(push.body, { version: 'aes128gcm', privateKey: browser, authSecret }).toString()) as { title: string; body: string; url: string };
    expect(payload).toEqual({ title: expect.stringContaining('Gleich sind Sie dran'), body: expect.stringContaining(near.number), url: 'https://termine.berlin.example/portal/status' });

    // A browser the push service no longer knows: the subscription is removed.
    const goneBrowser = createECDH('prime256v1');
    await api.data(subscribe, { input: { number: gone.number, secret: gone.secret, endpoint: `${pushBase}/gone/1`, p256dh: goneBrowser.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') } });
    await api.admin(callNext);
    await api.runJobs();
    expect(pushes.map((received) => received.path)).toEqual(['/push/near', '/gone/1']);
    expect((await api.data(contactOf, { input: { number: gone.number, secret: gone.secret } })).ticketContact).toEqual({ email: null, phone: null, browserNotifications: 0 });
    expect((await api.data(contactOf, { input: { number: near.number, secret: near.secret } })).ticketContact?.browserNotifications).toBe(1);
  });
});
