import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Permission, can } from '../../domain/accounts/principal';
import { AppointmentStatus, Channel, nextStatus, type AppointmentEvent } from '../../domain/booking/appointment-lifecycle';
import { addDays, isoWeekday, localDateOf, parseClockTime, startOfDay } from '../../domain/calendar/local-date';
import { QueueAction, QueueEntryStatus, actionAllowed, activeEntryStatuses, allowedActions, newEntryStatus, statusesMovedBy, type QueueEntryEvent } from '../../domain/queue/queue-entry-lifecycle';
import { callingOrder, nextOrderChange, nextToCall, orderQueue, recallSkipEnd, type QueueEntryState } from '../../domain/queue/queue-order';
import { nextTicketNumber } from '../../domain/queue/ticket-numbers';
import { chainStarts, findChain } from '../../domain/calendar/slot-chain';
import { estimateWaits, learnServiceMinutes, learnShowUpShare, minutesForServices, type WaitInput } from '../../domain/queue/waiting-estimate';
import { portalLinks } from '../../platform/portal-links';
import { emit } from '../../platform/events/event-bus';
import { Topic } from '../../platform/events/topics';
import { CheckInRefusalReason, CheckInRefused, ErrorResult, InvalidInput, InvalidTransition, NotAtCounter, NotFound, OfficeClosed, QueueEmpty, TicketsExhausted, badUserInput, forbidden } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { digest, matchesDigest, newSecret } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../accounts/audit';
import { releaseClaims } from '../slots/slot-ledger';
import { announceAvailability } from '../slots/availability-events';
import { bumpOfficeVersion } from '../catalog/office-version';
import { refusedStep, transitionEntry } from './entry-transition';
import { CallView, CounterOccupied, CounterQueue, CounterSessionView, OfficeVersion, QueueEntryView, QueueSnapshot, QueueStatus, RecentCalls, Ticket, WaitingInfo } from './queue.types';
import type { CheckInInput, EntryInput, FinishServiceInput, IssueTicketInput, QueueAccessInput, RedirectEntryInput, SetEntryPriorityInput, SignInAtCounterInput } from './queue.types';

/** Minutes a service takes when the office has no history of it yet. */
const defaultServiceMinutes = 10;
/** How far back finished services teach the waiting estimate. */
const historyDays = 14;
const recentCallsShown = 20;

interface OfficeRow {
  id: number;
  time_zone: string;
  version: number;
  opening_hours: { weekdays: number[]; open: string; close: string }[];
  settings_ticket_first_number: number;
  settings_ticket_last_number: number;
  settings_ticket_daily_contingent: number;
  settings_ticket_prefix: string;
  settings_check_in_early_minutes: number;
  settings_check_in_late_minutes: number;
  settings_max_calls: number;
}

interface EntryRow {
  id: number;
  office_id: number;
  local_date: string;
  appointment_id: number | null;
  ticket_number: number | null;
  display_number: string;
  secret_digest: string | null;
  status: QueueEntryStatus;
  channel: Channel;
  priority: number;
  service_ids: number[];
  arrived_at: Date;
  appointment_start: Date | null;
  last_called_at: Date | null;
  called_count: number;
  counter_id: number | null;
  counter_name: string | null;
  room: string | null;
  service_started_at: Date | null;
}

const entrySelect = `select e.*, c.name as counter_name, c.room from queue_entry e left join counter c on c.id = e.counter_id`;

interface CounterSessionRow {
  account_id: number;
  office_id: number;
  counter_id: number;
  name: string;
  room: string | null;
  service_ids: number[] | null;
  staff_name: string;
  signed_in_at: Date | string;
}

const counterSessionSelect = `select s.account_id, s.office_id, s.counter_id, c.name, c.room, s.service_ids, a.display_name as staff_name, s.signed_in_at
  from counter_session s join counter c on c.id = s.counter_id join staff_account a on a.id = s.account_id`;

function sessionView(session: CounterSessionRow): CounterSessionView {
  return Object.assign(new CounterSessionView(), {
    officeId: String(session.office_id),
    counterId: String(session.counter_id),
    counterName: session.name,
    serviceIds: session.service_ids?.map(String) ?? null,
    staffName: session.staff_name,
    signedInAt: sqlInstant(session.signed_in_at),
  });
}

function readEntry(row: EntryRow): EntryRow {
  const instant = (value: Date | string | null) => (value === null ? null : sqlInstant(value));
  return {
    ...row,
    arrived_at: sqlInstant(row.arrived_at),
    appointment_start: instant(row.appointment_start),
    last_called_at: instant(row.last_called_at),
    service_started_at: instant(row.service_started_at),
  };
}

async function selectEntries(em: EntityManager, where: string, params: unknown[]): Promise<EntryRow[]> {
  return (await em.execute<EntryRow[]>(`${entrySelect} where ${where}`, params)).map(readEntry);
}

function stateOf(row: EntryRow): QueueEntryState {
  return {
    id: String(row.id),
    status: row.status,
    priority: row.priority as 1 | 2 | 3,
    appointmentStart: row.appointment_start,
    arrivedAt: row.arrived_at,
    lastCalledAt: row.last_called_at,
    calledCount: row.called_count,
    serviceIds: row.service_ids.map(String),
  };
}

function viewOf(row: EntryRow, position: number | null = null, estimate: number | null = null): QueueEntryView {
  return Object.assign(new QueueEntryView(), {
    id: String(row.id),
    officeId: row.office_id,
    displayNumber: row.display_number,
    status: row.status,
    priority: row.priority,
    withAppointment: row.appointment_id !== null,
    appointmentStart: row.appointment_start,
    arrivedAt: row.arrived_at,
    calledCount: row.called_count,
    lastCalledAt: row.last_called_at,
    counterName: row.counter_name,
    serviceIds: row.service_ids,
    appointmentId: row.appointment_id,
    position,
    estimatedWaitMinutes: estimate,
    skippedUntil: row.status === QueueEntryStatus.waiting ? recallSkipEnd({ lastCalledAt: row.last_called_at }) : null,
  });
}

