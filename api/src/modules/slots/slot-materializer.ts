import type { EntityManager } from '@mikro-orm/postgresql';
import { holdingStatuses } from '../../domain/booking/appointment-lifecycle';
import { planSlots, type CapacityRuleSpec } from '../../domain/calendar/capacity-plan';
import { isClosedOn } from '../../domain/calendar/closures';
import { isHolidayAt } from '../../domain/calendar/organisation-holidays';
import { addDays, localDateOf, parseClockTime, startOfDay, type LocalDate } from '../../domain/calendar/local-date';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { sqlArray } from '../../platform/sql';
import { announceAvailability } from './availability-events';

/** The fields of a capacity rule, as the entity and the admin input both carry them. */
export interface CapacityRuleFieldsShape {
  weekdays: number[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil?: string | null;
  repeatEveryWeeks: number;
  slotMinutes: number;
  publicCounters: number;
  internCounters: number;
  startInDays: number;
  endInDays: number;
}

/** The pure calendar's view of a rule; times that do not parse become NaN, which validation names. */
export function ruleSpecOf(id: string, rule: CapacityRuleFieldsShape): CapacityRuleSpec {
  return {
    id,
    weekdays: rule.weekdays,
    startMinute: parseClockTime(rule.startTime) ?? Number.NaN,
    endMinute: parseClockTime(rule.endTime) ?? Number.NaN,
    validFrom: rule.validFrom,
    validUntil: rule.validUntil ?? null,
    repeatEveryWeeks: rule.repeatEveryWeeks,
    slotMinutes: rule.slotMinutes,
    publicCounters: rule.publicCounters,
    internCounters: rule.internCounters,
    startInDays: rule.startInDays,
    endInDays: rule.endInDays,
  };
}

/**
 * Serialises changes to one office's capacity (rule checks and rebuilds) until the transaction
 * ends, without locking the office row before slot rows, which bookings lock in the other order.
 */
export async function lockOfficeCapacity(em: EntityManager, officeId: number): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(?, ?)', [1, officeId]);
}

export interface MaterializeResult {
  /** Appointments whose slots now hold more than the capacity left, except on closed days: their closure lists those. */
  affectedAppointmentIds: number[];
  /** Start of the next local day: when the window reaches one day further. */
  nextExtensionAt: Date;
}

/** What an office's slots are planned from: its time zone, its rules, and the days it is closed (closures, its region's public holidays and its organisation's own). */
export async function officeCalendar(em: EntityManager, officeId: number): Promise<{ timeZone: string; rules: CapacityRuleSpec[]; isClosed: (date: LocalDate) => boolean }> {
  const [office] = await em.execute<{ time_zone: string; settings_holiday_region: string; organisation_days: string[] }[]>(
    'select time_zone, settings_holiday_region, array(select day::text from organisation_holiday h where h.organisation_id = office.organisation_id) as organisation_days from office where id = ?',
    [officeId],
  );
  const rules = (
    await em.execute<
      {
        id: number;
        weekdays: number[];
        start_time: string;
        end_time: string;
        valid_from: string;
        valid_until: string | null;
        repeat_every_weeks: number;
        slot_minutes: number;
        public_counters: number;
        intern_counters: number;
        start_in_days: number;
        end_in_days: number;
      }[]
    >('select * from capacity_rule where office_id = ? order by id', [officeId])
  ).map((rule) =>
    ruleSpecOf(String(rule.id), {
      weekdays: rule.weekdays,
      startTime: rule.start_time,
      endTime: rule.end_time,
      validFrom: rule.valid_from,
      validUntil: rule.valid_until,
      repeatEveryWeeks: rule.repeat_every_weeks,
      slotMinutes: rule.slot_minutes,
      publicCounters: rule.public_counters,
      internCounters: rule.intern_counters,
      startInDays: rule.start_in_days,
      endInDays: rule.end_in_days,
    }),
  );
  const closures = (await em.execute<{ date: string; until_date: string }[]>('select date, until_date from closure where office_id = ?', [officeId])).map((row) => ({ from: row.date, until: row.until_date }));
  return { timeZone: office.time_zone, rules, isClosed: (date: LocalDate) => isClosedOn(closures, date) || isHolidayAt(date, office.settings_holiday_region, office.organisation_days) };
}

