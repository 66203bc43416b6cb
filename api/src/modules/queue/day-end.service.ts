import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, localDateOf, startOfDay } from '../../domain/calendar/local-date';
import { noShowWindowStart } from '../../domain/notifications/schedule';
import { statusesMovedBy } from '../../domain/queue/queue-entry-lifecycle';
import type { DomainEvents } from '../../platform/events/domain-events';
import { ErrorResult } from '../../platform/graphql/errors';
import { sqlArray } from '../../platform/sql';
import { endAppointmentsOfPastDays } from '../booking/appointment-transition';
import { loadOffice } from '../catalog/office-row';
import { syncAppointment } from './appointment-sync';
import { transitionEntry } from './entry-transition';
import { announceQueue, selectEntries } from './queue-rows';

/** The end of an office's day, as a job at its local midnight. */
export class DayEndService {
  constructor(private readonly events: DomainEvents) {}

  /** No-shows, missed entries, and statistics without personal data; answers when the next day ends. */
  async endDay(em: EntityManager, officeKey: string, now: Date): Promise<Date | null> {
    const office = await loadOffice(em, Number(officeKey));
    if (!office) return null;
    const today = localDateOf(now, office.time_zone);
    for (const appointmentId of await endAppointmentsOfPastDays(em, office.id, today, now)) await this.events.publish(em, { type: 'appointmentNoShow', at: now, appointmentId, officeId: office.id });
    const open = await selectEntries(em, `e.office_id = ? and e.local_date < ? and e.status = any(?::queue_entry_status[]) order by e.id`, [office.id, today, sqlArray(statusesMovedBy('dayEnded'))]);
    for (const entry of open) {
      const ended = await transitionEntry(em, entry.id, 'dayEnded');
      if (!(ended instanceof ErrorResult)) await syncAppointment(em, entry, 'dayEnded', now);
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
    // A remote ticket's contact digest counts no-shows as long as an appointment's does, no longer.
    await em.execute('update queue_entry set contact_digest = null where office_id = ? and contact_digest is not null and arrived_at < ?', [office.id, noShowWindowStart(now)]);
    await em.execute('delete from counter_session where office_id = ? and signed_in_at < ?', [office.id, startOfDay(today, office.time_zone)]);
    await this.events.publish(em, { type: 'queueDayEnded', at: now, officeId: office.id, today });
    if (open.length > 0) await announceQueue(em, office.id);
    return startOfDay(addDays(today, 1), office.time_zone);
  }
}
