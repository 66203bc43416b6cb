/**
 * Issue 17, item 2: every operation for every permission at every scope. For each assignable
 * permission P and each scope S (office A, its department Mitte, its organisation Berlin) one
 * account holds a role of P alone at S; with the platform admin, anonymous citizens, Berlin's two
 * API keys and office A's display and kiosk, each calls every operation of the schema at every
 * target the operation can aim at: office A, its sibling A2 (Mitte), office P (department
 * Pankow), office M (Munich); a department; an organisation.
 *
 * The table says per operation what it needs (a permission, and where it must hold) and which
 * targets it takes; the expected outcome of each (caller, target) follows from one rule, computed
 * by `expectedOutcome`: P held at a scope that covers the target (office ⊂ department ⊂
 * organisation). Rights of keys and devices follow principal.ts. A typed error result counts as
 * allowed: the caller got past the rights check. Everything runs over HTTP, subscriptions over
 * graphql-ws (they have no HTTP transport); permissions.api.test.ts runs each operation over both.
 *
 * One database for the file, seeded in beforeAll through the API. Password hashing is swapped for
 * a cheap hash in this file only (see the vi.mock below): the 40-odd accounts and their sign-ins
 * would otherwise cost a second of scrypt each, and no case here is about passwords.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { Permission, assignablePermissions } from '../src/domain/accounts/principal';
import { expectOneEntryPerOperation } from './operation-coverage';
import { ApiClient, startTestApi, type GraphQLResponse, type TestApi } from '@zms/test-kit/api';

vi.mock('../src/platform/passwords', async (importActual) => {
  const actual = await importActual<typeof import('../src/platform/passwords')>();
  const { createHash, randomBytes } = await import('node:crypto');
  const cheap = (password: string, salt: string) => createHash('sha256').update(`${salt}:${password}`).digest('base64');
  return {
    ...actual,
    hashPassword: async (password: string) => {
      const salt = randomBytes(8).toString('base64');
      return `test$${salt}$${cheap(password, salt)}`;
    },
    // A hash stored before the mock (none is expected) is still checked for real.
    verifyPassword: async (password: string, stored: string) => {
      if (!stored.startsWith('test$')) return actual.verifyPassword(password, stored);
      const [, salt, key] = stored.split('$');
      return cheap(password, salt) === key;
    },
  };
});

// Monday 2 March 2026, 09:00 in Berlin: Tuesday 3 to Monday 16 March are in the public window.
const monday = '2026-03-02T08:00:00Z';
const password = 'a-password-long-enough';

// ---------------------------------------------------------------------------------------------
// Places, scopes, callers and the one rule

/** Where an operation can aim: four offices, three departments, two organisations, or nowhere in particular. */
const places = {
  officeA: { organisation: 'berlin', department: 'mitte', office: 'A' },
  officeA2: { organisation: 'berlin', department: 'mitte', office: 'A2' },
  officeP: { organisation: 'berlin', department: 'pankow', office: 'P' },
  officeM: { organisation: 'munich', department: 'munich', office: 'M' },
  mitte: { organisation: 'berlin', department: 'mitte' },
  pankow: { organisation: 'berlin', department: 'pankow' },
  munichDepartment: { organisation: 'munich', department: 'munich' },
  berlin: { organisation: 'berlin' },
  munich: { organisation: 'munich' },
  none: {},
} as const satisfies Record<string, { organisation?: string; department?: string; office?: string }>;
type Place = keyof typeof places;
const where = (place: Place): { organisation?: string; department?: string; office?: string } => places[place];
type OfficePlace = 'officeA' | 'officeA2' | 'officeP' | 'officeM';
const offices: readonly OfficePlace[] = ['officeA', 'officeA2', 'officeP', 'officeM'];
const departments: readonly Place[] = ['mitte', 'pankow', 'munichDepartment'];
const organisations: readonly Place[] = ['berlin', 'munich'];

/** The scopes a role is given at: office A, department Mitte (A and A2), organisation Berlin (A, A2, P). */
const scopes = ['office', 'department', 'organisation'] as const;
type Scope = (typeof scopes)[number];
const scopePlace: Record<Scope, Place> = { office: 'officeA', department: 'mitte', organisation: 'berlin' };

type Caller = { name: string; kind: 'admin' | 'anonymous' | 'partner' | 'callcenter' | 'display' | 'kiosk' } | { name: string; kind: 'staff'; permission: Permission; scope: Scope };
const fixedCallers: readonly Caller[] = (['admin', 'anonymous', 'partner', 'callcenter', 'display', 'kiosk'] as const).map((kind) => ({ name: kind, kind }));
const staffCallers: readonly Caller[] = assignablePermissions.flatMap((permission) => scopes.map((scope) => ({ name: `${permission}@${scope}`, kind: 'staff' as const, permission, scope })));
const callers: readonly Caller[] = [...fixedCallers, ...staffCallers];

/** What office A's devices may do there (principal.ts): displays see calls, kiosks also draw tickets and check in. */
const devicePermissions: Record<'display' | 'kiosk', readonly Permission[]> = {
  display: [Permission.viewCalls],
  kiosk: [Permission.viewCalls, Permission.issueTicket, Permission.checkIn],
};

/**
 * What an operation needs. `anyone`: every caller, devices too; `citizen`: the citizen's right
 * (everyone but devices); `platform`: platform admins. A permission holds `at` the target (a scope
 * that covers it), `within` it (a scope that overlaps it: some office of the target's is covered),
 * or `anywhere`. `citizensToo`: callers who are not staff book as citizens (reserveSlot); `keysToo`:
 * API keys, wherever the target (their own webhooks). `hotline`:
 * callcenter keys alone (the 115 finds an appointment by number and contact; platform admins too are refused).
 */
type Need = 'anyone' | 'citizen' | 'platform' | 'hotline' | { permission: Permission; at: 'target' | 'within' | 'anywhere'; citizensToo?: boolean; keysToo?: boolean };

/** A place is covered by a scope when the scope reaches it: office A; department Mitte and its offices; everything of Berlin. */
function covers(scope: Scope, place: Place): boolean {
  const target = where(place);
  if (scope === 'office') return target.office === 'A';
  if (scope === 'department') return target.department === 'mitte';
  return target.organisation === 'berlin';
}

/** A place overlaps a scope when some office the scope covers lies in it. */
function overlaps(scope: Scope, place: Place): boolean {
  const target = where(place);
  if (target.office) return covers(scope, place);
  if (target.department) return target.department === 'mitte';
  return target.organisation === 'berlin';
}

function allows(caller: Caller, need: Need, place: Place): boolean {
  if (need === 'hotline') return caller.kind === 'callcenter';
  if (caller.kind === 'admin' || need === 'anyone') return true;
  const isDevice = caller.kind === 'display' || caller.kind === 'kiosk';
  if (need === 'citizen') return !isDevice;
  if (need === 'platform') return false;
  if (caller.kind === 'staff') {
    if (caller.permission !== need.permission) return false;
    return need.at === 'anywhere' || (need.at === 'target' ? covers(caller.scope, place) : overlaps(caller.scope, place));
  }
  if (caller.kind === 'display' || caller.kind === 'kiosk') return devicePermissions[caller.kind].includes(need.permission) && (need.at === 'anywhere' || place === 'officeA');
  if (need.keysToo && (caller.kind === 'partner' || caller.kind === 'callcenter')) return true;
  return need.citizensToo === true;
}