/**
 * Brings an office's slot rows in line with its rules, closures and holidays from today to the
 * end of its booking window (plus the day that enters it next). Taken counts are kept; slots
 * that no rule covers any more lose their capacity, and are deleted when nothing holds them.
 */
export async function materializeSlots(em: EntityManager, officeId: number, now: Date): Promise<MaterializeResult> {
  await lockOfficeCapacity(em, officeId);
  const { timeZone, rules, isClosed } = await officeCalendar(em, officeId);

  const today = localDateOf(now, timeZone);
  const horizon = addDays(today, Math.max(0, ...rules.map((rule) => rule.endInDays)) + 1);
  const planned = planSlots({ timeZone, rules, from: today, to: horizon, isClosed });
  const from = startOfDay(today, timeZone);

  await em.execute(
    `insert into slot (office_id, local_date, start_at, end_at, public_capacity, intern_capacity, bookable_from, public_until)
     select ?, * from unnest(?::date[], ?::timestamptz[], ?::timestamptz[], ?::int[], ?::int[], ?::timestamptz[], ?::timestamptz[])
     on conflict (office_id, start_at) do update set
       local_date = excluded.local_date, end_at = excluded.end_at,
       public_capacity = excluded.public_capacity, intern_capacity = excluded.intern_capacity,
       bookable_from = excluded.bookable_from, public_until = excluded.public_until
     -- A held slot keeps its length: its appointment was booked on it.
     where slot.taken = 0 or slot.end_at = excluded.end_at`,
    [
      officeId,
      sqlArray(planned.map((slot) => slot.localDate)),
      sqlArray(planned.map((slot) => slot.start)),
      sqlArray(planned.map((slot) => slot.end)),
      sqlArray(planned.map((slot) => slot.publicCapacity)),
      sqlArray(planned.map((slot) => slot.internCapacity)),
      sqlArray(planned.map((slot) => slot.bookableFrom)),
      sqlArray(planned.map((slot) => slot.publicUntil)),
    ],
  );
  const plannedStarts = sqlArray(planned.map((slot) => slot.start));
  await em.execute(`delete from slot where office_id = ? and start_at >= ? and taken = 0 and start_at <> all(?::timestamptz[])`, [officeId, from, plannedStarts]);
  // Held slots the plan no longer has, as they are (closed day, shorter hours, another slot
  // length), lose their capacity: their appointments are listed below. Locked in start order,
  // as bookings lock.
  const misfits = await em.execute<{ id: string }[]>(
    `select s.id from slot s
       left join unnest(?::timestamptz[], ?::timestamptz[]) as plan(start_at, end_at) on plan.start_at = s.start_at and plan.end_at = s.end_at
      where s.office_id = ? and s.start_at >= ? and s.taken > 0 and plan.start_at is null
      order by s.start_at for update of s`,
    [plannedStarts, sqlArray(planned.map((slot) => slot.end)), officeId, from],
  );
  if (misfits.length > 0) {
    await em.execute('update slot set public_capacity = 0, intern_capacity = 0 where id = any(?::bigint[])', [sqlArray(misfits.map((slot) => slot.id))]);
  }
  const affected = await em.execute<{ id: number }[]>(
    `select distinct a.id, a.start_at from appointment a
       join slot_claim c on c.appointment_id = a.id and c.release_at is null
       join slot s on s.id = c.slot_id
     where s.office_id = ? and s.start_at >= ? and s.taken > s.intern_capacity and a.status = any(?::appointment_status[])
       and not exists (select 1 from closure cl where cl.office_id = a.office_id and a.local_date between cl.date and cl.until_date)
     order by a.start_at, a.id`,
    [officeId, from, sqlArray(holdingStatuses)],
  );
  await announceAvailability(em, officeId, 'calendar');
  // Every office with a calendar also needs its day closed (no-shows, statistics) each night.
  await scheduleJob(em, JobKind.endDay, String(officeId), startOfDay(addDays(today, 1), timeZone));
  return { affectedAppointmentIds: affected.map((row) => row.id), nextExtensionAt: startOfDay(addDays(today, 1), timeZone) };
}
