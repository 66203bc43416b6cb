import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { sqlInstant } from '../../platform/sql';

/** One POST the receiver got. */
interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What the receiver answers on a path: a status, or holding the request open. */
type Answer = number | 'hold';

/** A local HTTP receiver, as a specialist system would run one. */
interface Receiver {
  url: string;
  received: Received[];
  answers: Map<string, Answer>;
  /** Called when a request is held open. */
  onHold: (() => void) | null;
  on(path: string): Received[];
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      receiver.received.push({ path, headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = receiver.answers.get(path) ?? 200;
      if (answer === 'hold') {
        held.push(response);
        receiver.onHold?.();
      } else response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: Receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: [],
    answers: new Map(),
    onHold: null,
    on: (path) => receiver.received.filter((request) => request.path === path),
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;
let receiver: Receiver;

const endpointFields = '__typename ... on RegisteredWebhookEndpoint { secret endpoint { id withContact } } ... on ErrorResult { code message }';

async function register(path: string, eventTypes: string[], token: string, contactEmail = 'integration@example.org'): Promise<{ id: string; secret: string; withContact: boolean }> {
  const { registerWebhookEndpoint } = await api.data(
    `mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { ${endpointFields} } }`,
    { input: { url: `${receiver.url}${path}`, eventTypes, contactEmail } },
    token,
  );
  expect(registerWebhookEndpoint.__typename).toBe('RegisteredWebhookEndpoint');
  return { id: registerWebhookEndpoint.endpoint.id, secret: registerWebhookEndpoint.secret, withContact: registerWebhookEndpoint.endpoint.withContact };
}

async function remove(endpointId: string, token = api.adminToken): Promise<void> {
  const { deleteWebhookEndpoint } = await api.data(`mutation ($input: WebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { __typename } }`, { input: { endpointId } }, token);
  expect(deleteWebhookEndpoint.__typename).toBe('DeletedWebhookEndpoint');
}

interface LogEntry {
  payload: string;
  delivery: { id: string; messageId: string; type: string; status: string; attempts: number };
  attempts: { succeeded: boolean; responseCode: number | null; durationMs: number; error: string | null }[];
}

async function deliveryLog(endpointId: string, token = api.adminToken): Promise<LogEntry[]> {
  const { webhookDeliveries } = await api.data(
    `query ($id: ID!) { webhookDeliveries(endpointId: $id) { __typename ... on WebhookDeliveryLog { total deliveries { payload delivery { id messageId type status attempts } attempts { succeeded responseCode durationMs error } } } } }`,
    { id: endpointId },
    token,
  );
  expect(webhookDeliveries.__typename).toBe('WebhookDeliveryLog');
  return webhookDeliveries.deliveries;
}

/** A payload as receivers parse it; its data is read field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data differs by type, and the test reads it field by field
type Payload = { type: string; timestamp: string; data: Record<string, any> };

/** The payload, once the library's reference check accepts its signature. */
function verified(request: Received, secret: string): Payload {
  return new Webhook(secret).verify(request.body, request.headers) as Payload;
}

async function book(start: string, contact: { name: string; email: string }, token?: string) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } }, token);
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot: ${reserveSlot.__typename}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token!, contact } }, token);
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment: ${confirmAppointment.__typename}`);
  return confirmAppointment;
}

async function createKey(level: 'public' | 'callcenter', name: string): Promise<string> {
  const { createApiKey } = await api.admin(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key } } }`, { input: { name, level } });
  return createApiKey.key;
}

let closureDay = 10;
async function changeCapacity(): Promise<void> {
  const { addClosure } = await api.admin(op.addClosure, { input: { officeId: office.officeId, date: `2026-03-${String(closureDay++).padStart(2, '0')}`, reason: 'Betriebsausflug' } });
  expect(addClosure.__typename).toBe('CapacityChange');
}

beforeAll(async () => {
  mail = await startMailServer();
  receiver = await startReceiver();
  api = await startTestApi('2026-03-02T08:00:00Z', { SMTP_URL: mail.url, WEBHOOK_DISABLE_AFTER_FAILURES: '3', WEBHOOK_TIMEOUT_MS: '5000' });
  office = await createOffice(api, 'Bürgeramt Webhooks');
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await receiver?.close();
  await mail?.close();
});

