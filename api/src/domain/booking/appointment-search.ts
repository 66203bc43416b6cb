import type { AppointmentStatus } from './appointment-lifecycle';
import { phoneKey } from './phone-number';

/** What staff look an appointment up by; every field is optional, and those given must all match. */
export interface AppointmentSearchCriteria {
  number?: number | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Days in the office's time zone, both included. */
  from?: string | null;
  to?: string | null;
  statuses?: readonly AppointmentStatus[] | null;
  serviceId?: number | null;
}

/** The kinds of term a search used: what the audit log records of it, never the terms. */
export type SearchTermKind = 'number' | 'name' | 'email' | 'phone' | 'dateRange' | 'status' | 'service';

/** The terms as they are compared: names and emails folded, the phone as its key. */
export interface NormalisedSearch {
  number: number | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  from: string | null;
  to: string | null;
  statuses: AppointmentStatus[] | null;
  serviceId: number | null;
  kinds: SearchTermKind[];
}

/** A shorter name part finds too many people to be a search for one. */
export const minimumNameLength = 2;
/** A search by dates alone spans at most this many days: longer lists are the day plan's and the statistics'. */
export const maximumDaysWithoutTerm = 31;

const text = (value: string | null | undefined) => value?.trim() || null;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * Checks a search and folds its terms. A search names something of the appointment (number,
 * name, email, phone) or a date range of at most a month; statuses and a service only narrow.
 */
export function normaliseSearch(criteria: AppointmentSearchCriteria): NormalisedSearch | { problems: string[] } {
  const problems: string[] = [];
  const name = text(criteria.name);
  const email = text(criteria.email)?.toLowerCase() ?? null;
  const phoneText = text(criteria.phone);
  const phone = phoneText === null ? null : phoneKey(phoneText);
  const from = criteria.from ?? null;
  const to = criteria.to ?? null;
  if (name !== null && name.length < minimumNameLength) problems.push(`A name to search for has at least ${minimumNameLength} characters.`);
  if (phoneText !== null && phone === null) problems.push('The phone number to search for is not valid.');
  if (from !== null && to !== null && from > to) problems.push('The range ends before it starts.');
  const named = criteria.number != null || name !== null || email !== null || phoneText !== null;
  if (!named) {
    if (from === null || to === null) problems.push('Search by number, name, email or phone, or give a date range.');
    else if (daysBetween(from, to) >= maximumDaysWithoutTerm) problems.push(`A search by dates alone spans at most ${maximumDaysWithoutTerm} days.`);
  }
  if (problems.length > 0) return { problems };
  const statuses = criteria.statuses?.length ? [...new Set(criteria.statuses)] : null;
  const kinds: SearchTermKind[] = [];
  if (criteria.number != null) kinds.push('number');
  if (name !== null) kinds.push('name');
  if (email !== null) kinds.push('email');
  if (phone !== null) kinds.push('phone');
  if (from !== null || to !== null) kinds.push('dateRange');
  if (statuses !== null) kinds.push('status');
  if (criteria.serviceId != null) kinds.push('service');
  return { number: criteria.number ?? null, name, email, phone, from, to, statuses, serviceId: criteria.serviceId ?? null, kinds };
}
