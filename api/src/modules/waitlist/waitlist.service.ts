import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, Channel, Contingent } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { localDateOf } from '../../domain/calendar/local-date';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { LinkPurpose, verifyLinkToken } from '../../domain/notifications/link-token';
import { offerHoldUntil, waitlistLinkExpiry, wantsSlot } from '../../domain/waitlist/offer-rules';
import { InvalidInput, NotFound, ReservationExpired } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { portalLinks } from '../../platform/portal-links';
import { authorize, type RequestContext } from '../../platform/request-context';
import { digest, newSecret } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../accounts/audit';
import { findByAccess, loadAppointmentViews, loadServices, writeServices } from '../booking/appointment-repository';
import { claimSlots, lockChain } from '../slots/slot-ledger';
import type { OfficeRow } from '../catalog/office-row';
import { BookedService } from '../booking/booking.types';
import { contactLimitProblem, type ContactLimitProblem } from '../booking/contact-limits';
import { bumpOfficeVersion } from '../catalog/office-version';
import { languageOf, type NotificationsService } from '../notifications/notifications.service';
import type { LinkTokenInput } from '../notifications/notifications.types';
import { WaitlistEntryView, WaitlistJoined, WaitlistOfferTaken, WaitlistOfferView, type JoinWaitlistInput } from './waitlist.types';

