import type { EntityManager } from '@mikro-orm/postgresql';
import { DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { drawOrder } from '../../domain/draw/draw-order';
import { LinkPurpose, signLinkToken } from '../../domain/notifications/link-token';
import type { DomainEvents } from '../../platform/events/domain-events';
import type { SecretBox } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { announceAvailability } from '../slots/availability-events';
import { contactOf, drawSelect, liveStatistics, loadDraw, registrationLinkDays, registrationSelect, type DrawRow, type DrawSettings, type RegistrationRow } from './draw-rows';
import { lapseExpiredDrawOffers, transitionDraw, transitionRegistration } from './draw-transition';
import type { DrawOffers, MadeOffer } from './draw-offers';
import { raiseReleasedUntil } from './release-mode.service';

/** Of the offerable appointments, this share goes to urgent entries first unless the office set a quota. */
const defaultUrgentShare = 0.1;

/** Offices last, in id order, each once with the dates whose availability changed (docs/adr/0002-lock-order.md). */
async function announceOffers(em: EntityManager, made: MadeOffer[]): Promise<void> {
  const byOffice = new Map<number, Set<string>>();
  for (const offer of made) byOffice.set(offer.officeId, (byOffice.get(offer.officeId) ?? new Set()).add(offer.localDate));
  for (const officeId of [...byOffice.keys()].sort((a, b) => a - b)) await announceAvailability(em, officeId, 'taken', [...byOffice.get(officeId)!]);
}

/**
 * The two jobs of a draw, keyed by its id. Jobs are leased across processes and the draw row is
 * locked and moved on by the lifecycle, so that a draw runs once and is released once however many
 * processes run jobs.
 */
export class DrawRunner {
  constructor(
    private readonly settings: DrawSettings,
    private readonly events: DomainEvents,
    private readonly seeds: SecretBox,
    private readonly offers: DrawOffers,
  ) {}

  /** Job runDraw: reveals the seed, stores the order over the verified entries, then offers in that order. */
  async run(em: EntityManager, key: string, now: Date): Promise<Date | null> {
    const draw = await loadDraw(em, Number(key), true);
    if (!draw || (draw.status !== DrawStatus.scheduled && draw.status !== DrawStatus.open)) return null;
    const drawAt = sqlInstant(draw.draw_at);
    if (drawAt > now) return drawAt;
    const seed = this.seeds.open(draw.sealed_seed);
    if (seed === null) throw new Error(`The seed of draw ${draw.id} cannot be opened with this installation's key.`);
    const entries = await em.execute<RegistrationRow[]>(`${registrationSelect} where r.draw_id = ? and r.status = ? and r.verified_at < ? order by r.id for update`, [draw.id, DrawRegistrationStatus.registered, draw.registration_closes_at]);
    const offerable = await this.offerableAppointments(em, draw);
    const quota = draw.urgent_quota ?? Math.ceil(offerable * defaultUrgentShare);
    const order = drawOrder(
      seed,
      entries.map((entry) => ({ digest: entry.entry_digest, urgent: entry.urgent })),
      quota,
    );
    const byDigest = new Map(entries.map((entry) => [entry.entry_digest, entry]));
    const published = order.map((digest, index) => ({ digest, urgent: byDigest.get(digest)!.urgent, position: index + 1 }));
    await em.execute('update draw_registration r set position = p.position from unnest(?::text[], ?::int[]) as p(digest, position) where r.draw_id = ? and r.entry_digest = p.digest', [
      sqlArray(published.map((entry) => entry.digest)),
      sqlArray(published.map((entry) => entry.position)),
      draw.id,
    ]);
    if (draw.status === DrawStatus.scheduled) await transitionDraw(em, draw.id, 'open');
    await transitionDraw(em, draw.id, 'draw');
    await em.execute('update draw set seed = ?, entries = ?::jsonb, urgent_quota = ?, offerable_slots = ?, registration_count = ?, drawn_at = ? where id = ?', [
      seed,
      JSON.stringify(published),
      quota,
      offerable,
      entries.length,
      now,
      draw.id,
    ]);
    const drawn = (await loadDraw(em, draw.id))!;
    const made: MadeOffer[] = [];
    for (const digest of order) {
      const offer = await this.offers.offerEarliest(em, drawn, byDigest.get(digest)!, now);
      if (offer) made.push(offer);
    }
    await announceOffers(em, made);
    return null;
  }

  /** Appointments for one person the draw's offices have free on its dates: what the fill rate is measured against. */
  private async offerableAppointments(em: EntityManager, draw: DrawRow): Promise<number> {
    const [row] = await em.execute<{ count: number | null }[]>(
      `select sum(free / os.duration_slots)::int as count from (
         select s.office_id, sum(s.public_capacity - s.taken) as free from slot s
          where s.office_id = any(?::bigint[]) and s.local_date between ?::date and ?::date and s.public_capacity > s.taken
          group by s.office_id) f
         join office_service os on os.office_id = f.office_id and os.service_id = ?`,
      [sqlArray(draw.office_ids), draw.slots_from, draw.slots_to, draw.service_id],
    );
    return row.count ?? 0;
  }

  /**
   * Job releaseDraw: offering ends. The draw's dates open to first come (markReleasedUntil), the
   * registrations still without a slot are told, and those who asked roll over to the next draw of
   * the service; freed chains from now on go to the waitlist, then to everyone.
   */
  async release(em: EntityManager, key: string, now: Date): Promise<Date | null> {
    const draw = await loadDraw(em, Number(key), true);
    if (!draw || draw.status === DrawStatus.released || draw.status === DrawStatus.cancelled) return null;
    // Not drawn yet (its job is late): release after it ran.
    if (draw.status !== DrawStatus.drawn) return new Date(now.getTime() + 60_000);
    const releaseAt = sqlInstant(draw.release_at);
    if (releaseAt > now) return releaseAt;
    await lapseExpiredDrawOffers(em, now);
    await transitionDraw(em, draw.id, 'release');
    const waiting = await em.execute<RegistrationRow[]>(`${registrationSelect} where r.draw_id = ? and r.status = ? order by r.position nulls last, r.id for update`, [draw.id, DrawRegistrationStatus.registered]);
    const [next] = await em.execute<DrawRow[]>(`${drawSelect} where d.organisation_id = ? and d.service_id = ? and d.id <> ? and d.status = any(?::text[]) and d.registration_closes_at > ? order by d.draw_at, d.id limit 1`, [
      draw.organisation_id,
      draw.service_id,
      draw.id,
      sqlArray([DrawStatus.scheduled, DrawStatus.open]),
      now,
    ]);
    for (const registration of waiting) {
      let rolledOver = false;
      if (registration.roll_over && next && (await moveInto(em, registration, next))) rolledOver = true;
      else if (registration.roll_over) rolledOver = (await transitionRegistration(em, registration.id, 'rollOver')) !== null;
      else await transitionRegistration(em, registration.id, 'leaveUnmatched');
      await this.events.publish(em, {
        type: 'drawRegistrationUnmatched',
        at: now,
        registrationId: registration.id,
        drawId: draw.id,
        serviceId: draw.service_id,
        rolledOver,
        statusToken: signLinkToken({ purpose: LinkPurpose.drawStatus, subject: registration.id, expiresAt: new Date(now.getTime() + registrationLinkDays * 86_400_000) }, this.settings.linkSecret),
        contact: contactOf(registration),
      });
    }
    const statistics = await liveStatistics(em, { ...draw, statistics: null });
    await em.execute('update draw set statistics = ?::jsonb, released_at = ? where id = ?', [JSON.stringify(statistics), now, draw.id]);
    const offices = [...draw.office_ids].sort((a, b) => a - b);
    for (const officeId of offices) await raiseReleasedUntil(em, officeId, draw.service_id, draw.slots_to);
    // What no entry took goes to the waitlist first, as any freed capacity does; what it leaves is first come.
    const leftovers = await em.execute<{ office_id: number; start_at: Date }[]>(
      `select office_id, start_at from slot
        where office_id = any(?::bigint[]) and local_date between ?::date and ?::date and start_at > ? and bookable_from <= ? and public_until > ? and taken < public_capacity
        order by start_at, office_id`,
      [sqlArray(offices), draw.slots_from, draw.slots_to, now, now, now],
    );
    if (leftovers.length > 0) await this.events.publish(em, { type: 'capacityFreed', at: now, chains: leftovers.map((slot) => ({ officeId: slot.office_id, start: sqlInstant(slot.start_at) })) });
    // Offices last, in id order: availability is announced.
    for (const officeId of offices) await announceAvailability(em, officeId, 'calendar');
    return null;
  }
}

/**
 * Moves a registration left without a slot into a later draw of its service: its offices that
 * take part there, and that draw's dates (its own have passed); its time windows stay. Answers
 * false when none of its offices takes part.
 */
export async function moveInto(em: EntityManager, registration: RegistrationRow, next: DrawRow): Promise<boolean> {
  const offices = registration.office_ids.filter((id) => next.office_ids.includes(id));
  if (offices.length === 0) return false;
  await em.execute('update draw_registration set draw_id = ?, office_ids = ?::jsonb, date_from = ?::date, date_to = ?::date, position = null where id = ?', [
    next.id,
    JSON.stringify(offices),
    next.slots_from,
    next.slots_to,
    registration.id,
  ]);
  return true;
}
