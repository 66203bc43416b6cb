/**
 * Issue 18, item 7: a counter raises a silent alarm; every staff client of its office hears it, on
 * every API process, until someone acknowledges it; displays, kiosks and other offices' staff never
 * do; raising twice while one is open makes one alarm; both steps are audited.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { collect, socketClient, type Collected } from '@zms/test-kit/subscriptions';

const password = 'alarm-test-password-long';
const alarmFields = 'id counterName room raisedAt raisedBy acknowledgedAt acknowledgedBy office { id }';
const raise = `mutation { raiseAlarm { __typename ... on Alarm { ${alarmFields} } ... on ErrorResult { code } } }`;
const acknowledge = `mutation ($input: AcknowledgeAlarmInput!) { acknowledgeAlarm(input: $input) { __typename ... on Alarm { ${alarmFields} } ... on ErrorResult { code } } }`;
const openAlarms = `query ($officeIds: [ID!]!) { openAlarms(officeIds: $officeIds) { version office { id } alarms { ${alarmFields} } } }`;
const alarmChanged = `subscription ($officeIds: [ID!]!) { alarmChanged(officeIds: $officeIds) { officeId version alarm { ${alarmFields} } } }`;

interface AlarmEvent {
  alarmChanged: { officeId: string; version: number; alarm: { id: string; counterName: string; acknowledgedAt: string | null; acknowledgedBy: string | null } };
}

let api: TestApi;
let second: ApiProcess;
let db: pg.Client;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const tokens = {} as Record<'clerkA' | 'colleagueA' | 'helperA' | 'idleA' | 'clerkB' | 'displayA' | 'kioskA', string>;
const counters = {} as Record<'clerkA' | 'helperA' | 'clerkB', { id: string; name: string }>;

async function staff(name: keyof typeof tokens, officeId: string, client = api as { login: TestApi['login'] }): Promise<void> {
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username: name.toLowerCase(), displayName: `Frau ${name}`, password, memberships: [{ officeId, role: 'staff' }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  tokens[name] = await client.login(name.toLowerCase(), password);
}

async function atCounter(name: keyof typeof counters, officeId: string, counterName: string): Promise<void> {
  const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId, name: counterName, room: 'Raum 2' } });
  counters[name] = { id: createCounter.id, name: counterName };
  const { signInAtCounter } = await api.data(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: createCounter.id } }, tokens[name]);
  expect(signInAtCounter.__typename).toBe('CounterSession');
}

async function device(kind: 'display' | 'kiosk'): Promise<string> {
  const { createDevice } = await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: `Gerät ${kind}`, kind, officeId: officeA.officeId } });
  return createDevice.key;
}

const raiseAs = async (who: keyof typeof tokens, client = api as { data: TestApi['data'] }) => (await client.data(raise, {}, tokens[who])).raiseAlarm;
const acknowledgeAs = async (who: keyof typeof tokens, alarmId: string, client = api as { data: TestApi['data'] }) => (await client.data(acknowledge, { input: { alarmId } }, tokens[who])).acknowledgeAlarm;

/**
 * Subscriptions are set up asynchronously: the helper of office A raises and acknowledges at its
 * own counter until every listener of A has heard it, so that what follows is heard for certain.
 */
async function untilListening(listeners: Collected<AlarmEvent>[]): Promise<void> {
  for (let round = 0; round < 50 && listeners.some((listener) => listener.received.length === 0); round += 1) {
    const { id } = await raiseAs('helperA');
    await acknowledgeAs('helperA', id);
    await Promise.all(listeners.map((listener) => listener.waitFor(1, 100)));
  }
  expect(listeners.map((listener) => listener.received.length > 0)).toEqual(listeners.map(() => true));
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  [officeA, officeB] = [await createOffice(api, 'Bürgeramt Alarm A', { startInDays: 0 }), await createOffice(api, 'Bürgeramt Alarm B', { startInDays: 0 })];
  second = await api.spawnProcess();
  await Promise.all([staff('clerkA', officeA.officeId), staff('colleagueA', officeA.officeId, second.client), staff('helperA', officeA.officeId), staff('idleA', officeA.officeId), staff('clerkB', officeB.officeId)]);
  await Promise.all([atCounter('clerkA', officeA.officeId, 'Schalter 3'), atCounter('helperA', officeA.officeId, 'Schalter 9'), atCounter('clerkB', officeB.officeId, 'Schalter 3')]);
  [tokens.displayA, tokens.kioskA] = await Promise.all([device('display'), device('kiosk')]);
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await api?.stop();
});

