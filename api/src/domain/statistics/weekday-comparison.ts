/**
 * Today so far against the same weekday of recent weeks, each day counted up to the same time of
 * day: a morning is compared with mornings, not with whole days. Pure: the module reads the days'
 * rows, this counts them.
 */
import { addDays, type LocalDate } from '../calendar/local-date';
import { isNoShowBy, type PanelAppointment } from '../queue/lead-panel';

/** A queue entry of a day: a checked-in appointment or a walk-in ticket. */
export interface VisitRecord {
  withAppointment: boolean;
  status: string;
  arrivedAt: Date;
  firstCalledAt: Date | null;
  finishedAt: Date | null;
}

export interface DaySoFar {
  arrived: number;
  walkIns: number;
  served: number;
  noShows: number;
  /** Mean minutes from arrival to the first call of those called so far; null when nobody was. */
  meanWaitMinutes: number | null;
}

export interface WeekdayAverage {
  /** How many of the weeks looked at the office worked on this weekday. */
  days: number;
  arrived: number;
  walkIns: number;
  served: number;
  noShows: number;
  meanWaitMinutes: number | null;
}

/** How many weeks back the comparison looks. */
export const comparedWeeks = 8;

const tenths = (value: number) => Math.round(value * 10) / 10;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The same weekday in each of the `weeks` weeks before `today`, latest first. */
export function sameWeekdaysBefore(today: LocalDate, weeks = comparedWeeks): LocalDate[] {
  return Array.from({ length: weeks }, (_, index) => addDays(today, -7 * (index + 1)));
}

/** Whether the office worked that day: a day without visits or booked appointments was closed (or before its time), and is not compared. */
export function workedOn(visits: VisitRecord[], appointments: PanelAppointment[]): boolean {
  return visits.length > 0 || appointments.length > 0;
}

export function daySoFar(visits: VisitRecord[], appointments: PanelAppointment[], cutoff: Date, checkInLateMinutes: number): DaySoFar {
  // A redirected entry continues as a new entry with the same number: the customer counts once.
  const arrived = visits.filter((visit) => visit.status !== 'redirected' && visit.arrivedAt <= cutoff);
  const waits = arrived.filter((visit) => visit.firstCalledAt !== null && visit.firstCalledAt <= cutoff).map((visit) => (visit.firstCalledAt!.getTime() - visit.arrivedAt.getTime()) / 60_000);
  return {
    arrived: arrived.length,
    walkIns: arrived.filter((visit) => !visit.withAppointment).length,
    served: arrived.filter((visit) => visit.status === 'finished' && visit.finishedAt !== null && visit.finishedAt <= cutoff).length,
    noShows: appointments.filter((appointment) => isNoShowBy(appointment, checkInLateMinutes, cutoff)).length,
    meanWaitMinutes: waits.length === 0 ? null : tenths(mean(waits)),
  };
}

/** The mean of the days compared, to a tenth; null without any. */
export function weekdayAverage(days: DaySoFar[]): WeekdayAverage | null {
  if (days.length === 0) return null;
  const waited = days.map((day) => day.meanWaitMinutes).filter((minutes): minutes is number => minutes !== null);
  return {
    days: days.length,
    arrived: tenths(mean(days.map((day) => day.arrived))),
    walkIns: tenths(mean(days.map((day) => day.walkIns))),
    served: tenths(mean(days.map((day) => day.served))),
    noShows: tenths(mean(days.map((day) => day.noShows))),
    meanWaitMinutes: waited.length === 0 ? null : tenths(mean(waited)),
  };
}
