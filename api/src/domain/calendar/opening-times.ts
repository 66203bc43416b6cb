import { isClosedOn, type ClosedRange } from './closures';
import { isHolidayAt } from './organisation-holidays';
import { addDays, instantAt, isoWeekday, localDateOf, parseClockTime, type LocalDate } from './local-date';

/** Weekly opening hours of an office: 1 = Monday … 7 = Sunday, clock times 'HH:MM' in its time zone. */
export interface OpeningHoursSpec {
  weekdays: number[];
  open: string;
  close: string;
}

/** How far ahead the next opening is looked for: a kiosk closed for longer says only that it is closed. */
export const nextOpeningHorizonDays = 28;

/** An office takes nobody on its closure days, the public holidays of its region and its organisation's own days, as its slots say. */
export function closedDays(closures: readonly ClosedRange[], holidayRegion: string, organisationDays: readonly LocalDate[] = []): (date: LocalDate) => boolean {
  return (date) => isClosedOn(closures, date) || isHolidayAt(date, holidayRegion, organisationDays);
}

/**
 * The first instant after `now` at which the office opens by its hours, on a day it is not
 * closed, within `horizonDays` office-local days; null if none. A later window of today (after a
 * lunch break) counts.
 */
export function nextOpening(hours: readonly OpeningHoursSpec[], timeZone: string, isClosed: (date: LocalDate) => boolean, now: Date, horizonDays = nextOpeningHorizonDays): Date | null {
  const today = localDateOf(now, timeZone);
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = addDays(today, offset);
    if (isClosed(date)) continue;
    const weekday = isoWeekday(date);
    const starts = hours
      .filter((window) => window.weekdays.includes(weekday))
      .map((window) => parseClockTime(window.open))
      .filter((minute): minute is number => minute !== null && minute < 1440)
      .map((minute) => instantAt(date, minute, timeZone))
      .filter((start) => start.getTime() > now.getTime());
    if (starts.length > 0) return new Date(Math.min(...starts.map((start) => start.getTime())));
  }
  return null;
}
