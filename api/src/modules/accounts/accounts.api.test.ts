import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const partnerOrigin = 'https://termine.partner.example';

const createStaff = graphql(`
  mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on StaffAccount {
        id
        username
        memberships {
          role
          office {
            id
          }
        }
      }
      ... on InvalidInput {
        problems
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const updateStaff = graphql(`
  mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) {
    updateStaffAccount(input: $input) {
      __typename
      ... on StaffAccount {
        id
        disabled
      }
    }
  }
`);
const login = graphql(`
  mutation AccountsLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on Session {
        token
        expiresAt
        account {
          username
        }
      }
      ... on AccountLocked {
        lockedUntil
      }
    }
  }
`);
const viewer = graphql(`
  query AccountsViewer {
    viewer {
      kind
      name
      account {
        username
        isAdmin
        memberships {
          role
          office {
            id
          }
        }
      }
    }
  }
`);
const createApiKey = graphql(`
  mutation AccountsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        key
        apiKey {
          id
          keyPrefix
          level
        }
      }
    }
  }
`);
const createDevice = graphql(`
  mutation AccountsCreateDevice($input: CreateDeviceInput!) {
    createDevice(input: $input) {
      __typename
      ... on CreatedDevice {
        key
        device {
          id
          kind
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const auditLog = graphql(`
  query AccountsAuditLog($officeId: ID) {
    auditLog(officeId: $officeId, first: 100) {
      edges {
        node {
          id
          at
          actorKind
          actorName
          action
          details
        }
      }
    }
  }
`);

function codes(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.map((error) => error.extensions?.code);
}

async function staffAccount(username: string, officeId: string, role: 'staff' | 'officeAdmin', token = api.adminToken) {
  return api.data(createStaff, { input: { username, displayName: username, password: `${username}-password-123`, memberships: [{ officeId, role }] } }, token);
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z', { CORS_ORIGINS: partnerOrigin, TRUST_PROXY: 'loopback' });
  officeA = await createOffice(api, 'Bürgeramt A');
  officeB = await createOffice(api, 'Bürgeramt B');
  await staffAccount('leitung.a', officeA.officeId, 'officeAdmin');
  await staffAccount('schalter.a', officeA.officeId, 'staff');
});

afterAll(async () => {
  await api?.stop();
});

describe('sign-in', () => {
  it('answers a session, sets an httpOnly cookie, and the cookie authenticates', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...documentOf(login), variables: { input: { username: 'Schalter.A', password: 'schalter.a-password-123' } } }),
    });
    const { data } = (await response.json()) as { data: { login: { __typename: string; expiresAt: string } } };
    expect(data.login).toMatchObject({ __typename: 'Session', expiresAt: '2026-03-02T20:00:00.000Z' });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^zms_session=zs_[\w-]+; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    const me = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] }, body: JSON.stringify({ query: viewer }) });
    expect(((await me.json()) as { data: { viewer: unknown } }).data.viewer).toMatchObject({ kind: 'staff', account: { username: 'schalter.a', memberships: [{ role: 'staff', office: { id: officeA.officeId } }] } });
  });

  it('refuses a wrong password and locks the account after five failures, for 15 minutes', async () => {
    await staffAccount('vergesslich', officeA.officeId, 'staff');
    const attempt = (password: string) => api.data(login, { input: { username: 'vergesslich', password } });
    for (let failure = 1; failure < 5; failure += 1) expect((await attempt('wrong')).login.__typename).toBe('InvalidCredentials');
    expect((await attempt('wrong')).login).toEqual({ __typename: 'AccountLocked', lockedUntil: '2026-03-02T08:15:00.000Z' });
    expect((await attempt('vergesslich-password-123')).login.__typename).toBe('AccountLocked');
    await api.advanceClock(15);
    expect((await attempt('vergesslich-password-123')).login.__typename).toBe('Session');
    await api.setClock('2026-03-02T08:00:00Z');
  });

  it('answers the same for an unknown username as for a wrong password', async () => {
    expect((await api.data(login, { input: { username: 'niemand', password: 'whatever-password' } })).login.__typename).toBe('InvalidCredentials');
  });

  it('ends sessions on logout, on expiry and when the account is disabled', async () => {
    const first = await api.login('schalter.a', 'schalter.a-password-123');
    expect(
      (
        await api.data(
          graphql(`
            mutation AccountsLogout {
              logout
            }
          `),
          {},
          first,
        )
      ).logout,
    ).toBe(true);
    expect(codes(await api.graphql(viewer, {}, first))).toEqual(['UNAUTHENTICATED']);

    const second = await api.login('schalter.a', 'schalter.a-password-123');
    await api.advanceClock(12 * 60);
    expect(codes(await api.graphql(viewer, {}, second))).toEqual(['UNAUTHENTICATED']);
    await api.setClock('2026-03-02T08:00:00Z');

    const third = await api.login('schalter.a', 'schalter.a-password-123');
    const { createStaffAccount } = await staffAccount('aushilfe', officeA.officeId, 'staff');
    const temp = await api.login('aushilfe', 'aushilfe-password-123');
    await api.admin(updateStaff, { input: { accountId: createStaffAccount.id, disabled: true } });
    expect(codes(await api.graphql(viewer, {}, temp))).toEqual(['UNAUTHENTICATED']);
    expect((await api.data(login, { input: { username: 'aushilfe', password: 'aushilfe-password-123' } })).login.__typename).toBe('InvalidCredentials');
    expect((await api.data(viewer, {}, third)).viewer.kind).toBe('staff');
  });
});

