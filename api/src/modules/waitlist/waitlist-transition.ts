import type { EntityManager } from '@mikro-orm/postgresql';
import { WaitlistEntryStatus, WaitlistOfferStatus, entryStatusesMovedBy, nextEntryStatus, nextOfferStatus, offerStatusesMovedBy, type WaitlistEntryEvent, type WaitlistOfferEvent } from '../../domain/waitlist/waitlist-lifecycle';
import { sqlArray } from '../../platform/sql';

export interface OfferRow {
  id: number;
  entry_id: number;
  hold_id: number | null;
  office_id: number;
  start_at: string;
  hold_expires_at: string;
  status: WaitlistOfferStatus;
}

/**
 * The one place a waitlist entry's status changes: the lifecycle table decides, the row (locked
 * by the caller or here) is written only when the step is allowed. Answers whether it was.
 */
export async function transitionWaitlistEntry(em: EntityManager, entryId: number, event: WaitlistEntryEvent): Promise<boolean> {
  const [entry] = await em.execute<{ status: WaitlistEntryStatus }[]>('select status from waitlist_entry where id = ? for update', [entryId]);
  const to = entry && nextEntryStatus(entry.status, event);
  if (!to) return false;
  await em.execute('update waitlist_entry set status = ? where id = ?', [to, entryId]);
  return true;
}

/** A cancelled appointment waits for nothing: its entries leave, as the table lets them. */
export async function leaveForAppointment(em: EntityManager, appointmentId: number): Promise<void> {
  await em.execute('update waitlist_entry set status = ? where appointment_id = ? and status = any(?::text[])', [WaitlistEntryStatus.left, appointmentId, sqlArray(entryStatusesMovedBy('leave'))]);
}

/**
 * The one place an offer's status changes. Every step ends the offer's hold on the slots:
 * taking hands them to the appointment, declining and lapsing end them `now`.
 */
export async function transitionOffer(em: EntityManager, offerId: number, event: WaitlistOfferEvent, now: Date): Promise<OfferRow | null> {
  const [offer] = await em.execute<OfferRow[]>('select * from waitlist_offer where id = ? for update', [offerId]);
  const to = offer && nextOfferStatus(offer.status, event);
  if (!to) return null;
  const [written] =
    event === 'take'
      ? await em.execute<OfferRow[]>('update waitlist_offer set status = ?, hold_id = null where id = ? returning *', [to, offerId])
      : await em.execute<OfferRow[]>('update waitlist_offer set status = ?, hold_expires_at = ? where id = ? returning *', [to, now, offerId]);
  return written;
}

/** Open offers whose hold has run out lapse, in one statement; their holds are freed by their own jobs. */
export async function lapseExpiredOffers(em: EntityManager, now: Date): Promise<void> {
  await em.execute('update waitlist_offer set status = ?, hold_id = null where status = any(?::text[]) and hold_expires_at <= ?', [WaitlistOfferStatus.lapsed, sqlArray(offerStatusesMovedBy('lapse')), now]);
}