async function loadOffice(em: EntityManager, officeId: number): Promise<OfficeRow | null> {
  const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [officeId]);
  return office ?? null;
}

export function isOpen(office: OfficeRow, now: Date): boolean {
  const date = localDateOf(now, office.time_zone);
  const minute = Math.floor((now.getTime() - startOfDay(date, office.time_zone).getTime()) / 60_000);
  const weekday = isoWeekday(date);
  return office.opening_hours.some((hours) => hours.weekdays.includes(weekday) && minute >= (parseClockTime(hours.open) ?? 1440) && minute < (parseClockTime(hours.close) ?? 0));
}

/**
 * A walk-in takes the first gap of today's remaining slots long enough for its services, when
 * there is one (SPEC), so that staff booking on site see the capacity it uses.
 */
async function takeGap(em: EntityManager, officeId: number, entryId: number, length: number, today: string, now: Date): Promise<boolean> {
  // Locked in start order, as bookings lock them.
  const slots = (
    await em.execute<{ id: string; start_at: string; end_at: string; intern_capacity: number; taken: number }[]>(
      'select id, start_at, end_at, intern_capacity, taken from slot where office_id = ? and local_date = ? and start_at >= ? and intern_capacity > 0 order by start_at for update',
      [officeId, today, now],
    )
  ).map((slot) => ({ id: slot.id, start: sqlInstant(slot.start_at), end: sqlInstant(slot.end_at), capacity: slot.intern_capacity, taken: slot.taken }));
  const [start] = chainStarts(slots, length);
  if (!start) return false;
  const chain = findChain(slots, start, length)! as typeof slots;
  const slotIds = sqlArray(chain.map((slot) => slot.id));
  await em.execute('update slot set taken = taken + 1 where id = any(?::bigint[])', [slotIds]);
  await em.execute('insert into slot_claim (slot_id, queue_entry_id) select unnest(?::bigint[]), ?', [slotIds, entryId]);
  return true;
}

/** A ticket that leaves the queue gives back the slots of its gap that still lie ahead. */
async function releaseGap(em: EntityManager, entryId: number, now: Date): Promise<void> {
  const ahead = await em.execute<{ id: string }[]>('select c.id from slot_claim c join slot s on s.id = c.slot_id where c.queue_entry_id = ? and s.start_at > ?', [entryId, now]);
  for (const officeId of await releaseClaims(em, ahead.map((claim) => claim.id))) await announceAvailability(em, officeId, 'freed');
}

/** Raises the office's version and tells its queue subscribers, in the caller's transaction. */
async function announceQueue(em: EntityManager, officeId: number): Promise<number> {
  const version = await bumpOfficeVersion(em, officeId);
  emit({ topic: Topic.queueChanged, payload: { officeId, version } });
  return version;
}

/**
 * What the waiting estimate needs besides the entries: service minutes learned from the last 14
 * days, the counters at work with their services and who is at them, the appointments booked for
 * later today, and the share of booked citizens who came on recent days.
 */
async function loadEstimateInput(em: EntityManager, office: OfficeRow, rows: EntryRow[], now: Date): Promise<Omit<WaitInput, 'now'>> {
  const officeId = office.id;
  const today = localDateOf(now, office.time_zone);
  const history = await em.execute<{ service_id: number; minutes: number }[]>(
    `select (service_ids->>0)::int as service_id, extract(epoch from finished_at - service_started_at) / 60 as minutes
       from queue_entry where office_id = ? and finished_at > ? and service_started_at is not null and jsonb_array_length(service_ids) > 0`,
    [officeId, new Date(now.getTime() - historyDays * 86_400_000)],
  );
  const learned = learnServiceMinutes(history.map((row) => ({ serviceId: String(row.service_id), minutes: Number(row.minutes) })), defaultServiceMinutes);
  const sessions = await em.execute<{ counter_id: number; service_ids: number[] | null }[]>('select counter_id, service_ids from counter_session where office_id = ?', [officeId]);
  const counters = sessions.map((session) => ({
    servedServiceIds: session.service_ids?.map(String) ?? null,
    servingEntryId: rows.find((row) => row.counter_id === session.counter_id && (row.status === QueueEntryStatus.called || row.status === QueueEntryStatus.inService))?.id.toString() ?? null,
  }));
  // Booked for later today and not checked in yet: they join at their time and overtake walk-ins.
  const upcoming = await em.execute<{ id: number; start_at: string; service_ids: number[] }[]>(
    `select a.id, a.start_at, coalesce((select json_agg(s.service_id order by s.position) from appointment_service s where s.appointment_id = a.id), '[]') as service_ids
       from appointment a where a.office_id = ? and a.status = 'confirmed' and a.start_at > ? and a.start_at < ?`,
    [officeId, new Date(now.getTime() - office.settings_check_in_late_minutes * 60_000), startOfDay(addDays(today, 1), office.time_zone)],
  );
  const [showUps] = await em.execute<{ booked: string; came: string }[]>(
    `select count(*) as booked, count(*) filter (where status <> 'noShow') as came from appointment
      where office_id = ? and start_at >= ? and start_at < ? and status in ('noShow', 'checkedIn', 'called', 'inService', 'finished', 'missed')`,
    [officeId, new Date(now.getTime() - historyDays * 86_400_000), startOfDay(today, office.time_zone)],
  );
  return {
    counters,
    minutesFor: (serviceIds) => minutesForServices(learned, serviceIds),
    upcoming: upcoming.map((row) => ({ id: `appointment:${row.id}`, start: sqlInstant(row.start_at), serviceIds: row.service_ids.map(String) })),
    showUpShare: learnShowUpShare({ booked: Number(showUps.booked), came: Number(showUps.came) }),
  };
}

