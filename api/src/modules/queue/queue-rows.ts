/** The rows the queue's operations share, read with raw SQL (docs/adr/0001-raw-sql-on-hot-paths.md). */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Channel } from '../../domain/booking/appointment-lifecycle';
import type { ClosedRange } from '../../domain/calendar/closures';
import { instantAt, isoWeekday, localDateOf, parseClockTime, startOfDay } from '../../domain/calendar/local-date';
import { closedDays } from '../../domain/calendar/opening-times';
import { QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { recallSkipEnd, type QueueEntryState } from '../../domain/queue/queue-order';
import { emit } from '../../platform/events/event-bus';
import { Topic } from '../../platform/events/topics';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import type { RequestContext } from '../../platform/request-context';
import { sqlInstant } from '../../platform/sql';
import type { OfficeRow } from '../catalog/office-row';
import { bumpOfficeVersion } from '../catalog/office-version';
import { CounterSessionView, QueueEntryView } from './queue.types';

export interface EntryRow {
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
  remote: boolean;
  check_in_until: Date | null;
}

const entrySelect = `select e.*, c.name as counter_name, c.room from queue_entry e left join counter c on c.id = e.counter_id`;

function readEntry(row: EntryRow): EntryRow {
  const instant = (value: Date | string | null) => (value === null ? null : sqlInstant(value));
  return {
    ...row,
    arrived_at: sqlInstant(row.arrived_at),
    appointment_start: instant(row.appointment_start),
    last_called_at: instant(row.last_called_at),
    service_started_at: instant(row.service_started_at),
    check_in_until: instant(row.check_in_until),
  };
}

export async function selectEntries(em: EntityManager, where: string, params: unknown[]): Promise<EntryRow[]> {
  return (await em.execute<EntryRow[]>(`${entrySelect} where ${where}`, params)).map(readEntry);
}

export function stateOf(row: EntryRow): QueueEntryState {
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

export function viewOf(row: EntryRow, position: number | null = null, estimate: number | null = null): QueueEntryView {
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
    remote: row.remote,
    checkInUntil: row.check_in_until,
    position,
    estimatedWaitMinutes: estimate,
    skippedUntil: row.status === QueueEntryStatus.waiting ? recallSkipEnd({ lastCalledAt: row.last_called_at }) : null,
  });
}

export async function reloadEntry(em: EntityManager, entryId: number): Promise<QueueEntryView> {
  const [entry] = await selectEntries(em, 'e.id = ?', [entryId]);
  return viewOf(entry);
}

export interface CounterSessionRow {
  account_id: number;
  office_id: number;
  counter_id: number;
  name: string;
  room: string | null;
  service_ids: number[] | null;
  staff_name: string;
  signed_in_at: Date | string;
}

export const counterSessionSelect = `select s.account_id, s.office_id, s.counter_id, c.name, c.room, s.service_ids, a.display_name as staff_name, s.signed_in_at
  from counter_session s join counter c on c.id = s.counter_id join staff_account a on a.id = s.account_id`;

export function sessionView(session: CounterSessionRow): CounterSessionView {
  return Object.assign(new CounterSessionView(), {
    officeId: String(session.office_id),
    counterId: String(session.counter_id),
    counterName: session.name,
    serviceIds: session.service_ids?.map(String) ?? null,
    staffName: session.staff_name,
    signedInAt: sqlInstant(session.signed_in_at),
  });
}

/** The caller's counter session; only staff sign in at counters. */
export async function counterSessionOf(em: EntityManager, ctx: RequestContext): Promise<CounterSessionRow | null> {
  if (ctx.principal.kind !== 'staff') return null;
  const [session] = await em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.account_id = ?`, [ctx.principal.accountId]);
  return session ?? null;
}

export function officeIdOf(text: string): number {
  const officeId = parseId(text);
  if (officeId === null) throw badUserInput('There is no such office.');
  return officeId;
}

export function isOpen(office: OfficeRow, now: Date): boolean {
  return closesAt(office, now) !== null;
}

/** When the opening hours the office is open in at `now` end; null when it is closed now. */
export function closesAt(office: OfficeRow, now: Date): Date | null {
  const date = localDateOf(now, office.time_zone);
  const dayStart = startOfDay(date, office.time_zone);
  const minute = Math.floor((now.getTime() - dayStart.getTime()) / 60_000);
  const weekday = isoWeekday(date);
  const closing = office.opening_hours.filter((hours) => hours.weekdays.includes(weekday) && minute >= (parseClockTime(hours.open) ?? 1440) && minute < (parseClockTime(hours.close) ?? 0)).map((hours) => parseClockTime(hours.close)!);
  return closing.length === 0 ? null : instantAt(date, Math.max(...closing), office.time_zone);
}

/** Whether a closure or a public holiday closes the office all of its local day `today`. */
export async function closedAllDay(em: EntityManager, office: OfficeRow, today: string): Promise<boolean> {
  const [day] = await em.execute<{ closures: ClosedRange[]; organisation_days: string[] }[]>(
    `select (select coalesce(json_agg(json_build_object('from', c.date::text, 'until', c.until_date::text)), '[]')
               from closure c where c.office_id = o.id and c.until_date >= ?::date and c.date <= ?::date) as closures,
            array(select h.day::text from organisation_holiday h where h.organisation_id = o.organisation_id and h.day = ?::date) as organisation_days
       from office o where o.id = ?`,
    [today, today, today, office.id],
  );
  return closedDays(day.closures, office.settings_holiday_region, day.organisation_days)(today);
}

/** Raises the office's version and tells its queue subscribers, in the caller's transaction. */
export async function announceQueue(em: EntityManager, officeId: number): Promise<number> {
  const version = await bumpOfficeVersion(em, officeId);
  emit({ topic: Topic.queueChanged, payload: { officeId, version } });
  return version;
}
