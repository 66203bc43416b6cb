import { IANAZone } from 'luxon';

/** 'YYYY-MM-DD': a calendar day in an office's time zone, not an instant. */
export type LocalDate = string;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

// setUTCFullYear instead of Date.UTC: Date.UTC maps years 0..99 to 1900..1999.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function parseLocalDate(value: string): Date | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = utcMidnight(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

// LocalDate arithmetic runs on UTC midnights, where every day has 24 hours.
function epochDay(date: LocalDate): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`not a local date: ${JSON.stringify(date)}`);
  return parsed.getTime() / MS_PER_DAY;
}

function fromEpochDay(day: number): LocalDate {
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

function zone(timeZone: string): IANAZone {
  const found = IANAZone.create(timeZone);
  if (!found.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return found;
}

export function isLocalDate(value: string): boolean {
  return parseLocalDate(value) !== null;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid instant');
  const wallMs = ms + zone(timeZone).offset(ms) * MS_PER_MINUTE;
  return fromEpochDay(Math.floor(wallMs / MS_PER_DAY));
}

/**
 * The instant at which clocks in `timeZone` show `minuteOfDay` on `date`; 1440 is the next
 * day's 00:00. A wall time skipped by a spring-forward gap is shifted forward by the gap's
 * length (02:30 on 2026-03-29 in Europe/Berlin → 03:30 CEST = 01:30Z), as luxon does. A wall
 * time repeated by a fall-back maps to its first occurrence (02:30 on 2026-10-25 → 02:30 CEST
 * = 00:30Z), which luxon does not guarantee, so the offsets are resolved here.
 */
export function instantAt(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 1440) {
    throw new RangeError(`minute of day out of range: ${minuteOfDay}`);
  }
  const tz = zone(timeZone);
  const wallMs = epochDay(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Zones change offset at most once within two days, so the offsets a day either side cover
  // every reading of this wall time.
  const offsetBefore = tz.offset(wallMs - MS_PER_DAY);
  const offsetAfter = tz.offset(wallMs + MS_PER_DAY);
  const readings = [offsetBefore, offsetAfter].filter((offset) => tz.offset(wallMs - offset * MS_PER_MINUTE) === offset).map((offset) => wallMs - offset * MS_PER_MINUTE);
  if (readings.length > 0) return new Date(Math.min(...readings));
  // Reading a skipped wall time with the offset before the switch lands the gap's length later.
  return new Date(wallMs - offsetBefore * MS_PER_MINUTE);
}

export function startOfDay(date: LocalDate, timeZone: string): Date {
  return instantAt(date, 0, timeZone);
}

/** 'HH:MM' (00:00..24:00) to minutes of day; null for anything else. */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`minute of day out of range: ${minutes}`);
  }
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}
