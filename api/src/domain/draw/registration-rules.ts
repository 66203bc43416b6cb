import { mailboxOf } from '../booking/contact-rules';
import { phoneKey } from '../booking/phone-number';
import type { TimeWindow } from './matching';

/**
 * What a registration for a draw must satisfy before it is stored, and the one spelling of its
 * contact from which the duplicate rule's digests are made (one open registration per person and
 * service: "Anna.M+draw@Example.org" and "anna.m@example.org" are one person).
 */

/** More windows than this is a wish list, not a preference; four cover any working day. */
export const maxTimeWindows = 4;

export interface RegistrationInput {
  officeIds: number[];
  dateFrom: string;
  dateTo: string;
  timeWindows: TimeWindow[];
  persons: number;
}

/** The parts of a draw a registration is checked against. */
export interface DrawForRegistration {
  officeIds: number[];
  slotsFrom: string;
  slotsTo: string;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
}

/** Trimmed, lower-case, without a "+tag" of the local part: the mailbox the address reaches. */
export function normaliseEmail(email: string): string {
  return mailboxOf(email);
}

/** Digits with the country code, as booking spells numbers; null where it is no number. */
export function normalisePhone(phone: string | null | undefined, countryCode?: string): string | null {
  return phoneKey(phone, countryCode);
}

/** Registration counts from the moment the window opens up to, not including, its close. */
export function registrationWindowOpen(draw: Pick<DrawForRegistration, 'registrationOpensAt' | 'registrationClosesAt'>, now: Date): boolean {
  return draw.registrationOpensAt <= now && now < draw.registrationClosesAt;
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function registrationProblems(input: RegistrationInput, draw: DrawForRegistration, maxPersons: number, now: Date): string[] {
  const problems: string[] = [];
  if (!registrationWindowOpen(draw, now)) problems.push('Registration for this draw is not open.');
  if (input.officeIds.length === 0) problems.push('Choose at least one office.');
  if (input.officeIds.some((id) => !draw.officeIds.includes(id))) problems.push('An office chosen does not take part in this draw.');
  if (new Set(input.officeIds).size !== input.officeIds.length) problems.push('An office is chosen twice.');
  if (!datePattern.test(input.dateFrom) || !datePattern.test(input.dateTo)) problems.push('Dates are written YYYY-MM-DD.');
  else if (input.dateFrom > input.dateTo) problems.push('The first date comes after the last.');
  else if (input.dateFrom < draw.slotsFrom || input.dateTo > draw.slotsTo) problems.push(`The dates must lie between ${draw.slotsFrom} and ${draw.slotsTo}.`);
  if (input.timeWindows.length > maxTimeWindows) problems.push(`At most ${maxTimeWindows} time windows.`);
  for (const window of input.timeWindows) {
    if (!timePattern.test(window.from) || !timePattern.test(window.to)) {
      problems.push('Times are written HH:MM.');
      break;
    }
    if (window.from >= window.to) {
      problems.push('A time window ends before it starts.');
      break;
    }
  }
  if (!Number.isInteger(input.persons) || input.persons < 1 || input.persons > maxPersons) {
    problems.push(maxPersons === 1 ? 'This office books for one person only.' : `Between 1 and ${maxPersons} persons.`);
  }
  return problems;
}
