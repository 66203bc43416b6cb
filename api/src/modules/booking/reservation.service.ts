import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, Channel, Contingent, nextStatus } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { checkBookingDetails } from '../../domain/booking/custom-fields';
import { chainLength, personsProblems, selectedServices, serviceSlots, type ServiceSelection } from '../../domain/booking/service-quantities';
import { localDateOf } from '../../domain/calendar/local-date';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { LinkPurpose, verifyLinkToken } from '../../domain/notifications/link-token';
import type { DomainEvents } from '../../platform/events/domain-events';
import { ErrorResult, InvalidInput, NoShowLimitReached, NotFound, OutsideBookingWindow, ProofOfWorkRequired, ReservationExpired, SlotUnavailable, TooManyAppointments } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import type { ProofOfWorkChallenge } from '../../platform/limits/proof-of-work';
import { portalLinks } from '../../platform/portal-links';
import { authorize, bookingTermsAt, type RequestContext } from '../../platform/request-context';
import { digest, newSecret } from '../../platform/secrets';
import { sqlArray } from '../../platform/sql';
import { withStatementBatch } from '../../platform/statement-batch';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { Deleted } from '../catalog/catalog.types';
import type { OfficeRow } from '../catalog/office-row';
import { bumpOfficeVersion } from '../catalog/office-version';
import { announceAvailability } from '../slots/availability-events';
import { announceFreed, lockChain, nextReleaseOf, releaseDue } from '../slots/slot-ledger';
import { createHold, loadServices, lockReservation, selectAppointments, toView, type AppointmentRow } from './appointment-repository';
import { transitionAppointment } from './appointment-transition';
import type { ConfirmAppointmentInput, LinkTokenInput, ReleaseReservationInput, ReserveSlotInput } from './booking.inputs';
import { AppointmentView, BookedService, ConfirmedAppointment, Reservation } from './booking.types';
import { contactLimitProblem } from './contact-limits';
import { drawAllocated } from './draw-gates';
import { loadBookingForm, writeBookingDetails } from './custom-fields.service';
import { InvalidBookingFields } from './custom-fields.types';

/** What booking needs of the configuration. */
export interface BookingSettings {
  publicBaseUrl: string;
  /** Signs the links in mails, and keys the contact digests (docs/adr/0005). */
  linkSecret: string;
  optInMinutes: number;
}

interface ResolvedRequest {
  office: OfficeRow;
  terms: { channel: Channel; contingent: Contingent };
  services: BookedService[];
  length: number;
  /** The id for a new appointment when asked for (`drawAppointmentId`), drawn with the office's read. */
  newAppointmentId: number | null;
}

/**
 * Checks that the office offers every service to this caller, for as many persons as asked, and
 * on which terms the caller books there (channel, contingent); answers what the chain needs.
 */
