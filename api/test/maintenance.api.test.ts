import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { collect, socketClient } from '@zms/test-kit/subscriptions';

let api: TestApi;
let second: ApiProcess;
let office: OfficeFixture;
let displayKey: string;

const publicQuery = '{ offices(first: 5) { edges { node { name } } } }';
const setMaintenance = `mutation ($input: SetMaintenanceModeInput!) { setMaintenanceMode(input: $input) { __typename ... on MaintenanceModeView { active message retryAfterSeconds } ... on InvalidInput { problems } } }`;

/** A request as a browser sends it, answering status, Retry-After and body. */
async function post(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

beforeAll(async () => {
  // The citizens' operations here are the test's own text, as an attacker's would be.
  api = await startTestApi('2026-03-02T08:00:00Z', { TRUSTED_DOCUMENTS_ONLY_FOR: 'none' });
  office = await createOffice(api, 'Bürgeramt Wartung');
  const { createDevice } = await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { officeId: office.officeId, kind: 'display', name: 'Aufrufanzeige' } });
  displayKey = createDevice.key;
  second = await api.spawnProcess();
});

afterAll(async () => {
  await api?.stop();
});

it('refuses citizens with 503, Retry-After and SERVICE_UNAVAILABLE in every API process, and lets staff and devices work', async () => {
  expect((await post(second.client.url, publicQuery)).status).toBe(200);
  const { setMaintenanceMode } = await api.admin(setMaintenance, { input: { active: true, message: 'Wartung bis 10:30 Uhr', expectedEndAt: '2026-03-02T09:30:00Z' } });
  expect(setMaintenanceMode).toEqual({ __typename: 'MaintenanceModeView', active: true, message: 'Wartung bis 10:30 Uhr', retryAfterSeconds: 5400 });

  // The switch was turned in the test's process; the second process reads the same row.
  for (const url of [api.url, second.client.url]) {
    const refused = await post(url, publicQuery);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('5400');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([{ message: 'Wartung bis 10:30 Uhr', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5400 } }]);
  }

  // Staff, call displays and kiosks keep working; citizens may still read the state and the legal pages.
  expect((await post(second.client.url, publicQuery, api.adminToken)).body.data).toEqual({ offices: { edges: [{ node: { name: 'Bürgeramt Wartung' } }] } });
  const display = await post(second.client.url, `{ waitingRoom(officeId: "${office.officeId}") { name } }`, displayKey);
  expect(display.status).toBe(200);
  expect(display.body.errors).toBeUndefined();
  const open = await post(second.client.url, '{ maintenanceMode { active message } legalInformation { accessibilityEnforcementBody } }');
  expect(open.body.data?.maintenanceMode).toEqual({ active: true, message: 'Wartung bis 10:30 Uhr' });
  // Asking for more than the open fields at once is refused as a whole.
  expect((await post(api.url, '{ maintenanceMode { active } offices(first: 1) { edges { cursor } } }')).status).toBe(503);

  // A citizen's subscription is refused before it starts; a display's goes on.
  const citizen = socketClient(second.client.url);
  const refusedStream = collect(citizen, `subscription ($officeId: ID!) { availabilityChanged(officeId: $officeId) { version } }`, { officeId: office.officeId });
  await refusedStream.waitFor(1, 3000);
  expect(JSON.stringify(refusedStream.errors)).toContain('SERVICE_UNAVAILABLE');
  refusedStream.dispose();
  await citizen.dispose();

  const { setMaintenanceMode: off } = await api.admin(setMaintenance, { input: { active: false } });
  expect(off).toEqual({ __typename: 'MaintenanceModeView', active: false, message: '', retryAfterSeconds: null });
  for (const url of [api.url, second.client.url]) expect((await post(url, publicQuery)).status).toBe(200);
});

it('lets only platform admins turn the switch, audits it, and wants an end that lies ahead', async () => {
  const byDevice = await post(api.url, `mutation { setMaintenanceMode(input: { active: true }) { __typename } }`, displayKey);
  expect(byDevice.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const byCitizen = await post(api.url, `mutation { setMaintenanceMode(input: { active: true }) { __typename } }`);
  expect(byCitizen.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const { setMaintenanceMode: past } = await api.admin(setMaintenance, { input: { active: true, expectedEndAt: '2026-03-02T07:00:00Z' } });
  expect(past.__typename).toBe('InvalidInput');
  expect((await post(api.url, publicQuery)).status).toBe(200);

  const audited = await api.app.orm.em.fork().execute<{ details: { active: boolean } }[]>("select details from audit_entry where action = 'setMaintenanceMode' order by id");
  expect(audited.map((entry) => entry.details.active)).toEqual([true, false]);
});
