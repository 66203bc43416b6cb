import { isPublicHoliday } from './holidays';
import { isLocalDate, type LocalDate } from './local-date';

/**
 * How many years ahead an organisation may add a day: a one-off holiday is decided a year or
 * two before (Berlin's 8 May 2025 in 2024), and a slip of the year (2205) is caught.
 */
export const organisationHolidayYearsAhead = 5;

/** A day an organisation closes all its offices on, beside its regions' statutory holidays. */
export interface OrganisationDay {
  day: LocalDate;
  name: string;
}

export interface OrganisationHolidayProblem {
  field: 'day' | 'name';
  message: string;
}

/** Problems of a day an organisation adds, against today and its days already listed; empty when it may be added. */
export function organisationHolidayProblems(holiday: OrganisationDay, today: LocalDate, existing: readonly OrganisationDay[]): OrganisationHolidayProblem[] {
  if (!isLocalDate(holiday.day)) return [{ field: 'day', message: 'The day must be a real date as YYYY-MM-DD.' }];
  const problems: OrganisationHolidayProblem[] = [];
  // Slots exist from today on: a past day would change nothing, so it is more likely a typo.
  const latest = `${Number(today.slice(0, 4)) + organisationHolidayYearsAhead}${today.slice(4)}`;
  if (holiday.day < today) problems.push({ field: 'day', message: `The day must be today (${today}) or later.` });
  else if (holiday.day > latest) problems.push({ field: 'day', message: `The day must lie at most ${organisationHolidayYearsAhead} years ahead (until ${latest}).` });
  const same = existing.find((other) => other.day === holiday.day);
  if (same) problems.push({ field: 'day', message: `The organisation already has ${same.day} as a holiday (${same.name}).` });
  if (holiday.name.trim() === '') problems.push({ field: 'name', message: 'The holiday needs a name, e.g. "Tag der Befreiung".' });
  return problems;
}

/**
 * Whether an office has a public holiday on `date`: a statutory day of its region (see
 * isPublicHoliday) or a day its organisation added. The organisation's days are few (a handful a
 * year), so a list serves.
 */
export function isHolidayAt(date: LocalDate, region: string, organisationDays: readonly LocalDate[]): boolean {
  return organisationDays.includes(date) || isPublicHoliday(date, region);
}
