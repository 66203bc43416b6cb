/**
 * Issue 17: one installation hosts two cities. Each administers itself from the Land down to the
 * counter; public requests name their organisation by path prefix or host name; numbers,
 * searches, groups, keys and usernames stay inside one organisation.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AvailabilityChangedDocument, OfficesDocument, ZmsRequestError, createZmsClient } from '../../clients/sdk/src/index';
import { ApiClient, documentOf, startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin: the public window runs from Tuesday.
const monday = '2026-03-02T08:00:00Z';

const createOrganisation = graphql(`
  mutation TenancyCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on Organisation {
        id
        slug
        hosts
        departments {
          id
          name
        }
        roles {
          id
          name
          permissions
        }
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);

const createDepartment = graphql(`
  mutation TenancyCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      __typename
      ... on Department {
        id
        name
      }
    }
  }
`);

const organisations = graphql(`
  query TenancyOrganisations {
    organisations {
      id
      name
      slug
      departments {
        id
        name
      }
      roles {
        id
        name
      }
    }
  }
`);

const createOfficeIn = graphql(`
  mutation TenancyCreateOffice($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      __typename
      ... on Office {
        id
        organisation {
          slug
        }
        department {
          name
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

const offices = graphql(`
  query TenancyOffices {
    offices(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const createStaff = graphql(`
  mutation TenancyCreateStaff($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on StaffAccount {
        id
        assignments {
          role {
            name
          }
          department {
            name
          }
          office {
            id
          }
        }
      }
      ... on InvalidInput {
        problems
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const updateSettings = graphql(`
  mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
    }
  }
`);

const staffAccounts = graphql(`
  query TenancyStaffAccounts {
    staffAccounts(first: 100) {
      edges {
        node {
          username
        }
      }
    }
  }
`);

const viewerOffices = graphql(`
  query TenancyViewerOffices {
    viewer {
      workOffices: offices(permission: workQueue) {
        name
      }
      statisticsOffices: offices(permission: viewStatistics) {
        name
      }
    }
  }
`);

const defineRole = graphql(`
  mutation TenancyDefineRole($input: DefineRoleInput!) {
    defineRole(input: $input) {
      __typename
      ... on Role {
        id
        name
        permissions
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);

const saveGroup = graphql(`
  mutation TenancyCreateGroup($input: OfficeGroupInput!) {
    createOfficeGroup(input: $input) {
      __typename
      ... on InvalidInput {
        problems
      }
    }
  }
`);

const createKey = graphql(`
  mutation TenancyCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        key
      }
    }
  }
`);

let api: TestApi;
let berlin: ApiClient;
let munich: ApiClient;
let mitte: OfficeFixture;
let pankowOfficeId: string;
let munichOffice: OfficeFixture;
/** The session of Munich's organisation admin. */
let munichAdmin: string;
const ids = {} as { berlin: string; munich: string; berlinDepartment: string; pankow: string; munichDepartment: string; berlinAdminRole: string; munichAdminRole: string };
const password = 'a-password-of-twelve';

/** The error codes of a response, or its typename when it has data. */
function outcome(response: { data?: Record<string, unknown> | null; errors?: readonly { extensions?: { code?: unknown } }[] }): unknown {
  if (response.errors?.length) return response.errors.map((error) => error.extensions?.code);
  const [answer] = Object.values(response.data ?? {});
  return (answer as { __typename?: string } | null)?.__typename ?? answer;
}

/** A request with a Host header of our choosing (fetch keeps its own). */
function postWithHost(url: string, host: string, body: unknown): Promise<{ status: number; json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function book(client: ApiClient, office: OfficeFixture, token?: string): Promise<{ number: number; secret: string }> {
  const { availableSlots } = await client.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-03-03' } }, token);
  const { reserveSlot } = await client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: availableSlots[0].startTimes[0] } }, token);
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reservation refused: ${reserveSlot.__typename}`);
  const { confirmAppointment } = await client.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } }, token);
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmation refused: ${confirmAppointment.__typename}`);
  return { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
}

async function staffMember(username: string, organisationId: string, assignments: { roleId: string; departmentId?: string; officeId?: string }[]): Promise<string> {
  const { createStaffAccount } = await api.admin(createStaff, { input: { username, displayName: username, password, organisationId, assignments, memberships: [] } });
  if (createStaffAccount.__typename !== 'StaffAccount') throw new Error(`account refused: ${JSON.stringify(createStaffAccount)}`);
  return username;
}

