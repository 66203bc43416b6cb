import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '@zms/test-kit/api';

// Every display of an office gets each call as one text serialised once for all of them
// (platform/sockets.ts, SharedFrames): each with its own subscription id, none of another office,
// and a socket that stops reading holds nobody else up.

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
});

afterAll(async () => {
  await api?.stop();
});

async function admin(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, { __typename?: string; id?: string; key?: string; displayNumber?: string }>> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` }, body: JSON.stringify({ query, variables }) });
  const answer = (await response.json()) as { data?: Record<string, never>; errors?: unknown };
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** An office open around the clock with a counter the admin works at, `tickets` tickets and a display key. */
async function office(name: string, tickets: number): Promise<{ officeId: string; displayKey: string }> {
  const { createOffice } = await admin('mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }', { input: { name, address: { street: 'Teststraße', houseNumber: '1', postalCode: '10115' } } });
  const officeId = createOffice.id!;
  await admin('mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }', { input: { officeId, hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] } });
  const { createService } = await admin('mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }', { input: { name: `${name} Anmeldung` } });
  await admin('mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }', { input: { officeId, serviceId: createService.id, durationSlots: 1, bookableOnline: false } });
  const { createCounter } = await admin('mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }', { input: { officeId, name: 'Schalter 1' } });
  const { createDevice } = await admin('mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { __typename ... on CreatedDevice { key } } }', { input: { officeId, kind: 'display', name: `${name} display` } });
  const { signInAtCounter } = await admin('mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }', { input: { counterId: createCounter.id } });
  expect(signInAtCounter.__typename).toBe('CounterSession');
  for (let i = 0; i < tickets; i++) await admin('mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }', { input: { officeId, serviceIds: [createService.id] } });
  return { officeId, displayKey: createDevice.key! };
}

interface Display {
  socket: WebSocket;
  /** The raw texts of its "next" messages. */
  frames: string[];
}

/** A display socket speaking graphql-transport-ws itself, so that the frames are seen as sent. */
function display(key: string, officeId: string, id: string): Promise<Display> {
  const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: string[] = [];
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } })));
    socket.on('message', (data) => {
      const text = String(data);
      const message = JSON.parse(text) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription ($officeId: ID!) { callIssued(officeId: $officeId) { displayNumber counterName } }', variables: { officeId } } }));
        resolve({ socket, frames });
      } else if (message.type === 'next') frames.push(text);
    });
  });
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('sends every display of the office each call, with its own id around one shared payload, and none to another office', async () => {
  // The admin works at the counter of the office set up last.
  const there = await office('Bürgeramt Süd', 0);
  const here = await office('Bürgeramt Mitte', 2);
  const displays = await Promise.all(Array.from({ length: 20 }, (_, index) => display(here.displayKey, here.officeId, `call-${index}`)));
  const elsewhere = await display(there.displayKey, there.officeId, 'elsewhere');
  // A display that stops reading: its frames wait in its buffers, the others' do not.
  const slow = await display(here.displayKey, here.officeId, 'slow');
  slow.socket.pause();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const numbers: string[] = [];
  for (let call = 0; call < 2; call++) {
    const { callNext } = await admin('mutation { callNext { __typename ... on QueueEntry { displayNumber } } }');
    numbers.push(callNext.displayNumber!);
    await eventually(() => displays.every((each) => each.frames.length === call + 1));
  }
  expect(slow.frames).toHaveLength(0);
  displays.forEach((each, index) => {
    expect(each.frames.map((frame) => JSON.parse(frame))).toEqual(numbers.map((displayNumber) => ({ id: `call-${index}`, type: 'next', payload: { data: { callIssued: { displayNumber, counterName: 'Schalter 1' } } } })));
    // The frame is the id around the payload text every display shares.
    expect(each.frames[0]).toBe(displays[0].frames[0].replace('"call-0"', `"call-${index}"`));
  });
  slow.socket.resume();
  await eventually(() => slow.frames.length === 2);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(elsewhere.frames).toHaveLength(0);
  for (const each of [...displays, elsewhere, slow]) each.socket.close();
});