/** The ordered queue of today with positions and estimates: one place, for staff, citizens and displays. */
export interface ComputedQueue {
  office: OfficeRow;
  ordered: EntryRow[];
  /** The entries as the order sees them, in the office's order: counters' calling orders come from these. */
  states: QueueEntryState[];
  computedAt: Date;
  nextChangeAt: Date | null;
  views: QueueEntryView[];
  estimateForNewcomer: number;
  serving: number;
}

export async function computeQueue(em: EntityManager, officeId: number, now: Date): Promise<ComputedQueue> {
  const office = await loadOffice(em, officeId);
  if (!office) throw badUserInput(`There is no office ${officeId}.`);
  const today = localDateOf(now, office.time_zone);
  const rows = await selectEntries(em, 'e.office_id = ? and e.local_date = ? and e.status = any(?::queue_entry_status[])', [officeId, today, sqlArray(activeEntryStatuses)]);
  const estimateInput = await loadEstimateInput(em, office, rows, now);
  const serving = estimateInput.counters.length;
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const orderedStates = orderQueue(rows.map(stateOf), now);
  const newcomer: QueueEntryState = { id: '~newcomer', status: QueueEntryStatus.waiting, priority: 3, appointmentStart: null, arrivedAt: now, lastCalledAt: null, calledCount: 0, serviceIds: [] };
  // Two runs: a walk-in who might draw a ticket now is ahead of early appointments and recalled
  // entries, so counting them in would delay those in the estimates of the real queue.
  const estimates = estimateWaits(orderedStates, { now, ...estimateInput });
  const newcomerEstimate = estimateWaits([...orderedStates, newcomer], { now, ...estimateInput }).get(newcomer.id) ?? 0;
  // Places are the calling order of a counter serving everything: place 1 is whom callNext calls there.
  const places = new Map(callingOrder(orderedStates, now, null).map((state, index) => [state.id, index + 1]));
  const views = orderedStates.map((state) => {
    const place = places.get(state.id) ?? null;
    return viewOf(byId.get(state.id)!, place, place === null ? null : (estimates.get(state.id) ?? null));
  });
  return {
    office,
    ordered: orderedStates.map((state) => byId.get(state.id)!),
    states: orderedStates,
    computedAt: now,
    nextChangeAt: nextOrderChange(orderedStates, now),
    views,
    estimateForNewcomer: newcomerEstimate,
    serving,
  };
}

/** Runs in the transaction of every call, e.g. to tell those whose turn nears. */
export type AfterCall = (em: EntityManager, officeId: number, now: Date) => Promise<void>;

export class QueueService {
  /** The caller's counter session, read once per request for all the entries it shows. */
  private readonly requestSessions = new WeakMap<RequestContext, Promise<CounterSessionRow | null>>();
  /** Contact names of appointments, batched per request (one query for a whole queue). */
  private readonly contactNames = new WeakMap<RequestContext, DataLoader<number, string | null>>();

  constructor(
    private readonly publicBaseUrl: string,
    private readonly afterCall: AfterCall = async () => {},
  ) {}

  /**
   * The name an appointment was booked under, for the staff who serve it: only callers who work
   * the entry's office queue (its staff and admins) get it; kiosks, displays and everyone else
   * are refused, whatever operation handed them the entry. Null for walk-ins and when none was given or it was erased.
   */
  async citizenName(ctx: RequestContext, entry: QueueEntryView): Promise<string | null> {
    if (!can(ctx.principal, Permission.workQueue, entry.officeId)) throw forbidden("Only the office's staff see the names of its customers.");
    if (entry.appointmentId === null) return null;
    let names = this.contactNames.get(ctx);
    if (!names) {
      names = new DataLoader(async (appointmentIds: readonly number[]) => {
        const rows = await ctx.em.execute<{ id: number; contact_name: string | null }[]>('select id, contact_name from appointment where id = any(?::int[])', [sqlArray([...appointmentIds])]);
        const byId = new Map(rows.map((row) => [row.id, row.contact_name]));
        return appointmentIds.map((id) => byId.get(id) ?? null);
      });
      this.contactNames.set(ctx, names);
    }
    return names.load(entry.appointmentId);
  }

  /** What the caller may do with the entry now: the lifecycle table, the caller's rights and counter (the counter app's buttons). */
  async allowedActions(ctx: RequestContext, entry: QueueEntryView): Promise<QueueAction[]> {
    if (!can(ctx.principal, Permission.workQueue, entry.officeId)) return [];
    let session = this.requestSessions.get(ctx);
    if (!session) {
      session = this.counterSession(ctx.em, ctx);
      this.requestSessions.set(ctx, session);
    }
    return allowedActions(entry.status, { worksQueue: true, atCounter: (await session)?.office_id === entry.officeId });
  }

