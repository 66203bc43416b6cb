import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppointmentEvent } from '../../domain/booking/appointment-lifecycle';
import { transitionAppointment } from '../booking/appointment-transition';

/**
 * Keeps a checked-in appointment's status in step with its queue entry, through booking's one
 * transition: a step the appointment's table refuses (or an appointment gone) leaves it as it is,
 * for the entry's step stands on its own.
 */
export async function syncAppointment(em: EntityManager, entry: { appointment_id: number | null }, event: AppointmentEvent, now: Date): Promise<void> {
  if (entry.appointment_id === null) return;
  await transitionAppointment(em, entry.appointment_id, event, now);
}