beforeAll(async () => {
  api = await startTestApi(monday);
  berlin = new ApiClient(`${api.url}/o/land-berlin`);
  munich = new ApiClient(`${api.url}/o/muenchen`);
  // The first office of a fresh installation founds its organisation, with a department of its name.
  mitte = await createOffice(api, 'Bürgeramt Mitte');
  const {
    organisations: [first],
  } = await api.admin(organisations);
  ids.berlin = first.id;
  ids.berlinDepartment = first.departments[0].id;
  ids.berlinAdminRole = first.roles.find((role) => role.name === 'admin')!.id;
  const { createDepartment: pankow } = await api.admin(createDepartment, { input: { organisationId: ids.berlin, name: 'Bezirksamt Pankow' } });
  if (pankow.__typename !== 'Department') throw new Error('department refused');
  ids.pankow = pankow.id;
  const { createOffice: pankowOffice } = await api.admin(createOfficeIn, { input: { name: 'Bürgeramt Pankow', address: { street: 'Breite Str.', houseNumber: '24a', postalCode: '13187' }, departmentId: ids.pankow } });
  if (pankowOffice.__typename !== 'Office') throw new Error('office refused');
  pankowOfficeId = pankowOffice.id;

  const { createOrganisation: created } = await api.admin(createOrganisation, { input: { name: 'Landeshauptstadt München', slug: 'muenchen', hosts: ['termine.muenchen.test'] } });
  if (created.__typename !== 'Organisation') throw new Error(`organisation refused: ${JSON.stringify(created)}`);
  ids.munich = created.id;
  ids.munichDepartment = created.departments[0].id;
  ids.munichAdminRole = created.roles.find((role) => role.name === 'admin')!.id;
  // The platform admin sets Munich up through Munich's path: the office joins Munich's department.
  munich.adminToken = api.adminToken;
  berlin.adminToken = api.adminToken;
  munichOffice = await createOffice(munich, 'Bürgerbüro Ruppertstraße');
  await staffMember('it-muenchen', ids.munich, [{ roleId: ids.munichAdminRole }]);
  munichAdmin = await new ApiClient(`${api.url}/o/muenchen`).login('it-muenchen', password);
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

describe('organisations, departments and roles', () => {
  it('gives a new organisation a first department and the built-in roles', async () => {
    const { organisations: all } = await api.admin(organisations);
    const munichOrganisation = all.find((organisation) => organisation.id === ids.munich)!;
    expect(munichOrganisation.departments.map((department) => department.name)).toEqual(['Landeshauptstadt München']);
    expect(munichOrganisation.roles.map((role) => role.name).sort()).toEqual(['admin', 'counter', 'lead', 'reception']);
  });

  it('puts an office into the department it names, and the first one by default', async () => {
    const { createOffice: created } = await api.admin(createOfficeIn, { input: { name: 'Bürgeramt Prenzlauer Berg', address: { street: 'Fröbelstr.', houseNumber: '17', postalCode: '10405' }, departmentId: ids.pankow } });
    expect(created).toMatchObject({ __typename: 'Office', organisation: { slug: 'land-berlin' }, department: { name: 'Bezirksamt Pankow' } });
    const { createOffice: byDefault } = await munich.admin(createOfficeIn, { input: { name: 'Bürgerbüro Pasing', address: { street: 'Landsberger Str.', houseNumber: '486', postalCode: '81241' } } });
    expect(byDefault).toMatchObject({ __typename: 'Office', organisation: { slug: 'muenchen' }, department: { name: 'Landeshauptstadt München' } });
  });

  it('refuses a slug or host another organisation holds', async () => {
    const { createOrganisation: taken } = await api.admin(createOrganisation, { input: { name: 'München II', slug: 'muenchen', hosts: [] } });
    expect(taken).toMatchObject({ __typename: 'InvalidInput' });
    const { createOrganisation: badHost } = await api.admin(createOrganisation, { input: { name: 'Augsburg', hosts: ['termine.augsburg.test/pfad'] } });
    expect(badHost).toMatchObject({ __typename: 'InvalidInput' });
  });

  it('lets an organisation define a role, and refuses the platform right in one', async () => {
    const { defineRole: defined } = await api.data(defineRole, { input: { organisationId: ids.munich, name: 'Empfang Plus', permissions: ['issueTicket', 'checkIn', 'viewCalls', 'viewStatistics'] } }, munichAdmin);
    expect(defined).toMatchObject({ __typename: 'Role', name: 'empfang plus', permissions: ['checkIn', 'issueTicket', 'viewCalls', 'viewStatistics'] });
    const { defineRole: refused } = await api.data(defineRole, { input: { organisationId: ids.munich, name: 'superuser', permissions: ['administerPlatform'] } }, munichAdmin);
    expect(refused).toMatchObject({ __typename: 'InvalidInput' });
    expect(outcome(await api.graphql(defineRole, { input: { organisationId: ids.berlin, name: 'eingeschleust', permissions: ['manageOffice'] } }, munichAdmin))).toEqual(['FORBIDDEN']);
  });
});

describe('public requests name their organisation', () => {
  it('refuses a request that names none on an installation of two', async () => {
    const response = await api.graphql(offices, {});
    expect(outcome(response)).toEqual(['ORGANISATION_REQUIRED']);
  });

  it('answers by path prefix, and a path of no organisation is refused', async () => {
    const names = async (client: ApiClient) => (await client.data(offices, {})).offices.edges.map((edge) => edge.node.name).sort();
    expect(await names(berlin)).toEqual(['Bürgeramt Mitte', 'Bürgeramt Pankow', 'Bürgeramt Prenzlauer Berg']);
    expect(await names(munich)).toEqual(['Bürgerbüro Pasing', 'Bürgerbüro Ruppertstraße']);
    expect(outcome(await new ApiClient(`${api.url}/o/atlantis`).graphql(offices, {}))).toEqual(['UNKNOWN_ORGANISATION']);
  });

  it('answers by host name', async () => {
    const { json } = await postWithHost(api.url, 'termine.muenchen.test', documentOf(offices));
    expect((json.data as { offices: { edges: { node: { name: string } }[] } }).offices.edges.map((edge) => edge.node.name)).toContain('Bürgerbüro Ruppertstraße');
    const other = await postWithHost(api.url, 'unbekannt.test', documentOf(offices));
    expect(other.json.errors?.[0].extensions?.code).toBe('ORGANISATION_REQUIRED');
  });

  it('keeps an "any office" search inside the organisation', async () => {
    const input = { serviceIds: [mitte.shortServiceId, munichOffice.shortServiceId].slice(0, 1), from: '2026-03-03', to: '2026-03-06' };
    const { availableDays } = await berlin.data(op.availableDays, { input });
    expect(new Set(availableDays.flatMap((day) => day.offices.map((office) => office.id)))).toEqual(new Set([mitte.officeId]));
    const { availableDays: inMunich } = await munich.data(op.availableDays, { input });
    expect(inMunich.flatMap((day) => day.offices)).toEqual([]);
  });
});

describe('numbers are counted per organisation', () => {
  it('lets two organisations hand out the same number, and a lookup never crosses them', async () => {
    const inBerlin = await book(berlin, mitte);
    const inMunich = await book(munich, munichOffice);
    expect(inMunich.number).toBe(inBerlin.number);
    expect((await berlin.data(op.appointment, { input: inBerlin })).appointment?.office.id).toBe(mitte.officeId);
    expect((await munich.data(op.appointment, { input: inMunich })).appointment?.office.id).toBe(munichOffice.officeId);
    // Munich's number and secret, asked in Berlin: no such appointment there.
    expect((await berlin.data(op.appointment, { input: inMunich })).appointment).toBeNull();
  });

  it("carries the organisation in the SDK's configuration, over HTTP and WebSocket", async () => {
    const sdk = createZmsClient({ url: `${api.url}/graphql`, organisation: 'muenchen', webSocketImpl: WebSocket });
    const { offices: found } = await sdk.request(OfficesDocument, {});
    expect(found.edges.map((edge) => edge.node.name).sort()).toEqual(['Bürgerbüro Pasing', 'Bürgerbüro Ruppertstraße']);
    // A subscription over the organisation's path hears of a booking there.
    const events = sdk.subscribe(AvailabilityChangedDocument, { officeId: munichOffice.officeId });
    const first = events.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await book(munich, munichOffice);
    const event = await Promise.race([first, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no availability event')), 10_000))]);
    expect(event.value?.availabilityChanged.office.id).toBe(munichOffice.officeId);
    await events.return?.(undefined);
    await sdk.dispose();
    const unnamed = createZmsClient({ url: `${api.url}/graphql` });
    const refused = await unnamed.request(OfficesDocument, {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ZmsRequestError);
    expect((refused as ZmsRequestError).has('ORGANISATION_REQUIRED')).toBe(true);
  });

  it("gives a city's 115 key its own organisation's offices only", async () => {
    const { createApiKey } = await munich.admin(createKey, { input: { name: '115 München', level: 'callcenter' } });
    if (createApiKey.__typename !== 'CreatedApiKey') throw new Error('key refused');
    const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [mitte.shortServiceId], officeIds: [mitte.officeId], from: '2026-03-03', to: '2026-03-06' } }, createApiKey.key);
    expect(availableDays.flatMap((day) => day.offices)).toEqual([]);
  });
});

describe('scoped administration', () => {
  let pankowAdmin: string;

  beforeAll(async () => {
    await staffMember('leitung.pankow', ids.berlin, [{ roleId: ids.berlinAdminRole, departmentId: ids.pankow }]);
    await staffMember('leitung.mitte', ids.berlin, [{ roleId: ids.berlinAdminRole, officeId: mitte.officeId }]);
    // On an installation of two, staff sign in at their organisation's address.
    pankowAdmin = await berlin.login('leitung.pankow', password);
  });

  it("lets a department admin administer the department's offices and no other", async () => {
    expect(outcome(await api.graphql(updateSettings, { input: { officeId: pankowOfficeId, displayMessage: 'Heute bis 14 Uhr' } }, pankowAdmin))).toBe('Office');
    expect(outcome(await api.graphql(updateSettings, { input: { officeId: mitte.officeId, displayMessage: 'eingeschleust' } }, pankowAdmin))).toEqual(['FORBIDDEN']);
    expect(outcome(await api.graphql(createOfficeIn, { input: { name: 'Bürgeramt Weißensee', address: { street: 'Berliner Allee', houseNumber: '100', postalCode: '13088' }, departmentId: ids.pankow } }, pankowAdmin))).toBe('Office');
    expect(outcome(await api.graphql(createOfficeIn, { input: { name: 'Außenstelle', address: { street: 'x', houseNumber: '1', postalCode: '10115' }, departmentId: ids.berlinDepartment } }, pankowAdmin))).toEqual(['FORBIDDEN']);
  });

  it("tells a department's staff the offices where they may work: the department's, from one role", async () => {
    const { viewer } = await api.data(viewerOffices, {}, pankowAdmin);
    expect(viewer.workOffices.map((office) => office.name)).toEqual(['Bürgeramt Pankow', 'Bürgeramt Prenzlauer Berg', 'Bürgeramt Weißensee']);
    expect(viewer.statisticsOffices.map((office) => office.name)).toEqual(['Bürgeramt Pankow', 'Bürgeramt Prenzlauer Berg', 'Bürgeramt Weißensee']);
    const { viewer: anonymousViewer } = await berlin.data(viewerOffices, {});
    expect(anonymousViewer.workOffices).toEqual([]);
  });

  it("shows a department admin its own staff, not another department's", async () => {
    const { staffAccounts: seen } = await api.data(staffAccounts, {}, pankowAdmin);
    const usernames = seen.edges.map((edge) => edge.node.username);
    expect(usernames).toContain('leitung.pankow');
    expect(usernames).not.toContain('leitung.mitte');
    expect(usernames).not.toContain('it-muenchen');
  });

  it('refuses a department admin roles elsewhere or rights beyond its own', async () => {
    const give = (assignments: { roleId: string; officeId?: string; departmentId?: string }[]) =>
      api.graphql(createStaff, { input: { username: `neu${Math.random().toString(36).slice(2, 8)}`, displayName: 'Neu', password, assignments, memberships: [] } }, pankowAdmin);
    expect(outcome(await give([{ roleId: ids.berlinAdminRole, officeId: pankowOfficeId }]))).toBe('StaffAccount');
    expect(outcome(await give([{ roleId: ids.berlinAdminRole, officeId: mitte.officeId }]))).toEqual(['FORBIDDEN']);
    expect(outcome(await give([{ roleId: ids.berlinAdminRole }]))).toEqual(['FORBIDDEN']);
    // Munich's role is not Berlin's to give.
    expect(outcome(await give([{ roleId: ids.munichAdminRole, officeId: pankowOfficeId }]))).toBe('NotFound');
  });

  it("keeps one organisation's admin out of the other", async () => {
    const token = munichAdmin;
    expect(outcome(await api.graphql(updateSettings, { input: { officeId: mitte.officeId, displayMessage: 'eingeschleust' } }, token))).toEqual(['FORBIDDEN']);
    const { staffAccounts: seen } = await api.data(staffAccounts, {}, token);
    expect(seen.edges.map((edge) => edge.node.username)).toEqual(['it-muenchen']);
    expect(outcome(await api.graphql(createDepartment, { input: { organisationId: ids.berlin, name: 'Bezirksamt Spandau' } }, token))).toEqual(['FORBIDDEN']);
  });

  it('keeps an office group inside one organisation', async () => {
    const { createOfficeGroup } = await api.admin(saveGroup, { input: { name: 'Grenzgänger', officeIds: [mitte.officeId, munichOffice.officeId] } });
    expect(createOfficeGroup.__typename).toBe('InvalidInput');
  });

  it('lets two organisations each have a "mueller", and signs in the one of the organisation asked', async () => {
    await staffMember('mueller', ids.berlin, [{ roleId: ids.berlinAdminRole, officeId: mitte.officeId }]);
    await staffMember('mueller', ids.munich, [{ roleId: ids.munichAdminRole, officeId: munichOffice.officeId }]);
    const inMunich = await new ApiClient(`${api.url}/o/muenchen`).login('mueller', password);
    expect(outcome(await api.graphql(updateSettings, { input: { officeId: munichOffice.officeId, displayMessage: 'Servus' } }, inMunich))).toBe('Office');
    expect(outcome(await api.graphql(updateSettings, { input: { officeId: mitte.officeId, displayMessage: 'eingeschleust' } }, inMunich))).toEqual(['FORBIDDEN']);
  });
});
