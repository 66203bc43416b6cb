/**
 * SPEC rule 7: an API key, a staff role or a device key grants exactly its rights, on every
 * operation, over HTTP and over WebSocket alike. One table names, for every root field of the
 * schema, the callers who may call it; every caller calls every operation on both transports.
 * Expected rights follow the one table of rights in src/domain/accounts/principal.ts.
 * A typed error result (NotAtCounter, OfficeClosed, InvalidTransition, …) counts as allowed: the
 * caller got past the rights check.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { expectOneEntryPerOperation } from './operation-coverage';
import { adminPassword, adminUsername, documentOf, startTestApi, type GraphQLResponse, type Operation, type TestApi, type TestResult, type TypedDocumentString } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

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
/** workQueue at office A: staff and office admins of A, and the admin. */
const queueWorkersOfA: readonly Caller[] = ['staffA', 'officeAdminA', 'admin'];
/** issueTicket and checkIn at office A: its kiosk and its staff. */
const ticketIssuersOfA: readonly Caller[] = ['kioskA', 'staffA', 'officeAdminA', 'admin'];
/** viewCalls at office A: its display and kiosk, and its staff. */
const callViewersOfA: readonly Caller[] = ['displayA', 'kioskA', 'staffA', 'officeAdminA', 'admin'];
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
  document: Operation;
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
const accounts = {} as Record<'staffA' | 'officeAdminA' | 'staffB' | 'officeAdminB' | 'pilot' | 'target' | 'dualRole' | 'clerk', { id: string; username: string; password: string }>;
/** Staff who sign in at counters: the queue workers of A, the boundary caller of B, and the clerk. */
type CounterWorker = 'staffA' | 'officeAdminA' | 'admin' | 'staffB' | 'clerk';
const shared = {} as {
  counterId: string;
  groupId: string;
  saturdayRuleId: string;
  appointment: { number: number; secret: string };
  /** A group of offices A and B: no device of A may see its calls. */
  groupAB: string;
  /** A counter of each worker's own (staffB's at office B), so that sessions never share one. */
  counters: Record<CounterWorker, string>;
  /** A staff member of A signed in at a counter of A, who moves fixture entries on (never a caller). */
  clerkToken: string;
  /** A walk-in ticket of office A, read by the status operations. */
  ticket: { id: string; number: string; secret: string };
  /** Numbers of confirmed appointments of today at office A, one for each check-in that should get through. */
  todayAppointments: number[];
  /** The one organisation, founded by the first office. */
  organisation: { id: string; name: string };
  /** A draw of a service of its own at office A (in draw mode there), open for registration, with one registration. */
  draw: { id: string; serviceId: string; registrationId: string };
  /** Another such draw, for cancelDraw. */
  cancellableDrawId: string;
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

/** The answer of the document's one root field. */
async function adminCall<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<TestResult<Result>[keyof TestResult<Result>]> {
  const data = await api.admin(document, variables);
  return Object.values(data)[0] as TestResult<Result>[keyof TestResult<Result>];
}

async function createStaff(key: keyof typeof accounts, memberships: { officeId: string; role: 'staff' | 'officeAdmin' }[]) {
  const username = `${key.toLowerCase()}-user`;
  const password = `${key}-password-long-enough`;
  const created = await adminCall(
    graphql(`
      mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {
        createStaffAccount(input: $input) {
          __typename
          ... on StaffAccount {
            id
          }
        }
      }
    `),
    {
      input: { username, password, displayName: key, memberships },
    },
  );
  if (created.__typename !== 'StaffAccount') throw new Error(`createStaffAccount ${key}: ${created.__typename}`);
  accounts[key] = { id: created.id, username, password };
}

async function createApiKey(level: 'public' | 'callcenter'): Promise<{ id: string; key: string }> {
  const created = await adminCall(
    graphql(`
      mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          ... on CreatedApiKey {
            key
            apiKey {
              id
            }
          }
        }
      }
    `),
    {
      input: { name: unique(`key ${level}`), level },
    },
  );
  return { id: created.apiKey.id, key: created.key };
}

async function createDevice(kind: 'display' | 'kiosk'): Promise<{ id: string; key: string }> {
  const created = await adminCall(
    graphql(`
      mutation PermissionsCreateDevice($input: CreateDeviceInput!) {
        createDevice(input: $input) {
          ... on CreatedDevice {
            key
            device {
              id
            }
          }
        }
      }
    `),
    {
      input: { officeId: officeA.officeId, kind, name: unique(kind) },
    },
  );
  return { id: created.device.id, key: created.key };
}

async function createService(): Promise<string> {
  return (
    await adminCall(
      graphql(`
        mutation PermissionsCreateService($input: CreateServiceInput!) {
          createService(input: $input) {
            ... on Service {
              id
            }
          }
        }
      `),
      { input: { name: unique('Angebot') } },
    )
  ).id;
}

/**
 * A draw at office A over a week of its own (draws of one service may not share dates), its
 * registration open since before the test clock: the first over the Monday to Friday after next.
 */
let drawWeeks = 0;
function drawInput(serviceId: string) {
  const monday = new Date(Date.UTC(2026, 2, 9 + 7 * drawWeeks++));
  const day = (offset: number) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { serviceId, officeIds: [officeA.officeId], registrationOpensAt: '2026-03-01T08:00:00Z', registrationClosesAt: '2026-03-05T08:00:00Z', slotsFrom: day(0), slotsTo: day(4) };
}
const drawRegistrationInput = () => ({
  drawId: shared.draw.id,
  officeIds: [officeA.officeId],
  dateFrom: '2026-03-09',
  dateTo: '2026-03-13',
  persons: 1,
  rollOver: false,
  contact: { name: 'Ada Los', email: `${unique('ada')}@example.org` },
});

/** A service of its own at office A, in draw mode there, and a draw of it. */
async function createDraw(serviceId?: string): Promise<{ id: string; serviceId: string }> {
  const service = serviceId ?? (await createService());
  if (!serviceId) {
    await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId: officeA.officeId, serviceId: service, durationSlots: 1 } });
    await api.admin(`mutation ($input: SetServiceReleaseModeInput!) { setServiceReleaseMode(input: $input) { __typename } }`, { input: { officeId: officeA.officeId, serviceId: service, mode: 'draw' } });
  }
  const { scheduleDraw } = await api.admin(`mutation ($input: ScheduleDrawInput!) { scheduleDraw(input: $input) { __typename ... on Draw { id } ... on InvalidInput { problems } } }`, { input: drawInput(service) });
  if (scheduleDraw.__typename !== 'Draw') throw new Error(`scheduleDraw: ${JSON.stringify(scheduleDraw)}`);
  return { id: scheduleDraw.id, serviceId: service };
}

async function createCounter(officeId = officeA.officeId): Promise<string> {
  return (
    await adminCall(
      graphql(`
        mutation PermissionsCreateCounter($input: CreateCounterInput!) {
          createCounter(input: $input) {
            ... on Counter {
              id
            }
          }
        }
      `),
      { input: { officeId, name: unique('Schalter'), room: 'Raum 3' } },
    )
  ).id;
}

async function createGroup(officeIds = [officeA.officeId]): Promise<string> {
  return (
    await adminCall(
      graphql(`
        mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {
          createOfficeGroup(input: $input) {
            ... on OfficeGroup {
              id
            }
          }
        }
      `),
      { input: { name: unique('Gruppe'), officeIds } },
    )
  ).id;
}

async function createRule(officeId: string): Promise<string> {
  const change = await adminCall(
    graphql(`
      mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) {
        createCapacityRule(input: $input) {
          __typename
          ... on CapacityChange {
            rule {
              id
            }
          }
        }
      }
    `),
    {
      input: { officeId, ...saturdayRule },
    },
  );
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

/**
 * An appointment of office A, cancelled already: staff and the 115 acting on it get past the
 * rights check to a typed refusal, and nothing changes whoever calls.
 */
let cancelledOfA: Promise<{ id: string; number: number }> | undefined;
function cancelledAppointmentOfA(): Promise<{ id: string; number: number }> {
  cancelledOfA ??= (async () => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } });
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } });
    await api.data(op.cancelAppointment, { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret } });
    return { id: confirmAppointment.appointment.id, number: confirmAppointment.appointment.number };
  })();
  return cancelledOfA;
}

