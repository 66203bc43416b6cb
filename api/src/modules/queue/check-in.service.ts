import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, nextStatus, type Channel } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import { newEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import type { DomainEvents } from '../../platform/events/domain-events';
import { CheckInRefusalReason, CheckInRefused, ErrorResult, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { transitionAppointment } from '../booking/appointment-transition';
import { loadOffice } from '../catalog/office-row';
import { computeQueue } from './queue-read-model';
import { announceQueue } from './queue-rows';
import type { CheckInInput, QueueEntryView } from './queue.types';

/** Why an appointment in `status` cannot check in, as the citizen at the kiosk is told. */
function refusedCheckIn(status: AppointmentStatus): InstanceType<typeof CheckInRefused> {
  const checkedIn = [AppointmentStatus.checkedIn, AppointmentStatus.called, AppointmentStatus.inService].includes(status);
  return new CheckInRefused(checkedIn ? CheckInRefusalReason.ALREADY_CHECKED_IN : CheckInRefusalReason.NOT_CONFIRMED, `The appointment is ${status}; only confirmed appointments check in.`);
}

/** Citizens with an appointment join the queue of its day on arrival. */
export class CheckInService {
  constructor(private readonly events: DomainEvents) {}

  async checkIn(ctx: RequestContext, input: CheckInInput): Promise<QueueEntryView | InstanceType<typeof CheckInRefused> | NotFound> {
    authorizeAnywhere(ctx, Permission.checkIn);
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    authorize(ctx, Permission.checkIn, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const office = await loadOffice(em, officeId);
      if (!office) return new NotFound('There is no such office.');
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
}
