import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, Channel } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { LinkPurpose, signLinkToken, verifyLinkToken } from '../../domain/notifications/link-token';
import { waitlistLinkExpiry } from '../../domain/waitlist/offer-rules';
import { WaitlistEntryStatus } from '../../domain/waitlist/waitlist-lifecycle';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NotFound, ReservationExpired } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { portalLinks } from '../../platform/portal-links';
import { authorize, type RequestContext } from '../../platform/request-context';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import type { AppointmentChangesService } from '../booking/appointment-changes.service';
import { findByAccess, loadAppointmentViews, loadServices } from '../booking/appointment-repository';
import type { LinkTokenInput } from '../booking/booking.inputs';
import { contactLimitProblem, type ContactLimitProblem } from '../booking/contact-limits';
import type { ReservationService } from '../booking/reservation.service';
import { loadOffice, loadOffices } from '../catalog/office-row';
import { bumpOfficeVersion } from '../catalog/office-version';
import { endHold } from './waitlist-offers';
import { citizenOf, entrySelect, entryView, type EntryRow, type WaitlistSettings } from './waitlist-rows';
import { transitionOffer, transitionWaitlistEntry, type OfferRow } from './waitlist-transition';
import { WaitlistEntryView, WaitlistJoined, WaitlistOfferTaken, WaitlistOfferView, type JoinWaitlistInput } from './waitlist.types';

/**
 * The waitlist: citizens wait for an earlier slot; freed capacity is offered to the first in line
 * under a hold (a reserved appointment whose claims keep everyone else out), then to the next.
 */
export class WaitlistService {
  constructor(
    private readonly settings: WaitlistSettings,
    private readonly events: DomainEvents,
    private readonly reservations: ReservationService,
    private readonly changes: AppointmentChangesService,
  ) {}

  private get linkSecret(): string {
    return this.settings.linkSecret;
  }