/** allowed, or the refusal: UNAUTHENTICATED without credentials, FORBIDDEN with them. */
function expectedOutcome(caller: Caller, needs: Need | readonly Need[], place: Place): string {
  if ((Array.isArray(needs) ? needs : [needs]).some((need: Need) => allows(caller, need, place))) return 'allowed';
  return caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

// ---------------------------------------------------------------------------------------------
// The seeded database

interface OfficeTarget {
  officeId: string;
  serviceId: string;
  /** A Saturday rule, the target of updates (the weekday rule of the office stays as it is). */
  saturdayRuleId: string;
  counterId: string;
  groupId: string;
  closureId: string;
  entryId: string;
  ticket: { number: string; secret: string };
  deviceId: string;
  /** A staff account with the counter role at this office only. */
  memberId: string;
}

let api: TestApi;
let berlin: ApiClient;
let munich: ApiClient;
const tokens = new Map<string, string | undefined>();
const at = {} as Record<OfficePlace, OfficeTarget>;
const ids = {} as {
  berlin: string;
  munich: string;
  mitte: string;
  pankow: string;
  munichDepartment: string;
  /** The role of each permission alone, Berlin's. */
  roles: Record<string, string>;
  munichAdminRole: string;
  munichCounterRole: string;
  berlinCounterRole: string;
  apiKey: Record<'berlin' | 'munich', string>;
  holiday: Record<'berlin' | 'munich', string>;
  synonymId: string;
  pilot: string;
};
const organisationIdOf = (place: Place) => (place === 'munich' ? ids.munich : ids.berlin);
const departmentIdOf = (place: Place) => (place === 'mitte' ? ids.mitte : place === 'pankow' ? ids.pankow : ids.munichDepartment);

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

/** A calendar day far beyond every booking window, different on every call. */
function spareDate(): string {
  return new Date(Date.UTC(2026, 8, 1) + ++sequence * 86_400_000).toISOString().slice(0, 10);
}

const saturdayRule = { weekdays: [6], startTime: '08:00', endTime: '09:00', validFrom: '2026-01-01', publicCounters: 1, internCounters: 1, startInDays: 1, endInDays: 14, slotMinutes: 10 };

/** The one root field's answer of an admin call; throws on errors or on an ErrorResult. */
async function admin(query: string, variables: Record<string, unknown> = {}, client: ApiClient = berlin): Promise<Record<string, unknown>> {
  const data = await client.admin(query, variables);
  const [answer] = Object.values(data) as Record<string, unknown>[];
  if (answer && typeof answer === 'object' && 'code' in answer) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer)}`);
  return answer;
}

const typed = (field: string, selection: string, input = `${field[0].toUpperCase()}${field.slice(1)}Input`) => `mutation ($input: ${input}!) { ${field}(input: $input) { __typename ${selection} ... on ErrorResult { code message } } }`;

const make = {
  service: async () => (await admin(typed('createService', '... on Service { id }'), { input: { name: unique('Dienstleistung') } })).id as string,
  offer: (officeId: string, serviceId: string) => admin(typed('setOfficeService', '... on OfficeService { durationSlots }'), { input: { officeId, serviceId, durationSlots: 1 } }),
  rule: async (officeId: string) => ((await admin(typed('createCapacityRule', '... on CapacityChange { rule { id } }'), { input: { officeId, ...saturdayRule } })).rule as { id: string }).id,
  counter: async (officeId: string) => (await admin(typed('createCounter', '... on Counter { id }'), { input: { officeId, name: unique('Schalter'), room: 'Raum 1' } })).id as string,
  group: async (officeId: string) => (await admin(typed('createOfficeGroup', '... on OfficeGroup { id }', 'OfficeGroupInput'), { input: { name: unique('Gruppe'), officeIds: [officeId] } })).id as string,
  closure: async (officeId: string) => ((await admin(typed('addClosure', '... on CapacityChange { closure { id } }'), { input: { officeId, date: spareDate(), reason: 'Umzug' } })).closure as { id: string }).id,
  device: async (officeId: string, kind: 'display' | 'kiosk' = 'display') => {
    const created = (await admin(typed('createDevice', '... on CreatedDevice { key device { id } }'), { input: { officeId, kind, name: unique(kind) } })) as { key: string; device: { id: string } };
    return { id: created.device.id, key: created.key };
  },
  apiKey: async (organisationId: string, level: 'public' | 'callcenter' = 'public') => {
    const created = (await admin(typed('createApiKey', '... on CreatedApiKey { key apiKey { id } }'), { input: { name: unique(`key ${level}`), level, organisationId } })) as { key: string; apiKey: { id: string } };
    return { id: created.apiKey.id, key: created.key };
  },
  holiday: async (organisationId: string) =>
    ((await admin(typed('addOrganisationHoliday', '... on OrganisationHolidayChange { holiday { id } }'), { input: { organisationId, day: spareDate(), name: 'Jubiläum' } })).holiday as { id: string }).id,
  webhook: async (organisationId: string) => ((await admin(typed('registerWebhookEndpoint', '... on RegisteredWebhookEndpoint { endpoint { id } }'), { input: { organisationId, ...webhookInput } })).endpoint as { id: string }).id,
  synonym: async () => (await admin(typed('addSearchSynonym', '... on SearchSynonym { id }'), { input: { term: unique('wort'), means: 'Anmeldung' } })).id as string,
  account: async (username: string, organisationId: string, assignments: { roleId: string; officeId?: string; departmentId?: string }[]) =>
    (await admin(typed('createStaffAccount', '... on StaffAccount { id }'), { input: { username, password, displayName: username, organisationId, assignments, memberships: [] } })).id as string,
};

/** An office of a department with one service, a weekday rule, hours around the test clock and room for tickets. */
async function seedOffice(place: OfficePlace, departmentId: string, client: ApiClient): Promise<void> {
  const office = await admin(typed('createOffice', '... on Office { id }'), { input: { name: `Amt ${place}`, address: { street: 'Teststraße', houseNumber: '1', postalCode: '10115' }, departmentId } }, client);
  const officeId = office.id as string;
  const serviceId = await make.service();
  await make.offer(officeId, serviceId);
  await admin(typed('createCapacityRule', '... on CapacityChange { rule { id } }'), {
    input: { officeId, weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', validFrom: '2026-01-01', publicCounters: 2, internCounters: 3, startInDays: 0, endInDays: 14, slotMinutes: 10 },
  });
  const [saturdayRuleId, counterId, groupId, closureId, device] = await Promise.all([
    make.rule(officeId),
    make.counter(officeId),
    make.group(officeId),
    make.closure(officeId),
    make.device(officeId),
    admin(typed('setOpeningHours', '... on Office { id }'), { input: { officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] } }),
    admin(typed('updateOfficeSettings', '... on Office { id }'), { input: { officeId, ticketDailyContingent: 999 } }),
  ]);
  const ticket = (await admin(typed('issueTicket', '... on Ticket { secret entry { id displayNumber } }'), { input: { officeId, serviceIds: [serviceId] } })) as { secret: string; entry: { id: string; displayNumber: string } };
  at[place] = { officeId, serviceId, saturdayRuleId, counterId, groupId, closureId, deviceId: device.id, entryId: ticket.entry.id, ticket: { number: ticket.entry.displayNumber, secret: ticket.secret }, memberId: '' };
}

// ---------------------------------------------------------------------------------------------
// The table: every root field of the schema, what it needs and where it aims

interface Run {
  caller: Caller;
  place: Place;
  /** Whether the rule lets this caller in here: destructive cases give allowed callers a fresh target of their own. */
  allowed: boolean;
}

interface Entry {
  label?: string;
  needs: Need | readonly Need[];
  /** The targets it is called at (default: none in particular). */
  at?: readonly Place[];
  document: string;
  variables?: (run: Run) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** A credential to send instead of the caller's own (logout ends the session it comes with). */
  credential?: (run: Run) => Promise<string | undefined>;
  /** Served over graphql-ws only. */
  subscription?: boolean;
}

const officeOf = (place: Place) => at[place as OfficePlace];
const officeInput =
  (extra: Record<string, unknown> = {}) =>
  (run: Run) => ({ input: { officeId: officeOf(run.place).officeId, ...extra } });
const entryInput =
  (extra: () => Record<string, unknown> = () => ({})) =>
  (run: Run) => ({ input: { entryId: officeOf(run.place).entryId, ...extra() } });
const notAToken = () => ({ input: { token: 'not.a-token' } });
const noAppointment = { number: 999_999, secret: 'not-the-secret-of-any-appointment' };
const noTicket = { number: 'A999', secret: 'not-the-secret' };
const atOffice = (permission: Permission): Need => ({ permission, at: 'target' });

/**
 * An appointment of the office, cancelled already: whoever gets past the rights check meets a
 * typed refusal, and nothing changes. Booked by a citizen of the office's organisation.
 */
const cancelledAt = new Map<Place, Promise<{ id: string; number: number }>>();
function cancelledAppointmentAt(place: Place): Promise<{ id: string; number: number }> {
  const made =
    cancelledAt.get(place) ??
    (async () => {
      const client = place === 'officeM' ? munich : berlin;
      const office = officeOf(place);
      const { reserveSlot } = await client.data(typed('reserveSlot', '... on Reservation { token }'), { input: { officeId: office.officeId, serviceIds: [office.serviceId], start: '2026-03-05T10:00:00Z' } });
      const { confirmAppointment } = await client.data(typed('confirmAppointment', '... on ConfirmedAppointment { secret appointment { id number } }'), {
        input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } },
      });
      await client.data(typed('cancelAppointment', ''), { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret } });
      return { id: confirmAppointment.appointment.id as string, number: confirmAppointment.appointment.number as number };
    })();
  cancelledAt.set(place, made);
  return made;
}
/** Staff name the appointment by id, the 115 by number and email. */
const onBehalfReference = async (run: Run) => {
  const cancelled = await cancelledAppointmentAt(run.place);
  return run.caller.kind === 'callcenter' ? { number: cancelled.number, email: 'ada@example.org' } : { id: cancelled.id };
};
const anywhere = (permission: Permission): Need => ({ permission, at: 'anywhere' });
/** An open alarm of the place's office, raised once by its member at a counter of its own. */
const alarms = new Map<Place, Promise<string>>();
function alarmAt(place: Place): Promise<string> {
  let alarm = alarms.get(place);
  if (!alarm) {
    alarm = (async () => {
      const client = place === 'officeM' ? munich : berlin;
      const counterId = await make.counter(officeOf(place).officeId);
      const token = await client.login(`member-${place}`.toLowerCase(), password);
      await client.data(typed('signInAtCounter', ''), { input: { counterId } }, token);
      const { raiseAlarm } = await client.data<{ raiseAlarm: { id: string } }>('mutation { raiseAlarm { ... on Alarm { id } } }', {}, token);
      return raiseAlarm.id;
    })();
    alarms.set(place, alarm);
  }
  return alarm;
}
/**
 * A draw at the office over a week of its own (draws of one service may not share dates), its
 * registration open since before the test clock: the first over the Monday to Friday after next.
 */
let drawWeeks = 0;
function drawInput(officeId: string, serviceId: string) {
  const monday = new Date(Date.UTC(2026, 2, 9 + 7 * drawWeeks++));
  const day = (offset: number) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { serviceId, officeIds: [officeId], registrationOpensAt: '2026-03-01T08:00:00Z', registrationClosesAt: '2026-03-05T08:00:00Z', slotsFrom: day(0), slotsTo: day(4) };
}
const drawRegistrationInput = (officeId: string, drawId: string, draw: { slotsFrom: string; slotsTo: string }) => ({
  drawId,
  officeIds: [officeId],
  dateFrom: draw.slotsFrom,
  dateTo: draw.slotsTo,
  persons: 1,
  rollOver: false,
  contact: { name: 'Ada Los', email: `${unique('ada')}@example.org` },
});
/**
 * Per office, made once: a service of its own in draw mode there (the office's bookable service
 * stays first come for the other cases), a draw of it with one registration, and a second draw
 * for cancelDraw (the first allowed call cancels it, later ones meet an InvalidInput).
 */
const drawsOf = new Map<Place, Promise<{ serviceId: string; drawId: string; dates: { slotsFrom: string; slotsTo: string }; registrationId: string; cancellableDrawId: string }>>();
function drawsAt(place: Place): Promise<{ serviceId: string; drawId: string; dates: { slotsFrom: string; slotsTo: string }; registrationId: string; cancellableDrawId: string }> {
  const made =
    drawsOf.get(place) ??
    (async () => {
      const client = place === 'officeM' ? munich : berlin;
      const { officeId } = officeOf(place);
      const serviceId = await make.service();
      await make.offer(officeId, serviceId);
      await admin(typed('setServiceReleaseMode', ''), { input: { officeId, serviceId, mode: 'draw' } }, client);
      const first = drawInput(officeId, serviceId);
      const schedule = async (input: ReturnType<typeof drawInput>) => (await admin(typed('scheduleDraw', '... on Draw { id }'), { input }, client)).id as string;
      const [drawId, cancellableDrawId] = [await schedule(first), await schedule(drawInput(officeId, serviceId))];
      const registered = (await admin(typed('registerForDraw', '... on DrawRegistered { registration { id } }'), { input: drawRegistrationInput(officeId, drawId, first) }, client)) as { registration: { id: string } };
      return { serviceId, drawId, dates: first, registrationId: registered.registration.id, cancellableDrawId };
    })();
  drawsOf.set(place, made);
  return made;
}
const entryStep = (name: string, input = 'EntryInput', extra?: () => Record<string, unknown>): Entry => ({ needs: atOffice(Permission.workQueue), at: offices, document: typed(name, '', input), variables: entryInput(extra) });

/** Webhooks: manageApiKeys or manageOrganisation in the organisation, or an API key (its own endpoints). */
const webhookNeeds: readonly Need[] = [
  { permission: Permission.manageApiKeys, at: 'target', keysToo: true },
  { permission: Permission.manageOrganisation, at: 'target' },
];
const webhookInput = { url: 'http://127.0.0.1:9/hook', eventTypes: ['capacityChanged'], contactEmail: 'hooks@example.org' };

/** One endpoint of each organisation's, the admin's, with one delivery (a ping), made once. */
const webhooksOf = new Map<Place, Promise<{ endpointId: string; deliveryId: string }>>();
function webhookOf(place: Place): Promise<{ endpointId: string; deliveryId: string }> {
  const made =
    webhooksOf.get(place) ??
    (async () => {
      const endpointId = await make.webhook(organisationIdOf(place));
      const ping = (await admin(typed('pingWebhookEndpoint', '... on WebhookDelivery { id }', 'WebhookEndpointInput'), { input: { endpointId } })) as { id: string };
      return { endpointId, deliveryId: ping.id };
    })();
  webhooksOf.set(place, made);
  return made;
}

const table: Record<string, Entry | Entry[]> = {
  // Queries ------------------------------------------------------------------------------------
  apiKeys: { needs: atOffice(Permission.manageApiKeys), at: ['berlin'], document: '{ apiKeys { id } }' },
  appointment: { needs: 'citizen', document: 'query ($input: AppointmentAccessInput!) { appointment(input: $input) { id } }', variables: () => ({ input: noAppointment }) },
  appointmentByLink: { needs: 'citizen', document: 'query ($input: LinkTokenInput!) { appointmentByLink(input: $input) { id } }', variables: notAToken },
  auditLog: [
    {
      label: 'of an office',
      needs: atOffice(Permission.viewAuditLog),
      at: offices,
      document: 'query ($officeId: ID) { auditLog(first: 5, officeId: $officeId) { edges { node { action } } } }',
      variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
    },
    // Without an office: the whole log of each organisation the caller reads it for.
    { label: 'of all offices', needs: atOffice(Permission.viewAuditLog), at: ['berlin'], document: '{ auditLog(first: 5) { edges { node { action } } } }' },
  ],
  availableDays: {
    needs: 'anyone',
    at: ['officeA'],
    document: 'query ($input: AvailableDaysInput!) { availableDays(input: $input) { date } }',
    variables: ({ place }) => ({ input: { serviceIds: [officeOf(place).serviceId], officeIds: [officeOf(place).officeId], from: '2026-03-03', to: '2026-03-16' } }),
  },
  availableSlots: {
    needs: 'anyone',
    at: ['officeA'],
    document: 'query ($input: AvailableSlotsInput!) { availableSlots(input: $input) { startTimes } }',
    variables: ({ place }) => ({ input: { serviceIds: [officeOf(place).serviceId], officeIds: [officeOf(place).officeId], date: '2026-03-03' } }),
  },
  capacityPreview: { needs: atOffice(Permission.manageCapacity), at: offices, document: typed('capacityPreview', '... on CapacityPreview { weekStart }').replace('mutation', 'query'), variables: officeInput({ weekOf: '2026-03-09' }) },
  counterSessions: { needs: atOffice(Permission.workQueue), at: offices, document: 'query ($officeId: ID!) { counterSessions(officeId: $officeId) { counterId } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  legalInformation: { needs: 'anyone', document: '{ legalInformation { imprintUrl } }' },
  maintenanceMode: { needs: 'anyone', document: '{ maintenanceMode { active } }' },
  office: { needs: 'anyone', at: ['officeA'], document: 'query ($id: ID!) { office(id: $id) { id name } }', variables: ({ place }) => ({ id: officeOf(place).officeId }) },
  officeGroups: { needs: 'anyone', document: '{ officeGroups { id } }' },
  offices: { needs: 'anyone', document: '{ offices(first: 5) { edges { node { id } } } }' },
  organisationHolidays: {
    // Whoever sees an office's administration sees the days that close it; so do the organisation's admins.
    needs: [{ permission: Permission.viewOfficeAdministration, at: 'within' }, atOffice(Permission.manageOrganisation)],
    at: organisations,
    document: 'query ($organisationId: ID!) { organisationHolidays(organisationId: $organisationId) { __typename } }',
    variables: ({ place }) => ({ organisationId: organisationIdOf(place) }),
  },
  officeMessages: { needs: atOffice(Permission.manageOffice), at: offices, document: 'query ($officeId: ID!) { officeMessages(officeId: $officeId) { __typename } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  organisationMessages: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: 'query ($organisationId: ID!) { organisationMessages(organisationId: $organisationId) { __typename } }',
    variables: ({ place }) => ({ organisationId: organisationIdOf(place) }),
  },
  previewMessage: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('previewMessage', '').replace('mutation', 'query'), variables: officeInput({ kind: 'reminder', language: 'de' }) },
  organisations: { needs: 'anyone', document: '{ organisations { id name } }' },
  proofOfWorkChallenge: { needs: 'anyone', document: '{ proofOfWorkChallenge { challenge } }' },
  queue: { needs: atOffice(Permission.workQueue), at: offices, document: 'query ($officeId: ID!) { queue(officeId: $officeId) { version } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  queueStatus: { needs: 'anyone', document: 'query ($input: QueueAccessInput!) { queueStatus(input: $input) { status } }', variables: () => ({ input: noTicket }) },
  recentCalls: { needs: atOffice(Permission.viewCalls), at: offices, document: 'query ($officeId: ID) { recentCalls(officeId: $officeId) { calls { id } } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  searchSynonyms: { needs: 'platform', document: '{ searchSynonyms(first: 5) { edges { node { id } } } }' },
  services: { needs: 'anyone', document: '{ services(first: 5) { edges { node { id } } } }' },
  staffAccounts: [
    { label: 'of the offices the caller sees', needs: anywhere(Permission.viewOfficeAdministration), document: '{ staffAccounts(first: 5) { edges { node { id } } } }' },
    {
      label: 'of an office',
      needs: atOffice(Permission.viewOfficeAdministration),
      at: offices,
      document: 'query ($officeId: ID) { staffAccounts(first: 5, officeId: $officeId) { edges { node { id } } } }',
      variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
    },
  ],
  statistics: { needs: atOffice(Permission.viewStatistics), at: offices, document: 'query ($input: StatisticsInput!) { statistics(input: $input) { appointments } }', variables: officeInput({ from: '2026-03-02', to: '2026-03-06' }) },
  // The heads-up contact: the ticket's holder by number and secret (a wrong one is an answer of null), staff of the entry's office by its id.
  ticketContact: { needs: 'anyone', document: 'query ($input: QueueAccessInput!) { ticketContact(input: $input) { email } }', variables: () => ({ input: noTicket }) },
  ticketContactOfEntry: {
    needs: atOffice(Permission.workQueue),
    at: offices,
    document: 'query ($entryId: ID!) { ticketContactOfEntry(entryId: $entryId) { email } }',
    variables: ({ place }) => ({ entryId: officeOf(place).entryId }),
  },
  viewer: { needs: 'anyone', document: '{ viewer { kind } }' },
  waitingInfo: { needs: 'anyone', at: ['officeA'], document: 'query ($officeId: ID!) { waitingInfo(officeId: $officeId) { waitingCount } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  waitingRoom: { needs: atOffice(Permission.viewCalls), at: offices, document: 'query ($officeId: ID) { waitingRoom(officeId: $officeId) { offices { waitingCount } } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  waitlistEntry: { needs: 'citizen', document: 'query ($input: LinkTokenInput!) { waitlistEntry(input: $input) { id } }', variables: notAToken },
  waitlistOffer: { needs: 'citizen', document: 'query ($input: LinkTokenInput!) { waitlistOffer(input: $input) { id } }', variables: notAToken },
  webPushPublicKey: { needs: 'anyone', document: '{ webPushPublicKey }' },

  // Booking and the citizen's links --------------------------------------------------------------
  // Staff book on site on the intern contingent where they hold bookOnSite; everyone else who may book books publicly.
  reserveSlot: {
    needs: { permission: Permission.bookOnSite, at: 'target', citizensToo: true },
    at: offices,
    document: typed('reserveSlot', '... on Reservation { token }'),
    variables: ({ place }) => ({ input: { officeId: officeOf(place).officeId, serviceIds: [officeOf(place).serviceId], start: '2026-03-03T07:00:00Z' } }),
  },
  confirmAppointment: { needs: 'citizen', document: typed('confirmAppointment', ''), variables: () => ({ input: { reservationToken: 'not-a-reservation', contact: { name: 'Ada', email: 'ada@example.org' } } }) },
  releaseReservation: { needs: 'citizen', document: typed('releaseReservation', ''), variables: () => ({ input: { reservationToken: 'not-a-reservation' } }) },
  cancelAppointment: { needs: 'citizen', document: typed('cancelAppointment', ''), variables: () => ({ input: noAppointment }) },
  rescheduleAppointment: { needs: 'citizen', document: typed('rescheduleAppointment', ''), variables: () => ({ input: { ...noAppointment, start: '2026-03-04T07:00:00Z' } }) },
  cancelAppointmentByLink: { needs: 'citizen', document: typed('cancelAppointmentByLink', '', 'LinkTokenInput'), variables: notAToken },
  confirmAppointmentByLink: { needs: 'citizen', document: typed('confirmAppointmentByLink', '', 'LinkTokenInput'), variables: notAToken },
  appointmentSearch: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    document: 'query ($filter: AppointmentSearchInput!) { appointmentSearch(filter: $filter, first: 5) { edges { node { number } } } }',
    variables: ({ place }) => ({ filter: { officeIds: [officeOf(place).officeId], name: 'Ada' } }),
  },
  dayPlan: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    document: 'query ($officeId: ID!) { dayPlan(officeId: $officeId, from: "2026-03-03", days: 7) { version days { appointments { number contactName } } } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  updateBookingForm: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('updateBookingForm', ''), variables: officeInput({ remarks: 'optional', fields: [] }) },
  addInternalNote: [
    { label: 'about a walk-in', needs: atOffice(Permission.workQueue), at: offices, document: typed('addInternalNote', ''), variables: ({ place }) => ({ input: { queueEntryId: officeOf(place).entryId, text: 'Notiz' } }) },
    {
      label: 'about an appointment',
      needs: atOffice(Permission.manageAppointments),
      at: offices,
      document: typed('addInternalNote', ''),
      variables: async ({ place }) => ({ input: { appointmentId: (await cancelledAppointmentAt(place)).id, text: 'Notiz' } }),
    },
  ],
  internalNotes: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    document: 'query ($input: InternalNotesInput!) { internalNotes(input: $input) { id } }',
    variables: async ({ place }) => ({ input: { appointmentIds: [(await cancelledAppointmentAt(place)).id] } }),
  },
  exportDayPlan: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    document: 'mutation ($input: ExportDayPlanInput!) { exportDayPlan(input: $input) { __typename ... on ErrorResult { code } } }',
    variables: ({ place }) => ({ input: { officeId: officeOf(place).officeId, from: '2026-03-03', days: 1, format: 'CSV' } }),
  },
  hotlineAppointment: {
    needs: 'hotline',
    at: ['officeA'],
    document: 'query ($input: HotlineAppointmentInput!) { hotlineAppointment(input: $input) { number } }',
    variables: async ({ place }) => ({ input: { number: (await cancelledAppointmentAt(place)).number, email: 'ada@example.org' } }),
  },
  cancelAppointmentOnBehalf: {
    needs: [atOffice(Permission.manageAppointments), 'hotline'],
    at: offices,
    document: typed('cancelAppointmentOnBehalf', ''),
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run), reason: 'Wasserschaden' } }),
  },
  rescheduleAppointmentOnBehalf: {
    needs: [atOffice(Permission.manageAppointments), 'hotline'],
    at: offices,
    document: typed('rescheduleAppointmentOnBehalf', ''),
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run), start: '2026-03-05T11:00:00Z' } }),
  },
  correctAppointmentContact: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    document: typed('correctAppointmentContact', ''),
    variables: async ({ place }) => ({ input: { appointmentId: (await cancelledAppointmentAt(place)).id, contact: { name: 'Ada', email: 'ada@example.org' } } }),
  },
  resendAppointmentConfirmation: {
    needs: [atOffice(Permission.manageAppointments), 'hotline'],
    at: offices,
    document: typed('resendAppointmentConfirmation', ''),
    variables: async (run) => ({ input: { appointment: await onBehalfReference(run) } }),
  },
  cancelOfficeAppointments: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('cancelOfficeAppointments', ''),
    variables: (run) => officeInput({ appointmentIds: [api.publicId(999999)], reason: 'Wasserschaden' })(run),
  },
  joinWaitlist: {
    needs: 'citizen',
    at: ['officeA'],
    document: typed('joinWaitlist', ''),
    variables: ({ place }) => ({ input: { serviceIds: [officeOf(place).serviceId], officeIds: [officeOf(place).officeId], contact: { name: 'Ada', email: `${unique('ada')}@example.org` }, startsBefore: '2026-03-04T00:00:00Z' } }),
  },
  leaveWaitlist: { needs: 'citizen', document: typed('leaveWaitlist', '', 'LinkTokenInput'), variables: notAToken },
  takeWaitlistOffer: { needs: 'citizen', document: typed('takeWaitlistOffer', '', 'LinkTokenInput'), variables: notAToken },
  declineWaitlistOffer: { needs: 'citizen', document: typed('declineWaitlistOffer', '', 'LinkTokenInput'), variables: notAToken },

  // Release modes and draws: anyone reads them, citizens register and answer offers by their tokens, office admins run them.
  serviceReleases: { needs: 'anyone', at: ['officeA'], document: 'query ($officeIds: [ID!]!) { serviceReleases(officeIds: $officeIds) { mode } }', variables: ({ place }) => ({ officeIds: [officeOf(place).officeId] }) },
  setServiceReleaseMode: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('setServiceReleaseMode', ''),
    variables: async ({ place }) => ({ input: { officeId: officeOf(place).officeId, serviceId: (await drawsAt(place)).serviceId, mode: 'draw' } }),
  },
  draws: { needs: 'citizen', document: '{ draws { id } }' },
  drawEntries: { needs: 'citizen', at: ['officeA'], document: 'query ($drawId: ID!) { drawEntries(drawId: $drawId) { digest } }', variables: async ({ place }) => ({ drawId: (await drawsAt(place)).drawId }) },
  // Staff register on the citizen's behalf where they manage appointments, as they book for them.
  registerForDraw: {
    needs: { permission: Permission.manageAppointments, at: 'target', citizensToo: true },
    at: offices,
    document: typed('registerForDraw', ''),
    variables: async ({ place }) => {
      const { drawId, dates } = await drawsAt(place);
      return { input: drawRegistrationInput(officeOf(place).officeId, drawId, dates) };
    },
  },
  verifyDrawRegistration: { needs: 'citizen', document: 'mutation ($token: String!) { verifyDrawRegistration(token: $token) { __typename } }', variables: () => ({ token: 'not.a-token' }) },
  drawRegistration: { needs: 'citizen', document: 'query ($token: String!) { drawRegistration(token: $token) { id } }', variables: () => ({ token: 'not.a-token' }) },
  withdrawDrawRegistration: { needs: 'citizen', document: 'mutation ($token: String!) { withdrawDrawRegistration(token: $token) { __typename } }', variables: () => ({ token: 'not.a-token' }) },
  drawOffer: { needs: 'citizen', document: 'query ($token: String!) { drawOffer(token: $token) { id } }', variables: () => ({ token: 'not.a-token' }) },
  acceptDrawOffer: { needs: 'citizen', document: 'mutation ($token: String!) { acceptDrawOffer(token: $token) { __typename } }', variables: () => ({ token: 'not.a-token' }) },
  declineDrawOffer: { needs: 'citizen', document: 'mutation ($token: String!) { declineDrawOffer(token: $token) { __typename } }', variables: () => ({ token: 'not.a-token' }) },
  scheduleDraw: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('scheduleDraw', ''),
    variables: async ({ place }) => ({ input: drawInput(officeOf(place).officeId, (await drawsAt(place)).serviceId) }),
  },
  cancelDraw: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: 'mutation ($drawId: ID!) { cancelDraw(drawId: $drawId) { __typename } }',
    variables: async ({ place }) => ({ drawId: (await drawsAt(place)).cancellableDrawId }),
  },
  drawRegistrations: {
    needs: [atOffice(Permission.manageOffice), atOffice(Permission.workQueue)],
    at: offices,
    document: 'query ($drawId: ID!) { drawRegistrations(drawId: $drawId) { name } }',
    variables: async ({ place }) => ({ drawId: (await drawsAt(place)).drawId }),
  },
  setDrawRegistrationUrgent: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: 'mutation ($id: ID!) { setDrawRegistrationUrgent(registrationId: $id, urgent: false) { __typename } }',
    variables: async ({ place }) => ({ id: (await drawsAt(place)).registrationId }),
  },

  // Accounts -----------------------------------------------------------------------------------
  login: { needs: 'anyone', document: typed('login', ''), variables: () => ({ input: { username: 'pilot', password } }) },
  logout: {
    needs: 'anyone',
    document: 'mutation { logout }',
    // Staff sign out of a session of their own for this call, so that their main token lives on.
    credential: async ({ caller }) => (caller.kind === 'admin' ? api.login('admin', 'admin-password-for-tests') : caller.kind === 'staff' ? berlin.login(usernameOf(caller), password) : tokens.get(caller.name)),
  },
  completeSetup: { needs: 'anyone', document: typed('completeSetup', ''), variables: () => ({ input: { token: 'zms_setup_unknown', username: unique('erste'), password } }) },
  createStaffAccount: {
    // The role given is the permission's own (Berlin's; Munich's admin in Munich): nobody gives a right they lack.
    needs: atOffice(Permission.manageStaff),
    at: offices,
    document: typed('createStaffAccount', ''),
    variables: ({ place }) => ({
      input: {
        username: unique('neu'),
        password,
        displayName: 'Neu',
        organisationId: place === 'officeM' ? ids.munich : ids.berlin,
        assignments: [{ roleId: place === 'officeM' ? ids.munichAdminRole : ids.roles[Permission.manageStaff], officeId: officeOf(place).officeId }],
        memberships: [],
      },
    }),
  },
  updateStaffAccount: { needs: atOffice(Permission.manageStaff), at: offices, document: typed('updateStaffAccount', ''), variables: ({ place }) => ({ input: { accountId: officeOf(place).memberId, displayName: unique('Umbenannt') } }) },
  createApiKey: {
    needs: atOffice(Permission.manageApiKeys),
    at: organisations,
    document: typed('createApiKey', ''),
    variables: ({ place }) => ({ input: { name: unique('Partner'), level: 'public', organisationId: organisationIdOf(place) } }),
  },
  revokeApiKey: {
    needs: atOffice(Permission.manageApiKeys),
    at: organisations,
    document: typed('revokeApiKey', '', 'RevokeInput'),
    variables: async ({ place, allowed }) => ({ input: { id: allowed ? (await make.apiKey(organisationIdOf(place))).id : ids.apiKey[place as 'berlin' | 'munich'] } }),
  },
  createDevice: { needs: atOffice(Permission.manageDevices), at: offices, document: typed('createDevice', ''), variables: officeInput({ kind: 'display', name: 'Anzeige' }) },
  revokeDevice: {
    needs: atOffice(Permission.manageDevices),
    at: offices,
    document: typed('revokeDevice', '', 'RevokeInput'),
    variables: async ({ place, allowed }) => ({ input: { id: allowed ? (await make.device(officeOf(place).officeId)).id : officeOf(place).deviceId } }),
  },
  defineRole: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('defineRole', ''),
    variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), name: unique('rolle'), permissions: ['viewCalls'] } }),
  },

  // Organisations and the catalogue ------------------------------------------------------------
  createOrganisation: { needs: 'platform', document: typed('createOrganisation', ''), variables: () => ({ input: { name: unique('Stadt'), hosts: [] } }) },
  setOrganisationHosts: { needs: 'platform', at: organisations, document: typed('setOrganisationHosts', ''), variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), hosts: [] } }) },
  // No setting of its own given: the installation's stay in force, as they were.
  setOrganisationLegalSettings: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('setOrganisationLegalSettings', ''),
    variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place) } }),
  },
  // Only ever switched off here: switched on, it would refuse every later citizen and key of this server.
  setMaintenanceMode: { needs: 'platform', document: typed('setMaintenanceMode', ''), variables: () => ({ input: { active: false } }) },
  createDepartment: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('createDepartment', ''),
    variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), name: unique('Bezirksamt') } }),
  },
  createOffice: {
    needs: atOffice(Permission.manageOrganisation),
    at: departments,
    document: typed('createOffice', ''),
    variables: ({ place }) => ({ input: { name: unique('Amt'), address: { street: 'Teststraße', houseNumber: '2', postalCode: '10115' }, departmentId: departmentIdOf(place) } }),
  },
  addOrganisationHoliday: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('addOrganisationHoliday', ''),
    variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), day: spareDate(), name: 'Jubiläum' } }),
  },
  removeOrganisationHoliday: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('removeOrganisationHoliday', ''),
    variables: async ({ place, allowed }) => ({ input: { holidayId: allowed ? await make.holiday(organisationIdOf(place)) : ids.holiday[place as 'berlin' | 'munich'] } }),
  },
  identityProvider: {
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: 'query ($organisationId: ID!) { identityProvider(organisationId: $organisationId) { issuer } }',
    variables: ({ place }) => ({ organisationId: organisationIdOf(place) }),
  },
  configureIdentityProvider: {
    // No name for the button: InvalidInput (allowed) before any provider is asked for its configuration.
    needs: atOffice(Permission.manageOrganisation),
    at: organisations,
    document: typed('configureIdentityProvider', ''),
    variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), displayName: '', issuer: 'http://127.0.0.1:9/', clientId: 'zms', mappings: [] } }),
  },
  removeIdentityProvider: { needs: atOffice(Permission.manageOrganisation), at: organisations, document: typed('removeIdentityProvider', ''), variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place) } }) },
  signInProviders: { needs: 'anyone', document: '{ signInProviders { organisationSlug } }' },
  sessionSignInProvider: { needs: 'anyone', document: '{ sessionSignInProvider { organisationSlug } }' },
  createService: { needs: 'platform', document: typed('createService', ''), variables: () => ({ input: { name: unique('Dienstleistung') } }) },
  setServiceText: { needs: 'platform', document: typed('setServiceText', ''), variables: () => ({ input: { serviceId: at.officeA.serviceId, language: 'en', name: 'Registration' } }) },
  addSearchSynonym: { needs: 'platform', document: typed('addSearchSynonym', ''), variables: () => ({ input: { term: unique('wort'), means: 'Anmeldung' } }) },
  removeSearchSynonym: { needs: 'platform', document: typed('removeSearchSynonym', ''), variables: async ({ allowed }) => ({ input: { synonymId: allowed ? await make.synonym() : ids.synonymId } }) },
  updateOfficeSettings: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('updateOfficeSettings', ''), variables: officeInput({ reservationMinutes: 20 }) },
  saveMessageTemplate: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('saveMessageTemplate', ''),
    variables: officeInput({ kind: 'survey', language: 'en', subject: 'How was it?', body: '{{surveyUrl}}' }),
  },
  removeMessageTemplate: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('removeMessageTemplate', '', 'MessageTemplateScopeInput'), variables: officeInput({ kind: 'survey', language: 'en' }) },
  updateOfficeMessageSettings: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('updateOfficeMessageSettings', ''), variables: officeInput({ reminderOffsetsMinutes: [1440] }) },
  setOpeningHours: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('setOpeningHours', ''), variables: officeInput({ hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] }) },
  setOfficeService: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('setOfficeService', ''),
    variables: ({ place }) => ({ input: { officeId: officeOf(place).officeId, serviceId: officeOf(place).serviceId, durationSlots: 1 } }),
  },
  removeOfficeService: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('removeOfficeService', ''),
    // Refused callers aim at the office's own service, which no allowed call removes.
    variables: async ({ place, allowed }) => {
      const { officeId } = officeOf(place);
      if (!allowed) return { input: { officeId, serviceId: officeOf(place).serviceId } };
      const serviceId = await make.service();
      await make.offer(officeId, serviceId);
      return { input: { officeId, serviceId } };
    },
  },
  createCounter: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('createCounter', ''), variables: officeInput({ name: 'Schalter', room: 'Raum 1' }) },
  updateCounter: { needs: atOffice(Permission.manageOffice), at: offices, document: typed('updateCounter', ''), variables: ({ place }) => ({ input: { counterId: officeOf(place).counterId, name: unique('Schalter'), room: 'Raum 2' } }) },
  deleteCounter: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('deleteCounter', ''),
    variables: async ({ place, allowed }) => ({ input: { counterId: allowed ? await make.counter(officeOf(place).officeId) : officeOf(place).counterId } }),
  },
  createOfficeGroup: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('createOfficeGroup', '', 'OfficeGroupInput'),
    variables: ({ place }) => ({ input: { name: unique('Gruppe'), officeIds: [officeOf(place).officeId] } }),
  },
  updateOfficeGroup: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('updateOfficeGroup', ''),
    variables: ({ place }) => ({ input: { groupId: officeOf(place).groupId, name: unique('Gruppe'), officeIds: [officeOf(place).officeId] } }),
  },
  deleteOfficeGroup: {
    needs: atOffice(Permission.manageOffice),
    at: offices,
    document: typed('deleteOfficeGroup', ''),
    variables: async ({ place, allowed }) => ({ input: { groupId: allowed ? await make.group(officeOf(place).officeId) : officeOf(place).groupId } }),
  },

  // Capacity -----------------------------------------------------------------------------------
  createCapacityRule: { needs: atOffice(Permission.manageCapacity), at: offices, document: typed('createCapacityRule', ''), variables: officeInput(saturdayRule) },
  updateCapacityRule: { needs: atOffice(Permission.manageCapacity), at: offices, document: typed('updateCapacityRule', ''), variables: ({ place }) => ({ input: { ruleId: officeOf(place).saturdayRuleId, ...saturdayRule } }) },
  deleteCapacityRule: {
    needs: atOffice(Permission.manageCapacity),
    at: offices,
    document: typed('deleteCapacityRule', ''),
    variables: async ({ place, allowed }) => ({ input: { ruleId: allowed ? await make.rule(officeOf(place).officeId) : officeOf(place).saturdayRuleId } }),
  },
  addClosure: { needs: atOffice(Permission.manageCapacity), at: offices, document: typed('addClosure', ''), variables: (run) => officeInput({ date: spareDate(), reason: 'Betriebsausflug' })(run) },
  removeClosure: {
    needs: atOffice(Permission.manageCapacity),
    at: offices,
    document: typed('removeClosure', ''),
    variables: async ({ place, allowed }) => ({ input: { closureId: allowed ? await make.closure(officeOf(place).officeId) : officeOf(place).closureId } }),
  },
  keepClosureAppointments: {
    needs: atOffice(Permission.manageCapacity),
    at: offices,
    document: typed('keepClosureAppointments', ''),
    variables: ({ place }) => ({ input: { closureId: officeOf(place).closureId, appointmentIds: [api.publicId(999999)] } }),
  },
  availabilityChanged: {
    needs: 'anyone',
    at: ['officeA'],
    subscription: true,
    document: 'subscription ($officeId: ID!) { availabilityChanged(officeId: $officeId) { version } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },

  // Queue --------------------------------------------------------------------------------------
  issueTicket: { needs: atOffice(Permission.issueTicket), at: offices, document: typed('issueTicket', ''), variables: ({ place }) => ({ input: { officeId: officeOf(place).officeId, serviceIds: [officeOf(place).serviceId] } }) },
  checkIn: { needs: atOffice(Permission.checkIn), at: offices, document: typed('checkIn', ''), variables: officeInput({ number: 999_999 }) },
  // The offices do not offer remote tickets: whoever may draw one meets RemoteTicketsOff, and no number is charged.
  drawRemoteTicket: { needs: 'citizen', at: ['officeA'], document: typed('drawRemoteTicket', ''), variables: ({ place }) => ({ input: { officeId: officeOf(place).officeId, serviceIds: [officeOf(place).serviceId] } }) },
  checkInRemoteTicket: { needs: atOffice(Permission.checkIn), at: offices, document: typed('checkInRemoteTicket', ''), variables: officeInput({ number: 'Z999' }) },
  // Neither email nor phone: staff forget the entry's contact, and nobody is told anything.
  setTicketContact: entryStep('setTicketContact', 'SetTicketContactInput', () => ({ language: 'de' })),
  leaveTicketContact: { needs: 'anyone', document: typed('leaveTicketContact', ''), variables: () => ({ input: { ...noTicket, language: 'de' } }) },
  subscribeTicketPush: {
    needs: 'anyone',
    document: typed('subscribeTicketPush', ''),
    // A well-formed subscription (a P-256 point, a 16-byte secret) of a ticket that does not exist.
    variables: () => ({ input: { ...noTicket, endpoint: 'https://push.example.org/subscription', p256dh: Buffer.alloc(65, 4).toString('base64url'), auth: Buffer.alloc(16, 1).toString('base64url') } }),
  },
  signInAtCounter: { needs: atOffice(Permission.workQueue), at: offices, document: typed('signInAtCounter', ''), variables: ({ place }) => ({ input: { counterId: officeOf(place).counterId } }) },
  signOutOfCounter: { needs: anywhere(Permission.workQueue), document: 'mutation { signOutOfCounter }' },
  // No office argument: it calls at the caller's counter (NotAtCounter or QueueEmpty count as allowed).
  callNext: { needs: anywhere(Permission.workQueue), document: 'mutation { callNext { __typename } }' },
  callEntry: entryStep('callEntry'),
  recallEntry: entryStep('recallEntry'),
  markMissed: entryStep('markMissed'),
  requeueEntry: entryStep('requeueEntry'),
  parkEntry: entryStep('parkEntry'),
  startService: entryStep('startService'),
  finishService: entryStep('finishService', 'FinishServiceInput'),
  redirectEntry: entryStep('redirectEntry', 'RedirectEntryInput', () => ({ serviceIds: [at.officeA.serviceId] })),
  setEntryPriority: entryStep('setEntryPriority', 'SetEntryPriorityInput', () => ({ priority: 1 })),
  queueChanged: {
    needs: atOffice(Permission.workQueue),
    at: offices,
    subscription: true,
    document: 'subscription ($officeId: ID!) { queueChanged(officeId: $officeId) { version } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  // Alarms: who works the office's queue; raised at the caller's own counter (NotAtCounter counts as allowed).
  openAlarms: { needs: atOffice(Permission.workQueue), at: offices, document: 'query ($officeIds: [ID!]!) { openAlarms(officeIds: $officeIds) { version } }', variables: ({ place }) => ({ officeIds: [officeOf(place).officeId] }) },
  raiseAlarm: { needs: anywhere(Permission.workQueue), document: 'mutation { raiseAlarm { __typename } }' },
  acknowledgeAlarm: { needs: atOffice(Permission.workQueue), at: offices, document: typed('acknowledgeAlarm', ''), variables: async ({ place }) => ({ input: { alarmId: await alarmAt(place) } }) },
  alarmChanged: {
    needs: atOffice(Permission.workQueue),
    at: offices,
    subscription: true,
    document: 'subscription ($officeIds: [ID!]!) { alarmChanged(officeIds: $officeIds) { version } }',
    variables: ({ place }) => ({ officeIds: [officeOf(place).officeId] }),
  },
  // The lead panel: who reads the office's statistics.
  leadPanel: { needs: atOffice(Permission.viewStatistics), at: offices, document: 'query ($officeId: ID!) { leadPanel(officeId: $officeId) { waiting } }', variables: ({ place }) => ({ officeId: officeOf(place).officeId }) },
  leadPanelChanged: {
    needs: atOffice(Permission.viewStatistics),
    at: offices,
    subscription: true,
    document: 'subscription ($officeId: ID!) { leadPanelChanged(officeId: $officeId) { version } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  dayPlanChanged: {
    needs: atOffice(Permission.manageAppointments),
    at: offices,
    subscription: true,
    document: 'subscription ($officeId: ID!) { dayPlanChanged(officeId: $officeId) { version } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  callIssued: {
    needs: atOffice(Permission.viewCalls),
    at: offices,
    subscription: true,
    document: 'subscription ($officeId: ID) { callIssued(officeId: $officeId) { id } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  waitingRoomChanged: {
    needs: atOffice(Permission.viewCalls),
    at: offices,
    subscription: true,
    document: 'subscription ($officeId: ID) { waitingRoomChanged(officeId: $officeId) { version } }',
    variables: ({ place }) => ({ officeId: officeOf(place).officeId }),
  },
  myQueueStatus: { needs: 'anyone', subscription: true, document: 'subscription ($input: QueueAccessInput!) { myQueueStatus(input: $input) { status } }', variables: () => ({ input: at.officeA.ticket }) },

  // Webhooks: an organisation's admins, and API keys for their own endpoints (others' are a NotFound to a key)
  webhookEndpoints: { needs: webhookNeeds, at: organisations, document: 'query ($id: ID) { webhookEndpoints(organisationId: $id) { id } }', variables: ({ place }) => ({ id: organisationIdOf(place) }) },
  webhookDeliveries: {
    needs: webhookNeeds,
    at: organisations,
    document: 'query ($id: ID!) { webhookDeliveries(endpointId: $id) { __typename } }',
    variables: async ({ place }) => ({ id: (await webhookOf(place)).endpointId }),
  },
  registerWebhookEndpoint: { needs: webhookNeeds, at: organisations, document: typed('registerWebhookEndpoint', ''), variables: ({ place }) => ({ input: { organisationId: organisationIdOf(place), ...webhookInput } }) },
  updateWebhookEndpoint: {
    needs: webhookNeeds,
    at: organisations,
    document: typed('updateWebhookEndpoint', ''),
    variables: async ({ place }) => ({ input: { endpointId: (await webhookOf(place)).endpointId, eventTypes: ['capacityChanged'] } }),
  },
  deleteWebhookEndpoint: {
    needs: webhookNeeds,
    at: organisations,
    document: typed('deleteWebhookEndpoint', '', 'WebhookEndpointInput'),
    variables: async ({ place, allowed }) => ({ input: { endpointId: allowed ? await make.webhook(organisationIdOf(place)) : (await webhookOf(place)).endpointId } }),
  },
  replayWebhookDelivery: {
    needs: webhookNeeds,
    at: organisations,
    document: typed('replayWebhookDelivery', '', 'WebhookDeliveryInput'),
    variables: async ({ place }) => ({ input: { deliveryId: (await webhookOf(place)).deliveryId } }),
  },
  pingWebhookEndpoint: {
    needs: webhookNeeds,
    at: organisations,
    document: typed('pingWebhookEndpoint', '', 'WebhookEndpointInput'),
    variables: async ({ place }) => ({ input: { endpointId: (await webhookOf(place)).endpointId } }),
  },
};

const entries = Object.entries(table).flatMap(([operation, cases]) => (Array.isArray(cases) ? cases : [cases]).map((entry) => ({ operation, name: entry.label ? `${operation} (${entry.label})` : operation, entry })));

// ---------------------------------------------------------------------------------------------
// Calling

function usernameOf(caller: Caller): string {
  return caller.kind === 'staff' ? `p-${caller.permission}-${caller.scope}`.toLowerCase() : caller.name;
}

/** At most `size` calls in flight: the server runs in this process, on two cores. */
function pool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
const inPool = pool(16);

/** allowed, UNAUTHENTICATED or FORBIDDEN (as the only error), or what else came back. */
function outcomeOf(response: GraphQLResponse): string {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
  if (codes.length === 0) return 'allowed';
  if (codes.length === 1 && (codes[0] === 'UNAUTHENTICATED' || codes[0] === 'FORBIDDEN')) return codes[0];
  return `errors ${codes.join(', ')}: ${response.errors!.map((error) => error.message).join(' | ')}`;
}

const wsClients = new Map<string, Client>();
function wsClient(caller: Caller): Client {
  let client = wsClients.get(caller.name);
  if (!client) {
    const token = tokens.get(caller.name);
    client = createClient({
      url: `${berlin.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
      lazyCloseTimeout: 600_000,
    });
    wsClients.set(caller.name, client);
  }
  return client;
}

