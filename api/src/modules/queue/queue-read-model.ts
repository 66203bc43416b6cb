import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { addDays, localDateOf, startOfDay } from '../../domain/calendar/local-date';
import { QueueEntryStatus, activeEntryStatuses } from '../../domain/queue/queue-entry-lifecycle';
import { callingOrder, nextOrderChange, orderQueue, type QueueEntryState } from '../../domain/queue/queue-order';
import { estimateWaits, learnServiceMinutes, learnShowUpShare, minutesForServices, type WaitInput } from '../../domain/queue/waiting-estimate';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { matchesDigest } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { tenantKey, tenantOf } from '../catalog/tenancy';
import { counterSessionOf, counterSessionSelect, officeIdOf, selectEntries, sessionView, stateOf, viewOf, type CounterSessionRow, type EntryRow } from './queue-rows';
import { CallView, CounterQueue, CounterSessionView, OfficeVersion, QueueEntryView, QueueSnapshot, QueueStatus, RecentCalls, WaitingInfo, type QueueAccessInput } from './queue.types';

/** Minutes a service takes when the office has no history of it yet. */
const defaultServiceMinutes = 10;
/** How far back finished services teach the waiting estimate. */
const historyDays = 14;
const recentCallsShown = 20;

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
  const learned = learnServiceMinutes(
    history.map((row) => ({ serviceId: String(row.service_id), minutes: Number(row.minutes) })),
    defaultServiceMinutes,
  );
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
  if (!office) throw badUserInput('There is no such office.');
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

/** The reads of the queue: staff's snapshot, the waiting figures, displays' calls and the citizen's status. */
export class QueueQueries {
  async queue(ctx: RequestContext, officeIdText: string): Promise<QueueSnapshot> {
    const officeId = officeIdOf(officeIdText);
    authorize(ctx, Permission.workQueue, officeId);
    const now = ctx.clock.now();
    const queue = await computeQueue(ctx.em, officeId, now);
    const session = await counterSessionOf(ctx.em, ctx);
    const myCounter =
      session && session.office_id === officeId ? Object.assign(new CounterQueue(), { session: sessionView(session), callingOrder: callingOrder(queue.states, now, session.service_ids?.map(String) ?? null).map((state) => state.id) }) : null;
    return Object.assign(new QueueSnapshot(), { version: queue.office.version, entries: queue.views, computedAt: queue.computedAt, nextChangeAt: queue.nextChangeAt, myCounter });
  }

  /** Who works at which counter of an office (its staff), so that the counter app can say it. */
  async counterSessions(ctx: RequestContext, officeIdText: string): Promise<CounterSessionView[]> {
    const officeId = officeIdOf(officeIdText);
    authorize(ctx, Permission.workQueue, officeId);
    const sessions = await ctx.em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.office_id = ? order by c.name`, [officeId]);
    return sessions.map(sessionView);
  }

  async waitingInfo(ctx: RequestContext, officeIdText: string): Promise<WaitingInfo> {
    const queue = await computeQueue(ctx.em, officeIdOf(officeIdText), ctx.clock.now());
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
      ? [officeIdOf(officeIdText)]
      : (await ctx.em.execute<{ office_id: number }[]>('select office_id from office_group_member where office_group_id = ?', [parseId(groupIdText!) ?? 0])).map((row) => row.office_id);
    if (officeIds.length === 0) throw badUserInput('The office group has no offices.');
    for (const officeId of officeIds) authorize(ctx, Permission.viewCalls, officeId);
    return officeIds;
  }

  async recentCalls(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<RecentCalls> {
    const officeIds = await this.displayedOffices(ctx, officeIdText, groupIdText);
    const now = ctx.clock.now();
    const versions = await ctx.em.execute<{ id: number; version: number }[]>('select id, version from office where id = any(?::bigint[]) order by id', [sqlArray(officeIds)]);
    const versionOf = new Map(versions.map((office) => [office.id, office.version]));
    const rows = await ctx.em.execute<{ id: string; office_id: number; display_number: string; counter_name: string; room: string | null; called_at: string; call_count: number }[]>(
      `select * from (
         select id, office_id, display_number, counter_name, room, called_at,
                row_number() over (partition by entry_id order by called_at, id)::int as call_count
           from queue_call where office_id = any(?::bigint[]) and called_at > ?) calls
        order by called_at desc, id desc limit ?`,
      [sqlArray(officeIds), new Date(now.getTime() - 86_400_000), recentCallsShown],
    );
    return Object.assign(new RecentCalls(), {
      versions: versions.map((office) => Object.assign(new OfficeVersion(), { officeId: String(office.id), version: office.version })),
      calls: rows.map((row) =>
        Object.assign(new CallView(), {
          id: String(row.id),
          officeId: row.office_id,
          version: versionOf.get(row.office_id)!,
          displayNumber: row.display_number,
          counterName: row.counter_name,
          room: row.room,
          calledAt: sqlInstant(row.called_at),
          callCount: row.call_count,
        }),
      ),
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
    const organisationId = await tenantOf(ctx);
    return ctx.guards.rateLimits.secretAttempt(tenantKey(organisationId, access.number), ctx.principal, ctx.clientAddress, () => this.entryMatching(em, organisationId, access, now));
  }

  /**
   * The entry behind a number and secret, without charging an attempt: only for a caller who
   * proved the secret already (a status subscription looking again after each change).
   */
  async entryMatching(em: EntityManager, organisationId: number, access: QueueAccessInput, now: Date): Promise<EntryRow | null> {
    // Yesterday to tomorrow in each office's own calendar: a ticket lives on its office's day.
    const candidates = await selectEntries(
      em,
      `e.display_number = ? and e.office_id in (select id from office where organisation_id = ?)
         and e.local_date between (select (?::timestamptz at time zone o.time_zone)::date - 1 from office o where o.id = e.office_id)
                              and (select (?::timestamptz at time zone o.time_zone)::date + 1 from office o where o.id = e.office_id)
       order by e.id desc`,
      [access.number.trim(), organisationId, now, now],
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
      remote: entry.remote,
      checkInFrom: entry.status === QueueEntryStatus.expected ? entry.arrived_at : null,
      checkInUntil: entry.status === QueueEntryStatus.expected ? entry.check_in_until : null,
    });
  }
}