  async join(ctx: RequestContext, input: JoinWaitlistInput): Promise<WaitlistJoined | ContactLimitProblem | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      let appointmentId: number | null = null;
      let serviceIds: number[];
      let officeIds: (number | null)[];
      let contact: { name: string | null; email: string | null; language: string };
      if (input.appointment) {
        const row = await findByAccess(em, ctx, input.appointment, true);
        if (!row) return new NotFound('No appointment matches this number and secret.');
        if (row.status !== AppointmentStatus.confirmed || row.start_at <= now) return new InvalidInput([`The appointment is ${row.status}; only confirmed future appointments can wait for an earlier slot.`]);
        if (!row.contact_email) return new InvalidInput(['The appointment has no email address to send offers to.']);
        appointmentId = row.id;
        serviceIds = ((await loadServices(em, [row.id])).get(row.id) ?? []).map((service) => service.serviceId);
        officeIds = input.officeIds ? input.officeIds.map(parseId) : [row.office_id];
        contact = { name: row.contact_name, email: row.contact_email, language: row.contact_language };
      } else {
        if (!input.serviceIds || !input.officeIds) return new InvalidInput(['Without an appointment, give serviceIds and officeIds.']);
        const checked = validateContact(Channel.PORTAL, input.contact ?? {});
        if (checked.problems.length > 0) return new InvalidInput(checked.problems);
        serviceIds = [];
        for (const text of input.serviceIds) {
          const id = parseId(text);
          if (id === null) return new NotFound('There is no such service.');
          serviceIds.push(id);
        }
        officeIds = input.officeIds.map(parseId);
        contact = { name: checked.name, email: checked.email, language: input.language ?? 'de' };
      }
      const offices = [...new Set(officeIds)].filter((id) => id !== null);
      if (offices.length < new Set(officeIds).size) return new NotFound('Some of the offices do not exist.');
      const offering = await em.execute<{ office_id: number }[]>(
        `select o.office_id from office_service o where o.office_id = any(?::bigint[]) and o.bookable_online and o.service_id = any(?::bigint[])
          group by o.office_id having count(distinct o.service_id) = ?`,
        [sqlArray(offices), sqlArray(serviceIds), new Set(serviceIds).size],
      );
      if (offering.length !== offices.length) return new NotFound('Some of the offices do not offer all the services online.');
      if (appointmentId === null && contact.email !== null) {
        // An offer the citizen could never take would only keep the slot from the next in line.
        const problem = await this.blockedEverywhere(ctx, em, offices, contact.email, now);
        if (problem) return problem;
      }
      const [created] = await em.execute<{ id: number }[]>(
        `insert into waitlist_entry (appointment_id, service_ids, office_ids, starts_before, status, contact_name, contact_email, contact_language, created_at)
         values (?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)
         on conflict (appointment_id) where status = 'waiting' do nothing returning id`,
        [appointmentId, JSON.stringify(serviceIds), JSON.stringify(offices), input.startsBefore ?? null, WaitlistEntryStatus.waiting, contact.name, contact.email, contact.language, now],
      );
      if (!created) return new InvalidInput(['This appointment is on the waitlist already.']);
      const [row] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [created.id]);
      const token = signLinkToken({ purpose: LinkPurpose.waitlist, subject: row.id, expiresAt: waitlistLinkExpiry(citizenOf(row), now) }, this.linkSecret);
      await this.events.publish(em, { type: 'waitlistJoined', at: now, entryId: row.id, leaveToken: token });
      return Object.assign(new WaitlistJoined(), { entry: entryView(row), token });
    });
  }

  /** Why the contact may book at none of the offices now, or null when one of them would take a booking. */
  private async blockedEverywhere(ctx: RequestContext, em: EntityManager, officeIds: number[], email: string, now: Date): Promise<ContactLimitProblem | null> {
    const offices = await loadOffices(em, officeIds);
    const contactKey = contactDigest(email, this.linkSecret);
    let first: ContactLimitProblem | null = null;
    for (const office of offices) {
      const problem = await contactLimitProblem(em, office, email, contactKey, now, ctx.guards.rateLimits);
      if (!problem) return null;
      first ??= problem;
    }
    return first;
  }

  async entryByLink(ctx: RequestContext, input: LinkTokenInput): Promise<WaitlistEntryView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const claims = verifyLinkToken(input.token, LinkPurpose.waitlist, this.linkSecret, ctx.clock.now());
    if (!claims) return null;
    const [row] = await ctx.em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [claims.subject]);
    return row ? entryView(row) : null;
  }

  async leave(ctx: RequestContext, input: LinkTokenInput): Promise<WaitlistEntryView | NotFound> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const claims = verifyLinkToken(input.token, LinkPurpose.waitlist, this.linkSecret, ctx.clock.now());
      if (!claims) return new NotFound('The link is not valid or has expired.');
      await transitionWaitlistEntry(em, claims.subject, 'leave');
      const [row] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [claims.subject]);
      return row ? entryView(row) : new NotFound('The waitlist entry no longer exists.');
    });
  }

  private async offerView(em: EntityManager, offer: OfferRow): Promise<WaitlistOfferView> {
    const [entry] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [offer.entry_id]);
    return Object.assign(new WaitlistOfferView(), {
      id: String(offer.id),
      status: offer.status,
      start: sqlInstant(offer.start_at),
      holdExpiresAt: sqlInstant(offer.hold_expires_at),
      appointmentNumber: entry.appointment_number,
      officeId: offer.office_id,
      serviceIds: entry.service_ids,
    });
  }

  private async offerByToken(em: EntityManager, token: string, now: Date, lock: boolean): Promise<OfferRow | null> {
    const claims = verifyLinkToken(token, LinkPurpose.offer, this.linkSecret, now);
    if (!claims) return null;
    const [offer] = await em.execute<OfferRow[]>(`select * from waitlist_offer where id = ?${lock ? ' for update' : ''}`, [claims.subject]);
    return offer ?? null;
  }

  async offerByLink(ctx: RequestContext, input: LinkTokenInput): Promise<WaitlistOfferView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const offer = await this.offerByToken(ctx.em, input.token, ctx.clock.now(), false);
    return offer ? this.offerView(ctx.em, offer) : null;
  }

  /** Takes an offer in one step: moves the citizen's appointment to the held slots, or books them. */
  async take(ctx: RequestContext, input: LinkTokenInput): Promise<WaitlistOfferTaken | ReservationExpired | ContactLimitProblem | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const offer = await this.offerByToken(em, input.token, now, true);
      if (!offer) return new NotFound('The link is not valid or has expired.');
      if (offer.status !== 'open' || offer.hold_id === null || sqlInstant(offer.hold_expires_at) <= now) return new ReservationExpired('The offer has lapsed: the slot went to the next in line.');
      const [entry] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ? for update of w`, [offer.entry_id]);
      const holdId = offer.hold_id;
      let appointmentId = holdId;
      let secret: string | null = null;
      const touchedOffices = [offer.office_id];
      if (entry.appointment_id !== null) {
        // The old slots go back after the release delay (and are offered on); the held ones become the appointment's.
        const moved = await this.changes.moveOntoHold(em, entry.appointment_id, holdId, now);
        if (moved instanceof InvalidInput) return moved;
        appointmentId = moved.row.id;
        touchedOffices.push(moved.previousOfficeId);
      } else {
        const key = entry.contact_email === null ? null : contactDigest(entry.contact_email, this.linkSecret);
        if (entry.contact_email !== null && key !== null) {
          const problem = await contactLimitProblem(em, (await loadOffice(em, offer.office_id))!, entry.contact_email, key, now, ctx.guards.rateLimits);
          if (problem) {
            // The citizen cannot take it now: the next in line need not wait out the hold. The entry waits on, the limit may lift.
            await endHold(em, offer, 'lapse', now);
            return problem;
          }
        }
        const booked = await this.reservations.confirmHold(em, holdId, { name: entry.contact_name, email: entry.contact_email, language: entry.contact_language, digest: key }, now);
        if (booked instanceof InvalidInput) return booked;
        secret = booked.secret;
      }
      const [appointment] = await loadAppointmentViews(em, [appointmentId]);
      await transitionOffer(em, offer.id, 'take', now);
      await transitionWaitlistEntry(em, entry.id, 'book');
      // Offices last and in id order, as every writer locks them (docs/adr/0002-lock-order.md).
      for (const officeId of [...new Set(touchedOffices)].sort((a, b) => a - b)) await bumpOfficeVersion(em, officeId);
      await audit(em, ctx, 'takeWaitlistOffer', offer.office_id, { number: appointment.number });
      return Object.assign(new WaitlistOfferTaken(), {
        appointment,
        secret,
        manageUrl: secret === null ? null : portalLinks.manageAppointment(this.settings.publicBaseUrl, String(appointment.number), secret),
      });
    });
  }

  /** Declines an offer: the hold ends now, and the slot goes to the next in line at once. */
  async decline(ctx: RequestContext, input: LinkTokenInput): Promise<WaitlistOfferView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const offer = await this.offerByToken(em, input.token, now, true);
      if (!offer) return new NotFound('The link is not valid or has expired.');
      if (offer.status !== 'open' || offer.hold_id === null) return new InvalidInput([`The offer is ${offer.status}.`]);
      const declined = await endHold(em, offer, 'decline', now);
      return declined ? this.offerView(em, declined) : new InvalidInput([`The offer is ${offer.status}.`]);
    });
  }
}