export async function resolveRequest(em: EntityManager, ctx: RequestContext, officeIdText: string, selection: ServiceSelection, drawAppointmentId = false): Promise<ResolvedRequest | NotFound | InvalidInput> {
  const selected = selectedServices(selection);
  if ('problems' in selected) return new InvalidInput(selected.problems);
  // Problems name the field the caller used: serviceIds[i] for the older shape, services[i] for the new one.
  const listName = selection.serviceIds != null ? 'serviceIds' : 'services';
  const officeId = parseId(officeIdText);
  const serviceIds = selected.services.map((service) => parseId(service.serviceId));
  // The office and what it offers of the services, in one round trip.
  const [found] =
    officeId === null
      ? []
      : await em.execute<(OfficeRow & { offered_services: { service_id: number; duration_slots: number; bookable_online: boolean }[]; new_appointment_id?: string })[]>(
          `select o.*, coalesce((select json_agg(json_build_object('service_id', os.service_id, 'duration_slots', os.duration_slots, 'bookable_online', os.bookable_online))
                                   from office_service os where os.office_id = o.id and os.service_id = any(?::bigint[])), '[]') as offered_services${drawAppointmentId ? ", nextval('appointment_id_seq') as new_appointment_id" : ''}
             from office o where o.id = ?`,
          [sqlArray(serviceIds.filter((id) => id !== null)), officeId],
        );
  if (!found) return new NotFound('There is no such office.');
  const { offered_services: offered, new_appointment_id: newAppointmentId, ...office } = found;
  const terms = bookingTermsAt(ctx, office.id);
  if (serviceIds.length > office.settings_max_services_per_appointment) {
    return new InvalidInput([`This office books at most ${office.settings_max_services_per_appointment} services per appointment.`]);
  }
  const tooMany = personsProblems(selected.services, office.settings_max_persons_per_service);
  if (tooMany.length > 0) return new InvalidInput(tooMany);
  const byService = new Map(offered.map((row) => [row.service_id, row]));
  const services: BookedService[] = [];
  for (const [index, serviceId] of serviceIds.entries()) {
    const row = serviceId === null ? undefined : byService.get(serviceId);
    if (!row || (terms.contingent === Contingent.public && !row.bookable_online)) {
      return new NotFound(`The office does not offer ${listName}[${index}] for booking.`);
    }
    const quantity = selected.services[index].quantity;
    services.push(Object.assign(new BookedService(), { serviceId: row.service_id, quantity, durationSlots: serviceSlots(row.duration_slots, quantity) }));
  }
  return {
    office,
    terms,
    services,
    length: chainLength(services.map((service, index) => ({ slotsPerPerson: byService.get(service.serviceId)!.duration_slots, quantity: selected.services[index].quantity }))),
    newAppointmentId: newAppointmentId === undefined ? null : Number(newAppointmentId),
  };
}

/** Holds and their confirmation: reserving slots, confirming (with or without double opt-in), letting go. */
export class ReservationService {
  constructor(
    private readonly settings: BookingSettings,
    private readonly events: DomainEvents,
  ) {}

  async reserveSlot(ctx: RequestContext, input: ReserveSlotInput): Promise<Reservation | SlotUnavailable | OutsideBookingWindow | InstanceType<typeof ProofOfWorkRequired> | NotFound | InvalidInput> {
    // In a statement batch: the hold (its id drawn with the office's read), its services, claims and job and the audit entry ride with the next statement (docs/booking.md#round-trips-per-booking).
    return inTransaction(ctx.em, (em) =>
      withStatementBatch(em, async () => {
        const now = ctx.clock.now();
        authorize(ctx, Permission.bookAsCitizen);
        const request = await resolveRequest(em, ctx, input.officeId, input, true);
        if (!('office' in request)) return request;
        const localDate = localDateOf(input.start, request.office.time_zone);
        const allocated = await drawAllocated(em, request.office, request.services, localDate, now);
        if (allocated) return allocated;
        // Bots pay with work for each hold; keys and staff are known callers and never asked.
        const pow = ctx.guards.proofOfWork;
        if (ctx.principal.kind === 'anonymous' && pow.enabled && !(await pow.redeem(em, input.proofOfWork, now))) {
          return new ProofOfWorkRequired(input.proofOfWork ? 'The proof of work is not valid, expired or already used.' : 'Solve a proofOfWorkChallenge first.');
        }
        const chain = await lockChain(em, request.terms.contingent, request.office.id, input.start, request.length, now, new Set());
        if (!Array.isArray(chain)) return chain;
        const token = newSecret();
        const expiresAt = new Date(now.getTime() + request.office.settings_reservation_minutes * 60_000);
        const id = await createHold(em, { officeId: request.office.id, localDate, ...request.terms, chain, services: request.services, expiresAt, reservationTokenDigest: digest(token), id: request.newAppointmentId ?? undefined }, now);
        await audit(em, ctx, 'reserveSlot', request.office.id, { reservationId: id, start: input.start });
        await this.events.publish(em, { type: 'appointmentReserved', at: now, appointmentId: id, officeId: request.office.id, start: input.start, apiKeyId: ctx.principal.kind === 'apiKey' ? ctx.principal.keyId : null });
        // Last: the office's row stays locked from here to the commit, and bookings at one office queue behind it.
        await announceAvailability(em, request.office.id, 'taken', [localDate]);
        return Object.assign(new Reservation(), { id: String(id), token, expiresAt, start: input.start, end: chain[chain.length - 1].end_at, officeId: request.office.id, services: request.services });
      }),
    );
  }