/**
 * Rights of a subscription are checked once, when it starts (queue.events.ts): a refused one
 * answers an error at once. One that gives no error within the window was let in.
 */
function subscriptionOutcome(caller: Caller, document: string, variables: Record<string, unknown>, windowMs: number): Promise<string> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle('allowed'), windowMs);
    const stop = wsClient(caller).subscribe(
      { query: document, variables },
      {
        next: (value) => settle(outcomeOf(value as GraphQLResponse)),
        error: (error) => settle(Array.isArray(error) ? outcomeOf({ errors: error as GraphQLResponse['errors'] }) : `failed: ${String((error as { code?: unknown }).code ?? error)}`),
        complete: () => settle('completed without an event'),
      },
    );
  });
}

async function outcome(entry: Entry, caller: Caller, place: Place, expected: string): Promise<string> {
  const run = { caller, place, allowed: expected === 'allowed' };
  const variables = (await entry.variables?.(run)) ?? {};
  if (entry.subscription) return subscriptionOutcome(caller, entry.document, variables, 1_000);
  const credential = entry.credential ? await entry.credential(run) : tokens.get(caller.name);
  return outcomeOf(await berlin.graphql(entry.document, variables, credential));
}

/** Every outcome of the run, by operation, caller and target: the boundary tests read them. */
const seen = new Map<string, { operation: string; caller: Caller; place: Place; expected: string; actual: string }>();

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  // The documents of this matrix are built at run time: no manifest holds them (permissions.api.test.ts sends each operation by hash).
  api = await startTestApi(monday, { TRUSTED_DOCUMENTS_ONLY_FOR: 'none' });
  berlin = new ApiClient(`${api.url}/o/land-berlin`);
  munich = new ApiClient(`${api.url}/o/muenchen`);
  berlin.adminToken = munich.adminToken = api.adminToken;

  // Two organisations; Berlin with the departments Mitte and Pankow.
  const organisation = (name: string, slug: string) =>
    admin(typed('createOrganisation', '... on Organisation { id departments { id } roles { id name } }'), { input: { name, slug, hosts: [] } }) as Promise<{
      id: string;
      departments: { id: string }[];
      roles: { id: string; name: string }[];
    }>;
  const [inBerlin, inMunich] = await Promise.all([organisation('Land Berlin', 'land-berlin'), organisation('Landeshauptstadt München', 'muenchen')]);
  const department = async (name: string) => (await admin(typed('createDepartment', '... on Department { id }'), { input: { organisationId: inBerlin.id, name } })).id as string;
  const [mitte, pankow] = await Promise.all([department('Bezirksamt Mitte'), department('Bezirksamt Pankow')]);
  const roleOf = (roles: { id: string; name: string }[], name: string) => roles.find((role) => role.name === name)!.id;
  Object.assign(ids, {
    berlin: inBerlin.id,
    munich: inMunich.id,
    mitte,
    pankow,
    munichDepartment: inMunich.departments[0].id,
    munichAdminRole: roleOf(inMunich.roles, 'admin'),
    munichCounterRole: roleOf(inMunich.roles, 'counter'),
    berlinCounterRole: roleOf(inBerlin.roles, 'counter'),
  });

  // Offices, a role of each permission alone, keys, a holiday and a synonym to aim at.
  const roles = await Promise.all(
    assignablePermissions.map(
      async (permission) => [permission, (await admin(typed('defineRole', '... on Role { id }'), { input: { organisationId: ids.berlin, name: `only ${permission}`, permissions: [permission] } })).id as string] as const,
    ),
  );
  const [keyBerlin, keyMunich, holidayBerlin, holidayMunich, synonymId, partner, callcenter] = await Promise.all([
    make.apiKey(ids.berlin),
    make.apiKey(ids.munich),
    make.holiday(ids.berlin),
    make.holiday(ids.munich),
    make.synonym(),
    make.apiKey(ids.berlin, 'public'),
    make.apiKey(ids.berlin, 'callcenter'),
    seedOffice('officeA', mitte, berlin),
    seedOffice('officeA2', mitte, berlin),
    seedOffice('officeP', pankow, berlin),
    seedOffice('officeM', ids.munichDepartment, munich),
  ]);
  Object.assign(ids, { roles: Object.fromEntries(roles), apiKey: { berlin: keyBerlin.id, munich: keyMunich.id }, holiday: { berlin: holidayBerlin, munich: holidayMunich }, synonymId });

  // One account per permission and scope, members of each office to aim at, a pilot for login; then their sessions.
  const scopeOf = (scope: Scope) => (scope === 'office' ? { officeId: at.officeA.officeId } : scope === 'department' ? { departmentId: ids.mitte } : {});
  const [display, kiosk] = await Promise.all([
    make.device(at.officeA.officeId, 'display'),
    make.device(at.officeA.officeId, 'kiosk'),
    make.account('pilot', ids.berlin, [{ roleId: ids.berlinCounterRole, officeId: at.officeA.officeId }]),
    ...offices.map(async (place) => {
      const inMunichOffice = place === 'officeM';
      at[place].memberId = await make.account(`member-${place}`.toLowerCase(), inMunichOffice ? ids.munich : ids.berlin, [{ roleId: inMunichOffice ? ids.munichCounterRole : ids.berlinCounterRole, officeId: at[place].officeId }]);
    }),
    ...staffCallers.map(async (caller) => {
      if (caller.kind !== 'staff') return;
      await make.account(usernameOf(caller), ids.berlin, [{ roleId: ids.roles[caller.permission], ...scopeOf(caller.scope) }]);
      tokens.set(caller.name, await berlin.login(usernameOf(caller), password));
    }),
  ]);
  tokens.set('admin', api.adminToken);
  tokens.set('anonymous', undefined);
  tokens.set('partner', partner.key);
  tokens.set('callcenter', callcenter.key);
  tokens.set('display', display.key);
  tokens.set('kiosk', kiosk.key);
}, 120_000);

