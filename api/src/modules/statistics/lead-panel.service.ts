import { map, pipe } from '@graphql-yoga/subscription';
import { Repeater } from '@repeaterjs/repeater';
import { Permission } from '../../domain/accounts/principal';
import { localDateOf, instantAt, startOfDay } from '../../domain/calendar/local-date';
import { computeLeadPanel, type PanelAppointment } from '../../domain/queue/lead-panel';
import { daySoFar, sameWeekdaysBefore, weekdayAverage, workedOn, type VisitRecord } from '../../domain/statistics/weekday-comparison';
import { Topic } from '../../platform/events/topics';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { readConnectionFor } from '../../platform/read-replica';
import { authorize, type RequestContext } from '../../platform/request-context';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { loadOffice } from '../catalog/office-row';
import { counterSessionSelect, selectEntries, type CounterSessionRow } from '../queue/queue-rows';
import { AppointmentProgress, CounterServing, DaySoFar, LeadPanel, LeadPanelChangedEvent, LeadPanelCounter, ServiceWaiting, WeekdayAverage } from './lead-panel.types';

/** An appointment that was really booked: confirmed, and what may follow. */
const bookedStatuses = ['confirmed', 'checkedIn', 'called', 'inService', 'finished', 'noShow', 'missed'];

/**
 * The office lead's panel: the day as it stands (counted by domain/queue/lead-panel.ts) and today
 * so far against the same weekday of recent weeks up to the same time of day
 * (domain/statistics/weekday-comparison.ts). For who reads the office's statistics (the lead role).
 */
export class LeadPanelService {
  async leadPanel(ctx: RequestContext, officeIdText: string): Promise<LeadPanel> {
    const officeId = this.officeIdOf(ctx, officeIdText);
    return readConnectionFor(ctx.em, async (em) => {
      const now = ctx.clock.now();
      // The version first: figures read after it are as new or newer, so an event never goes unapplied.
      const office = await loadOffice(em, officeId);
      if (!office) throw badUserInput('There is no such office.');
      const timeZone = office.time_zone;
      const today = localDateOf(now, timeZone);
      const [sessions, entries] = await Promise.all([
        em.execute<CounterSessionRow[]>(`${counterSessionSelect} where s.office_id = ? order by c.name, c.id`, [officeId]),
        selectEntries(em, 'e.office_id = ? and e.local_date = ?', [officeId, today]),
      ]);
      const days = [today, ...sameWeekdaysBefore(today)];
      const [visitRows, appointmentRows] = await Promise.all([
        em.execute<{ date: string; with_appointment: boolean; status: string; arrived_at: string; first_called_at: string | null; finished_at: string | null }[]>(
          `select e.local_date::text as date, e.appointment_id is not null as with_appointment, e.status::text as status, e.arrived_at, e.finished_at,
                  (select min(q.called_at) from queue_call q where q.entry_id = e.id) as first_called_at
             from queue_entry e where e.office_id = ? and e.local_date = any(?::date[])`,
          [officeId, sqlArray(days)],
        ),
        em.execute<{ date: string; status: string; start_at: string }[]>(
          `select local_date::text as date, status::text as status, start_at from appointment where office_id = ? and local_date = any(?::date[]) and status = any(?::appointment_status[])`,
          [officeId, sqlArray(days), sqlArray(bookedStatuses)],
        ),
      ]);
      const visitsOn = (date: string): VisitRecord[] =>
        visitRows
          .filter((row) => row.date === date)
          .map((row) => ({
            withAppointment: row.with_appointment,
            status: row.status,
            arrivedAt: sqlInstant(row.arrived_at),
            firstCalledAt: row.first_called_at === null ? null : sqlInstant(row.first_called_at),
            finishedAt: row.finished_at === null ? null : sqlInstant(row.finished_at),
          }));
      const appointmentsOn = (date: string): PanelAppointment[] => appointmentRows.filter((row) => row.date === date).map((row) => ({ status: row.status, start: sqlInstant(row.start_at) }));

      const late = office.settings_check_in_late_minutes;
      const figures = computeLeadPanel({
        now,
        entries: entries.map((row) => ({
          id: String(row.id),
          displayNumber: row.display_number,
          status: row.status,
          serviceIds: row.service_ids.map(String),
          arrivedAt: row.arrived_at,
          appointmentStart: row.appointment_start,
          counterId: row.counter_id === null ? null : String(row.counter_id),
          lastCalledAt: row.last_called_at,
          serviceStartedAt: row.service_started_at,
        })),
        counters: sessions.map((session) => ({
          counterId: String(session.counter_id),
          counterName: session.name,
          room: session.room,
          staffName: session.staff_name,
          signedInAt: sqlInstant(session.signed_in_at),
          serviceIds: session.service_ids?.map(String) ?? null,
        })),
        appointments: appointmentsOn(today),
        checkInLateMinutes: late,
        waitAlertMinutes: office.settings_wait_alert_minutes,
      });
      // The same time of day on each earlier day: minutes since midnight, as the clocks there show them.
      const minuteOfDay = Math.min(1440, Math.floor((now.getTime() - startOfDay(today, timeZone).getTime()) / 60_000));
      const earlier = days
        .slice(1)
        .filter((date) => workedOn(visitsOn(date), appointmentsOn(date)))
        .map((date) => daySoFar(visitsOn(date), appointmentsOn(date), instantAt(date, minuteOfDay, timeZone), late));
      const average = weekdayAverage(earlier);

      return Object.assign(new LeadPanel(), {
        officeId,
        version: office.version,
        computedAt: now,
        counters: figures.counters.map((counter) => Object.assign(new LeadPanelCounter(), { ...counter, serving: counter.serving && Object.assign(new CounterServing(), counter.serving) })),
        waiting: figures.waiting,
        waitingByService: figures.waitingByService.map((waiting) => Object.assign(new ServiceWaiting(), waiting)),
        longestWaitMinutes: figures.longestWaitMinutes,
        waitAlertMinutes: office.settings_wait_alert_minutes,
        alert: figures.alert,
        alertAt: figures.alertAt,
        appointments: Object.assign(new AppointmentProgress(), figures.appointments),
        missed: figures.missed,
        today: Object.assign(new DaySoFar(), daySoFar(visitsOn(today), appointmentsOn(today), now, late)),
        weekdayAverage: average && Object.assign(new WeekdayAverage(), average),
      });
    });
  }

  /** Every committed change the panel shows: the queue and counters, settings, bookings. */
  async leadPanelChanged(ctx: RequestContext, officeIdText: string): Promise<AsyncIterable<LeadPanelChangedEvent>> {
    const officeId = this.officeIdOf(ctx, officeIdText);
    const [exists] = await ctx.em.execute('select 1 from office where id = ?', [officeId]);
    if (!exists) throw badUserInput('There is no such office.');
    const changes = Repeater.merge([ctx.bus.subscribe(Topic.queueChanged, officeId), ctx.bus.subscribe(Topic.officeSettingsChanged, officeId), ctx.bus.subscribe(Topic.availabilityChanged, officeId)]);
    return pipe(
      changes,
      map((change) => Object.assign(new LeadPanelChangedEvent(), { officeId: String(change.officeId), version: change.version })),
    );
  }

  private officeIdOf(ctx: RequestContext, officeIdText: string): number {
    const officeId = parseId(officeIdText);
    if (officeId === null) throw badUserInput('There is no such office.');
    authorize(ctx, Permission.viewStatistics, officeId);
    return officeId;
  }
}