  async confirmAppointment(
    ctx: RequestContext,
    input: ConfirmAppointmentInput,
  ): Promise<ConfirmedAppointment | ReservationExpired | InstanceType<typeof TooManyAppointments> | InstanceType<typeof NoShowLimitReached> | InvalidBookingFields | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    // In a statement batch: the audit entry and the jobs ride with the next statement (docs/booking.md#round-trips-per-booking).
    return inTransaction(ctx.em, (em) =>
      withStatementBatch(em, async () => {
        const now = ctx.clock.now();
        const reservation = await lockReservation(em, digest(input.reservationToken));
        if (!reservation) return new NotFound('There is no reservation with this token.');
        const { row, services, office } = reservation;
        if (row.status === AppointmentStatus.expired) return new ReservationExpired();
        if (row.status === AppointmentStatus.reserved && row.hold_expires_at !== null && row.hold_expires_at <= now) {
          await this.expireHold(em, row, now);
          return new ReservationExpired();
        }
        if (nextStatus(row.status, 'confirm') === null) return new InvalidInput([`The reservation is ${row.status}, it cannot be confirmed.`]);
        const contact = validateContact(row.channel, input.contact);
        if (contact.problems.length > 0) return new InvalidInput(contact.problems);
        const details = checkBookingDetails(await loadBookingForm(em, row.office_id), input, row.channel);
        if (!('values' in details)) return new InvalidBookingFields(details.problems);
        const contactKey = contact.email === null ? null : contactDigest(contact.email, this.settings.linkSecret);
        if (contact.email !== null && contactKey !== null) {
          const problem = await contactLimitProblem(em, office, contact.email, contactKey, now, ctx.guards.rateLimits);
          if (problem) return problem;
        }
        // Online bookings of double-opt-in offices wait for the link in the mail; the hold runs on meanwhile.
        const optIn = office.settings_double_opt_in && row.channel === Channel.PORTAL && contact.email !== null;
        const optInUntil = optIn ? new Date(now.getTime() + this.settings.optInMinutes * 60_000) : null;
        const secret = newSecret();
        const confirmed = await transitionAppointment(em, row, optIn ? 'optInRequested' : 'confirm', now, {
          secretDigest: digest(secret),
          clearReservationToken: true,
          holdExpiresAt: optInUntil,
          contact: { name: contact.name, email: contact.email, phone: contact.phone, language: input.language ?? 'de', digest: contactKey },
        });
        if (confirmed instanceof ErrorResult) return new InvalidInput([`The reservation is ${row.status}, it cannot be confirmed.`]);
        await writeBookingDetails(em, row.id, details);
        await audit(em, ctx, 'confirmAppointment', row.office_id, { number: confirmed.number });
        if (optInUntil !== null) {
          await scheduleJob(em, JobKind.freeCapacity, String(row.id), optInUntil);
          await this.events.publish(em, { type: 'optInRequested', at: now, appointmentId: row.id });
        } else {
          await this.events.publish(em, { type: 'appointmentConfirmed', at: now, appointmentId: row.id, officeId: row.office_id, start: confirmed.start_at, secret });
        }
        const manageUrl = portalLinks.manageAppointment(this.settings.publicBaseUrl, String(confirmed.number), secret);
        // Last: the office's row stays locked from here to the commit, and bookings at one office queue behind it.
        await bumpOfficeVersion(em, row.office_id);
        return Object.assign(new ConfirmedAppointment(), { appointment: toView(confirmed, services), secret, manageUrl });
      }),
    );
  }

  /** The one click of the confirmation link of a double-opt-in booking. */
  async confirmAppointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | NotFound | ReservationExpired | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const claims = verifyLinkToken(input.token, LinkPurpose.confirm, this.settings.linkSecret, now);
      const [row] = claims ? await selectAppointments(em, 'select * from appointment where id = ? for update', [claims.subject]) : [];
      if (!row) return new NotFound('The link is not valid or has expired.');
      const services = (await loadServices(em, [row.id])).get(row.id) ?? [];
      if (row.status === AppointmentStatus.confirmed) return toView(row, services);
      if (row.status === AppointmentStatus.expired || (row.hold_expires_at !== null && row.hold_expires_at <= now)) return new ReservationExpired('The time to confirm this booking has run out.');
      if (row.status !== AppointmentStatus.preconfirmed) return new InvalidInput([`The appointment is ${row.status}, it cannot be confirmed.`]);
      const confirmed = await transitionAppointment(em, row, 'confirm', now, { holdExpiresAt: null });
      if (confirmed instanceof ErrorResult) return new InvalidInput([confirmed.message]);
      await bumpOfficeVersion(em, row.office_id);
      await audit(em, ctx, 'confirmAppointmentByLink', row.office_id, { number: row.number });
      await this.events.publish(em, { type: 'appointmentConfirmed', at: now, appointmentId: row.id, officeId: row.office_id, start: confirmed.start_at, secret: null });
      return toView(confirmed, services);
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
      await this.expireHold(em, row, ctx.clock.now());
      await audit(em, ctx, 'releaseReservation', row.office_id, { reservationId: row.id });
      return Object.assign(new Deleted(), { id: String(row.id) });
    });
  }

  /**
   * Books a hold for a citizen who takes it (a waitlist offer taken without an appointment, a
   * draw's offer): answers the appointment and the secret that, with its number, manages it.
   */
  async confirmHold(
    em: EntityManager,
    holdId: number,
    contact: { name: string | null; email: string | null; phone?: string | null; language: string; digest: string | null },
    now: Date,
  ): Promise<{ row: AppointmentRow; secret: string } | InvalidInput> {
    const secret = newSecret();
    const confirmed = await transitionAppointment(em, holdId, 'confirm', now, { secretDigest: digest(secret), holdExpiresAt: null, contact: { ...contact, phone: contact.phone ?? null } });
    if (confirmed instanceof ErrorResult) return new InvalidInput([confirmed.message]);
    await this.events.publish(em, { type: 'appointmentConfirmed', at: now, appointmentId: holdId, officeId: confirmed.office_id, start: confirmed.start_at, secret });
    return { row: confirmed, secret };
  }

  async proofOfWorkChallenge(ctx: RequestContext): Promise<ProofOfWorkChallenge> {
    return ctx.guards.proofOfWork.challenge(ctx.clock.now());
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
    const holding = row.status === AppointmentStatus.reserved || row.status === AppointmentStatus.preconfirmed;
    const expiring = holding && row.hold_expires_at !== null && row.hold_expires_at <= now;
    const freed = await releaseDue(em, row.id, now, expiring);
    if (expiring) {
      await transitionAppointment(em, row, 'expire', now, { holdExpiresAt: null });
      if (row.status === AppointmentStatus.preconfirmed) await this.events.publish(em, { type: 'optInExpired', at: now, appointmentId: row.id });
    }
    // Freed chains go to a running draw's next entry, then the waitlist; only capacity nobody was offered is announced to everyone.
    const followUps = await this.events.publish(em, { type: 'capacityFreed', at: now, chains: freed.chains });
    const offered = followUps.flatMap((event) => (event.type === 'waitlistOfferMade' || event.type === 'drawOfferMade' ? [`${event.officeId}|${event.start.getTime()}`] : []));
    const unclaimed = new Set(freed.chains.filter((chain) => !offered.includes(`${chain.officeId}|${chain.start.getTime()}`)).map((chain) => chain.officeId));
    await announceFreed(
      em,
      freed.officeIds.filter((officeId) => unclaimed.has(officeId)),
    );
    const nextRelease = await nextReleaseOf(em, row.id);
    const holdEnds = holding && !expiring ? row.hold_expires_at : null;
    if (nextRelease === null || holdEnds === null) return nextRelease ?? holdEnds;
    return nextRelease < holdEnds ? nextRelease : holdEnds;
  }

  /** A hold ended before it was confirmed: its slots are free at once, and announced. */
  private async expireHold(em: EntityManager, row: AppointmentRow, now: Date): Promise<void> {
    const freed = await releaseDue(em, row.id, now, true);
    await transitionAppointment(em, row, 'expire', now, { holdExpiresAt: null });
    await announceFreed(em, freed.officeIds);
  }
}
