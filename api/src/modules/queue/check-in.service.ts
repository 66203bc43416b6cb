import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, nextStatus, type Channel } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import { newEntryStatus, QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { checkInClosed } from '../../domain/queue/remote-tickets';
import type { DomainEvents } from '../../platform/events/domain-events';
import { CheckInRefusalReason, CheckInRefused, ErrorResult, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { transitionAppointment } from '../booking/appointment-transition';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { computeQueue } from './queue-read-model';
import { announceQueue } from './queue-rows';
import { transitionEntry } from './entry-transition';
import type { CheckInInput, CheckInRemoteTicketInput, QueueEntryView } from './queue.types';
import { takeGapForWalkIn } from './ticket.service';

/** Why an appointment in `status` cannot check in, as the citizen at the kiosk is told. */
function refusedCheckIn(status: AppointmentStatus): InstanceType<typeof CheckInRefused> {
  const checkedIn = [AppointmentStatus.checkedIn, AppointmentStatus.called, AppointmentStatus.inService].includes(status);
  return new CheckInRefused(checkedIn ? CheckInRefusalReason.ALREADY_CHECKED_IN : CheckInRefusalReason.NOT_CONFIRMED, `The appointment is ${status}; only confirmed appointments check in.`);
}

/** Statuses of a remote ticket that has checked in already. */
const checkedInStatuses: readonly QueueEntryStatus[] = [QueueEntryStatus.waiting, QueueEntryStatus.called, QueueEntryStatus.inService, QueueEntryStatus.parked];

/** Runs a check-in at the office named, in one transaction, once the caller may check in there. */
async function inCheckInOffice<Result>(ctx: RequestContext, officeIdInput: string, work: (em: EntityManager, office: OfficeRow, now: Date) => Promise<Result>): Promise<Result | NotFound> {
  authorizeAnywhere(ctx, Permission.checkIn);
  const officeId = parseId(officeIdInput);
  if (officeId === null) return new NotFound('There is no such office.');
  authorize(ctx, Permission.checkIn, officeId);
  return inTransaction(ctx.em, async (em) => {
    const office = await loadOffice(em, officeId);
    if (!office) return new NotFound('There is no such office.');
    return work(em, office, ctx.clock.now());
  });
}

/** Citizens with an appointment, and remote tickets, join the queue of their day on arrival. */
export class CheckInService {
  constructor(private readonly events: DomainEvents) {}

  async checkIn(ctx: RequestContext, input: CheckInInput): Promise<QueueEntryView | InstanceType<typeof CheckInRefused> | NotFound> {
    return inCheckInOffice(ctx, input.officeId, async (em, office, now) => {
      const officeId = office.id;
      const [appointment] = await em.execute<{ id: number; number: number; status: AppointmentStatus; start_at: string; local_date: string; channel: Channel }[]>(
        'select id, number, status, start_at, local_date, channel from appointment where number = ? and office_id = ? for update',
        [input.number, officeId],
      );
      if (!appointment) return new NotFound('No appointment of this office has this number.');
      const start = sqlInstant(appointment.start_at);
      const today = localDateOf(now, office.time_zone);
      // The table is asked before the day and the time: a cancelled appointment is refused as such.
      if (nextStatus(appointment.status, 'checkIn') === null) return refusedCheckIn(appointment.status);
      if (appointment.local_date !== today) return new CheckInRefused(CheckInRefusalReason.NOT_TODAY, `The appointment is on ${appointment.local_date}, not today.`);
      const opensAt = new Date(start.getTime() - office.settings_check_in_early_minutes * 60_000);
      if (now.getTime() < opensAt.getTime()) return new CheckInRefused(CheckInRefusalReason.TOO_EARLY, `Too early: check-in opens ${office.settings_check_in_early_minutes} minutes before the appointment.`, opensAt);
      if (now.getTime() > start.getTime() + office.settings_check_in_late_minutes * 60_000) return new CheckInRefused(CheckInRefusalReason.TOO_LATE, 'Too late for this appointment; please draw a ticket or ask at the counter.');
      const checkedIn = await transitionAppointment(em, appointment.id, 'checkIn', now);
      if (checkedIn instanceof NotFound) return checkedIn;
      if (checkedIn instanceof ErrorResult) return refusedCheckIn(appointment.status);
      const services = await em.execute<{ service_id: number }[]>('select service_id from appointment_service where appointment_id = ? order by position', [appointment.id]);
      const [created] = await em.execute<{ id: number }[]>(
        `insert into queue_entry (office_id, local_date, appointment_id, display_number, status, channel, priority, service_ids, arrived_at, appointment_start, called_count)
         values (?, ?, ?, ?, ?, ?, 2, ?::jsonb, ?, ?, 0) returning id`,
        [officeId, today, appointment.id, String(appointment.number), newEntryStatus, appointment.channel, JSON.stringify(services.map((row) => row.service_id)), now, start],
      );
      await this.events.publish(em, { type: 'appointmentCheckedIn', officeId, entryId: created.id, appointmentId: appointment.id, at: now });
      await announceQueue(em, officeId);
      await audit(em, ctx, 'checkIn', officeId, { number: appointment.number });
      return (await computeQueue(em, officeId, now)).views.find((view) => view.id === String(created.id))!;
    });
  }

  /**
   * A remote ticket joins the calling order as a walk-in arriving now, and takes a gap of today's
   * slots then. Kiosks check in within the ticket's window; staff at any time of its day, for
   * the person in front of them decides (a bus was late).
   */
  async checkInRemoteTicket(ctx: RequestContext, input: CheckInRemoteTicketInput): Promise<QueueEntryView | InstanceType<typeof CheckInRefused> | NotFound> {
    return inCheckInOffice(ctx, input.officeId, async (em, office, now) => {
      const officeId = office.id;
      const today = localDateOf(now, office.time_zone);
      const [entry] = await em.execute<{ id: number; status: QueueEntryStatus; check_in_until: string; service_ids: number[]; ticket_number: number }[]>(
        'select id, status, check_in_until, service_ids, ticket_number from queue_entry where office_id = ? and local_date = ? and remote and upper(display_number) = upper(?) order by id desc limit 1 for update',
        [officeId, today, input.number.trim()],
      );
      if (!entry) return new NotFound('No remote ticket of this office today has this number.');
      if (checkedInStatuses.includes(entry.status)) return new CheckInRefused(CheckInRefusalReason.ALREADY_CHECKED_IN, 'The remote ticket is checked in already.');
      if (entry.status !== QueueEntryStatus.expected) return new CheckInRefused(CheckInRefusalReason.TOO_LATE, `The remote ticket is ${entry.status}; please draw a ticket or ask at the counter.`);
      if (ctx.principal.kind !== 'staff' && checkInClosed(sqlInstant(entry.check_in_until), now)) return new CheckInRefused(CheckInRefusalReason.TOO_LATE, 'Too late for this remote ticket; please draw a ticket or ask at the counter.');
      const step = await transitionEntry(em, entry.id, 'checkIn');
      if (step instanceof NotFound) return step;
      if (step instanceof ErrorResult) return new CheckInRefused(CheckInRefusalReason.ALREADY_CHECKED_IN, step.message);
      // From now on it is a walk-in of this moment: ordered, estimated and timed from its arrival.
      await em.execute('update queue_entry set arrived_at = ? where id = ?', [now, entry.id]);
      await takeGapForWalkIn(em, officeId, entry.id, entry.service_ids, today, now);
      await announceQueue(em, officeId);
      await audit(em, ctx, 'checkInRemoteTicket', officeId, { ticketNumber: entry.ticket_number });
      return (await computeQueue(em, officeId, now)).views.find((view) => view.id === String(entry.id))!;
    });
  }
}
