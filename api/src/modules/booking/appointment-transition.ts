import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus, nextStatus, type AppointmentEvent } from '../../domain/booking/appointment-lifecycle';
import { phoneKey } from '../../domain/booking/phone-number';
import { InvalidTransition, NotFound } from '../../platform/graphql/errors';
import { selectAppointments, type AppointmentRow } from './appointment-repository';

/** What a step may set besides the status: the hold's deadline, a booking's secret and contact, a move's new place. */
export interface AppointmentStepChanges {
  holdExpiresAt?: Date | null;
  secretDigest?: string;
  clearReservationToken?: boolean;
  contact?: { name: string | null; email: string | null; phone: string | null; language: string; digest: string | null };
  /** Where and when the appointment now is (a move). */
  placement?: { officeId: number; start: Date; end: Date; localDate: string };
}

/** A refused step, named for whoever asked: which appointment, where it stands, what it cannot do. */
export function refusedAppointmentStep(row: { number: number; status: AppointmentStatus }, step: string): InstanceType<typeof InvalidTransition> {
  return new InvalidTransition(`Appointment ${row.number} is ${row.status}: it cannot ${step}.`);
}

/**
 * The one place an appointment's status changes: lets the lifecycle table decide where `event`
 * takes it, and writes that status (with `changes`) in the caller's transaction. Given an id, it
 * locks the row; given a row, that row must be one the caller read `for update` in this
 * transaction (it is not read again). Answers the row as written, or why the step was refused.
 */
export async function transitionAppointment(
  em: EntityManager,
  appointment: number | AppointmentRow,
  event: AppointmentEvent,
  now: Date,
  changes: AppointmentStepChanges = {},
): Promise<AppointmentRow | InstanceType<typeof InvalidTransition> | NotFound> {
  const [row] = typeof appointment === 'number' ? await selectAppointments(em, 'select * from appointment where id = ? for update', [appointment]) : [appointment];
  if (!row) return new NotFound('There is no such appointment.');
  const to = nextStatus(row.status, event);
  if (to === null) return refusedAppointmentStep(row, event);
  const sets = ['status = ?', 'updated_at = ?'];
  const params: unknown[] = [to, now];
  if (changes.holdExpiresAt !== undefined) {
    sets.push('hold_expires_at = ?');
    params.push(changes.holdExpiresAt);
  }
  if (changes.secretDigest !== undefined) {
    sets.push('secret_digest = ?');
    params.push(changes.secretDigest);
  }
  if (changes.clearReservationToken) sets.push('reservation_token_digest = null');
  if (changes.contact) {
    sets.push('contact_name = ?', 'contact_email = ?', 'contact_phone = ?', 'contact_phone_key = ?', 'contact_language = ?', 'contact_digest = ?');
    params.push(changes.contact.name, changes.contact.email, changes.contact.phone, phoneKey(changes.contact.phone), changes.contact.language, changes.contact.digest);
  }
  if (changes.placement) {
    sets.push('office_id = ?', 'start_at = ?', 'end_at = ?', 'local_date = ?');
    params.push(changes.placement.officeId, changes.placement.start, changes.placement.end, changes.placement.localDate);
  }
  const [written] = await selectAppointments(em, `update appointment set ${sets.join(', ')} where id = ? returning *`, [...params, row.id]);
  return written;
}

/**
 * The day of an office ended: appointments of past days still `from` take the table's `dayEnded`
 * step in one statement (confirmed and never checked in become no-shows).
 */
export async function endAppointmentsOfPastDays(em: EntityManager, officeId: number, today: string, now: Date, from: AppointmentStatus = AppointmentStatus.confirmed): Promise<number[]> {
  const to = nextStatus(from, 'dayEnded');
  if (to === null) return [];
  const ended = await em.execute<{ id: number }[]>('update appointment set status = ?, updated_at = ? where office_id = ? and local_date < ? and status = ? returning id', [to, now, officeId, today, from]);
  return ended.map((row) => row.id);
}
