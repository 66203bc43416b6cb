import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Permission, can } from '../../domain/accounts/principal';
import type { AppointmentEvent } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import { QueueAction, QueueEntryStatus, actionAllowed, allowedActions, newEntryStatus, type QueueEntryEvent } from '../../domain/queue/queue-entry-lifecycle';
import { nextToCall } from '../../domain/queue/queue-order';
import type { DomainEvents } from '../../platform/events/domain-events';
import { emit } from '../../platform/events/event-bus';
import { Topic } from '../../platform/events/topics';
import { ErrorResult, InvalidInput, InvalidTransition, NotAtCounter, NotFound, QueueEmpty, badUserInput, forbidden } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { releaseTicketAhead } from '../slots/slot-ledger';
import { syncAppointment } from './appointment-sync';
import { refusedStep, transitionEntry } from './entry-transition';
import { announceQueue, counterSessionOf, counterSessionSelect, reloadEntry, selectEntries, sessionView, stateOf, type CounterSessionRow, type EntryRow } from './queue-rows';
import { CounterOccupied, QueueEntryView, type CounterSessionView, type EntryInput, type FinishServiceInput, type RedirectEntryInput, type SetEntryPriorityInput, type SignInAtCounterInput } from './queue.types';

type StepResult = QueueEntryView | InstanceType<typeof InvalidTransition> | NotFound;

/** What an entry's step does to its appointment, when it came with one. */
const appointmentEvents: Partial<Record<QueueEntryEvent, AppointmentEvent>> = { startService: 'startService', finish: 'finish', markMissed: 'miss', requeue: 'requeue' };

async function sameOrganisation(em: EntityManager, officeId: number, otherOfficeId: number): Promise<boolean> {
  const [row] = await em.execute<{ same: boolean }[]>('select (select organisation_id from office where id = ?) = (select organisation_id from office where id = ?) as same', [officeId, otherOfficeId]);
  return row?.same === true;
}

/** The work at the counters: signing in and out, calls, the steps of an entry, redirects and priority. */
export class CounterWorkService {
  /** The caller's counter session, read once per request for all the entries it shows. */
  private readonly requestSessions = new WeakMap<RequestContext, Promise<CounterSessionRow | null>>();
  /** Contact names of appointments, batched per request (one query for a whole queue). */
  private readonly contactNames = new WeakMap<RequestContext, DataLoader<number, string | null>>();

