import type { EntityManager } from '@mikro-orm/postgresql';
import { localDateOf } from '../../domain/calendar/local-date';
import { DrawOfferStatus } from '../../domain/draw/draw-lifecycle';
import { firstComeOpen, type ReleaseMode } from '../../domain/draw/release-gate';
import { InvalidInput, OutsideBookingWindow } from '../../platform/graphql/errors';
import { sqlArray } from '../../platform/sql';

/**
 * What booking asks of draws (issue 21): which days first-come booking of a service may take at
 * an office, and whether an appointment came from a draw offer. Both read the draw area's tables
 * (service_release, draw_offer) and write nothing; they live here, not in the draw module,
 * because the draw books through booking and a module may not import its importer.
 */

/**
 * Null when first-come booking of every one of the services is open at the office on
 * `localDate` (firstComeOpen), else the refusal. Not locked: a switch to draw that commits during
 * a booking comes after it, and the draw then finds that capacity taken as any other booking.
 */
export async function drawAllocated(em: EntityManager, office: { id: number; time_zone: string }, services: readonly { serviceId: number }[], localDate: string, now: Date): Promise<OutsideBookingWindow | null> {
  const releases = await em.execute<{ mode: ReleaseMode; released_until: string | null }[]>('select mode, released_until::text as released_until from service_release where office_id = ? and service_id = any(?::bigint[])', [
    office.id,
    sqlArray(services.map((service) => service.serviceId)),
  ]);
  const today = localDateOf(now, office.time_zone);
  return releases.every((release) => firstComeOpen(release.mode, release.released_until, localDate, today))
    ? null
    : new OutsideBookingWindow('This service is allocated by a draw at this office on this date: register for the draw instead.');
}

/**
 * An appointment booked from a draw offer carries the registrant's name for good (no transfer,
 * issue 21 item 7): a contact change that renames it is refused; email and phone may be corrected.
 */
export async function renamesDrawBooking(em: EntityManager, appointmentId: number, currentName: string | null, newName: string | null): Promise<InvalidInput | null> {
  if (newName === currentName) return null;
  const [taken] = await em.execute<{ found: boolean }[]>('select exists (select 1 from draw_offer where appointment_id = ? and status = ?) as found', [appointmentId, DrawOfferStatus.taken]);
  return taken.found ? new InvalidInput([{ field: 'contact.name', message: 'This appointment was won in a draw: it stays in the name of the registrant.' }]) : null;
}