describe('an organisation admin’s endpoint', () => {
  it('gets each chosen fact once per successful delivery, signed, with contact data, and the log shows it', async () => {
    const endpoint = await register('/admin', ['appointmentConfirmed', 'appointmentCancelled', 'capacityChanged'], api.adminToken);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(endpoint.withContact).toBe(true);

    const confirmed = await book('2026-03-03T08:00:00.000Z', { name: 'Ada Lovelace', email: 'ada@example.org' });
    await api.runJobs();
    await api.runJobs();
    const [first] = receiver.on('/admin');
    expect(receiver.on('/admin')).toHaveLength(1);
    const payload = verified(first, endpoint.secret);
    expect(payload.type).toBe('appointment.confirmed');
    expect(payload.data.appointment).toMatchObject({ number: confirmed.appointment.number, status: 'confirmed', contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    // IDs leave opaque, as the API gives them: they name the appointment's row and its office's.
    const [row] = await api.app.orm.em.fork().execute<{ id: string; office_id: string }[]>('select id, office_id from appointment where number = ?', [confirmed.appointment.number]);
    expect(api.databaseKey(payload.data.appointment.id)).toBe(Number(row.id));
    expect(api.databaseKey(payload.data.appointment.officeId)).toBe(Number(row.office_id));
    expect(first.headers['webhook-id']).toMatch(/^msg_/);

    const { cancelAppointment } = await api.data(op.cancelAppointment, { input: { number: confirmed.appointment.number, secret: confirmed.secret } });
    expect(cancelAppointment.__typename).toBe('Appointment');
    await changeCapacity();
    await api.runJobs();
    const types = receiver.on('/admin').map((request) => verified(request, endpoint.secret).type);
    expect(types).toEqual(['appointment.confirmed', 'appointment.cancelled', 'capacity.changed']);
    expect(new Set(receiver.on('/admin').map((request) => request.headers['webhook-id'])).size).toBe(3);

    const log = await deliveryLog(endpoint.id);
    expect(log.map((entry) => [entry.delivery.type, entry.delivery.status, entry.attempts.map((attempt) => attempt.responseCode)])).toEqual([
      ['capacity.changed', 'delivered', [200]],
      ['appointment.cancelled', 'delivered', [200]],
      ['appointment.confirmed', 'delivered', [200]],
    ]);
    expect(log[2].delivery.messageId).toBe(first.headers['webhook-id']);
    expect(log[2].payload).toBe(first.body);

    // A replay sends the same delivery again: same webhook-id, same body, a valid signature.
    const { replayWebhookDelivery } = await api.data(
      `mutation ($input: WebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { __typename ... on WebhookDelivery { status } } }`,
      { input: { deliveryId: log[2].delivery.id } },
      api.adminToken,
    );
    expect(replayWebhookDelivery).toEqual({ __typename: 'WebhookDelivery', status: 'pending' });
    await api.runJobs();
    const replayed = receiver.on('/admin')[3];
    expect(replayed.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(replayed.body).toBe(first.body);
    expect(verified(replayed, endpoint.secret).type).toBe('appointment.confirmed');
    expect((await deliveryLog(endpoint.id))[2].attempts).toHaveLength(2);

    // The test ping goes the same way.
    const { pingWebhookEndpoint } = await api.data(`mutation ($input: WebhookEndpointInput!) { pingWebhookEndpoint(input: $input) { __typename ... on WebhookDelivery { type } } }`, { input: { endpointId: endpoint.id } }, api.adminToken);
    expect(pingWebhookEndpoint).toEqual({ __typename: 'WebhookDelivery', type: 'webhook.ping' });
    await api.runJobs();
    const ping = verified(receiver.on('/admin')[4], endpoint.secret);
    expect(ping.type).toBe('webhook.ping');
    const [endpointRow] = await api.app.orm.em.fork().execute<{ id: string }[]>('select id from webhook_endpoint where url = ?', [`${receiver.url}/admin`]);
    expect(api.databaseKey(ping.data.endpointId)).toBe(Number(endpointRow.id));
    expect(receiver.on('/admin')).toHaveLength(5);
    await remove(endpoint.id);
  });

  it('refuses URLs that are not http(s) and contacts that are no address, naming the fields', async () => {
    const { registerWebhookEndpoint } = await api.data(
      `mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { ${endpointFields} ... on InvalidInput { fieldProblems { field } } } }`,
      {
        input: { url: 'ftp://127.0.0.1/hook', eventTypes: ['capacityChanged'], contactEmail: 'not an address' },
      },
      api.adminToken,
    );
    expect(registerWebhookEndpoint).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'url' }, { field: 'contactEmail' }] });
  });
});

