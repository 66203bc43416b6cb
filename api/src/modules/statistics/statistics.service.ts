import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { daysBetween } from '../../domain/calendar/local-date';
import { computeStatistics, type AppointmentRecord, type QueueRecord, type SlotRecord } from '../../domain/statistics/office-statistics';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { readConnectionFor } from '../../platform/read-replica';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { Statistics, type StatisticsInput } from './statistics.types';

/** A year and a day: a whole year compared, whatever it starts on. */
const maxRangeDays = 366;
/** An appointment that was really booked: confirmed, and what may follow. */
const bookedStatuses = ['confirmed', 'checkedIn', 'called', 'inService', 'finished', 'noShow', 'missed'];

export class StatisticsService {
  /** Figures of one office or group for a range of days, for who reads statistics at each of its offices. */
  async statistics(ctx: RequestContext, input: StatisticsInput): Promise<Statistics> {
    authorizeAnywhere(ctx, Permission.viewStatistics);
    if (Boolean(input.officeId) === Boolean(input.groupId)) throw badUserInput('Give either officeId or groupId.');
    const days = daysBetween(input.from, input.to) + 1;
    if (days < 1 || days > maxRangeDays) throw badUserInput(`The range must run forwards over at most ${maxRangeDays} days.`);
    // Figures of past days mostly: the replica answers them once it has replayed what was committed before this request.
    return readConnectionFor(ctx.em, async (em) => {
      const officeIds = input.officeId ? await this.office(em, input.officeId) : await this.groupOffices(em, input.groupId!);
      for (const officeId of officeIds) authorize(ctx, Permission.viewStatistics, officeId);

      const range = [sqlArray(officeIds), input.from, input.to];
      const appointments = await em.execute<AppointmentRecord[]>(`select channel, status from appointment where office_id = any(?::bigint[]) and local_date between ?::date and ?::date`, range);
      const entries = await em.execute<{ with_appointment: boolean; status: string; arrival_hour: number; waiting_minutes: number | null; service_minutes: number | null; service_ids: number[] }[]>(
        // Waiting ends with the first call, as in the day end's statistics record.
        `select e.appointment_id is not null as with_appointment, e.status::text as status,
                extract(hour from e.arrived_at at time zone o.time_zone)::int as arrival_hour,
                extract(epoch from coalesce((select min(q.called_at) from queue_call q where q.entry_id = e.id), e.service_started_at) - e.arrived_at)::float / 60 as waiting_minutes,
                extract(epoch from e.finished_at - e.service_started_at)::float / 60 as service_minutes,
                coalesce(e.served_service_ids, e.service_ids) as service_ids
           from queue_entry e join office o on o.id = e.office_id
          where e.office_id = any(?::bigint[]) and e.local_date between ?::date and ?::date`,
        range,
      );
      const slots = await em.execute<SlotRecord[]>(
        `select s.local_date::text as date, s.intern_capacity as offered,
                (select count(*) from slot_claim c join appointment a on a.id = c.appointment_id
                  where c.slot_id = s.id and c.release_at is null and a.status = any(?::appointment_status[]))::int as booked
           from slot s
          where s.office_id = any(?::bigint[]) and s.local_date between ?::date and ?::date`,
        [sqlArray(bookedStatuses), ...range],
      );
      const figures = computeStatistics({
        channels: Object.values(Channel),
        appointments,
        entries: entries.map((row): QueueRecord => ({
          withAppointment: row.with_appointment,
          status: row.status,
          arrivalHour: row.arrival_hour,
          waitingMinutes: row.waiting_minutes === null ? null : Number(row.waiting_minutes),
          serviceMinutes: row.service_minutes === null ? null : Number(row.service_minutes),
          serviceIds: row.service_ids.map(String),
        })),
        slots,
      });
      return Object.assign(new Statistics(), {
        ...figures,
        appointmentsByChannel: figures.appointmentsByChannel.map((count) => ({ ...count, channel: count.channel as Channel })),
        serviceTimes: figures.serviceTimes.map((time) => ({ ...time, serviceId: Number(time.serviceId) })),
        officeIds,
        from: input.from,
        to: input.to,
      });
    });
  }

  private async office(em: EntityManager, officeIdText: string): Promise<number[]> {
    const officeId = parseId(officeIdText);
    const [office] = officeId === null ? [] : await em.execute<{ id: number }[]>('select id from office where id = ?', [officeId]);
    if (!office) throw badUserInput('There is no such office.');
    return [office.id];
  }

  private async groupOffices(em: EntityManager, groupIdText: string): Promise<number[]> {
    const groupId = parseId(groupIdText);
    const [group] = groupId === null ? [] : await em.execute<{ id: number }[]>('select id from office_group where id = ?', [groupId]);
    if (!group) throw badUserInput('There is no such office group.');
    const members = await em.execute<{ office_id: number }[]>('select office_id from office_group_member where office_group_id = ? order by office_id', [group.id]);
    return members.map((member) => member.office_id);
  }
}
