import Holidays from 'date-holidays';
import { isLocalDate, type LocalDate } from './local-date';

/** Where an office keeps its public holidays when it names none: existing installations are Berlin's. */
export const defaultHolidayRegion = 'DE-BE';

// The library is initialised per region once; its rules hold every year.
const calendars = new Map<string, Holidays>();

function calendarOf(region: string): Holidays {
  let calendar = calendars.get(region);
  if (!calendar) {
    const [country, state, subRegion] = region.split('-');
    calendar = new Holidays(country, state, subRegion);
    calendars.set(region, calendar);
  }
  return calendar;
}

/**
 * Whether `region` is a holiday region the calendar knows: a country, optionally its state and a
 * region of that, in date-holidays' codes, upper case, e.g. "DE-BE", "DE-BY" or "DE-BY-A" (Augsburg).
 */
export function isHolidayRegion(region: string): boolean {
  if (!/^[A-Z]{2}(-[A-Z0-9]+){0,2}$/.test(region)) return false;
  const [country, state, subRegion] = region.split('-');
  const lookup = new Holidays();
  if (!Object.hasOwn(lookup.getCountries(), country)) return false;
  if (state === undefined) return true;
  if (!Object.hasOwn(lookup.getStates(country) ?? {}, state)) return false;
  return subRegion === undefined || Object.hasOwn(lookup.getRegions(country, state) ?? {}, subRegion);
}

// Slot planning asks once per day; a year's days are listed once per region.
const publicDays = new Map<string, ReadonlySet<LocalDate>>();

function publicDaysOf(region: string, year: number): ReadonlySet<LocalDate> {
  const key = `${region} ${year}`;
  let days = publicDays.get(key);
  if (!days) {
    if (!isHolidayRegion(region)) throw new RangeError(`not a holiday region: ${JSON.stringify(region)}`);
    // Only the statutory days close an office: observances (e.g. Mariä Himmelfahrt outside its
    // Catholic municipalities), bank and school holidays do not. The holiday's date is local to
    // the region ("2025-05-08 00:00:00"), as a LocalDate is.
    days = new Set(
      calendarOf(region)
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    publicDays.set(key, days);
  }
  return days;
}

/**
 * Whether `date` is a statutory public holiday in `region` (see isHolidayRegion), by the laws
 * date-holidays keeps, one-off days included (Berlin's 8 May 2020 and 2025, Reformationstag 2017).
 */
export function isPublicHoliday(date: LocalDate, region: string): boolean {
  if (!isLocalDate(date)) throw new RangeError(`not a local date: ${JSON.stringify(date)}`);
  return publicDaysOf(region, Number(date.slice(0, 4))).has(date);
}