describe('failing endpoints', () => {
  it('are retried with backoff after a 500, disabled after the configured run of failures, their owner mailed, and catch up once enabled again', async () => {
    receiver.answers.set('/failing', 500);
    const endpoint = await register('/failing', ['capacityChanged'], api.adminToken, 'owner@example.org');
    await changeCapacity();
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(1);
    // Not before its time: the retry waits 30 seconds, the next one a minute.
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(1);
    await api.advanceClock(1);
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(2);
    await api.advanceClock(1);
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(3);
    expect(new Set(receiver.on('/failing').map((request) => request.headers['webhook-id'])).size).toBe(1);
    for (const request of receiver.on('/failing')) expect(verified(request, endpoint.secret).type).toBe('capacity.changed');

    // The third failure in a row disabled it, and its owner hears of it by mail.
    const { webhookEndpoints } = await api.data(`{ webhookEndpoints { id disabledAt consecutiveFailures } }`, {}, api.adminToken);
    expect(webhookEndpoints.find((listed: { id: string }) => listed.id === endpoint.id)).toMatchObject({ disabledAt: expect.any(String), consecutiveFailures: 3 });
    const mails = await mail.waitFor((received) => received.some((message) => message.to.includes('owner@example.org')));
    const notice = mails.find((message) => message.to.includes('owner@example.org'))!;
    expect(notice.subject).toBe('Webhook abgeschaltet');
    expect(notice.text).toContain(`${receiver.url}/failing`);

    // Disabled, it is sent nothing; what happens meanwhile waits in its log.
    await changeCapacity();
    await api.advanceClock(60);
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(3);
    expect((await deliveryLog(endpoint.id)).map((entry) => [entry.delivery.status, entry.attempts.length])).toEqual([
      ['pending', 0],
      ['pending', 3],
    ]);

    receiver.answers.set('/failing', 204);
    const { updateWebhookEndpoint } = await api.data(
      `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename ... on WebhookEndpoint { disabledAt consecutiveFailures } } }`,
      {
        input: { endpointId: endpoint.id, enabled: true },
      },
      api.adminToken,
    );
    expect(updateWebhookEndpoint).toEqual({ __typename: 'WebhookEndpoint', disabledAt: null, consecutiveFailures: 0 });
    await api.runJobs();
    expect(receiver.on('/failing')).toHaveLength(5);
    expect((await deliveryLog(endpoint.id)).map((entry) => entry.delivery.status)).toEqual(['delivered', 'delivered']);
    await remove(endpoint.id);
  });
});

describe('an API key’s endpoint', () => {
  it('hears only of the appointments its key booked, and a public key gets no contact data', async () => {
    const partner = await createKey('public', 'Portal des Bezirks');
    const other = await createKey('public', 'Anderer Partner');
    const endpoint = await register('/partner', ['appointmentConfirmed', 'appointmentCancelled', 'ticketIssued', 'capacityChanged'], partner);
    expect(endpoint.withContact).toBe(false);

    await book('2026-03-03T09:00:00.000Z', { name: 'Grace Hopper', email: 'grace@example.org' }, other);
    await book('2026-03-03T09:10:00.000Z', { name: 'Mary Somerville', email: 'mary@example.org' });
    const own = await book('2026-03-03T09:20:00.000Z', { name: 'Emmy Noether', email: 'emmy@example.org' }, partner);
    await api.runJobs();
    const heard = receiver.on('/partner').map((request) => verified(request, endpoint.secret));
    expect(heard).toHaveLength(1);
    expect(heard[0].type).toBe('appointment.confirmed');
    expect(heard[0].data.appointment.number).toBe(own.appointment.number);
    expect(heard[0].data.appointment).not.toHaveProperty('contact');
    expect(receiver.on('/partner')[0].body).not.toContain('emmy@example.org');
    expect(receiver.on('/partner')[0].body).not.toContain('Noether');

    // Another key neither sees nor touches it; its own list is its own.
    const { pingWebhookEndpoint } = await api.data(`mutation ($input: WebhookEndpointInput!) { pingWebhookEndpoint(input: $input) { __typename } }`, { input: { endpointId: endpoint.id } }, other);
    expect(pingWebhookEndpoint.__typename).toBe('NotFound');
    expect((await api.data(`{ webhookEndpoints { id } }`, {}, other)).webhookEndpoints).toEqual([]);
    expect((await api.data(`{ webhookEndpoints { id } }`, {}, partner)).webhookEndpoints).toEqual([{ id: endpoint.id }]);
    await remove(endpoint.id, partner);
  });

  it('of the 115 gets the contact data it entered', async () => {
    const hotline = await createKey('callcenter', '115');
    const endpoint = await register('/hotline', ['appointmentConfirmed'], hotline);
    expect(endpoint.withContact).toBe(true);
    await book('2026-03-03T10:00:00.000Z', { name: 'Lise Meitner', email: 'lise@example.org' }, hotline);
    await api.runJobs();
    const [heard] = receiver.on('/hotline').map((request) => verified(request, endpoint.secret));
    expect(heard.data.appointment.contact).toMatchObject({ name: 'Lise Meitner', email: 'lise@example.org' });
    await remove(endpoint.id, hotline);
  });
});

