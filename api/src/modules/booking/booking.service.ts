import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus, Channel, Contingent, nextStatus } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { localDateOf } from '../../domain/calendar/local-date';
import { findChain, type SlotState } from '../../domain/calendar/slot-chain';
import { InvalidInput, NoShowLimitReached, NotFound, OutsideBookingWindow, ProofOfWorkRequired, ReservationExpired, SlotUnavailable, TooManyAppointments } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { Permission } from '../../domain/accounts/principal';
import type { ProofOfWorkChallenge } from '../../platform/limits/proof-of-work';
import { authorize, bookingTermsAt, type RequestContext } from '../../platform/request-context';
import { digest, matchesDigest, newSecret } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../accounts/audit';
import { announceAvailability } from '../slots/availability-events';
import { Deleted } from '../catalog/catalog.types';
import { bumpOfficeVersion } from '../catalog/office-version';
import { AppointmentView, BookedService, ConfirmedAppointment, Reservation } from './booking.types';
import { findByAccess, keepLanguage, loadAppointmentViews, loadServices, selectAppointments, toView, writeServices, type AppointmentRow } from './appointment-repository';
import { announceFreed, claimSlots, lockChain, releaseClaims } from '../slots/slot-ledger';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { contactLimitProblem } from './contact-limits';
import type { CancelAppointmentInput, ConfirmAppointmentInput, ReleaseReservationInput, RescheduleAppointmentInput, ReserveSlotInput } from './booking.inputs';
import type { AppointmentAccessInput } from './booking.inputs';
import { portalLinks } from '../../platform/portal-links';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { LinkPurpose, verifyLinkToken } from '../../domain/notifications/link-token';
import type { NotificationsService } from '../notifications/notifications.service';
import type { CancelOfficeAppointmentsInput, LinkTokenInput } from '../notifications/notifications.types';
import { CancelledAppointments } from '../notifications/notifications.types';
import type { WaitlistService } from '../waitlist/waitlist.service';

interface ResolvedRequest {
  office: OfficeRow;
  terms: { channel: Channel; contingent: Contingent };
  services: BookedService[];
  length: number;
}

/**
 * Checks that the office offers every service to this caller and on which terms the caller books
 * there (channel, contingent); answers what the chain needs.
 */
export async function resolveRequest(em: EntityManager, ctx: RequestContext, officeIdText: string, serviceIdTexts: string[]): Promise<ResolvedRequest | NotFound | InvalidInput> {
  const officeId = parseId(officeIdText);
  const serviceIds = serviceIdTexts.map(parseId);
  if (officeId === null) return new NotFound(`There is no office ${officeIdText}.`);
  const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [officeId]);
  if (!office) return new NotFound(`There is no office ${officeIdText}.`);
  const terms = bookingTermsAt(ctx, office.id);
  if (serviceIds.length > office.settings_max_services_per_appointment) {
    return new InvalidInput([`This office books at most ${office.settings_max_services_per_appointment} services per appointment.`]);
  }
  const offered = await em.execute<{ service_id: number; duration_slots: number; bookable_online: boolean }[]>(
    'select service_id, duration_slots, bookable_online from office_service where office_id = ? and service_id = any(?::int[])',
    [officeId, sqlArray(serviceIds.filter((id) => id !== null))],
  );
  const byService = new Map(offered.map((row) => [row.service_id, row]));
  const services: BookedService[] = [];
  for (const [index, serviceId] of serviceIds.entries()) {
    const row = serviceId === null ? undefined : byService.get(serviceId);
    if (!row || (terms.contingent === Contingent.public && !row.bookable_online)) {
      return new NotFound(`The office does not offer service ${serviceIdTexts[index]} for booking.`);
    }
    services.push(Object.assign(new BookedService(), { serviceId: row.service_id, durationSlots: row.duration_slots }));
  }
  return { office, terms, services, length: services.reduce((sum, service) => sum + service.durationSlots, 0) };
}

