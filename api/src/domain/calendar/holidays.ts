import { addDays, isLocalDate, type LocalDate } from './local-date';

// One-off holidays decided by law for a single year.
const ONE_OFF_HOLIDAYS: ReadonlyArray<[LocalDate, string]> = [
  ['2017-10-31', 'Reformationstag'],
  ['2020-05-08', 'Tag der Befreiung'],
  ['2025-05-08', 'Tag der Befreiung'],
];

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Berlin's statutory public holidays of `year`, by date, with their German names. Models the
 * law since 1995 (Buß- und Bettag abolished); earlier years are not needed for bookings.
 */
export function berlinPublicHolidays(year: number): Map<LocalDate, string> {
  if (!Number.isInteger(year) || year < 1995 || year > 9999) {
    throw new RangeError(`year out of range: ${year}`);
  }
  const fixed = (monthDay: string): LocalDate => `${year}-${monthDay}`;
  const easter = easterSunday(year);
  const holidays: Array<[LocalDate, string]> = [
    [fixed('01-01'), 'Neujahr'],
    [addDays(easter, -2), 'Karfreitag'],
    [addDays(easter, 1), 'Ostermontag'],
    [fixed('05-01'), 'Tag der Arbeit'],
    [addDays(easter, 39), 'Christi Himmelfahrt'],
    [addDays(easter, 50), 'Pfingstmontag'],
    [fixed('10-03'), 'Tag der Deutschen Einheit'],
    [fixed('12-25'), '1. Weihnachtsfeiertag'],
    [fixed('12-26'), '2. Weihnachtsfeiertag'],
  ];
  if (year >= 2019) holidays.push([fixed('03-08'), 'Internationaler Frauentag']);
  holidays.push(...ONE_OFF_HOLIDAYS.filter(([date]) => date.startsWith(`${year}-`)));
  holidays.sort(([a], [b]) => (a < b ? -1 : 1));
  return new Map(holidays);
}

// Slot planning asks once per day; the map is kept private so callers cannot alter the cache.
const cache = new Map<number, ReadonlyMap<LocalDate, string>>();

export function isBerlinPublicHoliday(date: LocalDate): boolean {
  if (!isLocalDate(date)) throw new RangeError(`not a local date: ${JSON.stringify(date)}`);
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = berlinPublicHolidays(year);
    cache.set(year, holidays);
  }
  return holidays.has(date);
}