interface EntryRow {
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

interface OfferRow {
  id: number;
  entry_id: number;
  hold_id: number | null;
  office_id: number;
  start_at: string;
  hold_expires_at: string;
  status: string;
}

const entrySelect = `select w.*, a.number as appointment_number, a.start_at as appointment_start
  from waitlist_entry w left join appointment a on a.id = w.appointment_id`;

function entryView(row: EntryRow): WaitlistEntryView {
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

function citizenOf(row: EntryRow): { appointmentStart: Date | null; startsBefore: Date | null } {
  return { appointmentStart: row.appointment_start === null ? null : sqlInstant(row.appointment_start), startsBefore: row.starts_before === null ? null : sqlInstant(row.starts_before) };
}

/**
 * The waitlist: citizens wait for an earlier slot; freed capacity is offered to the first in line
 * under a hold (a reserved appointment whose claims keep everyone else out), then to the next.
 */
export class WaitlistService {
  constructor(
    private readonly publicBaseUrl: string,
    private readonly notifications: NotificationsService,
  ) {}

  private get linkSecret(): string {
    return this.notifications.settings.notifications.linkSecret;
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
          if (id === null) return new NotFound(`There is no service ${text}.`);
          serviceIds.push(id);
        }
        officeIds = input.officeIds.map(parseId);
        contact = { name: checked.name, email: checked.email, language: input.language ?? 'de' };
      }
      const offices = [...new Set(officeIds)].filter((id) => id !== null);
      if (offices.length < new Set(officeIds).size) return new NotFound('Some of the offices do not exist.');
      const offering = await em.execute<{ office_id: number }[]>(
        `select o.office_id from office_service o where o.office_id = any(?::int[]) and o.bookable_online and o.service_id = any(?::int[])
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
         values (?, ?::jsonb, ?::jsonb, ?, 'waiting', ?, ?, ?, ?)
         on conflict (appointment_id) where status = 'waiting' do nothing returning id`,
        [appointmentId, JSON.stringify(serviceIds), JSON.stringify(offices), input.startsBefore ?? null, contact.name, contact.email, contact.language, now],
      );
      if (!created) return new InvalidInput(['This appointment is on the waitlist already.']);
      const [row] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [created.id]);
      const token = this.notifications.sign(LinkPurpose.waitlist, row.id, waitlistLinkExpiry(citizenOf(row), now));
      const names = await em.execute<{ kind: string; name: string }[]>(
        `select 'office' as kind, name from office where id = any(?::int[])
         union all
         select 'service', coalesce(t.name, s.name) from service s left join service_translation t on t.service_id = s.id and t.language = ? where s.id = any(?::int[])`,
        [sqlArray(offices), contact.language, sqlArray(serviceIds)],
      );
      await this.notifications.enqueue(
        em,
        {
          content: {
            kind: 'waitlistJoined',
            officeNames: names.filter((name) => name.kind === 'office').map((name) => name.name),
            services: names.filter((name) => name.kind === 'service').map((name) => name.name),
            leaveUrl: portalLinks.waitlistEntry(this.publicBaseUrl, token),
          },
          language: languageOf(contact.language),
          email: contact.email,
          phone: null,
          appointmentId,
        },
        now,
      );
      return Object.assign(new WaitlistJoined(), { entry: entryView(row), token });
    });
  }

  /** Why the contact may book at none of the offices now, or null when one of them would take a booking. */
  private async blockedEverywhere(ctx: RequestContext, em: EntityManager, officeIds: number[], email: string, now: Date): Promise<ContactLimitProblem | null> {
    const offices = await em.execute<OfficeRow[]>('select * from office where id = any(?::int[]) order by id', [sqlArray(officeIds)]);
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
      await em.execute(`update waitlist_entry set status = 'left' where id = ? and status = 'waiting'`, [claims.subject]);
      const [row] = await em.execute<EntryRow[]>(`${entrySelect} where w.id = ?`, [claims.subject]);
      return row ? entryView(row) : new NotFound('The waitlist entry no longer exists.');
    });
  }

  /** A cancelled appointment waits for nothing. */
  async leaveForAppointment(em: EntityManager, appointmentId: number): Promise<void> {
    await em.execute(`update waitlist_entry set status = 'left' where appointment_id = ? and status = 'waiting'`, [appointmentId]);
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
      const [hold] = await em.execute<{ start_at: string; end_at: string; local_date: string; office_id: number }[]>('select * from appointment where id = ? for update', [holdId]);
      let appointmentId = holdId;
      let secret: string | null = null;
      if (entry.appointment_id !== null) {
        const [original] = await em.execute<{ id: number; status: string; start_at: string; office_id: number }[]>('select id, status, start_at, office_id from appointment where id = ? for update', [entry.appointment_id]);
        if (original.status !== AppointmentStatus.confirmed) return new InvalidInput([`The appointment is ${original.status}; it can no longer be moved.`]);
        // The old slots go back after the release delay (and are offered on); the held ones become the appointment's.
        const [oldOffice] = await em.execute<OfficeRow[]>('select * from office where id = ?', [original.office_id]);
        const releaseAt = new Date(now.getTime() + oldOffice.settings_release_delay_minutes * 60_000);
        await em.execute('update slot_claim set release_at = ? where appointment_id = ? and release_at is null', [releaseAt, original.id]);
        await scheduleJob(em, JobKind.freeCapacity, String(original.id), releaseAt);
        await em.execute('update slot_claim set appointment_id = ? where appointment_id = ?', [original.id, holdId]);
        await writeServices(em, original.id, (await loadServices(em, [holdId])).get(holdId) ?? []);
        await em.execute('update appointment set office_id = ?, start_at = ?, end_at = ?, local_date = ?, updated_at = ? where id = ?', [hold.office_id, hold.start_at, hold.end_at, hold.local_date, now, original.id]);
        await em.execute('delete from appointment where id = ?', [holdId]);
        appointmentId = original.id;
        await this.notifications.notifyAppointment(em, original.id, 'rescheduled', now, { previousStart: sqlInstant(original.start_at) });
        if (original.office_id !== hold.office_id) await bumpOfficeVersion(em, original.office_id);
      } else {
        const key = entry.contact_email === null ? null : contactDigest(entry.contact_email, this.linkSecret);
        if (entry.contact_email !== null && key !== null) {
          const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [hold.office_id]);
          const problem = await contactLimitProblem(em, office, entry.contact_email, key, now, ctx.guards.rateLimits);
          if (problem) {
            // The citizen cannot take it now: the next in line need not wait out the hold. The entry waits on, the limit may lift.
            await this.endHold(em, offer, 'lapsed', now);
            return problem;
          }
        }
        secret = newSecret();
        await em.execute(
          `update appointment set status = 'confirmed', secret_digest = ?, hold_expires_at = null, contact_name = ?, contact_email = ?, contact_language = ?, contact_digest = ?, updated_at = ? where id = ?`,
          [digest(secret), entry.contact_name, entry.contact_email, entry.contact_language, key, now, holdId],
        );
      }
      const [appointment] = await loadAppointmentViews(em, [appointmentId]);
      if (secret !== null) await this.notifications.notifyAppointment(em, appointmentId, 'confirmed', now, { secret });
      await this.notifications.planReminders(em, appointmentId, appointment.start, now);
      await em.execute(`update waitlist_offer set status = 'taken', hold_id = null where id = ?`, [offer.id]);
      await em.execute(`update waitlist_entry set status = 'booked' where id = ?`, [entry.id]);
      await bumpOfficeVersion(em, hold.office_id);
      await audit(em, ctx, 'takeWaitlistOffer', hold.office_id, { number: appointment.number });
      return Object.assign(new WaitlistOfferTaken(), {
        appointment,
        secret,
        manageUrl: secret === null ? null : portalLinks.manageAppointment(this.publicBaseUrl, String(appointment.number), secret),
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
      return this.offerView(em, await this.endHold(em, offer, 'declined', now));
    });
  }

  /** Ends an open offer's hold now; the freeing job offers the slot to the next in line at once. */
  private async endHold(em: EntityManager, offer: OfferRow, status: 'declined' | 'lapsed', now: Date): Promise<OfferRow> {
    await em.execute('update appointment set hold_expires_at = ? where id = ?', [now, offer.hold_id]);
    await scheduleJob(em, JobKind.freeCapacity, String(offer.hold_id), now);
    const [ended] = await em.execute<OfferRow[]>(`update waitlist_offer set status = ?, hold_expires_at = ? where id = ? returning *`, [status, now, offer.id]);
    return ended;
  }

  /**
   * Offers freed chains (office and start) to the first waiting citizen who wants them and for
   * whose services they have room. Answers the offices with freed capacity nobody was offered:
   * only those are announced to everyone.
   */
  async offerFreed(em: EntityManager, freed: { officeId: number; start: Date }[], now: Date): Promise<Set<number>> {
    const unclaimed = new Set<number>();
    await em.execute(`update waitlist_offer set status = 'lapsed', hold_id = null where status = 'open' and hold_expires_at <= ?`, [now]);
    for (const { officeId, start } of freed) {
      if (!(await this.offerOne(em, officeId, start, now))) unclaimed.add(officeId);
    }
    return unclaimed;
  }

  private async offerOne(em: EntityManager, officeId: number, start: Date, now: Date): Promise<boolean> {
    if (start <= now) return false;
    // First come, first offered; an entry with an open offer, or offered this very slot before, waits.
    const candidates = await em.execute<EntryRow[]>(
      `${entrySelect}
        where w.status = 'waiting' and w.office_ids @> ?::jsonb
          and not exists (select 1 from waitlist_offer o where o.entry_id = w.id and (o.status = 'open' or (o.office_id = ? and o.start_at = ?)))
        order by w.created_at, w.id
        for update of w skip locked`,
      [JSON.stringify([officeId]), officeId, start],
    );
    const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [officeId]);
    for (const entry of candidates) {
      if (!wantsSlot(citizenOf(entry), start, now)) continue;
      const durations = await em.execute<{ service_id: number; duration_slots: number }[]>(
        'select service_id, duration_slots from office_service where office_id = ? and bookable_online and service_id = any(?::int[])',
        [officeId, sqlArray(entry.service_ids)],
      );
      const byService = new Map(durations.map((row) => [row.service_id, row.duration_slots]));
      if (entry.service_ids.some((id) => !byService.has(id))) continue;
      const services = entry.service_ids.map((serviceId) => Object.assign(new BookedService(), { serviceId, durationSlots: byService.get(serviceId)! }));
      const chain = await lockChain(em, Contingent.public, officeId, start, services.reduce((sum, service) => sum + service.durationSlots, 0), now, new Set());
      if (!Array.isArray(chain)) continue;
      const holdUntil = offerHoldUntil(now, this.notifications.settings.notifications.waitlistHoldMinutes, start);
      const [hold] = await em.execute<{ id: number }[]>(
        `insert into appointment (number, office_id, status, channel, contingent, start_at, end_at, local_date, hold_expires_at, created_at, updated_at)
         values (nextval('appointment_number_seq'), ?, 'reserved', 'PORTAL', 'public', ?, ?, ?, ?, ?, ?) returning id`,
        [officeId, start, chain[chain.length - 1].end_at, localDateOf(start, office.time_zone), holdUntil, now, now],
      );
      await writeServices(em, hold.id, services);
      await claimSlots(em, { appointmentId: hold.id }, chain.map((slot) => slot.id));
      await scheduleJob(em, JobKind.freeCapacity, String(hold.id), holdUntil);
      const [offer] = await em.execute<{ id: number }[]>(
        `insert into waitlist_offer (entry_id, hold_id, office_id, start_at, hold_expires_at, status, created_at) values (?, ?, ?, ?, ?, 'open', ?) returning id`,
        [entry.id, hold.id, officeId, start, holdUntil, now],
      );
      // The link outlives the hold, so that a late click learns the offer lapsed rather than nothing.
      const token = this.notifications.sign(LinkPurpose.offer, offer.id, start);
      await this.notifications.notifyOffer(em, hold.id, { email: entry.contact_email, language: entry.contact_language }, portalLinks.waitlistOffer(this.publicBaseUrl, token), holdUntil, now);
      return true;
    }
    return false;
  }
}
