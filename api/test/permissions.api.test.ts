/**
 * SPEC rule 7: an API key, a staff role or a device key grants exactly its rights, on every
 * operation, over HTTP and over WebSocket alike. One table names, for every root field of the
 * schema, the callers who may call it; every caller calls every operation on both transports.
 * Expected rights follow the one table of rights in src/domain/accounts/principal.ts.
 */
import { buildSchema } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { currentSchemaText } from '../src/platform/graphql/schema-file';
import { adminPassword, adminUsername, startTestApi, type GraphQLResponse, type TestApi } from './api';
import { createOffice, type OfficeFixture } from './office-fixture';
import * as op from './operations';

// Monday 2 March 2026, 09:00 in Berlin: Tuesday 3 to Monday 16 March are in the public window.
const monday = '2026-03-02T08:00:00Z';

const callers = ['anonymous', 'partner', 'callcenter', 'staffA', 'officeAdminA', 'admin', 'displayA', 'kioskA'] as const;
type Caller = (typeof callers)[number];
/** Callers of the boundary cases only. */
type ExtraCaller = 'staffB' | 'officeAdminB';
type AnyCaller = Caller | ExtraCaller;

const everyone: readonly Caller[] = callers;
const citizens: readonly Caller[] = ['anonymous', 'partner', 'callcenter', 'staffA', 'officeAdminA', 'admin'];
const officeViewersOfA: readonly Caller[] = ['staffA', 'officeAdminA', 'admin'];
const officeAdminsOfA: readonly Caller[] = ['officeAdminA', 'admin'];
const adminOnly: readonly Caller[] = ['admin'];

type Transport = 'HTTP' | 'WebSocket';
const transports: readonly Transport[] = ['HTTP', 'WebSocket'];

interface Run {
  caller: AnyCaller;
  transport: Transport;
}

interface Case {
  /** Names the variant where an operation has more than one. */
  label?: string;
  document: string;
  allowed: readonly Caller[];
  /** Aims at office A's administration: office admins of other offices must be refused. */
  officeA?: boolean;
  /** Variables of one call; where the call deletes or revokes, a fresh target of the caller's own. */
  variables?: (run: Run) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** A credential to send instead of the caller's own (logout ends the session it comes with). */
  credential?: (run: Run) => Promise<string | undefined>;
  /**
   * Marks a subscription (served over WebSocket only): an allowed caller gets an event, which
   * `trigger` causes; a refused one gets the error at once.
   */
  subscription?: { trigger: () => Promise<unknown> };
}

let api: TestApi;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const tokens = {} as Record<AnyCaller, string | undefined>;
const accounts = {} as Record<'staffA' | 'officeAdminA' | 'staffB' | 'officeAdminB' | 'pilot' | 'target' | 'dualRole', { id: string; username: string; password: string }>;
const shared = {} as {
  counterId: string;
  groupId: string;
  saturdayRuleId: string;
  appointment: { number: number; secret: string };
};
const wsClients = new Map<string, Client>();

// ---------------------------------------------------------------------------------------------
// Fixtures through the real API, as the bootstrap admin

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

/** A calendar day far beyond every booking window, different on every call. */
function spareDate(): string {
  const date = new Date(Date.UTC(2026, 8, 1) + ++sequence * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Starts of public slots of office A and B (08:00–12:00 Berlin, CET), each handed out once. */
function slotStarts(): () => string {
  const days = ['03', '04', '05', '06', '09', '10', '11', '12', '13', '16'];
  const starts = days.flatMap((day) => Array.from({ length: 24 }, (_, index) => new Date(Date.UTC(2026, 2, Number(day), 7, index * 10)).toISOString()));
  return () => {
    const start = starts.shift();
    if (!start) throw new Error('out of slot starts');
    return start;
  };
}
const nextStartA = slotStarts();
const nextStartB = slotStarts();

const saturdayRule = { weekdays: [6], startTime: '08:00', endTime: '09:00', validFrom: '2026-01-01', publicCounters: 1, internCounters: 1, startInDays: 1, endInDays: 14, slotMinutes: 10 };

async function adminCall(document: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const data = await api.admin(document, variables);
  return Object.values(data)[0] as Record<string, any>;
}

async function createStaff(key: keyof typeof accounts, memberships: { officeId: string; role: 'staff' | 'officeAdmin' }[]) {
  const username = `${key.toLowerCase()}-user`;
  const password = `${key}-password-long-enough`;
  const created = await adminCall(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename ... on StaffAccount { id } } }`, {
    input: { username, password, displayName: key, memberships },
  });
  if (created.__typename !== 'StaffAccount') throw new Error(`createStaffAccount ${key}: ${created.__typename}`);
  accounts[key] = { id: created.id, username, password };
}

async function createApiKey(level: 'public' | 'callcenter'): Promise<{ id: string; key: string }> {
  const created = await adminCall(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key apiKey { id } } } }`, {
    input: { name: unique(`key ${level}`), level },
  });
  return { id: created.apiKey.id, key: created.key };
}