/** Staff name the appointment by id, the 115 by number and email. */
async function onBehalfReference(run: Run): Promise<Record<string, unknown>> {
  const cancelled = await cancelledAppointmentOfA();
  return run.caller === 'callcenter' ? { number: cancelled.number, email: 'ada@example.org' } : { id: cancelled.id };
}
const onBehalfCallersOfA: readonly Caller[] = ['callcenter', ...officeViewersOfA];

// Queue fixtures: entries are targets, each call gets fresh ones -------------------------------

const issueTicketDocument = graphql(`
  mutation PermissionsIssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      __typename
      ... on Ticket {
        secret
        statusUrl
        entry {
          id
          displayNumber
          status
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const signInDocument = graphql(`
  mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) {
    signInAtCounter(input: $input) {
      __typename
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const entryStepDocument = (name: string, input = 'EntryInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { __typename ... on ErrorResult { code message } } }`;

/** A walk-in ticket drawn by the admin. */
async function issueTicket(office: OfficeFixture = officeA): Promise<{ id: string; number: string; secret: string }> {
  const ticket = await adminCall(issueTicketDocument, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } });
  if (ticket.__typename !== 'Ticket') throw new Error(`issueTicket: ${ticket.__typename} ${ticket.message}`);
  return { id: ticket.entry.id, number: ticket.entry.displayNumber, secret: ticket.secret };
}

function tokenOf(worker: CounterWorker): string {
  return worker === 'clerk' ? shared.clerkToken : tokens[worker]!;
}

/** Signs a worker in at a counter of its own. */
async function signIn(worker: CounterWorker): Promise<void> {
  const { signInAtCounter } = await api.data(signInDocument, { input: { counterId: shared.counters[worker] } }, tokenOf(worker));
  if (signInAtCounter.code) throw new Error(`signInAtCounter of ${worker}: ${signInAtCounter.code} ${signInAtCounter.message}`);
}

/** Signs the caller in at its counter of A where it works the queue of A; others stay as they are. */
async function signInIfWorkerOfA(caller: AnyCaller): Promise<void> {
  if ((queueWorkersOfA as readonly string[]).includes(caller)) await signIn(caller as CounterWorker);
}

/** One step of an entry, taken by the clerk at its counter of A; throws unless it was taken. */
async function clerkStep(name: 'callEntry' | 'startService' | 'markMissed' | 'parkEntry', entryId: string): Promise<void> {
  const data = await api.data(entryStepDocument(name), { input: { entryId } }, shared.clerkToken);
  if (data[name].code) throw new Error(`${name} of entry ${entryId}: ${data[name].code} ${data[name].message}`);
}

/** A fresh entry of office A in the status a step needs. */
async function entryIn(status: 'waiting' | 'called' | 'inService' | 'missed'): Promise<string> {
  const { id } = await issueTicket();
  if (status === 'waiting') return id;
  await clerkStep('callEntry', id);
  if (status === 'inService') await clerkStep('startService', id);
  if (status === 'missed') await clerkStep('markMissed', id);
  return id;
}

/** A call at office A: the clerk calls a fresh ticket. */
async function callSomeone(): Promise<void> {
  await entryIn('called');
}

/** A change of office A's queue that costs no ticket: the clerk signs in again. */
async function changeQueue(): Promise<void> {
  await signIn('clerk');
}

const raiseAlarmDocument = `mutation { raiseAlarm { __typename ... on Alarm { id } ... on ErrorResult { code message } } }`;
const acknowledgeAlarmDocument = `mutation ($input: AcknowledgeAlarmInput!) { acknowledgeAlarm(input: $input) { __typename ... on ErrorResult { code message } } }`;

/** The clerk's open alarm at its counter of A: raised now, or the one still open. */
async function clerkAlarm(): Promise<string> {
  const { raiseAlarm } = await api.data(raiseAlarmDocument, {}, shared.clerkToken);
  if (raiseAlarm.__typename !== 'Alarm') throw new Error(`raiseAlarm: ${raiseAlarm.__typename} ${raiseAlarm.message}`);
  return raiseAlarm.id;
}

/** An alarm of office A raised and acknowledged by the clerk: two events for its staff. */
async function soundAlarm(): Promise<void> {
  await api.data(acknowledgeAlarmDocument, { input: { alarmId: await clerkAlarm() } }, shared.clerkToken);
}

/**
 * Starts of today's (Monday's) intern slots of office A within check-in reach at 09:00, each
 * handed out once. Walk-in tickets take today's first free slots too, so beforeAll books these
 * before it draws any ticket.
 */
const nextTodayStartA = (() => {
  const starts = ['09:10', '09:20', '09:30'].flatMap((time) => Array.from({ length: 3 }, () => new Date(`2026-03-02T${time}:00+01:00`).toISOString()));
  return () => {
    const start = starts.shift();
    if (!start) throw new Error("out of today's slot starts");
    return start;
  };
})();

/** A confirmed appointment of today at office A, booked by the admin on site: it may check in now (at 09:00). */
async function bookToday(): Promise<number> {
  const start = nextTodayStartA();
  const { reserveSlot } = await api.admin(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot today at ${start}: ${reserveSlot.__typename} ${reserveSlot.message}`);
  const { confirmAppointment } = await api.admin(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment: ${confirmAppointment.__typename}`);
  return confirmAppointment.appointment.number;
}

function todayAppointment(): number {
  const number = shared.todayAppointments.shift();
  if (number === undefined) throw new Error("out of today's appointments");
  return number;
}

/** A case for a step of an entry: queue workers of A, on a fresh entry in `status` for every caller. */
function entryCase(name: string, status: 'waiting' | 'called' | 'inService' | 'missed', options: { input?: string; extra?: () => Record<string, unknown>; signIn?: boolean } = {}): Case {
  return {
    document: entryStepDocument(name, options.input),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: async ({ caller }) => {
      if (options.signIn) await signInIfWorkerOfA(caller);
      return { input: { entryId: await entryIn(status), ...options.extra?.() } };
    },
  };
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
function outcomeOver(client: Client, query: Operation, variables: Record<string, unknown> = {}): Promise<string> {
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
function overWebSocket(client: Client, query: Operation, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    let result: GraphQLResponse | undefined;
    client.subscribe(
      { query: '', ...documentOf(query), variables },
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

/** One call as the caller: a typed document answers its typed data, one of the table (typed or built at run time) plain data. */
async function call<Result, Variables>(transport: Transport, caller: AnyCaller, query: TypedDocumentString<Result, Variables>, variables: Variables, credential?: string): Promise<GraphQLResponse<TestResult<Result>>>;
async function call(transport: Transport, caller: AnyCaller, query: Operation, variables: Record<string, unknown>, credential?: string): Promise<GraphQLResponse>;
async function call(transport: Transport, caller: AnyCaller, query: Operation, variables: Record<string, unknown>, credential?: string): Promise<GraphQLResponse<unknown>> {
  const token = credential ?? tokens[caller];
  if (transport === 'HTTP') return api.graphql(query as string, variables, token);
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
function openSubscription(client: Client, query: Operation, variables: Record<string, unknown>): { first: Promise<string>; stop(): void } {
  let stop = () => {};
  const first = new Promise<string>((resolve) => {
    stop = client.subscribe(
      { query: query.toString(), variables },
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

/** Who manages webhooks: the organisation's admin, and API keys (their own endpoints). */
const webhookManagers: readonly Caller[] = ['partner', 'callcenter', 'admin'];
const webhookInput = () => ({ url: 'http://127.0.0.1:9/hook', eventTypes: ['capacityChanged'], contactEmail: 'hooks@example.org' });

/** A new endpoint of the admin's, to delete. */
async function newAdminWebhook(): Promise<string> {
  const { registerWebhookEndpoint } = await api.admin(`mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { ... on RegisteredWebhookEndpoint { endpoint { id } } } }`, { input: webhookInput() });
  return registerWebhookEndpoint.endpoint.id;
}

/** One endpoint of the admin's with one delivery (a ping), made once. */
let adminWebhookMade: Promise<{ endpointId: string; deliveryId: string }> | null = null;
function adminWebhook(): Promise<{ endpointId: string; deliveryId: string }> {
  adminWebhookMade ??= (async () => {
    const endpointId = await newAdminWebhook();
    const { pingWebhookEndpoint } = await api.admin(`mutation ($input: WebhookEndpointInput!) { pingWebhookEndpoint(input: $input) { ... on WebhookDelivery { id } } }`, { input: { endpointId } });
    return { endpointId, deliveryId: pingWebhookEndpoint.id };
  })();
  return adminWebhookMade;
}

const result = (field: string, selection = '') => `${field}(input: $input) { __typename ${selection} ... on ErrorResult { code message } }`;

const addInternalNoteDocument = graphql(`
  mutation PermissionsAddInternalNote($input: AddInternalNoteInput!) {
    addInternalNote(input: $input) {
      __typename
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const table: Record<string, Case | Case[]> = {
  // Queries ------------------------------------------------------------------------------------
  apiKeys: {
    document: graphql(`
      query PermissionsApiKeys {
        apiKeys {
          id
          name
          level
        }
      }
    `),
    allowed: adminOnly,
  },
  appointment: { document: op.appointment, allowed: citizens, variables: () => ({ input: shared.appointment }) },
  auditLog: [
    {
      label: 'of all offices',
      document: graphql(`
        query PermissionsAuditLog {
          auditLog(first: 5) {
            edges {
              node {
                action
                at
                actorKind
              }
            }
          }
        }
      `),
      allowed: adminOnly,
    },
    {
      label: 'of office A',
      document: graphql(`
        query PermissionsAuditLog2($officeId: ID) {
          auditLog(first: 5, officeId: $officeId) {
            edges {
              node {
                action
                at
                actorKind
              }
            }
          }
        }
      `),
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
  capacityPreview: {
    // The preview rebuilds the slots and rolls back: an administrative tool, for office A's admins.
    document: graphql(`
      query PermissionsCapacityPreview($input: CapacityPreviewInput!) {
        capacityPreview(input: $input) {
          __typename
          ... on CapacityPreview {
            weekStart
            slots {
              start
            }
          }
          ... on ErrorResult {
            code
            message
          }
        }
      }
    `),
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, weekOf: '2026-03-09' } }),
  },
  // What the portal's legal pages and its maintenance page read: public, answered during maintenance too.
  legalInformation: { document: '{ legalInformation { organisationName imprintUrl accessibilityConformance } }', allowed: everyone },
  maintenanceMode: { document: '{ maintenanceMode { active message retryAfterSeconds } }', allowed: everyone },
  office: {
    document: graphql(`
      query PermissionsOffice($id: ID!) {
        office(id: $id) {
          id
          name
        }
      }
    `),
    allowed: everyone,
    variables: () => ({ id: officeA.officeId }),
  },
  officeGroups: {
    document: graphql(`
      query PermissionsOfficeGroups {
        officeGroups {
          id
          name
          offices {
            id
          }
        }
      }
    `),
    allowed: everyone,
  },
  offices: {
    document: graphql(`
      query PermissionsOffices {
        offices(first: 5) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `),
    allowed: everyone,
  },
  services: {
    document: graphql(`
      query PermissionsServices {
        services(first: 5) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `),
    allowed: everyone,
  },
  staffAccounts: [
    // principal.ts: any role at an office may see its staff (viewOfficeAdministration).
    {
      label: 'of the offices the caller sees',
      document: graphql(`
        query PermissionsStaffAccounts {
          staffAccounts(first: 5) {
            edges {
              node {
                id
                username
              }
            }
          }
        }
      `),
      allowed: officeViewersOfA,
    },
    {
      label: 'of office A',
      document: graphql(`
        query PermissionsStaffAccounts2($officeId: ID) {
          staffAccounts(first: 5, officeId: $officeId) {
            edges {
              node {
                id
                username
              }
            }
          }
        }
      `),
      allowed: officeViewersOfA,
      officeA: true,
      variables: () => ({ officeId: officeA.officeId }),
    },
  ],
  statistics: {
    document: graphql(`
      query PermissionsStatistics($input: StatisticsInput!) {
        statistics(input: $input) {
          appointments
          walkIns
          waitingByHour {
            hour
          }
        }
      }
    `),
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, from: '2026-03-02', to: '2026-03-06' } }),
  },
  viewer: {
    document: graphql(`
      query PermissionsViewer {
        viewer {
          kind
          name
          account {
            username
          }
        }
      }
    `),
    allowed: everyone,
  },

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
  releaseReservation: {
    document: graphql(`
      mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) {
        releaseReservation(input: $input) {
          __typename
          ... on ErrorResult {
            code
            message
          }
        }
      }
    `),
    allowed: citizens,
    variables: async () => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start: nextStartA() } });
      return { input: { reservationToken: reserveSlot.token } };
    },
  },
  rescheduleAppointment: {
    document: op.rescheduleAppointment,
    allowed: citizens,
    variables: async () => ({ input: { ...(await book()), start: nextStartA() } }),
  },

  // Notifications and waitlist: citizens act with the signed token of a mail link ---------------
  appointmentByLink: {
    document: graphql(`
      query PermissionsAppointmentByLink($input: LinkTokenInput!) {
        appointmentByLink(input: $input) {
          id
        }
      }
    `),
    allowed: citizens,
    variables: () => ({ input: { token: 'not.a-token' } }),
  },
  cancelAppointmentByLink: { document: `mutation ($input: LinkTokenInput!) { ${result('cancelAppointmentByLink')} }`, allowed: citizens, variables: () => ({ input: { token: 'not.a-token' } }) },
  confirmAppointmentByLink: { document: `mutation ($input: LinkTokenInput!) { ${result('confirmAppointmentByLink')} }`, allowed: citizens, variables: () => ({ input: { token: 'not.a-token' } }) },
  appointmentSearch: {
    document: 'query ($filter: AppointmentSearchInput!) { appointmentSearch(filter: $filter, first: 5) { edges { node { number contactName } } } }',
    allowed: officeViewersOfA,
    officeA: true,
    variables: () => ({ filter: { officeIds: [officeA.officeId], name: 'Ada' } }),
  },
  dayPlan: {
    document: graphql(`
      query PermissionsDayPlan($officeId: ID!) {
        dayPlan(officeId: $officeId, from: "2026-03-02", days: 7) {
          version
          days {
            date
            appointments {
              number
              contactName
            }
          }
        }
      }
    `),
    allowed: officeViewersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  exportDayPlan: {
    document: graphql(`
      mutation PermissionsExportDayPlan($input: ExportDayPlanInput!) {
        exportDayPlan(input: $input) {
          __typename
          ... on DayPlanFile {
            fileName
            appointments
          }
          ... on ErrorResult {
            code
            message
          }
        }
      }
    `),
    allowed: officeViewersOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, from: '2026-03-02', days: 7, format: 'XLSX' } }),
  },
  dayPlanChanged: {
    document: graphql(`
      subscription PermissionsDayPlanChanged($officeId: ID!) {
        dayPlanChanged(officeId: $officeId) {
          officeId
          version
        }
      }
    `),
    allowed: officeViewersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
    subscription: { trigger: changeQueue },
  },
  hotlineAppointment: {
    document: 'query ($input: HotlineAppointmentInput!) { hotlineAppointment(input: $input) { number } }',
    allowed: ['callcenter'],
    variables: async () => ({ input: { number: (await cancelledAppointmentOfA()).number, email: 'ada@example.org' } }),
  },
  cancelAppointmentOnBehalf: {
    document: `mutation ($input: CancelAppointmentOnBehalfInput!) { ${result('cancelAppointmentOnBehalf', '... on Appointment { status }')} }`,
    allowed: onBehalfCallersOfA,
    officeA: true,
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run), reason: 'Wasserschaden' } }),
  },
  rescheduleAppointmentOnBehalf: {
    document: `mutation ($input: RescheduleAppointmentOnBehalfInput!) { ${result('rescheduleAppointmentOnBehalf', '... on Appointment { status }')} }`,
    allowed: onBehalfCallersOfA,
    officeA: true,
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run), start: '2026-03-04T09:00:00Z' } }),
  },
  correctAppointmentContact: {
    document: `mutation ($input: CorrectAppointmentContactInput!) { ${result('correctAppointmentContact', '... on Appointment { status }')} }`,
    allowed: officeViewersOfA,
    officeA: true,
    variables: async () => ({ input: { appointmentId: (await cancelledAppointmentOfA()).id, contact: { name: 'Ada', email: 'ada@example.org' } } }),
  },
  resendAppointmentConfirmation: {
    document: `mutation ($input: ResendAppointmentConfirmationInput!) { ${result('resendAppointmentConfirmation', '... on Appointment { status }')} }`,
    allowed: onBehalfCallersOfA,
    officeA: true,
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run) } }),
  },
  cancelOfficeAppointments: {
    document: `mutation ($input: CancelOfficeAppointmentsInput!) { ${result('cancelOfficeAppointments', '... on CancelledAppointments { appointments { number } }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, appointmentIds: [api.publicId(999999)], reason: 'Wasserschaden' } }),
  },
  joinWaitlist: {
    document: `mutation ($input: JoinWaitlistInput!) { ${result('joinWaitlist', '... on WaitlistJoined { token }')} }`,
    allowed: citizens,
    variables: () => ({ input: { serviceIds: [officeA.shortServiceId], officeIds: [officeA.officeId], contact: { name: 'Ada', email: 'ada@example.org' }, startsBefore: '2026-03-04T00:00:00Z' } }),
  },
  waitlistEntry: {
    document: graphql(`
      query PermissionsWaitlistEntry($input: LinkTokenInput!) {
        waitlistEntry(input: $input) {
          id
        }
      }
    `),
    allowed: citizens,
    variables: () => ({ input: { token: 'not.a-token' } }),
  },
  leaveWaitlist: { document: `mutation ($input: LinkTokenInput!) { ${result('leaveWaitlist')} }`, allowed: citizens, variables: () => ({ input: { token: 'not.a-token' } }) },
  waitlistOffer: {
    document: graphql(`
      query PermissionsWaitlistOffer($input: LinkTokenInput!) {
        waitlistOffer(input: $input) {
          id
        }
      }
    `),
    allowed: citizens,
    variables: () => ({ input: { token: 'not.a-token' } }),
  },
  takeWaitlistOffer: { document: `mutation ($input: LinkTokenInput!) { ${result('takeWaitlistOffer')} }`, allowed: citizens, variables: () => ({ input: { token: 'not.a-token' } }) },
  declineWaitlistOffer: { document: `mutation ($input: LinkTokenInput!) { ${result('declineWaitlistOffer')} }`, allowed: citizens, variables: () => ({ input: { token: 'not.a-token' } }) },

  // Release modes and draws: anyone reads them, citizens register and answer offers by their tokens, office admins run them ----------
  serviceReleases: { document: 'query ($officeIds: [ID!]!) { serviceReleases(officeIds: $officeIds) { mode releasedUntil } }', allowed: everyone, variables: () => ({ officeIds: [officeA.officeId] }) },
  setServiceReleaseMode: {
    document: `mutation ($input: SetServiceReleaseModeInput!) { ${result('setServiceReleaseMode', '... on ServiceRelease { mode }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    // The draw's own service: office A's bookable services stay first come for the other cases.
    variables: () => ({ input: { officeId: officeA.officeId, serviceId: shared.draw.serviceId, mode: 'draw' } }),
  },
  draws: { document: '{ draws { id status commitment } }', allowed: citizens },
  drawEntries: { document: 'query ($drawId: ID!) { drawEntries(drawId: $drawId) { digest position } }', allowed: citizens, variables: () => ({ drawId: shared.draw.id }) },
  registerForDraw: {
    document: `mutation ($input: RegisterForDrawInput!) { ${result('registerForDraw', '... on DrawRegistered { statusToken }')} }`,
    // Staff register on the citizen's behalf where they manage appointments, as they book for them.
    allowed: citizens,
    officeA: true,
    variables: () => ({ input: drawRegistrationInput() }),
  },
  verifyDrawRegistration: { document: 'mutation ($token: String!) { verifyDrawRegistration(token: $token) { __typename } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  drawRegistration: { document: 'query ($token: String!) { drawRegistration(token: $token) { id } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  withdrawDrawRegistration: { document: 'mutation ($token: String!) { withdrawDrawRegistration(token: $token) { __typename } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  drawOffer: { document: 'query ($token: String!) { drawOffer(token: $token) { id } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  acceptDrawOffer: { document: 'mutation ($token: String!) { acceptDrawOffer(token: $token) { __typename } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  declineDrawOffer: { document: 'mutation ($token: String!) { declineDrawOffer(token: $token) { __typename } }', allowed: citizens, variables: () => ({ token: 'not.a-token' }) },
  scheduleDraw: {
    document: `mutation ($input: ScheduleDrawInput!) { ${result('scheduleDraw', '... on Draw { commitment }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: drawInput(shared.draw.serviceId) }),
  },
  // The first allowed call cancels it; later ones meet a draw that is cancelled already (InvalidInput).
  cancelDraw: { document: 'mutation ($drawId: ID!) { cancelDraw(drawId: $drawId) { __typename } }', allowed: officeAdminsOfA, officeA: true, variables: () => ({ drawId: shared.cancellableDrawId }) },
  drawRegistrations: { document: 'query ($drawId: ID!) { drawRegistrations(drawId: $drawId) { name } }', allowed: queueWorkersOfA, officeA: true, variables: () => ({ drawId: shared.draw.id }) },
  setDrawRegistrationUrgent: {
    document: 'mutation ($id: ID!) { setDrawRegistrationUrgent(registrationId: $id, urgent: false) { __typename } }',
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ id: shared.draw.registrationId }),
  },

  // Accounts -----------------------------------------------------------------------------------
  login: {
    document: `mutation ($input: LoginInput!) { ${result('login', '... on Session { token }')} }`,
    allowed: everyone,
    variables: () => ({ input: { username: accounts.pilot.username, password: accounts.pilot.password } }),
  },
  completeSetup: {
    // Anyone holding a setup link may use it: an unknown token is a typed NotFound, not a refusal.
    document: `mutation ($input: CompleteSetupInput!) { ${result('completeSetup', '... on StaffAccount { id }')} }`,
    allowed: everyone,
    variables: () => ({ input: { token: 'zms_setup_unknown', username: unique('erste').toLowerCase(), password: 'a-long-setup-passphrase' } }),
  },
  logout: {
    document: graphql(`
      mutation PermissionsLogout {
        logout
      }
    `),
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

  // Organisations ------------------------------------------------------------------------------
  // One organisation (the first office founded it): officeAdminA's admin role holds at office A only,
  // so what needs manageOrganisation in the organisation is the platform admin's here.
  organisations: { document: '{ organisations { id name departments { id } } }', allowed: everyone },
  createOrganisation: {
    // The organisation's own name: InvalidInput (allowed) without a second organisation, which would make every public request name one.
    document: `mutation ($input: CreateOrganisationInput!) { ${result('createOrganisation', '... on Organisation { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { name: shared.organisation.name, hosts: [] } }),
  },
  setOrganisationHosts: {
    document: `mutation ($input: SetOrganisationHostsInput!) { ${result('setOrganisationHosts', '... on Organisation { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id, hosts: [] } }),
  },
  setOrganisationLegalSettings: {
    // No settings of its own: the installation's stay in force, as they were.
    document: `mutation ($input: SetOrganisationLegalSettingsInput!) { ${result('setOrganisationLegalSettings', '... on Organisation { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id } }),
  },
  createDepartment: {
    document: `mutation ($input: CreateDepartmentInput!) { ${result('createDepartment', '... on Department { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id, name: unique('Bezirksamt') } }),
  },
  defineRole: {
    document: `mutation ($input: DefineRoleInput!) { ${result('defineRole', '... on Role { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id, name: unique('rolle'), permissions: ['viewCalls'] } }),
  },
  organisationHolidays: {
    // Whoever sees the administration of one of its offices sees the days that close it.
    document: `query ($organisationId: ID!) { organisationHolidays(organisationId: $organisationId) { __typename } }`,
    allowed: officeViewersOfA,
    variables: () => ({ organisationId: shared.organisation.id }),
  },
  addOrganisationHoliday: {
    document: `mutation ($input: AddOrganisationHolidayInput!) { ${result('addOrganisationHoliday', '... on OrganisationHolidayChange { holiday { id } }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id, day: spareDate(), name: 'Jubiläum' } }),
  },
  removeOrganisationHoliday: {
    document: `mutation ($input: RemoveOrganisationHolidayInput!) { ${result('removeOrganisationHoliday', '... on OrganisationHolidayChange { holiday { id } }')} }`,
    allowed: adminOnly,
    variables: async () => {
      const added = await api.admin(`mutation ($input: AddOrganisationHolidayInput!) { addOrganisationHoliday(input: $input) { ... on OrganisationHolidayChange { holiday { id } } } }`, {
        input: { organisationId: shared.organisation.id, day: spareDate(), name: 'Jubiläum' },
      });
      return { input: { holidayId: added.addOrganisationHoliday.holiday.id } };
    },
  },

  // Messages an office words itself ---------------------------------------------------------
  officeMessages: {
    document: `query ($officeId: ID!) { officeMessages(officeId: $officeId) { __typename } }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  organisationMessages: {
    document: `query ($organisationId: ID!) { organisationMessages(organisationId: $organisationId) { __typename } }`,
    allowed: adminOnly,
    variables: () => ({ organisationId: shared.organisation.id }),
  },
  previewMessage: {
    document: `query ($input: PreviewMessageInput!) { previewMessage(input: $input) { __typename } }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, kind: 'reminder', language: 'de', subject: 'Erinnerung {{time}}', body: 'Absagen: {{cancelUrl}}' } }),
  },
  saveMessageTemplate: {
    document: `mutation ($input: SaveMessageTemplateInput!) { ${result('saveMessageTemplate', '... on MessageTemplateText { kind }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, kind: 'survey', language: 'en', subject: 'How was it?', body: '{{surveyUrl}}' } }),
  },
  removeMessageTemplate: {
    document: `mutation ($input: MessageTemplateScopeInput!) { ${result('removeMessageTemplate', '... on MessageTemplateText { kind }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, kind: 'survey', language: 'en' } }),
  },
  updateOfficeMessageSettings: {
    document: `mutation ($input: UpdateOfficeMessageSettingsInput!) { ${result('updateOfficeMessageSettings', '... on OfficeMessages { officeId }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, reminderOffsetsMinutes: [1440] } }),
  },

  // Sign-in with the organisation's identity provider ---------------------------------------
  identityProvider: {
    document: `query ($organisationId: ID!) { identityProvider(organisationId: $organisationId) { issuer } }`,
    allowed: adminOnly,
    variables: () => ({ organisationId: shared.organisation.id }),
  },
  configureIdentityProvider: {
    // No name for the button: InvalidInput (allowed) before any provider is asked for its configuration.
    document: `mutation ($input: ConfigureIdentityProviderInput!) { ${result('configureIdentityProvider', '... on IdentityProviderSettings { issuer }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id, displayName: '', issuer: 'http://127.0.0.1:9/', clientId: 'zms', mappings: [] } }),
  },
  removeIdentityProvider: {
    document: `mutation ($input: RemoveIdentityProviderInput!) { ${result('removeIdentityProvider')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { organisationId: shared.organisation.id } }),
  },
  // What the sign-in screen shows: public.
  signInProviders: { document: '{ signInProviders { organisationSlug } }', allowed: everyone },
  sessionSignInProvider: { document: '{ sessionSignInProvider { organisationSlug } }', allowed: everyone },

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
  setServiceText: {
    document: `mutation ($input: SetServiceTextInput!) { ${result('setServiceText', '... on Service { id }')} }`,
    allowed: adminOnly,
    variables: async () => ({ input: { serviceId: await createService(), language: 'en', name: unique('Service') } }),
  },
  searchSynonyms: {
    document: graphql(`
      query PermissionsSearchSynonyms {
        searchSynonyms(first: 5) {
          edges {
            node {
              id
              term
            }
          }
        }
      }
    `),
    allowed: adminOnly,
  },
  addSearchSynonym: {
    document: `mutation ($input: AddSearchSynonymInput!) { ${result('addSearchSynonym', '... on SearchSynonym { id }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { term: unique('wort'), means: 'Anmeldung' } }),
  },
  removeSearchSynonym: {
    document: `mutation ($input: RemoveSearchSynonymInput!) { ${result('removeSearchSynonym', '... on Deleted { id }')} }`,
    allowed: adminOnly,
    variables: async () => {
      const added = await adminCall(
        graphql(`
          mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {
            addSearchSynonym(input: $input) {
              ... on SearchSynonym {
                id
              }
            }
          }
        `),
        { input: { term: unique('wort'), means: 'Anmeldung' } },
      );
      return { input: { synonymId: added.id } };
    },
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
      await adminCall(
        graphql(`
          mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {
            setOfficeService(input: $input) {
              __typename
            }
          }
        `),
        { input: { officeId: officeA.officeId, serviceId, durationSlots: 1 } },
      );
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
    document: graphql(`
      subscription PermissionsAvailabilityChanged($officeId: ID!) {
        availabilityChanged(officeId: $officeId) {
          version
          reason
        }
      }
    `),
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
      const change = await adminCall(
        graphql(`
          mutation PermissionsAddClosure($input: AddClosureInput!) {
            addClosure(input: $input) {
              ... on CapacityChange {
                closure {
                  id
                }
              }
            }
          }
        `),
        {
          input: { officeId: officeA.officeId, date: spareDate(), reason: 'Umzug' },
        },
      );
      return { input: { closureId: change.closure.id } };
    },
  },
  keepClosureAppointments: {
    document: `mutation ($input: KeepClosureAppointmentsInput!) { ${result('keepClosureAppointments', '... on Closure { id }')} }`,
    allowed: officeAdminsOfA,
    officeA: true,
    variables: async () => {
      const change = await adminCall(
        graphql(`
          mutation PermissionsAddClosure2($input: AddClosureInput!) {
            addClosure(input: $input) {
              ... on CapacityChange {
                closure {
                  id
                }
              }
            }
          }
        `),
        {
          input: { officeId: officeA.officeId, date: spareDate(), reason: 'Umzug' },
        },
      );
      return { input: { closureId: change.closure.id, appointmentIds: [api.publicId(999999)] } };
    },
  },

  // Booking forms and internal notes ------------------------------------------------------------
  updateBookingForm: {
    document: graphql(`
      mutation PermissionsUpdateBookingForm($input: UpdateBookingFormInput!) {
        updateBookingForm(input: $input) {
          __typename
          ... on ErrorResult {
            code
            message
          }
        }
      }
    `),
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, remarks: 'optional', fields: [] } }),
  },
  addInternalNote: [
    {
      label: "about a walk-in (the queue's staff)",
      document: addInternalNoteDocument,
      allowed: queueWorkersOfA,
      officeA: true,
      // One ticket for every caller: a note changes nothing of it, and fresh tickets would take today's slots.
      variables: () => ({ input: { queueEntryId: shared.ticket.id, text: 'Kommt mit Kinderwagen' } }),
    },
    {
      label: "about an appointment (the appointments' staff)",
      document: addInternalNoteDocument,
      allowed: officeViewersOfA,
      officeA: true,
      variables: async () => ({ input: { appointmentId: (await cancelledAppointmentOfA()).id, text: 'Rückruf erbeten' } }),
    },
  ],
  internalNotes: {
    document: graphql(`
      query PermissionsInternalNotes($input: InternalNotesInput!) {
        internalNotes(input: $input) {
          id
        }
      }
    `),
    allowed: officeViewersOfA,
    officeA: true,
    variables: async () => ({ input: { appointmentIds: [(await cancelledAppointmentOfA()).id] } }),
  },

  // Queue --------------------------------------------------------------------------------------
  queue: {
    document: graphql(`
      query PermissionsQueue($officeId: ID!) {
        queue(officeId: $officeId) {
          version
          entries {
            id
            displayNumber
            status
            position
            estimatedWaitMinutes
            counterName
            allowedActions
          }
        }
      }
    `),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  counterSessions: {
    document: graphql(`
      query PermissionsCounterSessions($officeId: ID!) {
        counterSessions(officeId: $officeId) {
          counterId
          counterName
          staffName
          signedInAt
        }
      }
    `),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  // Alarms: who works the queue of office A raises (at its own counter), reads, hears and acknowledges them; devices never.
  openAlarms: {
    document: graphql(`
      query PermissionsOpenAlarms($officeIds: [ID!]!) {
        openAlarms(officeIds: $officeIds) {
          version
          alarms {
            counterName
          }
        }
      }
    `),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ officeIds: [officeA.officeId] }),
  },
  // No office argument: it raises at the caller's counter (NotAtCounter counts as allowed).
  raiseAlarm: { document: raiseAlarmDocument, allowed: queueWorkersOfA },
  acknowledgeAlarm: { document: acknowledgeAlarmDocument, allowed: queueWorkersOfA, officeA: true, variables: async () => ({ input: { alarmId: await clerkAlarm() } }) },
  alarmChanged: {
    document: graphql(`
      subscription PermissionsAlarmChanged($officeIds: [ID!]!) {
        alarmChanged(officeIds: $officeIds) {
          officeId
          version
        }
      }
    `),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ officeIds: [officeA.officeId] }),
    subscription: { trigger: soundAlarm },
  },
  // The lead panel: viewStatistics at office A (the lead and admin roles; the counter role has it not).
  leadPanel: {
    document: graphql(`
      query PermissionsLeadPanel($officeId: ID!) {
        leadPanel(officeId: $officeId) {
          version
          waiting
          alert
        }
      }
    `),
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  leadPanelChanged: {
    document: graphql(`
      subscription PermissionsLeadPanelChanged($officeId: ID!) {
        leadPanelChanged(officeId: $officeId) {
          officeId
          version
        }
      }
    `),
    allowed: officeAdminsOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
    subscription: { trigger: changeQueue },
  },
  queueChanged: {
    document: graphql(`
      subscription PermissionsQueueChanged($officeId: ID!) {
        queueChanged(officeId: $officeId) {
          officeId
          version
        }
      }
    `),
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
    subscription: { trigger: changeQueue },
  },
  proofOfWorkChallenge: {
    // The challenge anonymous bookers solve: public.
    document: graphql(`
      query PermissionsProofOfWorkChallenge {
        proofOfWorkChallenge {
          algorithm
          challenge
          maxnumber
          salt
          signature
          required
        }
      }
    `),
    allowed: everyone,
  },
  waitingInfo: {
    // What the waiting room and the portal show: public.
    document: graphql(`
      query PermissionsWaitingInfo($officeId: ID!) {
        waitingInfo(officeId: $officeId) {
          version
          waitingCount
          estimatedWaitMinutes
          countersServing
        }
      }
    `),
    allowed: everyone,
    variables: () => ({ officeId: officeA.officeId }),
  },
  recentCalls: [
    {
      label: 'of office A',
      document: graphql(`
        query PermissionsRecentCalls($officeId: ID, $groupId: ID) {
          recentCalls(officeId: $officeId, groupId: $groupId) {
            versions {
              officeId
              version
            }
            calls {
              id
              displayNumber
              counterName
              room
              calledAt
              callCount
              office {
                id
              }
            }
          }
        }
      `),
      allowed: callViewersOfA,
      officeA: true,
      variables: () => ({ officeId: officeA.officeId }),
    },
    {
      label: 'of a group of office A only',
      document: graphql(`
        query PermissionsRecentCalls2($officeId: ID, $groupId: ID) {
          recentCalls(officeId: $officeId, groupId: $groupId) {
            versions {
              officeId
              version
            }
            calls {
              id
              displayNumber
            }
          }
        }
      `),
      allowed: callViewersOfA,
      officeA: true,
      variables: () => ({ groupId: shared.groupId }),
    },
  ],
  callIssued: [
    {
      label: 'of office A',
      document: graphql(`
        subscription PermissionsCallIssued($officeId: ID, $groupId: ID) {
          callIssued(officeId: $officeId, groupId: $groupId) {
            id
            displayNumber
            counterName
            room
            callCount
            version
            office {
              id
            }
          }
        }
      `),
      allowed: callViewersOfA,
      officeA: true,
      variables: () => ({ officeId: officeA.officeId }),
      subscription: { trigger: callSomeone },
    },
    {
      label: 'of a group of office A only',
      document: graphql(`
        subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {
          callIssued(officeId: $officeId, groupId: $groupId) {
            id
            displayNumber
          }
        }
      `),
      allowed: callViewersOfA,
      officeA: true,
      variables: () => ({ groupId: shared.groupId }),
      subscription: { trigger: callSomeone },
    },
  ],
  waitingRoom: {
    // What call displays and kiosks show besides the calls: the rights of the calls.
    document: graphql(`
      query PermissionsWaitingRoom($officeId: ID, $groupId: ID) {
        waitingRoom(officeId: $officeId, groupId: $groupId) {
          groupId
          name
          offices {
            version
            displayMessage
            waitingCount
            estimatedWaitMinutes
            countersServing
            open
            ticketsLeft
            office {
              id
            }
          }
        }
      }
    `),
    allowed: callViewersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
  },
  waitingRoomChanged: {
    document: graphql(`
      subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) {
        waitingRoomChanged(officeId: $officeId, groupId: $groupId) {
          version
          waitingCount
          office {
            id
          }
        }
      }
    `),
    allowed: callViewersOfA,
    officeA: true,
    variables: () => ({ officeId: officeA.officeId }),
    subscription: { trigger: changeQueue },
  },
  queueStatus: {
    // Number and secret are the right: everyone who holds them, devices too (a kiosk may show it).
    document: graphql(`
      query PermissionsQueueStatus($input: QueueAccessInput!) {
        queueStatus(input: $input) {
          version
          displayNumber
          status
          position
          estimatedWaitMinutes
          counterName
          room
        }
      }
    `),
    allowed: everyone,
    variables: () => ({ input: { number: shared.ticket.number, secret: shared.ticket.secret } }),
  },
  myQueueStatus: {
    // The current status comes at once; the trigger only keeps the loop honest.
    document: graphql(`
      subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {
        myQueueStatus(input: $input) {
          version
          displayNumber
          status
          position
        }
      }
    `),
    allowed: everyone,
    variables: () => ({ input: { number: shared.ticket.number, secret: shared.ticket.secret } }),
    subscription: { trigger: changeQueue },
  },
  issueTicket: {
    // Kiosks only during opening hours: beforeAll opens office A at the test clock.
    // allowedActions answers by the caller's rights: empty for the kiosk (see the boundaries).
    document: `mutation ($input: IssueTicketInput!) { ${result('issueTicket', '... on Ticket { secret entry { id displayNumber allowedActions } }')} }`,
    allowed: ticketIssuersOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId] } }),
  },
  checkIn: {
    document: `mutation ($input: CheckInInput!) { ${result('checkIn')} }`,
    allowed: ticketIssuersOfA,
    officeA: true,
    // Today's slots are few: only callers who should get through check a fresh appointment in; the
    // others aim at an appointment of tomorrow, which would answer CheckInRefused (allowed) if let in.
    variables: async ({ caller }) => ({
      input: { officeId: officeA.officeId, number: (ticketIssuersOfA as readonly string[]).includes(caller) ? todayAppointment() : shared.appointment.number },
    }),
  },
  drawRemoteTicket: {
    // Citizens anywhere (staff of B too); office A takes no remote tickets, so RemoteTicketsOff (allowed) and no ticket is drawn.
    document: `mutation ($input: DrawRemoteTicketInput!) { ${result('drawRemoteTicket', '... on Ticket { secret }')} }`,
    allowed: citizens,
    variables: () => ({ input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId] } }),
  },
  checkInRemoteTicket: {
    // No remote ticket of today has this number: NotFound (allowed) once past the rights check, and no slot is taken.
    document: `mutation ($input: CheckInRemoteTicketInput!) { ${result('checkInRemoteTicket')} }`,
    allowed: ticketIssuersOfA,
    officeA: true,
    variables: () => ({ input: { officeId: officeA.officeId, number: 'R999' } }),
  },
  signInAtCounter: {
    document: signInDocument,
    allowed: queueWorkersOfA,
    officeA: true,
    // Workers of A at a counter of their own; everyone else aims at a counter of A.
    variables: ({ caller }) => ({ input: { counterId: (queueWorkersOfA as readonly string[]).includes(caller) ? shared.counters[caller as CounterWorker] : shared.counterId } }),
  },
  signOutOfCounter: {
    // Anyone who works a queue somewhere (staff of B too, so not an administration of A only).
    document: graphql(`
      mutation PermissionsSignOutOfCounter {
        signOutOfCounter
      }
    `),
    allowed: queueWorkersOfA,
    variables: async ({ caller }) => {
      await signInIfWorkerOfA(caller);
      return {};
    },
  },
  callNext: {
    // No office argument: it calls at the caller's counter (NotAtCounter or QueueEmpty count as allowed).
    document: graphql(`
      mutation PermissionsCallNext {
        callNext {
          __typename
          ... on ErrorResult {
            code
            message
          }
        }
      }
    `),
    allowed: queueWorkersOfA,
    variables: async ({ caller }) => {
      await Promise.all([signInIfWorkerOfA(caller), issueTicket()]);
      return {};
    },
  },
  callEntry: entryCase('callEntry', 'waiting', { signIn: true }),
  recallEntry: entryCase('recallEntry', 'called'),
  markMissed: entryCase('markMissed', 'called'),
  requeueEntry: entryCase('requeueEntry', 'missed'),
  parkEntry: entryCase('parkEntry', 'waiting'),
  startService: entryCase('startService', 'called'),
  finishService: entryCase('finishService', 'inService', { input: 'FinishServiceInput' }),
  redirectEntry: entryCase('redirectEntry', 'waiting', { input: 'RedirectEntryInput', extra: () => ({ serviceIds: [officeA.longServiceId] }) }),
  setEntryPriority: entryCase('setEntryPriority', 'waiting', { input: 'SetEntryPriorityInput', extra: () => ({ priority: 1 }) }),

  // Heads-up of a waiting citizen: number and secret are the right (as for queueStatus), staff of the entry's office need the queue right.
  // No email and no phone forget the contact: shared.ticket keeps none, and no notice goes out.
  ticketContact: {
    document: 'query ($input: QueueAccessInput!) { ticketContact(input: $input) { language browserNotifications } }',
    allowed: everyone,
    variables: () => ({ input: { number: shared.ticket.number, secret: shared.ticket.secret } }),
  },
  leaveTicketContact: {
    document: `mutation ($input: LeaveTicketContactInput!) { ${result('leaveTicketContact', '... on TicketContact { language }')} }`,
    allowed: everyone,
    variables: () => ({ input: { number: shared.ticket.number, secret: shared.ticket.secret, language: 'de' } }),
  },
  subscribeTicketPush: {
    // A subscription no browser made: InvalidInput (allowed), and nothing is stored.
    document: `mutation ($input: SubscribeTicketPushInput!) { ${result('subscribeTicketPush', '... on TicketContact { browserNotifications }')} }`,
    allowed: everyone,
    variables: () => ({ input: { number: shared.ticket.number, secret: shared.ticket.secret, endpoint: 'https://push.example.org/not-a-browser', p256dh: 'not-a-key', auth: 'not-a-secret' } }),
  },
  webPushPublicKey: { document: '{ webPushPublicKey }', allowed: everyone },
  ticketContactOfEntry: {
    document: 'query ($entryId: ID!) { ticketContactOfEntry(entryId: $entryId) { language browserNotifications } }',
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ entryId: shared.ticket.id }),
  },
  setTicketContact: {
    document: `mutation ($input: SetTicketContactInput!) { ${result('setTicketContact', '... on TicketContact { language }')} }`,
    allowed: queueWorkersOfA,
    officeA: true,
    variables: () => ({ input: { entryId: shared.ticket.id, language: 'de' } }),
  },

  // Maintenance: the platform admin's switch. Switched off only: on, it would refuse every later citizen call of this server.
  setMaintenanceMode: {
    document: `mutation ($input: SetMaintenanceModeInput!) { ${result('setMaintenanceMode', '... on MaintenanceModeView { active }')} }`,
    allowed: adminOnly,
    variables: () => ({ input: { active: false, message: '' } }),
  },

  // Webhooks: the organisation's admins, and API keys for their own (another's endpoint is a NotFound to a key) ----------
  webhookEndpoints: { document: '{ webhookEndpoints { id } }', allowed: webhookManagers },
  webhookDeliveries: {
    document: 'query ($id: ID!) { webhookDeliveries(endpointId: $id) { __typename } }',
    allowed: webhookManagers,
    variables: async () => ({ id: (await adminWebhook()).endpointId }),
  },
  registerWebhookEndpoint: {
    document: `mutation ($input: RegisterWebhookEndpointInput!) { ${result('registerWebhookEndpoint', '... on RegisteredWebhookEndpoint { secret }')} }`,
    allowed: webhookManagers,
    variables: () => ({ input: webhookInput() }),
  },
  updateWebhookEndpoint: {
    document: `mutation ($input: UpdateWebhookEndpointInput!) { ${result('updateWebhookEndpoint', '... on WebhookEndpoint { id }')} }`,
    allowed: webhookManagers,
    variables: async () => ({ input: { endpointId: (await adminWebhook()).endpointId, eventTypes: ['capacityChanged'] } }),
  },
  deleteWebhookEndpoint: {
    document: `mutation ($input: WebhookEndpointInput!) { ${result('deleteWebhookEndpoint')} }`,
    allowed: webhookManagers,
    variables: async () => ({ input: { endpointId: await newAdminWebhook() } }),
  },
  replayWebhookDelivery: {
    document: `mutation ($input: WebhookDeliveryInput!) { ${result('replayWebhookDelivery')} }`,
    allowed: webhookManagers,
    variables: async () => ({ input: { deliveryId: (await adminWebhook()).deliveryId } }),
  },
  pingWebhookEndpoint: {
    document: `mutation ($input: WebhookEndpointInput!) { ${result('pingWebhookEndpoint')} }`,
    allowed: webhookManagers,
    variables: async () => ({ input: { endpointId: (await adminWebhook()).endpointId } }),
  },
};

const entries = Object.entries(table).flatMap(([operation, cases]) => (Array.isArray(cases) ? cases : [cases]).map((entry) => ({ operation, name: entry.label ? `${operation} (${entry.label})` : operation, entry })));

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  // Many documents of this table are built at run time, so no manifest holds them: this matrix
  // checks rights, trusted-documents.api.test.ts that anonymous callers send only our documents.
  api = await startTestApi(monday, { TRUSTED_DOCUMENTS_ONLY_FOR: 'none' });
  // One after the other: the first office creates the organisation (two at once race for it).
  officeA = await createOffice(api, 'Amt A');
  officeB = await createOffice(api, 'Amt B');
  [shared.organisation] = (await api.admin<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }')).organisations;
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
    createStaff('clerk', [{ officeId: officeA.officeId, role: 'staff' }]),
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
  const draw = await createDraw();
  shared.cancellableDrawId = (await createDraw(draw.serviceId)).id;
  shared.draw = { ...draw, registrationId: '' };
  const { registerForDraw } = await api.admin(`mutation ($input: RegisterForDrawInput!) { registerForDraw(input: $input) { __typename ... on DrawRegistered { registration { id } } ... on InvalidInput { problems } } }`, {
    input: drawRegistrationInput(),
  });
  if (registerForDraw.__typename !== 'DrawRegistered') throw new Error(`registerForDraw: ${JSON.stringify(registerForDraw)}`);
  shared.draw.registrationId = registerForDraw.registration.id;

  // The queue: today's appointments to check in (before any ticket takes today's slots), both
  // offices open at the test clock (createOffice sets no opening hours), room for every ticket of
  // the run, a counter for each worker, the clerk at its counter, a ticket to follow.
  // Check-ins that should get through: the kiosk and three staff callers, on both transports.
  shared.todayAppointments = await Promise.all(Array.from({ length: ticketIssuersOfA.length * transports.length }, () => bookToday()));
  const open = (officeId: string) =>
    adminCall(
      graphql(`
        mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {
          setOpeningHours(input: $input) {
            __typename
          }
        }
      `),
      {
        input: { officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
      },
    );
  const [counterStaffA, counterOfficeAdminA, counterAdmin, counterClerk, counterStaffB, groupAB, clerkToken] = await Promise.all([
    createCounter(),
    createCounter(),
    createCounter(),
    createCounter(),
    createCounter(officeB.officeId),
    createGroup([officeA.officeId, officeB.officeId]),
    api.login(accounts.clerk.username, accounts.clerk.password),
    open(officeA.officeId),
    open(officeB.officeId),
    adminCall(
      graphql(`
        mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
          updateOfficeSettings(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: officeA.officeId, ticketDailyContingent: 999 } },
    ),
  ]);
  Object.assign(shared, {
    counters: { staffA: counterStaffA, officeAdminA: counterOfficeAdminA, admin: counterAdmin, clerk: counterClerk, staffB: counterStaffB },
    groupAB,
    clerkToken,
  });
  [shared.ticket] = await Promise.all([issueTicket(), signIn('clerk')]);
});

afterAll(async () => {
  await Promise.all([...wsClients.values()].map((client) => client.dispose()));
  await api?.stop();
});

it('has one entry for every operation of the schema and none for others', async () => {
  await expectOneEntryPerOperation(table);
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
        officeAEntries
          .filter(({ entry }) => transport === 'WebSocket' || !entry.subscription)
          .map(async ({ name, entry }) => {
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
    const { office } = await api.admin(
      graphql(`
        query PermissionsOffice2($id: ID!) {
          office(id: $id) {
            capacityRules {
              id
            }
          }
        }
      `),
      { id: officeB.officeId },
    );
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
      await adminCall(
        graphql(`
          mutation PermissionsRevokeApiKey($input: RevokeInput!) {
            revokeApiKey(input: $input) {
              __typename
            }
          }
        `),
        { input: { id: key.id } },
      );

      expect(
        outcomeOf(
          await api.graphql(
            graphql(`
              query PermissionsViewer2 {
                viewer {
                  kind
                }
              }
            `),
            {},
            key.key,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
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
      expect(
        (
          await api.data(
            graphql(`
              mutation PermissionsLogout2 {
                logout
              }
            `),
            {},
            token,
          )
        ).logout,
      ).toBe(true);

      expect(
        outcomeOf(
          await api.graphql(
            graphql(`
              query PermissionsViewer3 {
                viewer {
                  kind
                }
              }
            `),
            {},
            token,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
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

  it('refuses the kiosk of office A a ticket at office B', async () => {
    const queueOfB = async () =>
      (
        await api.admin(
          graphql(`
            query PermissionsQueue2($officeId: ID!) {
              queue(officeId: $officeId) {
                entries {
                  id
                }
              }
            }
          `),
          { officeId: officeB.officeId },
        )
      ).queue.entries.length;
    const before = await queueOfB();
    for (const transport of transports) {
      const response = await call(transport, 'kioskA', issueTicketDocument, { input: { officeId: officeB.officeId, serviceIds: [officeB.shortServiceId] } });
      expect(outcomeOf(response), transport).toBe('FORBIDDEN');
    }
    expect(await queueOfB()).toBe(before);
  });

  it('refuses staff of office B, signed in at a counter of B, the entries of office A', async () => {
    await signIn('staffB');
    for (const transport of transports) {
      const [waiting, called] = await Promise.all([entryIn('waiting'), entryIn('called')]);
      for (const [name, entryId] of [
        ['callEntry', waiting],
        ['recallEntry', called],
        ['startService', called],
        ['markMissed', called],
      ] as const) {
        const response = await call(transport, 'staffB', entryStepDocument(name), { input: { entryId } });
        expect(outcomeOf(response), `${transport} ${name}`).toBe('FORBIDDEN');
      }
      // callNext at B's counter never reaches A's waiting entries.
      const next = await call(transport, 'staffB', (table.callNext as Case).document, {});
      expect(next.data?.callNext.__typename, transport).toBe('QueueEmpty');
      const { queue } = await api.admin(
        graphql(`
          query PermissionsQueue3($officeId: ID!) {
            queue(officeId: $officeId) {
              entries {
                id
                status
                calledCount
              }
            }
          }
        `),
        { officeId: officeA.officeId },
      );
      const statusOf = (id: string) => queue.entries.find((entry: { id: string }) => entry.id === id);
      expect(statusOf(waiting), transport).toMatchObject({ status: 'waiting', calledCount: 0 });
      expect(statusOf(called), transport).toMatchObject({ status: 'called', calledCount: 1 });
    }
  });

  it('offers the steps of an entry only to those who work its queue: none to the kiosk that drew it', async () => {
    const issued: Record<string, string[]> = {};
    for (const caller of ['kioskA', 'staffA'] as const) {
      const response = await call('HTTP', caller, (table.issueTicket as Case).document, { input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId] } });
      issued[caller] = response.data?.issueTicket.entry.allowedActions;
    }
    await signIn('staffA');
    const { queue } = await api.data(
      graphql(`
        query PermissionsQueue4($officeId: ID!) {
          queue(officeId: $officeId) {
            entries {
              status
              allowedActions
            }
          }
        }
      `),
      { officeId: officeA.officeId },
      tokens.staffA,
    );
    expect(issued.kioskA).toEqual([]);
    expect(issued.staffA).toEqual(expect.arrayContaining(['parkEntry', 'redirectEntry']));
    expect(queue.entries.find((entry: { status: string }) => entry.status === 'waiting')!.allowedActions).toContain('callEntry');
  });

  it('refuses the calls of a group of offices A and B to callers who may not see B', async () => {
    const expected = { displayA: 'FORBIDDEN', kioskA: 'FORBIDDEN', staffA: 'FORBIDDEN', officeAdminA: 'FORBIDDEN', admin: 'allowed' };
    const who = Object.keys(expected) as Caller[];
    const recent = { ...(table.recentCalls as Case[])[1], variables: () => ({ groupId: shared.groupAB }) };
    const live = { ...(table.callIssued as Case[])[1], variables: () => ({ groupId: shared.groupAB }) };
    for (const transport of transports) expect(await outcomes(recent, transport, who), `${transport} recentCalls`).toEqual(expected);
    expect(await outcomes(live, 'WebSocket', who), 'callIssued').toEqual(expected);
  });

  it('answers myQueueStatus with a wrong secret with an error at once, and queueStatus with null', async () => {
    const wrong = { input: { number: shared.ticket.number, secret: 'not-the-secret-of-this-ticket' } };
    for (const caller of ['anonymous', 'staffA'] as const) {
      const subscription = openSubscription(sharedClient(caller), (table.myQueueStatus as Case).document, wrong);
      const first = await Promise.race([subscription.first, new Promise<string>((resolve) => setTimeout(() => resolve('nothing within 2 s'), 2_000))]);
      subscription.stop();
      expect(first, caller).toMatch(/^errors BAD_USER_INPUT: /);
      for (const transport of transports) {
        expect(await call(transport, caller, (table.queueStatus as Case).document, wrong), `${transport} ${caller}`).toEqual({ data: { queueStatus: null } });
      }
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