describe('staff administration', () => {
  it('lets an office admin create staff for their office only, and no admins', async () => {
    const token = await api.login('leitung.a', 'leitung.a-password-123');
    expect((await staffAccount('neu.a', officeA.officeId, 'staff', token)).createStaffAccount.__typename).toBe('StaffAccount');
    expect(codes(await api.graphql(createStaff, { input: { username: 'neu.b', displayName: 'B', password: 'neu.b-password-123', memberships: [{ officeId: officeB.officeId, role: 'staff' }] } }, token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(createStaff, { input: { username: 'chef', displayName: 'Chef', password: 'chef-password-1234', isAdmin: true, memberships: [] } }, token))).toEqual(['FORBIDDEN']);
  });

  it('refuses short passwords and taken usernames without writing', async () => {
    const short = await api.admin(createStaff, { input: { username: 'kurz', displayName: 'Kurz', password: 'short', memberships: [{ officeId: officeA.officeId, role: 'staff' }] } });
    expect(short.createStaffAccount).toMatchObject({ __typename: 'InvalidInput', problems: ['A password needs at least 12 characters.'] });
    expect((await staffAccount('schalter.a', officeA.officeId, 'staff')).createStaffAccount.__typename).toBe('InvalidInput');
  });

  it('keeps passwords as scrypt hashes', async () => {
    const [row] = await api.app.orm.em.fork().execute<{ password_hash: string }[]>(`select password_hash from staff_account where username = 'schalter.a'`);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('schalter.a-password-123');
  });
});

describe('API keys and devices', () => {
  it('books with a 115 key as HOTLINE and with a partner key as PARTNER, on the public contingent', async () => {
    const hotline = (await api.admin(createApiKey, { input: { name: '115 Berlin', level: 'callcenter' } })).createApiKey;
    const partner = (await api.admin(createApiKey, { input: { name: 'Partner', level: 'public' } })).createApiKey;
    expect(hotline.key).toMatch(/^zk_/);
    const book = async (key: string, start: string) => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start } }, key);
      const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Anrufer', phone: '030 1234567', email: key === partner.key ? 'p@example.org' : null } } }, key);
      return confirmAppointment.appointment.channel;
    };
    expect(await book(hotline.key, '2026-03-03T07:00:00Z')).toBe('HOTLINE');
    expect(await book(partner.key, '2026-03-03T07:10:00Z')).toBe('PARTNER');
    // Inside the lead time, where only staff book, the 115 gets no more than anyone online.
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: '2026-03-02T10:00:00Z' } }, hotline.key);
    expect(reserveSlot.__typename).toBe('OutsideBookingWindow');
    const stored = await api.app.orm.em.fork().execute<{ key_digest: string }[]>('select key_digest from api_key');
    expect(stored.map((row) => row.key_digest)).not.toContain(hotline.key);

    await api.admin(
      graphql(`
        mutation AccountsRevokeApiKey($input: RevokeInput!) {
          revokeApiKey(input: $input) {
            __typename
          }
        }
      `),
      { input: { id: hotline.apiKey.id } },
    );
    expect(codes(await api.graphql(viewer, {}, hotline.key))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives a device key its office and no booking or admin rights', async () => {
    const token = await api.login('leitung.a', 'leitung.a-password-123');
    const { createDevice: kiosk } = await api.data(createDevice, { input: { name: 'Kiosk Eingang', kind: 'kiosk', officeId: officeA.officeId } }, token);
    expect(kiosk.key).toMatch(/^zd_/);
    expect((await api.data(viewer, {}, kiosk.key)).viewer).toMatchObject({ kind: 'device', name: 'Kiosk Eingang' });
    expect(codes(await api.graphql(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: '2026-03-03T08:00:00Z' } }, kiosk.key))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(createDevice, { input: { name: 'Fremd', kind: 'display', officeId: officeB.officeId } }, token))).toEqual(['FORBIDDEN']);
  });
});

