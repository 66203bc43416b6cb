import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DrawOfferStatus,
  drawOfferStatusesMovedBy,
  nextDrawOfferStatus,
  nextDrawStatus,
  nextRegistrationStatus,
  type DrawEvent,
  type DrawOfferEvent,
  type DrawRegistrationEvent,
  type DrawRegistrationStatus,
  type DrawStatus,
} from '../../domain/draw/draw-lifecycle';
import { sqlArray } from '../../platform/sql';
import type { DrawOfferRow } from './draw-rows';

/** The one place a draw's status changes: the lifecycle table decides, on the locked row. */
export async function transitionDraw(em: EntityManager, drawId: number, event: DrawEvent): Promise<DrawStatus | null> {
  const [draw] = await em.execute<{ status: DrawStatus }[]>('select status from draw where id = ? for update', [drawId]);
  const to = draw && nextDrawStatus(draw.status, event);
  if (!to) return null;
  await em.execute('update draw set status = ? where id = ?', [to, drawId]);
  return to;
}

/** The one place a registration's status changes; answers the new status, or null when the step is not allowed. */
export async function transitionRegistration(em: EntityManager, registrationId: number, event: DrawRegistrationEvent): Promise<DrawRegistrationStatus | null> {
  const [registration] = await em.execute<{ status: DrawRegistrationStatus }[]>('select status from draw_registration where id = ? for update', [registrationId]);
  const to = registration && nextRegistrationStatus(registration.status, event);
  if (!to) return null;
  await em.execute('update draw_registration set status = ? where id = ?', [to, registrationId]);
  return to;
}

/** The one place an offer's status changes: taking hands the hold to the appointment, declining and lapsing end it `now`. */
export async function transitionDrawOffer(em: EntityManager, offerId: number, event: DrawOfferEvent, now: Date): Promise<DrawOfferRow | null> {
  const [offer] = await em.execute<DrawOfferRow[]>('select * from draw_offer where id = ? for update', [offerId]);
  const to = offer && nextDrawOfferStatus(offer.status, event);
  if (!to) return null;
  const [written] =
    event === 'take'
      ? await em.execute<DrawOfferRow[]>('update draw_offer set status = ?, appointment_id = hold_id, hold_id = null where id = ? returning *', [to, offerId])
      : await em.execute<DrawOfferRow[]>('update draw_offer set status = ?, hold_expires_at = least(hold_expires_at, ?) where id = ? returning *', [to, now, offerId]);
  return written;
}

/**
 * Open offers whose hold ran out lapse, and their registrations are out (one offer per entry);
 * their holds are freed by their own jobs, whose capacityFreed passes the slots on.
 */
export async function lapseExpiredDrawOffers(em: EntityManager, now: Date): Promise<void> {
  const lapsed = await em.execute<{ registration_id: number }[]>('update draw_offer set status = ?, hold_id = null where status = any(?::text[]) and hold_expires_at <= ? returning registration_id', [
    DrawOfferStatus.lapsed,
    sqlArray(drawOfferStatusesMovedBy('lapse')),
    now,
  ]);
  for (const { registration_id } of lapsed) await transitionRegistration(em, registration_id, 'forfeit');
}
