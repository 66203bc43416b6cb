import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, Contingent } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import type { CapacityFreed } from '../../domain/events/domain-event';
import { LinkPurpose, signLinkToken } from '../../domain/notifications/link-token';
import { offerHoldUntil, wantsSlot } from '../../domain/waitlist/offer-rules';
import { WaitlistOfferStatus } from '../../domain/waitlist/waitlist-lifecycle';
import type { DomainEvents } from '../../platform/events/domain-events';
import { sqlArray } from '../../platform/sql';
import { createHold, endHoldNow } from '../booking/appointment-repository';
import { BookedService } from '../booking/booking.types';
import { drawAllocated } from '../booking/draw-gates';
import { loadOffice } from '../catalog/office-row';
import { lockChain } from '../slots/slot-ledger';
import { lapseExpiredOffers, transitionOffer, type OfferRow } from './waitlist-transition';
import { citizenOf, entrySelect, type EntryRow, type WaitlistSettings } from './waitlist-rows';

/** Ends an open offer's hold now; the freeing job offers the slot to the next in line at once. */
export async function endHold(em: EntityManager, offer: OfferRow, event: 'decline' | 'lapse', now: Date): Promise<OfferRow | null> {
  await endHoldNow(em, offer.hold_id!, now);
  return transitionOffer(em, offer.id, event, now);
}

/**
 * The waitlist's reaction to freed capacity: each freed chain (office and start) is held for the
 * first waiting citizen who wants it and for whose services it has room, and offered to them.
 * Each offer is published as `waitlistOfferMade`, which tells the freeing side not to announce
 * that chain to everyone.
 */
export class WaitlistOffers {
  constructor(
    private readonly settings: WaitlistSettings,
    private readonly events: DomainEvents,
  ) {}

  async offerFreed(em: EntityManager, freed: CapacityFreed): Promise<void> {
    await lapseExpiredOffers(em, freed.at);
    for (const { officeId, start } of freed.chains) await this.offerOne(em, officeId, start, freed.at);
  }

  private async offerOne(em: EntityManager, officeId: number, start: Date, now: Date): Promise<void> {
    if (start <= now) return;
    // First come, first offered; an entry with an open offer, or offered this very slot before, waits.
    const candidates = await em.execute<EntryRow[]>(
      `${entrySelect}
        where w.status = 'waiting' and w.office_ids @> ?::jsonb
          and not exists (select 1 from waitlist_offer o where o.entry_id = w.id and (o.status = ? or (o.office_id = ? and o.start_at = ?)))
        order by w.created_at, w.id
        for update of w skip locked`,
      [JSON.stringify([officeId]), WaitlistOfferStatus.open, officeId, start],
    );
    const office = (await loadOffice(em, officeId))!;
    const localDate = localDateOf(start, office.time_zone);
    for (const entry of candidates) {
      if (!wantsSlot(citizenOf(entry), start, now)) continue;
      const durations = await em.execute<{ service_id: number; duration_slots: number }[]>('select service_id, duration_slots from office_service where office_id = ? and bookable_online and service_id = any(?::bigint[])', [
        officeId,
        sqlArray(entry.service_ids),
      ]);
      const byService = new Map(durations.map((row) => [row.service_id, row.duration_slots]));
      if (entry.service_ids.some((id) => !byService.has(id))) continue;
      const services = entry.service_ids.map((serviceId) => Object.assign(new BookedService(), { serviceId, durationSlots: byService.get(serviceId)! }));
      // A day a draw has yet to allocate is not the waitlist's to hand out either.
      if (await drawAllocated(em, office, services, localDate, now)) continue;
      const chain = await lockChain(
        em,
        Contingent.public,
        officeId,
        start,
        services.reduce((sum, service) => sum + service.durationSlots, 0),
        now,
        new Set(),
      );
      if (!Array.isArray(chain)) continue;
      const holdUntil = offerHoldUntil(now, this.settings.waitlistHoldMinutes, start);
      const holdId = await createHold(em, { officeId, localDate, channel: Channel.PORTAL, contingent: Contingent.public, chain, services, expiresAt: holdUntil, reservationTokenDigest: null }, now);
      const [offer] = await em.execute<{ id: number }[]>(`insert into waitlist_offer (entry_id, hold_id, office_id, start_at, hold_expires_at, status, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id`, [
        entry.id,
        holdId,
        officeId,
        start,
        holdUntil,
        WaitlistOfferStatus.open,
        now,
      ]);
      // The link outlives the hold, so that a late click learns the offer lapsed rather than nothing.
      const offerToken = signLinkToken({ purpose: LinkPurpose.offer, subject: offer.id, expiresAt: start }, this.settings.linkSecret);
      await this.events.publish(em, { type: 'waitlistOfferMade', at: now, offerId: offer.id, holdId, officeId, start, holdUntil, offerToken, contact: { email: entry.contact_email, language: entry.contact_language } });
      return;
    }
  }
}