describe('audit log', () => {
  it('records who changed what at which office, without contact data, with the proxy-reported address', async () => {
    const hotline = (await api.admin(createApiKey, { input: { name: '115 Audit', level: 'callcenter' } })).createApiKey;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hotline.key}`, 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: op.reserveSlot, variables: { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: '2026-03-03T07:30:00Z' } } }),
    });
    const { reserveSlot } = ((await response.json()) as { data: { reserveSlot: { token: string } } }).data;
    await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Erika Mustermann', email: 'erika@example.org' } } }, hotline.key);

    const entries = (await api.admin(auditLog, { officeId: officeA.officeId })).auditLog.edges.map((edge) => edge.node);
    expect(entries).toContainEqual(expect.objectContaining({ actorKind: 'apiKey', actorName: '115 Audit', action: 'reserveSlot' }));
    const reserved = entries.find((entry: { action: string; actorName: string }) => entry.action === 'reserveSlot' && entry.actorName === '115 Audit')!;
    expect(reserved.details.clientAddress).toBe('203.0.113.7');
    expect(JSON.stringify(entries)).not.toMatch(/erika|Mustermann/i);
    expect(entries).toContainEqual(expect.objectContaining({ actorKind: 'staff', actorName: 'admin', action: 'createStaffAccount' }));
  });

  it('shows an office admin their office only, and the whole log to admins', async () => {
    const token = await api.login('leitung.a', 'leitung.a-password-123');
    expect((await api.data(auditLog, { officeId: officeA.officeId }, token)).auditLog.edges.length).toBeGreaterThan(0);
    expect(codes(await api.graphql(auditLog, { officeId: officeB.officeId }, token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(auditLog, {}, token))).toEqual(['FORBIDDEN']);
    expect((await api.admin(auditLog)).auditLog.edges.length).toBeGreaterThan(0);
  });
});

describe('web', () => {
  it('answers CORS for allowed origins only', async () => {
    const preflight = (origin: string) => fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    expect((await preflight(partnerOrigin)).headers.get('access-control-allow-origin')).toBe(partnerOrigin);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses simple cross-site requests that a cookie could authenticate (CSRF)', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect(response.status).toBe(400);
  });
});