afterAll(async () => {
  await Promise.all([...wsClients.values()].map((client) => client.dispose()));
  await api?.stop();
});

it('has one entry for every operation of the schema and none for others', async () => {
  await expectOneEntryPerOperation(table);
});

it('computes the rule as intended: a scope covers its subtree and nothing beside it', () => {
  const need = atOffice(Permission.manageOffice);
  const caller = (scope: Scope): Caller => ({ name: scope, kind: 'staff', permission: Permission.manageOffice, scope });
  const allowedAt = (scope: Scope) => offices.filter((place) => expectedOutcome(caller(scope), need, place) === 'allowed');
  expect(allowedAt('office')).toEqual(['officeA']);
  expect(allowedAt('department')).toEqual(['officeA', 'officeA2']);
  expect(allowedAt('organisation')).toEqual(['officeA', 'officeA2', 'officeP']);
  expect(expectedOutcome(caller('organisation'), atOffice(Permission.manageOffice), 'berlin')).toBe('allowed');
  expect(expectedOutcome(caller('department'), atOffice(Permission.manageOffice), 'berlin')).toBe('FORBIDDEN');
  expect(expectedOutcome(caller('department'), atOffice(Permission.manageOffice), 'mitte')).toBe('allowed');
  expect(expectedOutcome(caller('office'), atOffice(Permission.manageOffice), 'mitte')).toBe('FORBIDDEN');
  expect(scopes.map((scope) => covers(scope, scopePlace[scope]))).toEqual([true, true, true]);
});