async function createDevice(kind: 'display' | 'kiosk'): Promise<{ id: string; key: string }> {
  const created = await adminCall(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key device { id } } } }`, {
    input: { officeId: officeA.officeId, kind, name: unique(kind) },
  });
  return { id: created.device.id, key: created.key };
}

async function createService(): Promise<string> {
  return (await adminCall(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name: unique('Angebot') } })).id;
}

async function createCounter(): Promise<string> {
  return (await adminCall(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: officeA.officeId, name: unique('Schalter') } })).id;
}

async function createGroup(): Promise<string> {
  return (await adminCall(`mutation ($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }`, { input: { name: unique('Gruppe'), officeIds: [officeA.officeId] } })).id;
}

async function createRule(officeId: string): Promise<string> {
  const change = await adminCall(`mutation ($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on CapacityChange { rule { id } } } }`, {
    input: { officeId, ...saturdayRule },
  });
  return change.rule.id;
}

/** A confirmed appointment at office A, booked by an anonymous citizen. */
async function book(start = nextStartA()): Promise<{ number: number; secret: string }> {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot at ${start}: ${reserveSlot.__typename}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment: ${confirmAppointment.__typename}`);
  return { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
}

// ---------------------------------------------------------------------------------------------
// Calling as someone, over HTTP or graphql-ws

/** A graphql-ws client that connects on its first operation and then keeps its one socket open. */
function wsClient(token: string | undefined): Client {
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    lazyCloseTimeout: 600_000,
  });
}

/** Resolves with the close code of the client's next socket close. */
function nextClose(client: Client): Promise<number> {
  return new Promise((resolve) => {
    const off = client.on('closed', (event) => {
      off();
      resolve((event as { code: number }).code);
    });
  });
}

/** The outcome of one operation on a client that may have its socket closed on it. */
function outcomeOver(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  return overWebSocket(client, query, variables).then(outcomeOf, (error) => {
    if (error instanceof SocketClosed) return `socket closed with ${error.code}`;
    throw error;
  });
}

class SocketClosed extends Error {
  constructor(readonly code: number) {
    super(`WebSocket closed with ${code}`);
  }
}

/** One query or mutation over a graphql-ws client; a closed socket rejects with SocketClosed. */
function overWebSocket(client: Client, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    let result: GraphQLResponse | undefined;
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as GraphQLResponse;
        },
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error as GraphQLResponse['errors'] });
          else if (error && typeof (error as { code?: unknown }).code === 'number') reject(new SocketClosed((error as { code: number }).code));
          else reject(error);
        },
        complete: () => (result ? resolve(result) : reject(new Error('the operation completed without a result'))),
      },
    );
  });
}

function sharedClient(caller: AnyCaller): Client {
  let client = wsClients.get(caller);
  if (!client) {
    client = wsClient(tokens[caller]);
    wsClients.set(caller, client);
  }
  return client;
}

async function call(transport: Transport, caller: AnyCaller, query: string, variables: Record<string, unknown>, credential?: string): Promise<GraphQLResponse> {
  const token = credential ?? tokens[caller];
  if (transport === 'HTTP') return api.graphql(query, variables, token);
  if (credential === undefined) return overWebSocket(sharedClient(caller), query, variables);
  const client = wsClient(token);
  try {
    return await overWebSocket(client, query, variables);
  } finally {
    await client.dispose();
  }
}

/** allowed, UNAUTHENTICATED or FORBIDDEN (as the only error), or what else came back. */
function outcomeOf(response: GraphQLResponse): string {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
  if (codes.length === 0) return 'allowed';
  if (codes.length === 1 && (codes[0] === 'UNAUTHENTICATED' || codes[0] === 'FORBIDDEN')) return codes[0];
  return `errors ${codes.join(', ')}: ${response.errors!.map((error) => error.message).join(' | ')}`;
}

