/** Calendar arithmetic on local dates ('YYYY-MM-DD'), free of time zones: a day is a day. */

export interface MonthRef {
  year: number;
  /** 1 = January. */
  month: number;
}

export interface CalendarCell {
  /** The day, or null for the blanks before the first and after the last day of the month. */
  date: string | null;
  day: number | null;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function toLocalDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

function daysInMonth({ year, month }: MonthRef): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `days` after (or before) a date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return toLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export function monthOf(date: string): MonthRef {
  const [year, month] = parts(date);
  return { year, month };
}

export function addMonths({ year, month }: MonthRef, months: number): MonthRef {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: MonthRef, b: MonthRef): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** First and last day of a month, as availableDays takes them. */
export function monthRange(month: MonthRef): { from: string; to: string } {
  return { from: toLocalDate(month.year, month.month, 1), to: toLocalDate(month.year, month.month, daysInMonth(month)) };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The month as weeks of seven cells, Monday first, as a calendar table shows it. */
export function monthGrid(month: MonthRef): CalendarCell[][] {
  const blanksBefore = isoWeekday(toLocalDate(month.year, month.month, 1)) - 1;
  const cells: CalendarCell[] = Array.from({ length: blanksBefore }, () => ({ date: null, day: null }));
  for (let day = 1; day <= daysInMonth(month); day += 1) cells.push({ date: toLocalDate(month.year, month.month, day), day });
  while (cells.length % 7 !== 0) cells.push({ date: null, day: null });
  const weeks: CalendarCell[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** Today's date in a time zone (the office's, Europe/Berlin), whatever the device's zone is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Where arrow keys move in a calendar grid of bookable days: left/right a day, up/down a week,
 * Home/End the first/last bookable day; always onto a bookable day, else nowhere.
 */
export function nextFocusDate(current: string, key: string, bookable: readonly string[]): string | null {
  const sorted = [...bookable].sort();
  if (sorted.length === 0) return null;
  if (key === 'Home') return sorted[0];
  if (key === 'End') return sorted[sorted.length - 1];
  const step = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 } as Record<string, number>)[key];
  if (step === undefined) return null;
  if (Math.abs(step) === 1) {
    const candidates = step > 0 ? sorted.filter((date) => date > current) : sorted.filter((date) => date < current).reverse();
    return candidates[0] ?? null;
  }
  const target = addDays(current, step);
  if (sorted.includes(target)) return target;
  // Up or down onto a day without room: take the nearest bookable day in that direction.
  const candidates = step > 0 ? sorted.filter((date) => date >= target) : sorted.filter((date) => date <= target).reverse();
  return candidates[0] ?? null;
}