/**
 * The targets a caller is tried at. Callers who hold a permission the operation names, and the
 * callers of fixed rights, try every target: that is where scopes decide. A permission the
 * operation does not name must be refused everywhere; it is tried at every scope, once, where a
 * wrong answer would show: at organisation scope inside it (its rights are the widest, so what a
 * narrower scope might wrongly get there it gets too), at department and office scope outside
 * their subtree in Berlin (Pankow, A2). PERMISSIONS_FULL_MATRIX=true tries every caller everywhere.
 */
function targetsOf(caller: Caller, entry: Entry): readonly Place[] {
  const all = entry.at ?? ['none'];
  if (caller.kind !== 'staff' || fullMatrix || all.length === 1) return all;
  const named = (Array.isArray(entry.needs) ? entry.needs : [entry.needs]).some((need: Need) => typeof need === 'object' && need.permission === caller.permission);
  if (named) return all;
  const outside = all.filter((place) => !covers(caller.scope, place));
  const choice = caller.scope === 'organisation' ? all.find((place) => covers(caller.scope, place)) : (outside.find((place) => where(place).organisation === 'berlin') ?? outside[0]);
  return [choice ?? all[0]];
}
const fullMatrix = process.env.PERMISSIONS_FULL_MATRIX === 'true';

describe('every operation, every caller, every target', () => {
  it.each(entries)('$name', async ({ operation, entry }) => {
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    await Promise.all(
      callers.flatMap((caller) =>
        targetsOf(caller, entry).map(async (place) => {
          const key = `${caller.name} → ${place}`;
          expected[key] = expectedOutcome(caller, entry.needs, place);
          // Subscriptions wait out their window without holding a place in the pool.
          actual[key] = entry.subscription ? await outcome(entry, caller, place, expected[key]) : await inPool(() => outcome(entry, caller, place, expected[key]));
          seen.set(`${operation} ${entry.label ?? ''} ${key}`, { operation, caller, place, expected: expected[key], actual: actual[key] });
        }),
      ),
    );
    expect(actual).toEqual(expected);
  });
});

