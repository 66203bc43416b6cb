import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/api';
import { createOffice, type OfficeFixture } from '../../../test/office-fixture';
import { collect, socketClient } from '../../../test/subscriptions';

// Monday 2 March 2026, 09:00 in Berlin; the offices open 08:00–16:00.
const mondayNine = '2026-03-02T08:00:00Z';

const waitingRoomQuery = `query ($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) {
  groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id name } } } }`;
const waitingRoomChanged = `subscription ($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) {
  version displayMessage waitingCount open ticketsLeft office { id } } }`;
const issueTicket = `mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on ErrorResult { code } } }`;
const updateSettings = `mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { displayMessage } } } }`;
const createDevice = `mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`;

let api: TestApi;
let mitte: OfficeFixture;
let wedding: OfficeFixture;
let groupId: string;
let displayKey: string;
let groupKioskKey: string;

async function withHours(name: string): Promise<OfficeFixture> {
  const fixture = await createOffice(api, name);
  await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, {
    input: { officeId: fixture.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
  });
  return fixture;
}

beforeAll(async () => {
  api = await startTestApi(mondayNine);
  mitte = await withHours('Bürgeramt Mitte');
  wedding = await withHours('Bürgeramt Wedding');
  const { createOfficeGroup } = await api.admin(`mutation ($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }`, {
    input: { name: 'Rathaus Mitte', officeIds: [wedding.officeId, mitte.officeId] },
  });
  groupId = createOfficeGroup.id;
  displayKey = (await api.admin(createDevice, { input: { name: 'Anzeige Mitte', kind: 'display', officeId: mitte.officeId } })).createDevice.key;
  groupKioskKey = (await api.admin(createDevice, { input: { name: 'Kiosk Rathaus', kind: 'kiosk', groupId } })).createDevice.key;
});

afterAll(async () => {
  await api?.stop();
});

describe('waitingRoom', () => {
  it('answers a device that names nothing with the office or group it serves', async () => {
    const display = await api.data(waitingRoomQuery, {}, displayKey);
    expect(display.waitingRoom).toMatchObject({ groupId: null, name: 'Bürgeramt Mitte', offices: [{ office: { id: mitte.officeId }, open: true, ticketsLeft: 300, waitingCount: 0, displayMessage: '' }] });
    const kiosk = await api.data(waitingRoomQuery, {}, groupKioskKey);
    expect(kiosk.waitingRoom).toMatchObject({ groupId, name: 'Rathaus Mitte', offices: [{ office: { name: 'Bürgeramt Mitte' } }, { office: { name: 'Bürgeramt Wedding' } }] });
  });

  it('refuses callers without the right to see the calls, and a staff caller who names nothing', async () => {
    const anonymous = await api.graphql(waitingRoomQuery, { officeId: mitte.officeId });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherOffice = await api.graphql(waitingRoomQuery, { officeId: wedding.officeId }, displayKey);
    expect(otherOffice.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nothing = await api.graphql(waitingRoomQuery, {}, api.adminToken);
    expect(nothing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts down the day contingent and says when the office is closed', async () => {
    await api.admin(updateSettings, { input: { officeId: wedding.officeId, ticketDailyContingent: 2 } });
    for (let drawn = 0; drawn < 2; drawn++) expect((await api.data(issueTicket, { input: { officeId: wedding.officeId, serviceIds: [wedding.shortServiceId] } }, groupKioskKey)).issueTicket.__typename).toBe('Ticket');
    const { waitingRoom } = await api.data(waitingRoomQuery, { officeId: wedding.officeId }, groupKioskKey);
    expect(waitingRoom.offices[0]).toMatchObject({ ticketsLeft: 0, waitingCount: 2, open: true });
    expect((await api.data(issueTicket, { input: { officeId: wedding.officeId, serviceIds: [wedding.shortServiceId] } }, groupKioskKey)).issueTicket.code).toBe('TICKETS_EXHAUSTED');

    await api.setClock('2026-03-02T16:30:00Z');
    try {
      const evening = await api.data(waitingRoomQuery, { officeId: mitte.officeId }, displayKey);
      expect(evening.waitingRoom.offices[0].open).toBe(false);
    } finally {
      await api.setClock(mondayNine);
    }
  });
});

describe('waitingRoomChanged', () => {
  it('sends an office anew after a ticket and after a new display message, newer versions only', async () => {
    const client = socketClient(api.url, displayKey);
    const events = collect(client, waitingRoomChanged, { officeId: mitte.officeId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { waitingRoom } = await api.data(waitingRoomQuery, {}, displayKey);
    const before = waitingRoom.offices[0];

    await api.admin(issueTicket, { input: { officeId: mitte.officeId, serviceIds: [mitte.shortServiceId] } });
    const afterTicket = await events.waitUntil((event) => event.waitingRoomChanged.waitingCount === before.waitingCount + 1);
    expect(afterTicket?.waitingRoomChanged.version).toBeGreaterThan(before.version);

    await api.admin(updateSettings, { input: { officeId: mitte.officeId, displayMessage: 'Schalter 4 schließt um 12 Uhr.' } });
    const afterMessage = await events.waitUntil((event) => event.waitingRoomChanged.displayMessage === 'Schalter 4 schließt um 12 Uhr.');
    expect(afterMessage?.waitingRoomChanged).toMatchObject({ office: { id: mitte.officeId }, waitingCount: before.waitingCount + 1 });
    const versions = events.received.map((event) => event.waitingRoomChanged.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(events.errors).toEqual([]);
    events.dispose();
    await client.dispose();
  });

  it('refuses a display the offices of another group at once', async () => {
    const client = socketClient(api.url, displayKey);
    const events = collect(client, waitingRoomChanged, { groupId });
    await events.waitFor(1, 2000);
    expect(JSON.stringify(events.errors)).toContain('FORBIDDEN');
    await client.dispose();
  });
});

describe('updateOfficeSettings displayMessage', () => {
  it('sets the line, clears it with an empty one, and refuses one over 200 characters', async () => {
    const set = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'Heute nur Abholungen an Schalter 2.' } });
    expect(set.updateOfficeSettings.settings.displayMessage).toBe('Heute nur Abholungen an Schalter 2.');
    const tooLong = await api.graphql(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'x'.repeat(201) } }, api.adminToken);
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const kept = await api.data(waitingRoomQuery, { officeId: wedding.officeId }, groupKioskKey);
    expect(kept.waitingRoom.offices[0].displayMessage).toBe('Heute nur Abholungen an Schalter 2.');
    const longest = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'y'.repeat(200) } });
    expect(longest.updateOfficeSettings.settings.displayMessage).toHaveLength(200);
    const cleared = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: '' } });
    expect(cleared.updateOfficeSettings.settings.displayMessage).toBe('');
  });
});
