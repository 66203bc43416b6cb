import { daysBetween, isLocalDate, type LocalDate } from './local-date';

/** Days an office is closed, first to last, both included. */
export interface ClosedRange {
  from: LocalDate;
  until: LocalDate;
}

/** The longest closure one step may enter: a year, so that a slip of the year is caught. */
export const maxClosureDays = 366;

export interface ClosureProblem {
  field: 'date' | 'until';
  message: string;
}

/** Whether a day lies in one of the ranges. */
export function isClosedOn(ranges: readonly ClosedRange[], date: LocalDate): boolean {
  return ranges.some((range) => range.from <= date && date <= range.until);
}

/** Problems of a new closure against today and the office's closures; empty when it may be added. */
export function closureProblems(range: ClosedRange, today: LocalDate, existing: readonly ClosedRange[]): ClosureProblem[] {
  if (!isLocalDate(range.from) || !isLocalDate(range.until)) return [{ field: 'date', message: 'The days must be real dates as YYYY-MM-DD.' }];
  const problems: ClosureProblem[] = [];
  if (range.from < today) problems.push({ field: 'date', message: `The first day must be today (${today}) or later.` });
  if (range.until < range.from) problems.push({ field: 'until', message: 'The last day must not be before the first day.' });
  else if (daysBetween(range.from, range.until) + 1 > maxClosureDays) problems.push({ field: 'until', message: `A closure spans at most ${maxClosureDays} days.` });
  const overlap = existing.find((other) => other.from <= range.until && range.from <= other.until);
  if (problems.length === 0 && overlap) {
    problems.push({ field: 'date', message: `The office is already closed ${overlap.from === overlap.until ? `on ${overlap.from}` : `from ${overlap.from} to ${overlap.until}`}.` });
  }
  return problems;
}