describe('boundaries', () => {
  const elsewhere: readonly Place[] = ['officeP', 'officeM', 'pankow', 'munichDepartment', 'munich'];

  it('refuses every caller scoped to department Mitte everything at Pankow and in Munich, reads too', () => {
    const reached = [...seen.values()].filter(({ caller, place }) => caller.kind === 'staff' && caller.scope === 'department' && elsewhere.includes(place));
    expect(reached.length).toBeGreaterThan(staffCallers.length * 5);
    expect(reached.filter(({ actual }) => actual !== 'FORBIDDEN').map(({ operation, caller, place, actual }) => `${operation} by ${caller.name} at ${place}: ${actual}`)).toEqual([]);
  });

  it('refuses every caller scoped to office A everything at its sibling A2, and every Berlin caller everything in Munich', () => {
    const reached = [...seen.values()].filter(({ caller, place }) => caller.kind === 'staff' && ((caller.scope === 'office' && place === 'officeA2') || place === 'officeM' || place === 'munich' || place === 'munichDepartment'));
    expect(reached.filter(({ actual }) => actual !== 'FORBIDDEN').map(({ operation, caller, place, actual }) => `${operation} by ${caller.name} at ${place}: ${actual}`)).toEqual([]);
  });

  it("lists to a department's viewers the staff of its offices only", async () => {
    for (const scope of scopes) {
      const caller = `${Permission.viewOfficeAdministration}@${scope}`;
      const { staffAccounts } = await berlin.data<{ staffAccounts: { edges: { node: { username: string } }[] } }>('{ staffAccounts(first: 200) { edges { node { username } } } }', {}, tokens.get(caller));
      const members = staffAccounts.edges.map((edge) => edge.node.username).filter((username) => username.startsWith('member-'));
      const expected = offices.filter((place) => covers(scope, place)).map((place) => `member-${place}`.toLowerCase());
      expect(members.sort(), caller).toEqual(expected.sort());
    }
  });

  it("lists API keys of the caller's organisation only", async () => {
    const { apiKeys } = await berlin.data<{ apiKeys: { id: string }[] }>('{ apiKeys { id } }', {}, tokens.get(`${Permission.manageApiKeys}@organisation`));
    expect(apiKeys.map((key) => key.id)).toContain(ids.apiKey.berlin);
    expect(apiKeys.map((key) => key.id)).not.toContain(ids.apiKey.munich);
  });
});
