import { sqlInstant } from '../../platform/sql';
import { WaitlistEntryView } from './waitlist.types';

export interface WaitlistSettings {
  publicBaseUrl: string;
  linkSecret: string;
  /** How long an offered slot is held for the citizen it is offered to. */
  waitlistHoldMinutes: number;
}

export interface EntryRow {
  id: number;
  appointment_id: number | null;
  service_ids: number[];
  office_ids: number[];
  starts_before: string | null;
  status: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_language: string;
  created_at: string;
  appointment_number: number | null;
  appointment_start: string | null;
}

export const entrySelect = `select w.*, a.number as appointment_number, a.start_at as appointment_start
  from waitlist_entry w left join appointment a on a.id = w.appointment_id`;

export function entryView(row: EntryRow): WaitlistEntryView {
  return Object.assign(new WaitlistEntryView(), {
    id: String(row.id),
    status: row.status,
    appointmentNumber: row.appointment_number,
    startsBefore: row.starts_before === null ? null : sqlInstant(row.starts_before),
    joinedAt: sqlInstant(row.created_at),
    officeIds: row.office_ids,
    serviceIds: row.service_ids,
  });
}

export function citizenOf(row: EntryRow): { appointmentStart: Date | null; startsBefore: Date | null } {
  return { appointmentStart: row.appointment_start === null ? null : sqlInstant(row.appointment_start), startsBefore: row.starts_before === null ? null : sqlInstant(row.starts_before) };
}