function expectedOutcome(caller: AnyCaller, allowed: readonly Caller[]): string {
  if ((allowed as readonly string[]).includes(caller)) return 'allowed';
  return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

async function outcome(entry: Case, transport: Transport, caller: AnyCaller): Promise<string> {
  if (entry.subscription) return (await outcomes(entry, transport, [caller]))[caller];
  const run = { caller, transport };
  const variables = (await entry.variables?.(run)) ?? {};
  const credential = await entry.credential?.(run);
  try {
    return outcomeOf(await call(transport, caller, entry.document, variables, credential));
  } catch (error) {
    if (error instanceof SocketClosed) return `socket closed with ${error.code}`;
    throw error;
  }
}

/** Subscribes; settles with the outcome of the first message: an event (allowed) or an error. */
function openSubscription(client: Client, query: string, variables: Record<string, unknown>): { first: Promise<string>; stop(): void } {
  let stop = () => {};
  const first = new Promise<string>((resolve) => {
    stop = client.subscribe(
      { query, variables },
      {
        next: (value) => resolve(outcomeOf(value as GraphQLResponse)),
        error: (error) => {
          if (Array.isArray(error)) resolve(outcomeOf({ errors: error as GraphQLResponse['errors'] }));
          else if (error && typeof (error as { code?: unknown }).code === 'number') resolve(`socket closed with ${(error as { code: number }).code}`);
          else resolve(`failed: ${String(error)}`);
        },
        complete: () => resolve('completed without an event'),
      },
    );
  });
  return { first, stop: () => stop() };
}

/** Every caller subscribed at once; the trigger repeats until every subscription answered or 5 s passed. */
async function subscriptionOutcomes(entry: Case, transport: Transport, who: readonly AnyCaller[]): Promise<Record<string, string>> {
  const subscriptions = await Promise.all(
    who.map(async (caller) => {
      const variables = (await entry.variables?.({ caller, transport })) ?? {};
      const subscription = { caller, value: undefined as string | undefined, ...openSubscription(sharedClient(caller), entry.document, variables) };
      void subscription.first.then((value) => (subscription.value = value));
      return subscription;
    }),
  );
  const deadline = Date.now() + 5_000;
  while (subscriptions.some((subscription) => subscription.value === undefined) && Date.now() < deadline) {
    await entry.subscription!.trigger();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  for (const subscription of subscriptions) subscription.stop();
  return Object.fromEntries(subscriptions.map((subscription) => [subscription.caller, subscription.value ?? 'no event within 5 s']));
}

/** Every caller in parallel; answers caller → outcome. */
async function outcomes(entry: Case, transport: Transport, who: readonly AnyCaller[]): Promise<Record<string, string>> {
  if (entry.subscription) {
    if (transport !== 'WebSocket') throw new Error('subscriptions are served over WebSocket only');
    return subscriptionOutcomes(entry, transport, who);
  }
  const results = await Promise.all(who.map(async (caller) => [caller, await outcome(entry, transport, caller)] as const));
  return Object.fromEntries(results);
}

// ---------------------------------------------------------------------------------------------
// The table: every root field of the schema, with the callers allowed to call it

const result = (field: string, selection = '') => `${field}(input: $input) { __typename ${selection} ... on ErrorResult { code message } }`;

const table: Record<string, Case | Case[]> = {
  // Queries ------------------------------------------------------------------------------------
  apiKeys: { document: `{ apiKeys { id name level } }`, allowed: adminOnly },
  appointment: { document: op.appointment, allowed: citizens, variables: () => ({ input: shared.appointment }) },
  auditLog: [
    { label: 'of all offices', document: `{ auditLog(first: 5) { edges { node { action at actorKind } } } }`, allowed: adminOnly },
    {
      label: 'of office A',
      document: `query ($officeId: ID) { auditLog(first: 5, officeId: $officeId) { edges { node { action at actorKind } } } }`,
      allowed: officeAdminsOfA,
      officeA: true,
      variables: () => ({ officeId: officeA.officeId }),
    },
  ],
  availableDays: {
    document: op.availableDays,
    allowed: everyone,
    variables: () => ({ input: { serviceIds: [officeA.shortServiceId], officeIds: [officeA.officeId], from: '2026-03-03', to: '2026-03-16' } }),
  },
  availableSlots: {
    document: op.availableSlots,
    allowed: everyone,
    variables: () => ({ input: { serviceIds: [officeA.shortServiceId], officeIds: [officeA.officeId], date: '2026-03-03' } }),
  },
  office: { document: `query ($id: ID!) { office(id: $id) { id name } }`, allowed: everyone, variables: () => ({ id: officeA.officeId }) },
  officeGroups: { document: `{ officeGroups { id name offices { id } } }`, allowed: everyone },
  offices: { document: `{ offices(first: 5) { edges { node { id name } } } }`, allowed: everyone },
  services: { document: `{ services(first: 5) { edges { node { id name } } } }`, allowed: everyone },
  staffAccounts: [
    // principal.ts: any role at an office may see its staff (viewOfficeAdministration).
    { label: 'of the offices the caller sees', document: `{ staffAccounts(first: 5) { edges { node { id username } } } }`, allowed: officeViewersOfA },
    {
      label: 'of office A',
      document: `query ($officeId: ID) { staffAccounts(first: 5, officeId: $officeId) { edges { node { id username } } } }`,
      allowed: officeViewersOfA,
      officeA: true,
      variables: () => ({ officeId: officeA.officeId }),
    },
  ],
  viewer: { document: `{ viewer { kind name account { username } } }`, allowed: everyone },

  // Booking ------------------------------------------------------------------------------------
  reserveSlot: {
    document: op.reserveSlot,
    allowed: citizens,
    variables: () => ({ input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } }),
  },
  confirmAppointment: {
    document: op.confirmAppointment,
    allowed: citizens,
    variables: async () => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } });
      return { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } };
    },
  },
  cancelAppointment: { document: op.cancelAppointment, allowed: citizens, variables: async () => ({ input: await book() }) },
  rescheduleAppointment: {
    document: op.rescheduleAppointment,
    allowed: citizens,
    variables: async () => ({ input: { ...(await book()), start: nextStartA() } }),
  },

  // Accounts -----------------------------------------------------------------------------------
  login: {
    document: `mutation ($input: LoginInput!) { ${result('login', '... on Session { token }')} }`,
    allowed: everyone,
    variables: () => ({ input: { username: accounts.pilot.username, password: accounts.pilot.password } }),
  },
  logout: {
    document: `mutation { logout }`,
    allowed: everyone,
    // Staff sign out of a session of their own for this call, so that their main token lives on.
    credential: async ({ caller }) => {
      if (caller === 'admin') return api.login(adminUsername, adminPassword);
      if (caller === 'staffA' || caller === 'officeAdminA') return api.login(accounts[caller].username, accounts[caller].password);
      return undefined;
    },
  },
  createStaffAccount: {
    document: `mutation ($input: CreateStaffAccountInput!) { ${result('createStaffAccount', '... on StaffAccount { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { username: unique('new-staff'), password: 'a-password-long-enough', displayName: 'Neu', memberships: [{ officeId: officeA.officeId, role: 'staff' }] } }),
  },
  updateStaffAccount: {
    document: `mutation ($input: UpdateStaffAccountInput!) { ${result('updateStaffAccount', '... on StaffAccount { id displayName }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { accountId: accounts.target.id, displayName: unique('Umbenannt') } }),
  },
  createApiKey: {
    document: `mutation ($input: CreateApiKeyInput!) { ${result('createApiKey', '... on CreatedApiKey { key }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { name: unique('Partner'), level: 'public' } }),
  },
  revokeApiKey: {
    document: `mutation ($input: RevokeInput!) { ${result('revokeApiKey', '... on ApiKey { revokedAt }')} }`,
    allowed: adminOnly,
    variables: async () => ({ input: { id: (await createApiKey('public')).id } }),
  },
  createDevice: {
    document: `mutation ($input: CreateDeviceInput!) { ${result('createDevice', '... on CreatedDevice { key }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, kind: 'display', name: unique('Anzeige') } }),
  },
  revokeDevice: {
    document: `mutation ($input: RevokeInput!) { ${result('revokeDevice', '... on Device { revokedAt }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => ({ input: { id: (await createDevice('kiosk')).id } }),
  },

  // Catalog ------------------------------------------------------------------------------------
  createOffice: {
    document: `mutation ($input: CreateOfficeInput!) { ${result('createOffice', '... on Office { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { name: unique('Amt'), address: { street: 'Teststraße', houseNumber: '2', postalCode: '10115' } } }),
  },
  createService: {
    document: `mutation ($input: CreateServiceInput!) { ${result('createService', '... on Service { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { name: unique('Dienstleistung') } }),
  },
  updateOfficeSettings: {
    document: `mutation ($input: UpdateOfficeSettingsInput!) { ${result('updateOfficeSettings', '... on Office { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, reservationMinutes: 20 } }),
  },
  setOpeningHours: {
    document: `mutation ($input: SetOpeningHoursInput!) { ${result('setOpeningHours', '... on Office { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '12:00' }] } }),
  },
  setOfficeService: {
    document: `mutation ($input: SetOfficeServiceInput!) { ${result('setOfficeService', '... on OfficeService { durationSlots }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    // A service of the call's own: two first offers of one service at once race (see the report).
    variables: async () => ({ input: { officeId: officeA.officeId, serviceId: await createService(), durationSlots: 1 } }),
  },
  removeOfficeService: {
    document: `mutation ($input: RemoveOfficeServiceInput!) { ${result('removeOfficeService', '... on Deleted { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => {
      const serviceId = await createService();
      await adminCall(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId: officeA.officeId, serviceId, durationSlots: 1 } });
      return { input: { officeId: officeA.officeId, serviceId } };
    },
  },
  createCounter: {
    document: `mutation ($input: CreateCounterInput!) { ${result('createCounter', '... on Counter { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, name: unique('Schalter'), room: 'Raum 1' } }),
  },
  updateCounter: {
    document: `mutation ($input: UpdateCounterInput!) { ${result('updateCounter', '... on Counter { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { counterId: shared.counterId, name: unique('Schalter'), room: 'Raum 2' } }),
  },
  deleteCounter: {
    document: `mutation ($input: DeleteCounterInput!) { ${result('deleteCounter', '... on Deleted { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => ({ input: { counterId: await createCounter() } }),
  },
  createOfficeGroup: {
    document: `mutation ($input: OfficeGroupInput!) { ${result('createOfficeGroup', '... on OfficeGroup { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { name: unique('Gruppe'), officeIds: [officeA.officeId] } }),
  },
  updateOfficeGroup: {
    document: `mutation ($input: UpdateOfficeGroupInput!) { ${result('updateOfficeGroup', '... on OfficeGroup { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { groupId: shared.groupId, name: unique('Gruppe'), officeIds: [officeA.officeId] } }),
  },
  deleteOfficeGroup: {
    document: `mutation ($input: DeleteOfficeGroupInput!) { ${result('deleteOfficeGroup', '... on Deleted { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => ({ input: { groupId: await createGroup() } }),
  },

  // Capacity -----------------------------------------------------------------------------------
  availabilityChanged: {
    // Free capacity is public, as availableSlots is: everyone may follow it.
    document: `subscription ($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }`,
    allowed: everyone,
    variables: () => ({ officeId: officeA.officeId }),
    subscription: { trigger: () => api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } }) },
  },
  createCapacityRule: {
    document: `mutation ($input: CreateCapacityRuleInput!) { ${result('createCapacityRule', '... on CapacityChange { rule { id } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, ...saturdayRule } }),
  },
  updateCapacityRule: {
    document: `mutation ($input: UpdateCapacityRuleInput!) { ${result('updateCapacityRule', '... on CapacityChange { rule { id } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { ruleId: shared.saturdayRuleId, ...saturdayRule } }),
  },
  deleteCapacityRule: {
    document: `mutation ($input: DeleteCapacityRuleInput!) { ${result('deleteCapacityRule', '... on CapacityChange { office { id } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => ({ input: { ruleId: await createRule(officeA.officeId) } }),
  },
  addClosure: {
    document: `mutation ($input: AddClosureInput!) { ${result('addClosure', '... on CapacityChange { closure { id } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, date: spareDate(), reason: 'Betriebsausflug' } }),
  },
  removeClosure: {
    document: `mutation ($input: RemoveClosureInput!) { ${result('removeClosure', '... on CapacityChange { office { id } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => {
      const change = await adminCall(`mutation ($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }`, {
        input: { officeId: officeA.officeId, date: spareDate(), reason: 'Umzug' },
      });
      return { input: { closureId: change.closure.id } };
    },
  },
};

const entries = Object.entries(table).flatMap(([operation, cases]) =>
  (Array.isArray(cases) ? cases : [cases]).map((entry) => ({ operation, name: entry.label ? `${operation} (${entry.label})` : operation, entry })),
);

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  api = await startTestApi(monday);
  // One after the other: the first office creates the organisation (two at once race for it).
  officeA = await createOffice(api, 'Amt A');
  officeB = await createOffice(api, 'Amt B');
  await Promise.all([
    createStaff('staffA', [{ officeId: officeA.officeId, role: 'staff' }]),
    createStaff('officeAdminA', [{ officeId: officeA.officeId, role: 'officeAdmin' }]),
    createStaff('staffB', [{ officeId: officeB.officeId, role: 'staff' }]),
    createStaff('officeAdminB', [{ officeId: officeB.officeId, role: 'officeAdmin' }]),
    createStaff('pilot', [{ officeId: officeA.officeId, role: 'staff' }]),
    createStaff('target', [{ officeId: officeA.officeId, role: 'staff' }]),
    createStaff('dualRole', [
      { officeId: officeA.officeId, role: 'staff' },
      { officeId: officeB.officeId, role: 'officeAdmin' },
    ]),
  ]);
  const [partner, callcenter, display, kiosk] = await Promise.all([createApiKey('public'), createApiKey('callcenter'), createDevice('display'), createDevice('kiosk')]);
  const [staffA, officeAdminA, staffB, officeAdminB, admin] = await Promise.all([
    api.login(accounts.staffA.username, accounts.staffA.password),
    api.login(accounts.officeAdminA.username, accounts.officeAdminA.password),
    api.login(accounts.staffB.username, accounts.staffB.password),
    api.login(accounts.officeAdminB.username, accounts.officeAdminB.password),
    api.login(adminUsername, adminPassword),
  ]);
  Object.assign(tokens, { anonymous: undefined, partner: partner.key, callcenter: callcenter.key, staffA, officeAdminA, admin, displayA: display.key, kioskA: kiosk.key, staffB, officeAdminB });
  [shared.counterId, shared.groupId, shared.appointment] = await Promise.all([createCounter(), createGroup(), book()]);
  shared.saturdayRuleId = await createRule(officeA.officeId);
});

afterAll(async () => {
  await Promise.all([...wsClients.values()].map((client) => client.dispose()));
  await api?.stop();
});

it('has one entry for every operation of the schema and none for others', async () => {
  const schema = buildSchema(await currentSchemaText());
  const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
  const inTable = Object.keys(table);
  expect(operations.filter((name) => !inTable.includes(name)).sort(), 'operations without an entry in the table').toEqual([]);
  expect(inTable.filter((name) => !operations.includes(name)).sort(), 'entries for operations the schema lacks').toEqual([]);
});

describe.each(transports)('over %s', (transport) => {
  // Subscriptions have no HTTP transport: graphql-ws serves them.
  it.each(entries.filter(({ entry }) => transport === 'WebSocket' || !entry.subscription))('$name', async ({ entry }) => {
    const expected = Object.fromEntries(callers.map((caller) => [caller, expectedOutcome(caller, entry.allowed)]));
    expect(await outcomes(entry, transport, callers)).toEqual(expected);
  });
});

describe('boundaries', () => {
  const officeAEntries = entries.filter(({ entry }) => entry.officeA);

  it.each(['staffB', 'officeAdminB'] as const)('refuses %s every administration of office A, on both transports', async (caller) => {
    const refused: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const transport of transports) {
      await Promise.all(
        officeAEntries.filter(({ entry }) => transport === 'WebSocket' || !entry.subscription).map(async ({ name, entry }) => {
          refused[`${transport} ${name}`] = 'FORBIDDEN';
          actual[`${transport} ${name}`] = await outcome(entry, transport, caller);
        }),
      );
    }
    expect(actual).toEqual(refused);
  });

  it('lets staff book only at their own offices: reserveSlot at A is refused to staff of B, at B it works', async () => {
    for (const transport of transports) {
      const atA = await call(transport, 'staffB', op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } });
      expect(outcomeOf(atA), `${transport} at A`).toBe('FORBIDDEN');
      const atB = await call(transport, 'staffB', op.reserveSlot, { input: { officeId: officeB.officeId, serviceIds: [officeB.shortServiceId], start: nextStartB() } });
      expect(outcomeOf(atB), `${transport} at B`).toBe('allowed');
      expect(atB.data?.reserveSlot.__typename, `${transport} at B`).toBe('Reservation');
    }
  });

  it('refuses the office admin of A a capacity rule at office B', async () => {
    const { document } = table.createCapacityRule as Case;
    for (const transport of transports) {
      const response = await call(transport, 'officeAdminA', document, { input: { officeId: officeB.officeId, ...saturdayRule } });
      expect(outcomeOf(response), transport).toBe('FORBIDDEN');
    }
    const { office } = await api.admin(`query ($id: ID!) { office(id: $id) { capacityRules { id } } }`, { id: officeB.officeId });
    expect(office.capacityRules).toHaveLength(1);
  });

  it("does not open an appointment with another appointment's secret", async () => {
    const [first, second] = await Promise.all([book(), book()]);
    const mixed = { number: first.number, secret: second.secret };
    for (const transport of transports) {
      const viewed = await call(transport, 'anonymous', op.appointment, { input: mixed });
      expect(viewed, transport).toEqual({ data: { appointment: null } });
      const cancelled = await call(transport, 'anonymous', op.cancelAppointment, { input: mixed });
      expect(cancelled.data?.cancelAppointment.__typename, transport).toBe('NotFound');
    }
    const { appointment } = await api.data(op.appointment, { input: first });
    expect(appointment.status).toBe('confirmed');
  });

  it('refuses a display device of office A an administration of office A', async () => {
    for (const transport of transports) {
      for (const name of ['updateOfficeSettings', 'createCounter', 'addClosure'] as const) {
        expect(await outcome(table[name] as Case, transport, 'displayA'), `${transport} ${name}`).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses a revoked API key: UNAUTHENTICATED over HTTP, a new WebSocket closes with 4401, an open one goes no further', async () => {
    const key = await createApiKey('public');
    const open = wsClient(key.key);
    try {
      expect(await outcomeOver(open, `{ viewer { kind } }`)).toBe('allowed');
      await adminCall(`mutation ($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }`, { input: { id: key.id } });

      expect(outcomeOf(await api.graphql(`{ viewer { kind } }`, {}, key.key))).toBe('UNAUTHENTICATED');
      expect(outcomeOf(await api.graphql(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } }, key.key))).toBe('UNAUTHENTICATED');

      const fresh = wsClient(key.key);
      const closed = nextClose(fresh);
      expect(await outcomeOver(fresh, `{ viewer { kind } }`)).toBe('socket closed with 4401');
      expect(await closed).toBe(4401);
      await fresh.dispose();

      // The socket opened before the revocation must not go on with the key's rights either.
      expect(['UNAUTHENTICATED', 'socket closed with 4401']).toContain(await outcomeOver(open, `{ viewer { kind } }`));
    } finally {
      await open.dispose();
    }
  });

  it('refuses a session token after logout: UNAUTHENTICATED over HTTP, a new WebSocket closes with 4401, an open one goes no further', async () => {
    const token = await api.login(accounts.staffA.username, accounts.staffA.password);
    const open = wsClient(token);
    try {
      expect(await outcomeOver(open, `{ viewer { kind } }`)).toBe('allowed');
      expect((await api.data(`mutation { logout }`, {}, token)).logout).toBe(true);

      expect(outcomeOf(await api.graphql(`{ viewer { kind } }`, {}, token))).toBe('UNAUTHENTICATED');
      expect(outcomeOf(await api.graphql(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } }, token))).toBe('UNAUTHENTICATED');

      const fresh = wsClient(token);
      const closed = nextClose(fresh);
      expect(await outcomeOver(fresh, `{ viewer { kind } }`)).toBe('socket closed with 4401');
      expect(await closed).toBe(4401);
      await fresh.dispose();

      expect(['UNAUTHENTICATED', 'socket closed with 4401']).toContain(await outcomeOver(open, `{ viewer { kind } }`));
    } finally {
      await open.dispose();
    }
  });

  it('refuses the office admin of A a password reset of an account that administers office B', async () => {
    // The account is staff at A but officeAdmin at B: its password opens office B's administration.
    for (const transport of transports) {
      const response = await call(transport, 'officeAdminA', `mutation ($input: UpdateStaffAccountInput!) { ${result('updateStaffAccount', '... on StaffAccount { id }')} }`, {
        input: { accountId: accounts.dualRole.id, password: 'taken-over-password-123' },
      });
      expect(outcomeOf(response), transport).toBe('FORBIDDEN');
    }
  });
});