describe('an API process killed mid-delivery', () => {
  it('loses nothing: once its lease has passed, the delivery is sent again with the same webhook-id', { timeout: 120_000 }, async () => {
    receiver.answers.set('/slow', 'hold');
    const endpoint = await register('/slow', ['capacityChanged'], api.adminToken);
    await changeCapacity();

    // A second API process polls the job table and POSTs; the receiver holds the request open
    // and the process dies before it hears an answer or records anything.
    let worker: ApiProcess | null = null;
    let killed = false;
    receiver.onHold = () => {
      if (killed || !worker) return;
      killed = true;
      void worker.kill();
    };
    worker = await api.spawnProcess({ JOB_POLLING: 'true', JOB_POLL_INTERVAL_MS: '50' });
    await receiver.waitFor(() => killed && !worker!.alive());
    expect(killed).toBe(true);
    receiver.onHold = null;
    receiver.answers.set('/slow', 200);
    const first = receiver.on('/slow')[0];
    expect((await deliveryLog(endpoint.id)).map((entry) => [entry.delivery.status, entry.delivery.attempts])).toEqual([['pending', 0]]);

    // The dead process's lease holds off every other sender until it has passed.
    await api.runJobs();
    expect(receiver.on('/slow')).toHaveLength(1);
    const [lease] = await api.app.orm.em.fork().execute<{ run_at: string; organisation_id: string | null }[]>(`select run_at, organisation_id from job where kind = 'deliverWebhook'`);
    // The delivery's job is its organisation's, as the delivery is.
    const [office] = await api.app.orm.em.fork().execute<{ organisation_id: string }[]>('select organisation_id from webhook_endpoint where url = ?', [`${receiver.url}/slow`]);
    expect(lease.organisation_id).toBe(office.organisation_id);
    await api.setClock(sqlInstant(lease.run_at));
    await api.runJobs();
    expect(receiver.on('/slow')).toHaveLength(2);
    const second = receiver.on('/slow')[1];
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(verified(second, endpoint.secret).type).toBe('capacity.changed');
    expect((await deliveryLog(endpoint.id)).map((entry) => [entry.delivery.status, entry.delivery.attempts])).toEqual([['delivered', 1]]);
    await api.runJobs();
    expect(receiver.on('/slow')).toHaveLength(2);
  });
});

describe('the delivery log', () => {
  it('forgets deliveries past the message retention, as sent messages go: their payloads may carry contact data', async () => {
    const endpoint = await register('/retention', ['capacityChanged'], api.adminToken);
    await api.data(`mutation ($input: WebhookEndpointInput!) { pingWebhookEndpoint(input: $input) { __typename } }`, { input: { endpointId: endpoint.id } }, api.adminToken);
    await api.runJobs();
    expect((await deliveryLog(endpoint.id)).map((entry) => entry.delivery.status)).toEqual(['delivered']);
    await api.advanceClock(29 * 1440);
    await api.runJobs();
    // Sessions do not last a month: the admin signs in again.
    api.adminToken = await api.login(adminUsername, adminPassword);
    expect(await deliveryLog(endpoint.id)).toHaveLength(1);
    await api.advanceClock(2 * 1440);
    await api.runJobs();
    api.adminToken = await api.login(adminUsername, adminPassword);
    expect(await deliveryLog(endpoint.id)).toEqual([]);
    await remove(endpoint.id);
  });
});