  async issueTicket(ctx: RequestContext, input: IssueTicketInput): Promise<Ticket | InstanceType<typeof OfficeClosed> | InstanceType<typeof TicketsExhausted> | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.issueTicket);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound(`There is no office ${input.officeId}.`);
    authorize(ctx, Permission.issueTicket, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound(`There is no office ${input.officeId}.`);
      if (ctx.principal.kind === 'device' && !isOpen(office, now)) return new OfficeClosed('The office is closed now. Tickets are issued during opening hours.');
      const serviceIds = input.serviceIds.map(parseId);
      const offered = await em.execute<{ service_id: number; duration_slots: number }[]>('select service_id, duration_slots from office_service where office_id = ? and service_id = any(?::int[])', [officeId, sqlArray(serviceIds.filter((id): id is number => id !== null))]);
      if (serviceIds.some((id) => id === null) || offered.length !== new Set(serviceIds).size) return new InvalidInput(['The office does not offer every service asked for.']);
      const today = localDateOf(now, office.time_zone);
      // One row per office and day, locked: numbers are drawn one at a time, in any process.
      await em.execute('insert into ticket_day (office_id, local_date) values (?, ?) on conflict do nothing', [officeId, today]);
      const [day] = await em.execute<{ last_issued: number | null; issued_count: number }[]>('select last_issued, issued_count from ticket_day where office_id = ? and local_date = ? for update', [officeId, today]);
      if (day.issued_count >= office.settings_ticket_daily_contingent) return new TicketsExhausted("Today's tickets are used up.");
      const inUse = await em.execute<{ ticket_number: number }[]>(
        'select ticket_number from queue_entry where office_id = ? and local_date = ? and ticket_number is not null and status = any(?::queue_entry_status[])',
        [officeId, today, sqlArray(activeEntryStatuses)],
      );
      const number = nextTicketNumber({ firstNumber: office.settings_ticket_first_number, lastNumber: office.settings_ticket_last_number, lastIssued: day.last_issued, inUse: new Set(inUse.map((row) => row.ticket_number)) });
      if (number === null) return new TicketsExhausted('Every ticket number is in use; please wait for the queue to move.');
      const secret = newSecret();
      const [created] = await em.execute<{ id: number }[]>(
        `insert into queue_entry (office_id, local_date, ticket_number, display_number, secret_digest, status, channel, priority, service_ids, arrived_at, called_count)
         values (?, ?, ?, ?, ?, ?, ?, 3, ?::jsonb, ?, 0) returning id`,
        [officeId, today, number, `${office.settings_ticket_prefix}${number}`, digest(secret), newEntryStatus, ctx.principal.kind === 'device' ? Channel.KIOSK : Channel.COUNTER, JSON.stringify(serviceIds), now],
      );
      await em.execute('update ticket_day set last_issued = ?, issued_count = issued_count + 1 where office_id = ? and local_date = ?', [number, officeId, today]);
      const length = Math.max(1, offered.reduce((sum, row) => sum + row.duration_slots, 0));
      if (await takeGap(em, officeId, created.id, length, today, now)) await announceAvailability(em, officeId, 'taken', [today]);
      await announceQueue(em, officeId);
      await audit(em, ctx, 'issueTicket', officeId, { ticketNumber: number });
      const queue = await computeQueue(em, officeId, now);
      const entry = queue.views.find((view) => view.id === String(created.id))!;
      return Object.assign(new Ticket(), { entry, secret, statusUrl: portalLinks.queueStatus(this.publicBaseUrl, entry.displayNumber, secret) });
    });
  }

  async checkIn(ctx: RequestContext, input: CheckInInput): Promise<QueueEntryView | InstanceType<typeof CheckInRefused> | NotFound> {
    authorizeAnywhere(ctx, Permission.checkIn);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound(`There is no office ${input.officeId}.`);
    authorize(ctx, Permission.checkIn, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound(`There is no office ${input.officeId}.`);
      const [appointment] = await em.execute<{ id: number; number: number; status: AppointmentStatus; start_at: string; local_date: string; channel: Channel }[]>(
        'select id, number, status, start_at, local_date, channel from appointment where number = ? and office_id = ? for update',
        [input.number, officeId],
      );
      if (!appointment) return new NotFound('No appointment of this office has this number.');
      const start = sqlInstant(appointment.start_at);
      const today = localDateOf(now, office.time_zone);
      const checkedInStatus = nextStatus(appointment.status, 'checkIn');
      if (checkedInStatus === null) {
        const checkedIn = [AppointmentStatus.checkedIn, AppointmentStatus.called, AppointmentStatus.inService].includes(appointment.status);
        return new CheckInRefused(checkedIn ? CheckInRefusalReason.ALREADY_CHECKED_IN : CheckInRefusalReason.NOT_CONFIRMED, `The appointment is ${appointment.status}; only confirmed appointments check in.`);
      }
      if (appointment.local_date !== today) return new CheckInRefused(CheckInRefusalReason.NOT_TODAY, `The appointment is on ${appointment.local_date}, not today.`);
      const opensAt = new Date(start.getTime() - office.settings_check_in_early_minutes * 60_000);
      if (now.getTime() < opensAt.getTime()) return new CheckInRefused(CheckInRefusalReason.TOO_EARLY, `Too early: check-in opens ${office.settings_check_in_early_minutes} minutes before the appointment.`, opensAt);
      if (now.getTime() > start.getTime() + office.settings_check_in_late_minutes * 60_000) return new CheckInRefused(CheckInRefusalReason.TOO_LATE, 'Too late for this appointment; please draw a ticket or ask at the counter.');
      const services = await em.execute<{ service_id: number }[]>('select service_id from appointment_service where appointment_id = ? order by position', [appointment.id]);
      const [created] = await em.execute<{ id: number }[]>(
        `insert into queue_entry (office_id, local_date, appointment_id, display_number, status, channel, priority, service_ids, arrived_at, appointment_start, called_count)
         values (?, ?, ?, ?, ?, ?, 2, ?::jsonb, ?, ?, 0) returning id`,
        [officeId, today, appointment.id, String(appointment.number), newEntryStatus, appointment.channel, JSON.stringify(services.map((row) => row.service_id)), now, start],
      );
      await em.execute('update appointment set status = ?, updated_at = ? where id = ?', [checkedInStatus, now, appointment.id]);
      await announceQueue(em, officeId);
      await audit(em, ctx, 'checkIn', officeId, { number: appointment.number });
      return (await computeQueue(em, officeId, now)).views.find((view) => view.id === String(created.id))!;
    });
  }

  async queue(ctx: RequestContext, officeIdText: string): Promise<QueueSnapshot> {
    const officeId = this.officeIdOf(officeIdText);
    authorize(ctx, Permission.workQueue, officeId);
    const now = ctx.clock.now();
    const queue = await computeQueue(ctx.em, officeId, now);
    const session = await this.counterSession(ctx.em, ctx);
    const myCounter =
      session && session.office_id === officeId
        ? Object.assign(new CounterQueue(), { session: sessionView(session), callingOrder: callingOrder(queue.states, now, session.service_ids?.map(String) ?? null).map((state) => state.id) })
        : null;
    return Object.assign(new QueueSnapshot(), { version: queue.office.version, entries: queue.views, computedAt: queue.computedAt, nextChangeAt: queue.nextChangeAt, myCounter });
  }

  /** Who works at which counter of an office (its staff), so that the counter app can say it. */
  async counterSessions(ctx: RequestContext, officeIdText: string): Promise<CounterSessionView[]> {
    const officeId = this.officeIdOf(officeIdText);
    authorize(ctx, Permission.workQueue, officeId);
    const sessions = await ctx.em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.office_id = ? order by c.name`, [officeId]);
    return sessions.map(sessionView);
  }

  async waitingInfo(ctx: RequestContext, officeIdText: string): Promise<WaitingInfo> {
    const queue = await computeQueue(ctx.em, this.officeIdOf(officeIdText), ctx.clock.now());
    return Object.assign(new WaitingInfo(), {
      version: queue.office.version,
      waitingCount: queue.views.filter((view) => view.status === QueueEntryStatus.waiting).length,
      estimatedWaitMinutes: queue.estimateForNewcomer,
      countersServing: queue.serving,
    });
  }

  /** The offices a display of an office or group shows; each must be visible to the caller. */
  async displayedOffices(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<number[]> {
    authorizeAnywhere(ctx, Permission.viewCalls);
    if (!officeIdText === !groupIdText) throw badUserInput('Give an officeId or a groupId.');
    const officeIds = officeIdText
      ? [this.officeIdOf(officeIdText)]
      : (await ctx.em.execute<{ office_id: number }[]>('select office_id from office_group_member where office_group_id = ?', [parseId(groupIdText!) ?? 0])).map((row) => row.office_id);
    if (officeIds.length === 0) throw badUserInput(`There is no office group ${groupIdText} with offices.`);
    for (const officeId of officeIds) authorize(ctx, Permission.viewCalls, officeId);
    return officeIds;
  }

  async recentCalls(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<RecentCalls> {
    const officeIds = await this.displayedOffices(ctx, officeIdText, groupIdText);
    const now = ctx.clock.now();
    const versions = await ctx.em.execute<{ id: number; version: number }[]>('select id, version from office where id = any(?::int[]) order by id', [sqlArray(officeIds)]);
    const versionOf = new Map(versions.map((office) => [office.id, office.version]));
    const rows = await ctx.em.execute<{ id: string; office_id: number; display_number: string; counter_name: string; room: string | null; called_at: string; call_count: number }[]>(
      `select * from (
         select id, office_id, display_number, counter_name, room, called_at,
                row_number() over (partition by entry_id order by called_at, id)::int as call_count
           from queue_call where office_id = any(?::int[]) and called_at > ?) calls
        order by called_at desc, id desc limit ?`,
      [sqlArray(officeIds), new Date(now.getTime() - 86_400_000), recentCallsShown],
    );
    return Object.assign(new RecentCalls(), {
      versions: versions.map((office) => Object.assign(new OfficeVersion(), { officeId: String(office.id), version: office.version })),
      calls: rows.map((row) =>
        Object.assign(new CallView(), { id: String(row.id), officeId: row.office_id, version: versionOf.get(row.office_id)!, displayNumber: row.display_number, counterName: row.counter_name, room: row.room, calledAt: sqlInstant(row.called_at), callCount: row.call_count }),
      ),
    });
  }

  /**
   * One person per counter, settled by the database: the counter's row is locked while its
   * holder is checked and replaced, and a unique index on the counter stops a second session
   * whatever path wrote it. Signing in again at one's own counter, or moving, is always allowed.
   */
  async signInAtCounter(ctx: RequestContext, input: SignInAtCounterInput): Promise<CounterSessionView | CounterOccupied | NotFound> {
    authorizeAnywhere(ctx, Permission.workQueue);
    if (ctx.principal.kind !== 'staff') throw badUserInput('Only staff sign in at counters.');
    const accountId = ctx.principal.accountId;
    return inTransaction(ctx.em, async (em) => {
      const counterId = parseId(input.counterId);
      const [counter] = await em.execute<{ id: number; office_id: number; name: string }[]>('select id, office_id, name from counter where id = ? for update', [counterId ?? 0]);
      if (!counter) return new NotFound(`There is no counter ${input.counterId}.`);
      authorize(ctx, Permission.workQueue, counter.office_id);
      const now = ctx.clock.now();
      const [holder] = await em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.counter_id = ? and s.account_id <> ?`, [counter.id, accountId]);
      if (holder) {
        const canTakeOver = can(ctx.principal, Permission.manageOffice, counter.office_id);
        if (!input.takeOver || !canTakeOver) return new CounterOccupied(holder.staff_name, sqlInstant(holder.signed_in_at), canTakeOver);
        await em.execute('delete from counter_session where counter_id = ? and account_id = ?', [counter.id, holder.account_id]);
        await audit(em, ctx, 'takeOverCounter', counter.office_id, { counter: counter.name, fromAccountId: holder.account_id });
      }
      const serviceIds = input.serviceIds ? input.serviceIds.map((id) => parseId(id) ?? 0) : null;
      await em.execute(
        `insert into counter_session (account_id, office_id, counter_id, service_ids, signed_in_at) values (?, ?, ?, ?::jsonb, ?)
         on conflict (account_id) do update set office_id = excluded.office_id, counter_id = excluded.counter_id, service_ids = excluded.service_ids, signed_in_at = excluded.signed_in_at`,
        [accountId, counter.office_id, counter.id, serviceIds === null ? null : JSON.stringify(serviceIds), now],
      );
      await announceQueue(em, counter.office_id);
      const [session] = await em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.account_id = ?`, [accountId]);
      return sessionView(session);
    });
  }

  async signOutOfCounter(ctx: RequestContext): Promise<boolean> {
    authorizeAnywhere(ctx, Permission.workQueue);
    if (ctx.principal.kind !== 'staff') return false;
    const accountId = ctx.principal.accountId;
    return inTransaction(ctx.em, async (em) => {
      const [ended] = await em.execute<{ office_id: number }[]>('delete from counter_session where account_id = ? returning office_id', [accountId]);
      if (ended) await announceQueue(em, ended.office_id);
      return Boolean(ended);
    });
  }

  /** Calls the next customer this counter serves; two counters at once never get the same one. */
  async callNext(ctx: RequestContext): Promise<QueueEntryView | InstanceType<typeof QueueEmpty> | InstanceType<typeof NotAtCounter> | InstanceType<typeof InvalidTransition> | NotFound> {
    authorizeAnywhere(ctx, Permission.workQueue);
    return inTransaction(ctx.em, async (em) => {
      const session = await this.counterSession(em, ctx);
      if (!session) return new NotAtCounter('Sign in at a counter first.');
      authorize(ctx, Permission.workQueue, session.office_id);
      const now = ctx.clock.now();
      const office = (await loadOffice(em, session.office_id))!;
      // The office's waiting entries are locked: concurrent calls of one office take turns.
      const waiting = await selectEntries(em, `e.office_id = ? and e.local_date = ? and e.status = 'waiting' order by e.id for update of e`, [office.id, localDateOf(now, office.time_zone)]);
      const next = nextToCall(waiting.map(stateOf), now, session.service_ids?.map(String) ?? null);
      if (!next) return new QueueEmpty('Nobody this counter serves is waiting.');
      return this.callLocked(em, ctx, waiting.find((row) => String(row.id) === next.id)!, session, now);
    });
  }

  async callEntry(ctx: RequestContext, input: EntryInput): Promise<QueueEntryView | InstanceType<typeof NotAtCounter> | InstanceType<typeof InvalidTransition> | NotFound> {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const session = await this.counterSession(em, ctx);
      if (!session || session.office_id !== entry.office_id) return new NotAtCounter('Sign in at a counter of this office first.');
      return this.callLocked(em, ctx, entry, session, now);
    });
  }

  /** Calls an entry again; after maxCalls calls without answer it counts as missed. */
  async recallEntry(ctx: RequestContext, input: EntryInput): Promise<QueueEntryView | InstanceType<typeof InvalidTransition> | NotFound> {
    return this.withEntry(ctx, input.entryId, async (em, entry, office, now) => {
      const recalled = await transitionEntry(em, entry.id, 'recall');
      if (recalled instanceof ErrorResult) return recalled;
      if (entry.called_count >= office.settings_max_calls) return this.transition(em, ctx, entry, 'markMissed', now);
      const [counter] = await em.execute<{ name: string; room: string | null }[]>('select name, room from counter where id = ?', [entry.counter_id]);
      await em.execute('update queue_entry set called_count = called_count + 1, last_called_at = ? where id = ?', [now, entry.id]);
      await this.recordCall(em, entry, counter?.name ?? '', counter?.room ?? null, entry.called_count + 1, now);
      await audit(em, ctx, 'recall', entry.office_id, { entryId: entry.id });
      return this.reload(em, entry.id);
    });
  }

  markMissed(ctx: RequestContext, input: EntryInput) {
    return this.withEntry(ctx, input.entryId, (em, entry, _office, now) => this.transition(em, ctx, entry, 'markMissed', now));
  }

  requeueEntry(ctx: RequestContext, input: EntryInput) {
    return this.withEntry(ctx, input.entryId, (em, entry, _office, now) => this.transition(em, ctx, entry, 'requeue', now));
  }

  parkEntry(ctx: RequestContext, input: EntryInput) {
    return this.withEntry(ctx, input.entryId, (em, entry, _office, now) => this.transition(em, ctx, entry, 'park', now));
  }

  startService(ctx: RequestContext, input: EntryInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const result = await this.transition(em, ctx, entry, 'startService', now);
      if (result instanceof QueueEntryView) await em.execute('update queue_entry set service_started_at = ? where id = ?', [now, entry.id]);
      return result instanceof QueueEntryView ? this.reload(em, entry.id) : result;
    });
  }

  finishService(ctx: RequestContext, input: FinishServiceInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const served = input.servedServiceIds ? input.servedServiceIds.map((id) => parseId(id)) : entry.service_ids;
      if (served.some((id) => id === null)) return new InvalidInput(['Not a valid service id.']);
      const result = await this.transition(em, ctx, entry, 'finish', now);
      if (result instanceof QueueEntryView) await em.execute('update queue_entry set finished_at = ?, served_service_ids = ?::jsonb where id = ?', [now, JSON.stringify(served), entry.id]);
      return result instanceof QueueEntryView ? this.reload(em, entry.id) : result;
    });
  }

  /** Hands an entry on to another office or service; the citizen keeps the number shown. */
  redirectEntry(ctx: RequestContext, input: RedirectEntryInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const targetId = input.officeId ? parseId(input.officeId) : entry.office_id;
      const target = targetId === null ? null : await loadOffice(em, targetId);
      if (!target) return new NotFound(`There is no office ${input.officeId}.`);
      const serviceIds = input.serviceIds ? input.serviceIds.map(parseId) : entry.service_ids;
      if (serviceIds.some((id) => id === null)) return new InvalidInput(['Not a valid service id.']);
      const result = await this.transition(em, ctx, entry, 'redirect', now);
      if (!(result instanceof QueueEntryView)) return result;
      // The appointment and the ticket number go with the customer, so that the citizen's status
      // link and the number range follow the new entry.
      await em.execute('update queue_entry set redirected_to_id = ?, appointment_id = null where id = ?', [target.id, entry.id]);
      const [moved] = await em.execute<{ id: number }[]>(
        `insert into queue_entry (office_id, local_date, appointment_id, ticket_number, display_number, secret_digest, status, channel, priority, service_ids, arrived_at, appointment_start, called_count)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 0) returning id`,
        [target.id, localDateOf(now, target.time_zone), entry.appointment_id, target.id === entry.office_id ? entry.ticket_number : null, entry.display_number, entry.secret_digest, newEntryStatus, entry.channel, entry.priority, JSON.stringify(serviceIds), now, entry.appointment_start],
      );
      if (target.id !== entry.office_id) await announceQueue(em, target.id);
      return this.reload(em, moved.id);
    });
  }

  setEntryPriority(ctx: RequestContext, input: SetEntryPriorityInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry) => {
      if (!actionAllowed(entry.status, QueueAction.setEntryPriority)) return refusedStep(entry, 'set priority');
      await em.execute('update queue_entry set priority = ? where id = ?', [input.priority, entry.id]);
      await announceQueue(em, entry.office_id);
      await audit(em, ctx, 'setEntryPriority', entry.office_id, { entryId: entry.id, priority: input.priority });
      return this.reload(em, entry.id);
    });
  }

  /** The citizen's view: by ticket or appointment number and its secret, today. */
  async queueStatus(ctx: RequestContext, access: QueueAccessInput): Promise<QueueStatus | null> {
    const entry = await this.entryByAccess(ctx.em, ctx, access, ctx.clock.now());
    if (!entry) return null;
    return this.statusOf(ctx.em, entry.id, ctx.clock.now());
  }

  /** The entry a citizen follows; wrong secrets count against the caller as for appointments. */
  async entryByAccess(em: EntityManager, ctx: RequestContext, access: QueueAccessInput, now: Date): Promise<EntryRow | null> {
    return ctx.guards.rateLimits.secretAttempt(access.number.trim(), ctx.principal, ctx.clientAddress, () => this.entryMatching(em, access, now));
  }

  /**
   * The entry behind a number and secret, without charging an attempt: only for a caller who
   * proved the secret already (a status subscription looking again after each change).
   */
  async entryMatching(em: EntityManager, access: QueueAccessInput, now: Date): Promise<EntryRow | null> {
    // Yesterday to tomorrow in each office's own calendar: a ticket lives on its office's day.
    const candidates = await selectEntries(
      em,
      `e.display_number = ?
         and e.local_date between (select (?::timestamptz at time zone o.time_zone)::date - 1 from office o where o.id = e.office_id)
                              and (select (?::timestamptz at time zone o.time_zone)::date + 1 from office o where o.id = e.office_id)
       order by e.id desc`,
      [access.number.trim(), now, now],
    );
    for (const entry of candidates) {
      const secretDigest = entry.secret_digest ?? (await em.execute<{ secret_digest: string | null }[]>('select secret_digest from appointment where id = ?', [entry.appointment_id]))[0]?.secret_digest ?? null;
      if (matchesDigest(access.secret, secretDigest)) return entry;
    }
    return null;
  }

  /** `queueOf` may share one computation of the office's queue between callers (see QueueEvents). */
  async statusOf(em: EntityManager, entryId: number, now: Date, queueOf = (officeId: number) => computeQueue(em, officeId, now)): Promise<QueueStatus | null> {
    const [entry] = await selectEntries(em, 'e.id = ?', [entryId]);
    if (!entry) return null;
    const queue = await queueOf(entry.office_id);
    const view = queue.views.find((candidate) => candidate.id === String(entryId));
    return Object.assign(new QueueStatus(), {
      version: queue.office.version,
      displayNumber: entry.display_number,
      status: entry.status,
      position: view?.position ?? null,
      estimatedWaitMinutes: view?.estimatedWaitMinutes ?? null,
      counterName: entry.status === QueueEntryStatus.called || entry.status === QueueEntryStatus.inService ? entry.counter_name : null,
      room: entry.status === QueueEntryStatus.called || entry.status === QueueEntryStatus.inService ? entry.room : null,
    });
  }

  /** Job: the day of an office ends: no-shows, missed entries, and statistics without personal data. */
  async endDay(em: EntityManager, officeKey: string, now: Date): Promise<Date | null> {
    const office = await loadOffice(em, Number(officeKey));
    if (!office) return null;
    const today = localDateOf(now, office.time_zone);
    // Confirmed and never checked in: the table's word for them, in one statement.
    await em.execute(`update appointment set status = ?, updated_at = ? where office_id = ? and local_date < ? and status = ?`, [
      nextStatus(AppointmentStatus.confirmed, 'dayEnded'),
      now,
      office.id,
      today,
      AppointmentStatus.confirmed,
    ]);
    const open = await selectEntries(em, `e.office_id = ? and e.local_date < ? and e.status = any(?::queue_entry_status[]) order by e.id`, [office.id, today, sqlArray(statusesMovedBy('dayEnded'))]);
    for (const entry of open) {
      const ended = await transitionEntry(em, entry.id, 'dayEnded');
      if (!(ended instanceof ErrorResult)) await this.syncAppointment(em, entry, 'dayEnded', now);
    }
    await em.execute(
      `insert into queue_statistic (office_id, local_date, channel, with_appointment, outcome, service_ids, waiting_minutes, service_minutes)
       select e.office_id, e.local_date, e.channel, e.appointment_id is not null, e.status::text, coalesce(e.served_service_ids, e.service_ids),
              (extract(epoch from coalesce((select min(q.called_at) from queue_call q where q.entry_id = e.id), e.service_started_at) - e.arrived_at) / 60)::int,
              (extract(epoch from e.finished_at - e.service_started_at) / 60)::int
         from queue_entry e
        where e.office_id = ? and e.local_date < ? and not e.counted`,
      [office.id, today],
    );
    await em.execute('update queue_entry set counted = true where office_id = ? and local_date < ? and not counted', [office.id, today]);
    await em.execute('delete from counter_session where office_id = ? and signed_in_at < ?', [office.id, startOfDay(today, office.time_zone)]);
    if (open.length > 0) await announceQueue(em, office.id);
    return startOfDay(addDays(today, 1), office.time_zone);
  }

  private officeIdOf(text: string): number {
    const officeId = parseId(text);
    if (officeId === null) throw badUserInput(`There is no office ${text}.`);
    return officeId;
  }

  private async counterSession(em: EntityManager, ctx: RequestContext): Promise<CounterSessionRow | null> {
    if (ctx.principal.kind !== 'staff') return null;
    const [session] = await em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.account_id = ?`, [ctx.principal.accountId]);
    return session ?? null;
  }

  private async callLocked(em: EntityManager, ctx: RequestContext, entry: EntryRow, session: { counter_id: number; name: string; room: string | null }, now: Date): Promise<QueueEntryView | InstanceType<typeof InvalidTransition> | NotFound> {
    const called = await transitionEntry(em, entry.id, 'call');
    if (called instanceof ErrorResult) return called;
    await em.execute('update queue_entry set called_count = called_count + 1, last_called_at = ?, counter_id = ? where id = ?', [now, session.counter_id, entry.id]);
    await this.syncAppointment(em, entry, 'call', now);
    await this.recordCall(em, entry, session.name, session.room, entry.called_count + 1, now);
    await audit(em, ctx, 'call', entry.office_id, { entryId: entry.id, counter: session.name });
    return this.reload(em, entry.id);
  }

  /** Records a call and announces it to displays and the queue, in the call's transaction. */
  private async recordCall(em: EntityManager, entry: EntryRow, counterName: string, room: string | null, callCount: number, now: Date): Promise<void> {
    const [call] = await em.execute<{ id: string }[]>(
      'insert into queue_call (office_id, entry_id, display_number, counter_name, room, called_at) values (?, ?, ?, ?, ?, ?) returning id',
      [entry.office_id, entry.id, entry.display_number, counterName, room, now],
    );
    await this.afterCall(em, entry.office_id, now);
    const version = await announceQueue(em, entry.office_id);
    emit({ topic: Topic.callIssued, payload: { officeId: entry.office_id, version, callId: String(call.id), entryId: entry.id, displayNumber: entry.display_number, counterName, room, calledAt: now.toISOString(), callCount } });
  }

  private async transition(em: EntityManager, ctx: RequestContext, entry: EntryRow, event: QueueEntryEvent, now: Date): Promise<QueueEntryView | InstanceType<typeof InvalidTransition> | NotFound> {
    const step = await transitionEntry(em, entry.id, event);
    if (step instanceof ErrorResult) return step;
    if (step.to === QueueEntryStatus.finished || step.to === QueueEntryStatus.missed || step.to === QueueEntryStatus.redirected) await releaseGap(em, entry.id, now);
    const appointmentEvents: Partial<Record<QueueEntryEvent, AppointmentEvent>> = { startService: 'startService', finish: 'finish', markMissed: 'miss', requeue: 'requeue' };
    const appointmentEvent = appointmentEvents[event];
    if (appointmentEvent) await this.syncAppointment(em, entry, appointmentEvent, now);
    await announceQueue(em, entry.office_id);
    await audit(em, ctx, event, entry.office_id, { entryId: entry.id });
    return this.reload(em, entry.id);
  }

  /** Keeps a checked-in appointment's status in step with its queue entry. */
  private async syncAppointment(em: EntityManager, entry: EntryRow, event: AppointmentEvent, now: Date): Promise<void> {
    if (entry.appointment_id === null) return;
    const [appointment] = await em.execute<{ status: AppointmentStatus }[]>('select status from appointment where id = ?', [entry.appointment_id]);
    const status = appointment && nextStatus(appointment.status, event);
    if (status) await em.execute('update appointment set status = ?, updated_at = ? where id = ? and status = ?', [status, now, entry.appointment_id, appointment.status]);
  }

  private async reload(em: EntityManager, entryId: number): Promise<QueueEntryView> {
    const [entry] = await selectEntries(em, 'e.id = ?', [entryId]);
    return viewOf(entry);
  }

  /** Locks one entry, checks the caller works that office's queue, and runs `step` in one transaction. */
  private async withEntry<T>(ctx: RequestContext, entryIdText: string, step: (em: EntityManager, entry: EntryRow, office: OfficeRow, now: Date) => Promise<T>): Promise<T | NotFound> {
    authorizeAnywhere(ctx, Permission.workQueue);
    return inTransaction(ctx.em, async (em) => {
      const entryId = parseId(entryIdText);
      const [entry] = entryId === null ? [] : await selectEntries(em, 'e.id = ? for update of e', [entryId]);
      if (!entry) return new NotFound(`There is no queue entry ${entryIdText}.`);
      authorize(ctx, Permission.workQueue, entry.office_id);
      return step(em, entry, (await loadOffice(em, entry.office_id))!, ctx.clock.now());
    });
  }
}