  constructor(private readonly events: DomainEvents) {}

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
        const rows = await ctx.em.execute<{ id: number; contact_name: string | null }[]>('select id, contact_name from appointment where id = any(?::bigint[])', [sqlArray([...appointmentIds])]);
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
      session = counterSessionOf(ctx.em, ctx);
      this.requestSessions.set(ctx, session);
    }
    return allowedActions(entry.status, { worksQueue: true, atCounter: (await session)?.office_id === entry.officeId });
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
      if (!counter) return new NotFound('There is no such counter.');
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
  async callNext(ctx: RequestContext): Promise<StepResult | InstanceType<typeof QueueEmpty> | InstanceType<typeof NotAtCounter>> {
    authorizeAnywhere(ctx, Permission.workQueue);
    return inTransaction(ctx.em, async (em) => {
      const session = await counterSessionOf(em, ctx);
      if (!session) return new NotAtCounter('Sign in at a counter first.');
      authorize(ctx, Permission.workQueue, session.office_id);
      const now = ctx.clock.now();
      const office = (await loadOffice(em, session.office_id))!;
      // The office's waiting entries are locked: concurrent calls of one office take turns.
      const waiting = await selectEntries(em, `e.office_id = ? and e.local_date = ? and e.status = 'waiting' order by e.id for update of e`, [office.id, localDateOf(now, office.time_zone)]);
      const next = nextToCall(waiting.map(stateOf), now, session.service_ids?.map(String) ?? null);
      if (!next) return new QueueEmpty('Nobody this counter serves is waiting.');
      return this.callLocked(
        em,
        ctx,
        waiting.find((row) => String(row.id) === next.id)!,
        session,
        now,
      );
    });
  }

  async callEntry(ctx: RequestContext, input: EntryInput): Promise<StepResult | InstanceType<typeof NotAtCounter>> {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const session = await counterSessionOf(em, ctx);
      if (!session || session.office_id !== entry.office_id) return new NotAtCounter('Sign in at a counter of this office first.');
      return this.callLocked(em, ctx, entry, session, now);
    });
  }

  /** Calls an entry again; after maxCalls calls without answer it counts as missed. */
  async recallEntry(ctx: RequestContext, input: EntryInput): Promise<StepResult> {
    return this.withEntry(ctx, input.entryId, async (em, entry, office, now) => {
      const recalled = await transitionEntry(em, entry.id, 'recall');
      if (recalled instanceof ErrorResult) return recalled;
      if (entry.called_count >= office.settings_max_calls) return this.transition(em, ctx, entry, 'markMissed', now);
      const [counter] = await em.execute<{ name: string; room: string | null }[]>('select name, room from counter where id = ?', [entry.counter_id]);
      await em.execute('update queue_entry set called_count = called_count + 1, last_called_at = ? where id = ?', [now, entry.id]);
      await this.recordCall(em, entry, counter?.name ?? '', counter?.room ?? null, entry.called_count + 1, now);
      await audit(em, ctx, 'recall', entry.office_id, { entryId: entry.id });
      return reloadEntry(em, entry.id);
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
    return this.withEntry(ctx, input.entryId, (em, entry, _office, now) => this.transition(em, ctx, entry, 'startService', now, () => em.execute('update queue_entry set service_started_at = ? where id = ?', [now, entry.id])));
  }

  finishService(ctx: RequestContext, input: FinishServiceInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const served = input.servedServiceIds ? input.servedServiceIds.map((id) => parseId(id)) : entry.service_ids;
      if (served.some((id) => id === null)) return new InvalidInput(['Not a valid service id.']);
      return this.transition(em, ctx, entry, 'finish', now, () => em.execute('update queue_entry set finished_at = ?, served_service_ids = ?::jsonb where id = ?', [now, JSON.stringify(served), entry.id]));
    });
  }

  /** Hands an entry on to another office or service; the citizen keeps the number shown. */
  redirectEntry(ctx: RequestContext, input: RedirectEntryInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry, _office, now) => {
      const targetId = input.officeId ? parseId(input.officeId) : entry.office_id;
      const target = targetId === null ? null : await loadOffice(em, targetId);
      // A customer is handed on within the organisation: another's offices are not this one's to name.
      if (!target || !(await sameOrganisation(em, entry.office_id, target.id))) return new NotFound('There is no such office.');
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
        [
          target.id,
          localDateOf(now, target.time_zone),
          entry.appointment_id,
          target.id === entry.office_id ? entry.ticket_number : null,
          entry.display_number,
          entry.secret_digest,
          newEntryStatus,
          entry.channel,
          entry.priority,
          JSON.stringify(serviceIds),
          now,
          entry.appointment_start,
        ],
      );
      if (target.id !== entry.office_id) await announceQueue(em, target.id);
      return reloadEntry(em, moved.id);
    });
  }

  setEntryPriority(ctx: RequestContext, input: SetEntryPriorityInput) {
    return this.withEntry(ctx, input.entryId, async (em, entry) => {
      if (!actionAllowed(entry.status, QueueAction.setEntryPriority)) return refusedStep(entry, 'set priority');
      await em.execute('update queue_entry set priority = ? where id = ?', [input.priority, entry.id]);
      await announceQueue(em, entry.office_id);
      await audit(em, ctx, 'setEntryPriority', entry.office_id, { entryId: entry.id, priority: input.priority });
      return reloadEntry(em, entry.id);
    });
  }

  private async callLocked(em: EntityManager, ctx: RequestContext, entry: EntryRow, session: { counter_id: number; name: string; room: string | null }, now: Date): Promise<StepResult> {
    const called = await transitionEntry(em, entry.id, 'call');
    if (called instanceof ErrorResult) return called;
    await em.execute('update queue_entry set called_count = called_count + 1, last_called_at = ?, counter_id = ? where id = ?', [now, session.counter_id, entry.id]);
    await syncAppointment(em, entry, 'call', now);
    await this.recordCall(em, entry, session.name, session.room, entry.called_count + 1, now);
    await audit(em, ctx, 'call', entry.office_id, { entryId: entry.id, counter: session.name });
    return reloadEntry(em, entry.id);
  }

  /** Records a call and announces it to displays and the queue, in the call's transaction. */
  private async recordCall(em: EntityManager, entry: EntryRow, counterName: string, room: string | null, callCount: number, now: Date): Promise<void> {
    const [call] = await em.execute<{ id: string }[]>('insert into queue_call (office_id, entry_id, display_number, counter_name, room, called_at) values (?, ?, ?, ?, ?, ?) returning id', [
      entry.office_id,
      entry.id,
      entry.display_number,
      counterName,
      room,
      now,
    ]);
    await this.events.publish(em, { type: 'entryCalled', officeId: entry.office_id, entryId: entry.id, callCount, at: now });
    const version = await announceQueue(em, entry.office_id);
    emit({ topic: Topic.callIssued, payload: { officeId: entry.office_id, version, callId: String(call.id), entryId: entry.id, displayNumber: entry.display_number, counterName, room, calledAt: now.toISOString(), callCount } });
  }

  /**
   * Takes one step of an entry through the lifecycle table, with what the step records besides
   * the status (`recordStep`), and what follows from it: the ticket's gap given back once it
   * leaves the queue, the appointment kept in step, the queue announced.
   */
  private async transition(em: EntityManager, ctx: RequestContext, entry: EntryRow, event: QueueEntryEvent, now: Date, recordStep?: () => Promise<unknown>): Promise<StepResult> {
    const step = await transitionEntry(em, entry.id, event);
    if (step instanceof ErrorResult) return step;
    await recordStep?.();
    if (step.to === QueueEntryStatus.finished || step.to === QueueEntryStatus.missed || step.to === QueueEntryStatus.redirected) await releaseTicketAhead(em, entry.id, now);
    const appointmentEvent = appointmentEvents[event];
    if (appointmentEvent) await syncAppointment(em, entry, appointmentEvent, now);
    if (step.to === QueueEntryStatus.finished) await this.events.publish(em, { type: 'entryFinished', officeId: entry.office_id, entryId: entry.id, at: now });
    await announceQueue(em, entry.office_id);
    await audit(em, ctx, event, entry.office_id, { entryId: entry.id });
    return reloadEntry(em, entry.id);
  }

  /** Locks one entry, checks the caller works that office's queue, and runs `step` in one transaction. */
  private async withEntry<T>(ctx: RequestContext, entryIdText: string, step: (em: EntityManager, entry: EntryRow, office: OfficeRow, now: Date) => Promise<T>): Promise<T | NotFound> {
    authorizeAnywhere(ctx, Permission.workQueue);
    return inTransaction(ctx.em, async (em) => {
      const entryId = parseId(entryIdText);
      const [entry] = entryId === null ? [] : await selectEntries(em, 'e.id = ? for update of e', [entryId]);
      if (!entry) return new NotFound('There is no such queue entry.');
      authorize(ctx, Permission.workQueue, entry.office_id);
      return step(em, entry, (await loadOffice(em, entry.office_id))!, ctx.clock.now());
    });
  }
}