describe('an alarm of a counter', () => {
  it('reaches every staff client of the office on both processes, with its counter, until acknowledged', async () => {
    const here = collect<AlarmEvent>(socketClient(api.url, tokens.idleA), alarmChanged, { officeIds: [officeA.officeId] });
    const there = collect<AlarmEvent>(socketClient(second.client.url, tokens.colleagueA), alarmChanged, { officeIds: [officeA.officeId] });
    await untilListening([here, there]);

    const raised = await raiseAs('clerkA');
    expect(raised).toMatchObject({ __typename: 'Alarm', counterName: 'Schalter 3', room: 'Raum 2', raisedBy: 'Frau clerkA', acknowledgedAt: null, office: { id: officeA.officeId } });
    for (const listener of [here, there]) {
      const event = await listener.waitUntil((received) => received.alarmChanged.alarm.id === raised.id);
      expect(event?.alarmChanged).toMatchObject({ officeId: officeA.officeId, alarm: { counterName: 'Schalter 3', acknowledgedAt: null } });
    }

    // Raised twice, in parallel and again: one alarm, and nobody hears it twice.
    const again = await Promise.all([raiseAs('clerkA'), raiseAs('clerkA'), raiseAs('clerkA', second.client)]);
    expect(again.map((alarm) => alarm.id)).toEqual([raised.id, raised.id, raised.id]);
    const { rows } = await db.query(
      `select count(*)::int as open from alarm a join counter c on c.id = a.counter_id where c.name = $1 and c.office_id = (select office_id from counter_session s join staff_account t on t.id = s.account_id where t.username = 'clerka') and a.acknowledged_at is null`,
      [counters.clerkA.name],
    );
    expect(rows[0].open).toBe(1);

    // A client that connects now finds it in its snapshot.
    const { openAlarms: snapshot } = await second.client.data(openAlarms, { officeIds: [officeA.officeId] }, tokens.colleagueA);
    expect(snapshot).toHaveLength(1);
    expect(snapshot[0].alarms.map((alarm: { id: string }) => alarm.id)).toEqual([raised.id]);
    const raisedEvent = here.received.find((received) => received.alarmChanged.alarm.id === raised.id)!;
    expect(snapshot[0].version).toBeGreaterThanOrEqual(raisedEvent.alarmChanged.version);

    // Acknowledged through the other process: gone for everyone.
    const acknowledged = await acknowledgeAs('colleagueA', raised.id, second.client);
    expect(acknowledged).toMatchObject({ __typename: 'Alarm', id: raised.id, acknowledgedBy: 'Frau colleagueA' });
    for (const listener of [here, there]) {
      const event = await listener.waitUntil((received) => received.alarmChanged.alarm.id === raised.id && received.alarmChanged.alarm.acknowledgedAt !== null);
      expect(event?.alarmChanged.version).toBeGreaterThan(raisedEvent.alarmChanged.version);
    }
    // The helper's last acknowledgement may still arrive after the count: only this alarm's events count.
    const aboutRaised = (listener: Collected<AlarmEvent>) => listener.received.filter((received) => received.alarmChanged.alarm.id === raised.id).length;
    expect([aboutRaised(here), aboutRaised(there)]).toEqual([2, 2]);
    const { openAlarms: after } = await api.data(openAlarms, { officeIds: [officeA.officeId] }, tokens.idleA);
    expect(after[0].alarms).toEqual([]);
    // Acknowledging again answers it as it was closed.
    expect(await acknowledgeAs('idleA', raised.id)).toMatchObject({ id: raised.id, acknowledgedBy: 'Frau colleagueA' });
    here.dispose();
    there.dispose();
  });

  it('is audited, without contact data', async () => {
    const raised = await raiseAs('clerkA');
    await acknowledgeAs('idleA', raised.id);
    const { rows } = await db.query(`select action, actor_name, details from audit_entry where action in ('raiseAlarm', 'acknowledgeAlarm') order by id desc limit 2`);
    rows.reverse();
    expect(rows.map((row) => [row.action, row.actor_name])).toEqual([
      ['raiseAlarm', 'clerka'],
      ['acknowledgeAlarm', 'idlea'],
    ]);
    expect(rows[0].details).toMatchObject({ counter: 'Schalter 3' });
  });

  it('needs a counter: staff signed in nowhere get NotAtCounter', async () => {
    expect(await raiseAs('idleA')).toEqual({ __typename: 'NotAtCounter', code: 'NOT_AT_COUNTER' });
  });

  it('stays within its office: staff of B hear nothing of A, and may neither read nor acknowledge it', async () => {
    const ofB = collect<AlarmEvent>(socketClient(api.url, tokens.clerkB), alarmChanged, { officeIds: [officeB.officeId] });
    const raised = await raiseAs('clerkA');
    // Events reach a socket in commit order: B's first event is B's own alarm, raised after A's.
    let ownOfB: { id: string } | undefined;
    for (let round = 0; round < 50 && ofB.received.length === 0; round += 1) {
      const own: { id: string } = await raiseAs('clerkB');
      ownOfB = own;
      await ofB.waitFor(1, 100);
      if (ofB.received.length === 0) await acknowledgeAs('clerkB', own.id);
    }
    expect(ofB.received.map((event) => event.alarmChanged.officeId)).toEqual([officeB.officeId]);
    expect(ofB.received[0].alarmChanged.alarm.id).toBe(ownOfB!.id);
    ofB.dispose();

    const refused = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.map((error) => error.extensions?.code);
    expect(refused(await api.graphql(openAlarms, { officeIds: [officeA.officeId] }, tokens.clerkB))).toEqual(['FORBIDDEN']);
    expect(refused(await api.graphql(acknowledge, { input: { alarmId: raised.id } }, tokens.clerkB))).toEqual(['FORBIDDEN']);
    const subscribedToA = collect(socketClient(api.url, tokens.clerkB), alarmChanged, { officeIds: [officeA.officeId] });
    await subscribedToA.waitFor(1);
    expect(JSON.stringify(subscribedToA.errors)).toContain('FORBIDDEN');
    subscribedToA.dispose();
    await acknowledgeAs('clerkA', raised.id);
    await acknowledgeAs('clerkB', ownOfB!.id);
  });

  it.each(['displayA', 'kioskA'] as const)('never reaches the %s of the office: refused, and silent on its own streams', async (name) => {
    const key = tokens[name];
    const refused = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.map((error) => error.extensions?.code);
    expect(refused(await api.graphql(openAlarms, { officeIds: [officeA.officeId] }, key))).toEqual(['FORBIDDEN']);
    expect(refused(await api.graphql(raise, {}, key))).toEqual(['FORBIDDEN']);
    const client = socketClient(api.url, key);
    const subscribed = collect(client, alarmChanged, { officeIds: [officeA.officeId] });
    await subscribed.waitFor(1);
    expect(JSON.stringify(subscribed.errors)).toContain('FORBIDDEN');
    subscribed.dispose();

    // What the device does hear: its waiting room. An alarm raised first would come first on the socket.
    const room = collect<{ waitingRoomChanged: unknown }>(socketClient(api.url, key), `subscription ($officeId: ID) { waitingRoomChanged(officeId: $officeId) { __typename } }`, { officeId: officeA.officeId });
    const calls = collect<{ callIssued: unknown }>(client, `subscription ($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName } }`, { officeId: officeA.officeId });
    const raised = await raiseAs('clerkA');
    for (let round = 0; round < 50 && room.received.length === 0; round += 1) {
      const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }`, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId] } });
      expect(issueTicket.__typename).toBe('Ticket');
      await room.waitFor(1, 100);
    }
    expect(room.received.length, JSON.stringify(room.errors)).toBeGreaterThan(0);
    expect(JSON.stringify([room.received, calls.received])).not.toContain('Alarm');
    expect(calls.received).toEqual([]);
    room.dispose();
    calls.dispose();
    await acknowledgeAs('clerkA', raised.id);
  });
});