export class BookingService {
  constructor(
    private readonly publicBaseUrl: string,
    private readonly notifications: NotificationsService,
    private readonly waitlist: WaitlistService,
  ) {}

  async reserveSlot(ctx: RequestContext, input: ReserveSlotInput): Promise<Reservation | SlotUnavailable | OutsideBookingWindow | InstanceType<typeof ProofOfWorkRequired> | NotFound | InvalidInput> {
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      authorize(ctx, Permission.bookAsCitizen);
      const request = await resolveRequest(em, ctx, input.officeId, input.serviceIds);
      if (!('office' in request)) return request;
      // Bots pay with work for each hold; keys and staff are known callers and never asked.
      const pow = ctx.guards.proofOfWork;
      if (ctx.principal.kind === 'anonymous' && pow.enabled && !(await pow.redeem(em, input.proofOfWork, now))) {
        return new ProofOfWorkRequired(input.proofOfWork ? 'The proof of work is not valid, expired or already used.' : 'Solve a proofOfWorkChallenge first.');
      }
      const chain = await lockChain(em, request.terms.contingent, request.office.id, input.start, request.length, now, new Set());
      if (!Array.isArray(chain)) return chain;
      const token = newSecret();
      const expiresAt = new Date(now.getTime() + request.office.settings_reservation_minutes * 60_000);
      const end = chain[chain.length - 1].end_at;
      const [created] = await em.execute<{ id: number }[]>(
        `insert into appointment (number, office_id, status, channel, contingent, start_at, end_at, local_date, hold_expires_at, reservation_token_digest, created_at, updated_at)
         values (nextval('appointment_number_seq'), ?, 'reserved', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [request.office.id, request.terms.channel, request.terms.contingent, input.start, end, localDateOf(input.start, request.office.time_zone), expiresAt, digest(token), now, now],
      );
      await writeServices(em, created.id, request.services);
      await claimSlots(em, { appointmentId: created.id }, chain.map((slot) => slot.id));
      await scheduleJob(em, JobKind.freeCapacity, String(created.id), expiresAt);
      await audit(em, ctx, 'reserveSlot', request.office.id, { reservationId: created.id, start: input.start });
      // Last: the office's row stays locked from here to the commit, and bookings at one office queue behind it.
      await announceAvailability(em, request.office.id, 'taken', [localDateOf(input.start, request.office.time_zone)]);
      return Object.assign(new Reservation(), { id: String(created.id), token, expiresAt, start: input.start, end, officeId: request.office.id, services: request.services });
    });
  }

  async confirmAppointment(ctx: RequestContext, input: ConfirmAppointmentInput): Promise<ConfirmedAppointment | ReservationExpired | InstanceType<typeof TooManyAppointments> | InstanceType<typeof NoShowLimitReached> | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const [row] = await selectAppointments(em, 'select * from appointment where reservation_token_digest = ? for update', [digest(input.reservationToken)]);
      if (!row) return new NotFound('There is no reservation with this token.');
      if (row.status === AppointmentStatus.expired) return new ReservationExpired();
      if (row.status === AppointmentStatus.reserved && row.hold_expires_at !== null && row.hold_expires_at <= now) {
        await announceFreed(em, await expireHold(em, row.id));
        return new ReservationExpired();
      }
      if (nextStatus(row.status, 'confirm') === null) return new InvalidInput([`The reservation is ${row.status}, it cannot be confirmed.`]);
      const contact = validateContact(row.channel, input.contact);
      if (contact.problems.length > 0) return new InvalidInput(contact.problems);
      const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [row.office_id]);
      const contactKey = contact.email === null ? null : contactDigest(contact.email, this.notifications.settings.notifications.linkSecret);
      if (contact.email !== null && contactKey !== null) {
        const problem = await contactLimitProblem(em, office, contact.email, contactKey, now, ctx.guards.rateLimits);
        if (problem) return problem;
      }
      // Online bookings of double-opt-in offices wait for the link in the mail; the hold runs on meanwhile.
      const optIn = office.settings_double_opt_in && row.channel === Channel.PORTAL && contact.email !== null;
      const optInUntil = optIn ? new Date(now.getTime() + this.notifications.settings.notifications.optInMinutes * 60_000) : null;
      const secret = newSecret();
      const [confirmed] = await selectAppointments(em, 
        `update appointment set status = ?, secret_digest = ?, reservation_token_digest = null, hold_expires_at = ?,
                contact_name = ?, contact_email = ?, contact_phone = ?, contact_language = ?, contact_digest = ?, updated_at = ?
          where id = ? returning *`,
        [optIn ? AppointmentStatus.preconfirmed : AppointmentStatus.confirmed, digest(secret), optInUntil, contact.name, contact.email, contact.phone, input.language ?? 'de', contactKey, now, row.id],
      );
      await audit(em, ctx, 'confirmAppointment', row.office_id, { number: confirmed.number });
      if (optInUntil !== null) {
        await scheduleJob(em, JobKind.freeCapacity, String(row.id), optInUntil);
        await this.notifications.notifyAppointment(em, row.id, 'optInRequested', now);
      } else {
        await this.notifications.notifyAppointment(em, row.id, 'confirmed', now, { secret });
        await this.notifications.planReminders(em, row.id, confirmed.start_at, now);
      }
      const services = (await loadServices(em, [row.id])).get(row.id) ?? [];
      const appointment = toView(confirmed, services);
      const manageUrl = portalLinks.manageAppointment(this.publicBaseUrl, String(confirmed.number), secret);
      const ics = await this.notifications.calendarOf(em, row.id, now, secret);
      // Last: the office's row stays locked from here to the commit, and bookings at one office queue behind it.
      await bumpOfficeVersion(em, row.office_id);
      return Object.assign(new ConfirmedAppointment(), { appointment, secret, manageUrl, ics });
    });
  }

  /**
   * Gives a held reservation up at once, e.g. when the citizen picks another time: otherwise its
   * slots would stay blocked, for them too, until the hold runs out.
   */
  async releaseReservation(ctx: RequestContext, input: ReleaseReservationInput): Promise<Deleted | NotFound> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const [row] = await selectAppointments(em, 'select * from appointment where reservation_token_digest = ? for update', [digest(input.reservationToken)]);
      if (!row || row.status !== AppointmentStatus.reserved) return new NotFound('There is no held reservation with this token.');
      await announceFreed(em, await expireHold(em, row.id));
      await audit(em, ctx, 'releaseReservation', row.office_id, { reservationId: row.id });
      return Object.assign(new Deleted(), { id: String(row.id) });
    });
  }

  async proofOfWorkChallenge(ctx: RequestContext): Promise<ProofOfWorkChallenge> {
    return ctx.guards.proofOfWork.challenge(ctx.clock.now());
  }

  async appointment(ctx: RequestContext, access: AppointmentAccessInput): Promise<AppointmentView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const row = await findByAccess(ctx.em, ctx, access, false);
    if (!row) return null;
    return toView(row, (await loadServices(ctx.em, [row.id])).get(row.id) ?? []);
  }

  async cancelAppointment(ctx: RequestContext, input: CancelAppointmentInput): Promise<AppointmentView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const row = await findByAccess(em, ctx, input, true);
      if (!row) return new NotFound('No appointment matches this number and secret.');
      await keepLanguage(em, row.id, input.language);
      return this.cancelLocked(em, ctx, row, now, 'cancelAppointment');
    });
  }

  /** The one click of a cancel link from a mail or reminder. */
  async cancelAppointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const row = await this.rowByLink(em, input.token, LinkPurpose.cancel, now);
      if (!row) return new NotFound('The link is not valid or has expired.');
      if (row.status === AppointmentStatus.cancelled) return toView(row, (await loadServices(em, [row.id])).get(row.id) ?? []);
      return this.cancelLocked(em, ctx, row, now, 'cancelAppointmentByLink');
    });
  }

  /** The one click of the confirmation link of a double-opt-in booking. */
  async confirmAppointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | NotFound | ReservationExpired | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const row = await this.rowByLink(em, input.token, LinkPurpose.confirm, now);
      if (!row) return new NotFound('The link is not valid or has expired.');
      const services = (await loadServices(em, [row.id])).get(row.id) ?? [];
      if (row.status === AppointmentStatus.confirmed) return toView(row, services);
      if (row.status === AppointmentStatus.expired || (row.hold_expires_at !== null && row.hold_expires_at <= now)) return new ReservationExpired('The time to confirm this booking has run out.');
      if (row.status !== AppointmentStatus.preconfirmed) return new InvalidInput([`The appointment is ${row.status}, it cannot be confirmed.`]);
      const [confirmed] = await selectAppointments(em, `update appointment set status = 'confirmed', hold_expires_at = null, updated_at = ? where id = ? returning *`, [now, row.id]);
      await bumpOfficeVersion(em, row.office_id);
      await audit(em, ctx, 'confirmAppointmentByLink', row.office_id, { number: row.number });
      await this.notifications.notifyAppointment(em, row.id, 'confirmed', now);
      await this.notifications.planReminders(em, row.id, confirmed.start_at, now);
      return toView(confirmed, services);
    });
  }

  /** An office cancels appointments (e.g. after a closure); each citizen gets a notice with the reason. */
  async cancelOfficeAppointments(ctx: RequestContext, input: CancelOfficeAppointmentsInput): Promise<CancelledAppointments | NotFound | InvalidInput> {
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound(`There is no office ${input.officeId}.`);
    authorize(ctx, Permission.manageOffice, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const ids = input.appointmentIds.map(parseId);
      const rows = await selectAppointments(em, 'select * from appointment where id = any(?::int[]) and office_id = ? order by id for update', [sqlArray(ids.filter((id) => id !== null)), officeId]);
      if (rows.length !== new Set(ids).size || ids.includes(null)) return new NotFound('Some of the appointments do not exist at this office.');
      const refused = rows.filter((row) => nextStatus(row.status, 'cancel') === null);
      if (refused.length > 0) return new InvalidInput(refused.map((row) => `Appointment ${row.number} is ${row.status}, it cannot be cancelled.`));
      const cancelled: AppointmentView[] = [];
      for (const row of rows) {
        const view = await this.cancelLocked(em, ctx, row, now, 'cancelOfficeAppointments', input.reason);
        if (view instanceof AppointmentView) cancelled.push(view);
      }
      return Object.assign(new CancelledAppointments(), { appointments: cancelled });
    });
  }

  /** Cancels a locked appointment: slots return after the release delay, the citizen is told. */
  private async cancelLocked(em: EntityManager, ctx: RequestContext, row: AppointmentRow, now: Date, action: string, officeReason?: string): Promise<AppointmentView | InvalidInput> {
    if (nextStatus(row.status, 'cancel') === null) return new InvalidInput([`The appointment is ${row.status}, it cannot be cancelled.`]);
    const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [row.office_id]);
    const releaseAt = new Date(now.getTime() + office.settings_release_delay_minutes * 60_000);
    await em.execute('update slot_claim set release_at = ? where appointment_id = ? and release_at is null', [releaseAt, row.id]);
    await scheduleJob(em, JobKind.freeCapacity, String(row.id), releaseAt);
    const [cancelled] = await selectAppointments(em, `update appointment set status = 'cancelled', hold_expires_at = null, updated_at = ? where id = ? returning *`, [now, row.id]);
    await this.waitlist.leaveForAppointment(em, row.id);
    await bumpOfficeVersion(em, row.office_id);
    await audit(em, ctx, action, row.office_id, { number: row.number });
    if (officeReason === undefined) await this.notifications.notifyAppointment(em, row.id, 'cancelled', now);
    else await this.notifications.notifyAppointment(em, row.id, 'cancelledByOffice', now, { reason: officeReason });
    return toView(cancelled, (await loadServices(em, [row.id])).get(row.id) ?? []);
  }

  /** The appointment a signed link names, locked; null when the token is not good for `purpose`. */
  private async rowByLink(em: EntityManager, token: string, purpose: LinkPurpose, now: Date): Promise<AppointmentRow | null> {
    const claims = verifyLinkToken(token, purpose, this.notifications.settings.notifications.linkSecret, now);
    if (!claims) return null;
    const [row] = await selectAppointments(em, 'select * from appointment where id = ? for update', [claims.subject]);
    return row ?? null;
  }

  /** The appointment a cancel or confirm link names, for the page that shows it before the click. */
  async appointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const now = ctx.clock.now();
    const secret = this.notifications.settings.notifications.linkSecret;
    const claims = verifyLinkToken(input.token, LinkPurpose.cancel, secret, now) ?? verifyLinkToken(input.token, LinkPurpose.confirm, secret, now);
    if (!claims) return null;
    const [view] = await loadAppointmentViews(ctx.em, [claims.subject]);
    return view ?? null;
  }

  async rescheduleAppointment(ctx: RequestContext, input: RescheduleAppointmentInput): Promise<AppointmentView | SlotUnavailable | OutsideBookingWindow | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const row = await findByAccess(em, ctx, input, true);
      if (!row) return new NotFound('No appointment matches this number and secret.');
      const status = nextStatus(row.status, 'reschedule');
      if (status === null) return new InvalidInput([`The appointment is ${row.status}, it cannot be moved.`]);
      await keepLanguage(em, row.id, input.language);
      const currentServices = (await loadServices(em, [row.id])).get(row.id) ?? [];
      const request = await resolveRequest(em, ctx, input.officeId ?? String(row.office_id), input.serviceIds ?? currentServices.map((service) => String(service.serviceId)));
      if (!('office' in request)) return request;
      // Claims still waiting for their release (an earlier move) are the appointment's own too.
      const held = await em.execute<{ id: string; slot_id: string; release_at: string | null }[]>('select id, slot_id, release_at from slot_claim where appointment_id = ?', [row.id]);
      const heldSlotIds = new Set(held.map((claim) => claim.slot_id));
      // The new chain is locked and checked before anything of the old one is let go (SPEC rule 2).
      const chain = await lockChain(em, request.terms.contingent, request.office.id, input.start, request.length, now, heldSlotIds);
      if (!Array.isArray(chain)) return chain;
      const keptSlotIds = new Set(chain.map((slot) => slot.id));
      await claimSlots(em, { appointmentId: row.id }, chain.map((slot) => slot.id).filter((id) => !heldSlotIds.has(id)));
      const kept = held.filter((claim) => keptSlotIds.has(claim.slot_id) && claim.release_at !== null).map((claim) => claim.id);
      if (kept.length > 0) await em.execute('update slot_claim set release_at = null where id = any(?::bigint[])', [sqlArray(kept)]);
      const dropped = held.filter((claim) => !keptSlotIds.has(claim.slot_id) && claim.release_at === null).map((claim) => claim.id);
      if (dropped.length > 0) {
        const [oldOffice] = await em.execute<OfficeRow[]>('select * from office where id = ?', [row.office_id]);
        const releaseAt = new Date(now.getTime() + oldOffice.settings_release_delay_minutes * 60_000);
        await em.execute('update slot_claim set release_at = ? where id = any(?::bigint[])', [releaseAt, sqlArray(dropped)]);
        await scheduleJob(em, JobKind.freeCapacity, String(row.id), releaseAt);
      }
      await writeServices(em, row.id, request.services);
      const end = chain[chain.length - 1].end_at;
      const [moved] = await selectAppointments(em, 
        `update appointment set office_id = ?, start_at = ?, end_at = ?, local_date = ?, status = ?, updated_at = ? where id = ? returning *`,
        [request.office.id, input.start, end, localDateOf(input.start, request.office.time_zone), status, now, row.id],
      );
      // Offices in id order, as every writer locks them; the new chain is taken now, the old one freed later.
      for (const officeId of [...new Set([row.office_id, request.office.id])].sort((a, b) => a - b)) {
        if (officeId === request.office.id) await announceAvailability(em, officeId, 'taken', [localDateOf(input.start, request.office.time_zone)]);
        else await bumpOfficeVersion(em, officeId);
      }
      await audit(em, ctx, 'rescheduleAppointment', request.office.id, { number: row.number, from: row.start_at, to: input.start, fromOfficeId: row.office_id });
      if (moved.status === AppointmentStatus.confirmed) {
        // The citizen moving it holds the secret: the mail and its calendar file open the appointment directly.
        await this.notifications.notifyAppointment(em, row.id, 'rescheduled', now, { previousStart: row.start_at, secret: input.secret });
        await this.notifications.planReminders(em, row.id, moved.start_at, now);
      }
      return toView(moved, request.services);
    });
  }

  /** Job: expires the hold when it ran out and releases claims whose release delay has passed. */
  async freeCapacity(em: EntityManager, appointmentKey: string, now: Date): Promise<Date | null> {
    const appointmentId = Number(appointmentKey);
    // SKIP LOCKED: a cancel or move holding the row may wait for this job's row; try again shortly.
    const [row] = await selectAppointments(em, 'select * from appointment where id = ? for update skip locked', [appointmentId]);
    if (!row) {
      const [exists] = await em.execute('select 1 from appointment where id = ?', [appointmentId]);
      return exists ? new Date(now.getTime() + 1000) : null;
    }
    const expiring = (row.status === AppointmentStatus.reserved || row.status === AppointmentStatus.preconfirmed) && row.hold_expires_at !== null && row.hold_expires_at <= now;
    const due = await em.execute<{ id: string }[]>('select id from slot_claim where appointment_id = ? and (release_at <= ? or ?)', [row.id, now, expiring]);
    // Where the freed chains started: offered to the waitlist first, announced only where nobody took them.
    const starts = await em.execute<{ office_id: number; start_at: string }[]>(
      'select distinct s.office_id, s.start_at from slot s join slot_claim c on c.slot_id = s.id where c.id = any(?::bigint[]) order by s.start_at',
      [sqlArray(due.map((claim) => claim.id))],
    );
    const freed: number[] = [];
    if (expiring) {
      freed.push(...(await expireHold(em, row.id)));
      if (row.status === AppointmentStatus.preconfirmed) await this.notifications.notifyAppointment(em, row.id, 'optInExpired', now);
    } else freed.push(...(await releaseClaims(em, due.map((claim) => claim.id))));
    const unclaimed = await this.waitlist.offerFreed(em, starts.map((start) => ({ officeId: start.office_id, start: sqlInstant(start.start_at) })), now);
    await announceFreed(em, freed.filter((officeId) => unclaimed.has(officeId)));
    const [pending] = await em.execute<{ next: string | null }[]>(
      `select least(
         (select min(release_at) from slot_claim where appointment_id = ? and release_at is not null),
         (select hold_expires_at from appointment where id = ? and status in ('reserved', 'preconfirmed'))) as next`,
      [row.id, row.id],
    );
    return pending.next === null ? null : sqlInstant(pending.next);
  }

}

async function expireHold(em: EntityManager, appointmentId: number): Promise<number[]> {
  const claims = await em.execute<{ id: string }[]>('select id from slot_claim where appointment_id = ?', [appointmentId]);
  const freed = await releaseClaims(em, claims.map((claim) => claim.id));
  await em.execute(`update appointment set status = 'expired', hold_expires_at = null where id = ?`, [appointmentId]);
  return freed;
}
