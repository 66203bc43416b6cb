import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, Contingent } from '../../domain/booking/appointment-lifecycle';
import { chainLength, serviceSlots } from '../../domain/booking/service-quantities';
import { DrawOfferStatus, DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { fitsPreference, type CandidateStart } from '../../domain/draw/matching';
import type { CapacityFreed } from '../../domain/events/domain-event';
import { LinkPurpose, signLinkToken } from '../../domain/notifications/link-token';
import { offerHoldUntil } from '../../domain/waitlist/offer-rules';
import type { DomainEvents } from '../../platform/events/domain-events';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { createHold, endHoldNow } from '../booking/appointment-repository';
import { BookedService } from '../booking/booking.types';
import { lockChain } from '../slots/slot-ledger';
import { contactOf, drawSelect, preferenceOf, registrationSelect, type DrawOfferRow, type DrawRow, type DrawSettings, type RegistrationRow } from './draw-rows';
import { lapseExpiredDrawOffers, transitionDrawOffer, transitionRegistration } from './draw-transition';

interface Candidate extends CandidateStart {
  timeZone: string;
}

/** Where an offer was made: the office and local date whose availability changed. */
export interface MadeOffer {
  officeId: number;
  localDate: string;
}

/** The services a registration's hold is for at one office: its service, for its persons; null when the office no longer offers it. */
async function servicesAt(em: EntityManager, officeId: number, registration: RegistrationRow): Promise<{ services: BookedService[]; length: number } | null> {
  const [row] = await em.execute<{ duration_slots: number }[]>('select duration_slots from office_service where office_id = ? and service_id = ?', [officeId, registration.service_id]);
  if (!row) return null;
  const services = [Object.assign(new BookedService(), { serviceId: registration.service_id, quantity: registration.persons, durationSlots: serviceSlots(row.duration_slots, registration.persons) })];
  return { services, length: chainLength([{ slotsPerPerson: row.duration_slots, quantity: registration.persons }]) };
}

/** Ends an open offer's hold now (declined, or withdrawn with it); the freeing job passes the slot on at once. */
export async function endDrawOffer(em: EntityManager, offer: DrawOfferRow, now: Date): Promise<DrawOfferRow | null> {
  if (offer.hold_id !== null) await endHoldNow(em, offer.hold_id, now);
  const declined = await transitionDrawOffer(em, offer.id, 'decline', now);
  if (declined) await transitionRegistration(em, offer.registration_id, 'forfeit');
  return declined;
}

/**
 * The draw's offers: in draw order, each registration is held the earliest free chain that fits
 * it (random serial dictatorship, docs/draw.md), and a chain freed by a decline or a lapse goes to
 * the next registration in order that it fits, before the waitlist sees it.
 */
export class DrawOffers {
  constructor(
    private readonly settings: DrawSettings,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Holds the earliest fitting free chain for the registration and offers it; null when none
   * fits. Slots are locked in start order by lockChain (docs/adr/0002); offices are bumped by the caller.
   */
  async offerEarliest(em: EntityManager, draw: DrawRow, registration: RegistrationRow, now: Date): Promise<MadeOffer | null> {
    const candidates = await em.execute<{ office_id: number; start_at: string; local_date: string; local_time: string; time_zone: string }[]>(
      `select s.office_id, s.start_at, s.local_date::text as local_date, to_char(s.start_at at time zone o.time_zone, 'HH24:MI') as local_time, o.time_zone
         from slot s join office o on o.id = s.office_id
        where s.office_id = any(?::bigint[]) and s.local_date between ?::date and ?::date and s.start_at > ?
          and s.public_capacity > s.taken and s.bookable_from <= ? and s.public_until > ?
        order by s.start_at, array_position(?::bigint[], s.office_id)`,
      [sqlArray(registration.office_ids), maxDate(registration.date_from, draw.slots_from), minDate(registration.date_to, draw.slots_to), now, now, now, sqlArray(registration.office_ids)],
    );
    const preference = preferenceOf(registration);
    const lengths = new Map<number, Awaited<ReturnType<typeof servicesAt>>>();
    for (const row of candidates) {
      const candidate: Candidate = { officeId: row.office_id, start: sqlInstant(row.start_at), localDate: row.local_date, localTime: row.local_time, timeZone: row.time_zone };
      if (!fitsPreference(preference, candidate)) continue;
      if (!lengths.has(candidate.officeId)) lengths.set(candidate.officeId, await servicesAt(em, candidate.officeId, registration));
      const services = lengths.get(candidate.officeId);
      if (!services) continue;
      const made = await this.holdAndOffer(em, draw, registration, candidate, services, now);
      if (made) return made;
    }
    return null;
  }

  /** Tries the one chain at the candidate's start; on success the hold, the offer and its event. */
  private async holdAndOffer(em: EntityManager, draw: DrawRow, registration: RegistrationRow, candidate: CandidateStart, services: { services: BookedService[]; length: number }, now: Date): Promise<MadeOffer | null> {
    const chain = await lockChain(em, Contingent.public, candidate.officeId, candidate.start, services.length, now, new Set());
    if (!Array.isArray(chain)) return null;
    const holdUntil = offerHoldUntil(now, draw.offer_hold_hours * 60, candidate.start);
    const holdId = await createHold(
      em,
      { officeId: candidate.officeId, localDate: candidate.localDate, channel: Channel.PORTAL, contingent: Contingent.public, chain, services: services.services, expiresAt: holdUntil, reservationTokenDigest: null },
      now,
    );
    // The partial unique index refuses a second open or taken offer of one registration: no entry is matched twice.
    const [offer] = await em.execute<{ id: number }[]>('insert into draw_offer (draw_id, registration_id, hold_id, office_id, start_at, hold_expires_at, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id', [
      draw.id,
      registration.id,
      holdId,
      candidate.officeId,
      candidate.start,
      holdUntil,
      DrawOfferStatus.open,
      now,
    ]);
    await transitionRegistration(em, registration.id, 'offer');
    // The link outlives the hold, so that a late click learns the offer lapsed rather than nothing.
    const offerToken = signLinkToken({ purpose: LinkPurpose.drawOffer, subject: offer.id, expiresAt: candidate.start }, this.settings.linkSecret);
    await this.events.publish(em, {
      type: 'drawOfferMade',
      at: now,
      offerId: offer.id,
      registrationId: registration.id,
      holdId,
      officeId: candidate.officeId,
      serviceId: registration.service_id,
      start: candidate.start,
      holdUntil,
      offerToken,
      persons: registration.persons,
      contact: contactOf(registration),
    });
    return { officeId: candidate.officeId, localDate: candidate.localDate };
  }

  /**
   * The draw's reaction to freed capacity, before the waitlist's: a chain freed on the dates of a
   * drawn, not yet released draw of its office goes to the first registration in draw order still
   * waiting that it fits. Offers that ran out lapse first, so that their chains count as freed.
   */
  async offerFreed(em: EntityManager, freed: CapacityFreed): Promise<void> {
    await lapseExpiredDrawOffers(em, freed.at);
    for (const { officeId, start } of freed.chains) await this.offerOne(em, officeId, start, freed.at);
  }

  private async offerOne(em: EntityManager, officeId: number, start: Date, now: Date): Promise<void> {
    if (start <= now) return;
    const [slot] = await em.execute<{ local_date: string; local_time: string }[]>(
      `select s.local_date::text as local_date, to_char(s.start_at at time zone o.time_zone, 'HH24:MI') as local_time from slot s join office o on o.id = s.office_id where s.office_id = ? and s.start_at = ?`,
      [officeId, start],
    );
    if (!slot) return;
    const draws = await em.execute<DrawRow[]>(`${drawSelect} where d.status = ? and d.office_ids @> ?::jsonb and d.slots_from <= ?::date and d.slots_to >= ?::date and d.release_at > ? order by d.draw_at, d.id`, [
      DrawStatus.drawn,
      JSON.stringify([officeId]),
      slot.local_date,
      slot.local_date,
      now,
    ]);
    const candidate: CandidateStart = { officeId, start, localDate: slot.local_date, localTime: slot.local_time };
    for (const draw of draws) {
      // In draw order; a registration another transaction is offering to now waits for the next chain.
      const waiting = await em.execute<RegistrationRow[]>(`${registrationSelect} where r.draw_id = ? and r.status = ? and r.position is not null order by r.position for update skip locked`, [draw.id, DrawRegistrationStatus.registered]);
      for (const registration of waiting) {
        if (!fitsPreference(preferenceOf(registration), candidate)) continue;
        const services = await servicesAt(em, officeId, registration);
        if (!services) continue;
        if (await this.holdAndOffer(em, draw, registration, candidate, services, now)) return;
      }
    }
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
