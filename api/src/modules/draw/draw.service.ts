import { randomInt } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyLevel, Permission, can } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { phoneKey } from '../../domain/booking/phone-number';
import { localDateOf } from '../../domain/calendar/local-date';
import { DrawOfferStatus, DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { newDrawSeed, newEntryDigest, seedCommitment } from '../../domain/draw/draw-order';
import { registrationProblems } from '../../domain/draw/registration-rules';
import { contactDigest } from '../../domain/notifications/contact-digest';
import { LinkPurpose, signLinkToken, verifyLinkToken } from '../../domain/notifications/link-token';
import type { DomainEvents } from '../../platform/events/domain-events';
import { DuplicateRegistration, InvalidInput, NotFound, ProofOfWorkRequired, ReservationExpired } from '../../platform/graphql/errors';
import { parseId, type IdCodec } from '../../platform/graphql/ids';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { portalLinks } from '../../platform/portal-links';
import { authorize, refuse, type RequestContext } from '../../platform/request-context';
import { digest, matchesDigest, type SecretBox } from '../../platform/secrets';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { loadAppointmentViews } from '../booking/appointment-repository';
import { contactLimitProblem, type ContactLimitProblem } from '../booking/contact-limits';
import type { ReservationService } from '../booking/reservation.service';
import { loadOffice, loadOffices } from '../catalog/office-row';
import { bumpOfficeVersion } from '../catalog/office-version';
import { listedOrganisation } from '../catalog/tenancy';
import { endDrawOffer } from './draw-offers';
import { moveInto } from './draw-runner';
import { drawSelect, drawView, loadDraw, loadRegistration, offerView, phoneDigest, registrationLinkDays, registrationSelect, registrationView, type DrawOfferRow, type DrawRow, type DrawSettings, type RegistrationRow } from './draw-rows';
import { transitionDraw, transitionDrawOffer, transitionRegistration } from './draw-transition';
import { Draw, DrawEntry, DrawOfferAccepted, DrawOfferView, DrawRegistered, DrawRegistrationStaffView, DrawRegistrationView, type RegisterForDrawInput, type ScheduleDrawInput } from './draw.types';

/** Wrong SMS codes a registration takes before only the mail link verifies it: a million codes are not guessed in five. */
const maxSmsAttempts = 5;
/** Draws a service's list shows after they were released. */
const releasedDrawsShown = 3;

/** How a registration came in: the channel recorded on it. */
function channelOf(ctx: RequestContext): string {
  if (ctx.principal.kind === 'staff') return 'staff';
  if (ctx.principal.kind === 'apiKey') return ctx.principal.level === ApiKeyLevel.callcenter ? 'hotline' : 'apiKey';
  return 'portal';
}

/**
 * Draws of scarce appointments (issue 21, docs/draw.md): staff schedule them with a commitment to
 * a secret seed, citizens register and verify, the draw job orders and offers (draw-runner.ts),
 * citizens accept or decline their offer.
 */
export class DrawService {
  constructor(
    private readonly settings: DrawSettings,
    private readonly events: DomainEvents,
    private readonly reservations: ReservationService,
    private readonly seeds: SecretBox,
    private readonly ids: IdCodec,
  ) {}

  private readonly resultUrlOf = (drawId: number): string => `${this.settings.publicBaseUrl.replace(/\/$/, '')}/draws/${this.ids.toPublic(drawId)}/result.json`;

  private statusToken(registrationId: number, now: Date): string {
    return signLinkToken({ purpose: LinkPurpose.drawStatus, subject: registrationId, expiresAt: new Date(now.getTime() + registrationLinkDays * 86_400_000) }, this.settings.linkSecret);
  }

  // --- public reads ---

  async draws(ctx: RequestContext, serviceIdText: string | null | undefined, officeIdText: string | null | undefined): Promise<Draw[]> {
    authorize(ctx, Permission.bookAsCitizen);
    const organisationId = await listedOrganisation(ctx);
    const serviceId = serviceIdText ? parseId(serviceIdText) : null;
    const officeId = officeIdText ? parseId(officeIdText) : null;
    if ((serviceIdText && serviceId === null) || (officeIdText && officeId === null)) return [];
    const rows = await ctx.em.execute<DrawRow[]>(
      `${drawSelect}
        where (?::bigint is null or d.organisation_id = ?) and (?::bigint is null or d.service_id = ?) and (?::jsonb is null or d.office_ids @> ?::jsonb) and d.status <> ?
          and (d.status <> ? or d.id in (select x.id from draw x where x.service_id = d.service_id and x.organisation_id = d.organisation_id and x.status = ? order by x.draw_at desc limit ${releasedDrawsShown}))
        order by d.draw_at, d.id`,
      [organisationId, organisationId, serviceId, serviceId, officeId === null ? null : JSON.stringify([officeId]), officeId === null ? null : JSON.stringify([officeId]), DrawStatus.cancelled, DrawStatus.released, DrawStatus.released],
    );
    const now = ctx.clock.now();
    return Promise.all(rows.map((row) => drawView(ctx.em, row, now, this.resultUrlOf)));
  }

  /** The published list: empty before the draw. */
  async entries(ctx: RequestContext, drawIdText: string): Promise<DrawEntry[]> {
    authorize(ctx, Permission.bookAsCitizen);
    const id = parseId(drawIdText);
    const draw = id === null ? null : await loadDraw(ctx.em, id);
    return (draw?.entries ?? []).map((entry) => Object.assign(new DrawEntry(), entry));
  }

  async drawById(ctx: RequestContext, id: number): Promise<Draw | null> {
    const row = await loadDraw(ctx.em, id);
    return row ? drawView(ctx.em, row, ctx.clock.now(), this.resultUrlOf) : null;
  }

  // --- citizens ---

  async register(ctx: RequestContext, input: RegisterForDrawInput): Promise<DrawRegistered | InstanceType<typeof ProofOfWorkRequired> | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const drawId = parseId(input.drawId);
      const draw = drawId === null ? null : await loadDraw(em, drawId);
      if (!draw || draw.status === DrawStatus.cancelled) return new NotFound('There is no such draw.');
      const officeIds = input.officeIds.map(parseId);
      if (officeIds.some((id) => id === null)) return new NotFound('Some of the offices do not exist.');
      const chosen = officeIds as number[];
      // Staff register on the citizen's behalf where they may manage its appointments, as on-behalf booking is authorised.
      if (ctx.principal.kind === 'staff') for (const officeId of chosen) authorize(ctx, Permission.manageAppointments, officeId);
      // Bots pay with work for each registration; keys and staff are known callers and never asked.
      const pow = ctx.guards.proofOfWork;
      if (ctx.principal.kind === 'anonymous' && pow.enabled && !(await pow.redeem(em, input.proofOfWork, now))) {
        return new ProofOfWorkRequired(input.proofOfWork ? 'The proof of work is not valid, expired or already used.' : 'Solve a proofOfWorkChallenge first.');
      }
      const offices = await loadOffices(
        em,
        chosen.filter((id) => draw.office_ids.includes(id)),
      );
      const maxPersons = offices.length === 0 ? 1 : Math.min(...offices.map((office) => office.settings_max_persons_per_service));
      const timeWindows = (input.timeWindows ?? []).map((window) => ({ from: window.from, to: window.to }));
      const problems = registrationProblems(
        { officeIds: chosen, dateFrom: input.dateFrom, dateTo: input.dateTo, timeWindows, persons: input.persons },
        { officeIds: draw.office_ids, slotsFrom: draw.slots_from, slotsTo: draw.slots_to, registrationOpensAt: sqlInstant(draw.registration_opens_at), registrationClosesAt: sqlInstant(draw.registration_closes_at) },
        maxPersons,
        now,
      );
      const contact = validateContact(Channel.PORTAL, input.contact);
      problems.push(...contact.problems);
      const phone = contact.phone === null ? null : phoneKey(contact.phone);
      if (contact.phone !== null && phone === null && contact.problems.length === 0) problems.push('The phone number is not valid.');
      if (problems.length > 0) return new InvalidInput(problems);
      const smsCode = phone === null ? null : String(randomInt(0, 1_000_000)).padStart(6, '0');
      const [created] = await em.execute<{ id: number }[]>(
        `insert into draw_registration (draw_id, service_id, entry_digest, office_ids, date_from, date_to, time_windows, persons, contact_name, contact_email, contact_phone, contact_language,
           email_digest, phone_digest, sms_code_digest, channel, roll_over, status, created_at)
         values (?, ?, ?, ?::jsonb, ?::date, ?::date, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [
          draw.id,
          draw.service_id,
          newEntryDigest(),
          JSON.stringify(chosen),
          input.dateFrom,
          input.dateTo,
          JSON.stringify(timeWindows),
          input.persons,
          contact.name,
          contact.email,
          contact.phone,
          input.language ?? 'de',
          contactDigest(contact.email!, this.settings.linkSecret),
          phone === null ? null : phoneDigest(phone, this.settings.linkSecret),
          smsCode === null ? null : digest(smsCode),
          channelOf(ctx),
          input.rollOver,
          DrawRegistrationStatus.unverified,
          now,
        ],
      );
      // The first registration after the window opened moves the draw on; later ones find it open.
      await em.execute('update draw set status = ? where id = ? and status = ? and registration_opens_at <= ?', [DrawStatus.open, draw.id, DrawStatus.scheduled, now]);
      const row = (await loadRegistration(em, created.id))!;
      const statusToken = this.statusToken(row.id, now);
      const verifyToken = signLinkToken({ purpose: LinkPurpose.drawVerify, subject: row.id, expiresAt: sqlInstant(draw.registration_closes_at) }, this.settings.linkSecret);
      await this.events.publish(em, {
        type: 'drawRegistrationCreated',
        at: now,
        registrationId: row.id,
        drawId: draw.id,
        officeIds: chosen,
        serviceId: draw.service_id,
        verifyToken,
        statusToken,
        smsCode,
        contact: { name: contact.name!, email: contact.email!, phone: contact.phone, language: row.contact_language },
      });
      await audit(em, ctx, 'registerForDraw', chosen[0], { drawId: draw.id, registrationId: row.id });
      return Object.assign(new DrawRegistered(), { registration: await registrationView(em, row), statusToken });
    });
  }

  /**
   * Verifies the contact: the mail's token alone, or the status token with the SMS code. The
   * later of two open registrations of one person and service is refused here, by the partial
   * unique indexes on the digests: the database decides, also between two verifications at once.
   */
  async verify(ctx: RequestContext, token: string, code: string | null | undefined): Promise<DrawRegistrationView | InstanceType<typeof DuplicateRegistration> | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const claims = code ? verifyLinkToken(token, LinkPurpose.drawStatus, this.settings.linkSecret, now) : verifyLinkToken(token, LinkPurpose.drawVerify, this.settings.linkSecret, now);
      const row = claims ? await loadRegistration(em, claims.subject, true) : null;
      if (!row) return new NotFound('The link is not valid or has expired.');
      if (row.status === DrawRegistrationStatus.refusedDuplicate) return new DuplicateRegistration('This person has an open registration for this service already: this later one was refused.');
      if (row.status !== DrawRegistrationStatus.unverified) return registrationView(em, row);
      const draw = (await loadDraw(em, row.draw_id))!;
      if (now >= sqlInstant(draw.registration_closes_at)) return new InvalidInput(['Registration for this draw has closed: the entry was not verified in time.']);
      if (code) {
        if (row.sms_code_digest === null) return new InvalidInput(['This registration has no SMS code: use the link in the mail.']);
        if (row.sms_attempts >= maxSmsAttempts) return new InvalidInput(['Too many wrong codes: use the link in the mail.']);
        if (!matchesDigest(code.trim(), row.sms_code_digest)) {
          await em.execute('update draw_registration set sms_attempts = sms_attempts + 1 where id = ?', [row.id]);
          return new InvalidInput(['The code is not right.']);
        }
      }
      try {
        // A savepoint: a refused update leaves the transaction usable for recording the refusal.
        await em.transactional((inner) => inner.execute('update draw_registration set status = ?, verified_at = ? where id = ? and status = ?', [DrawRegistrationStatus.registered, now, row.id, DrawRegistrationStatus.unverified]));
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        await transitionRegistration(em, row.id, 'refuseDuplicate');
        return new DuplicateRegistration('This person has an open registration for this service already: this later one is refused.');
      }
      return registrationView(em, (await loadRegistration(em, row.id))!);
    });
  }

  async registrationByToken(ctx: RequestContext, token: string): Promise<DrawRegistrationView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const claims = verifyLinkToken(token, LinkPurpose.drawStatus, this.settings.linkSecret, ctx.clock.now());
    const row = claims ? await loadRegistration(ctx.em, claims.subject) : null;
    return row ? registrationView(ctx.em, row) : null;
  }

  /** Withdraws: an open offer is declined with it, and its slot goes to the next in order. */
  async withdraw(ctx: RequestContext, token: string): Promise<DrawRegistrationView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const claims = verifyLinkToken(token, LinkPurpose.drawStatus, this.settings.linkSecret, now);
      const row = claims ? await loadRegistration(em, claims.subject, true) : null;
      if (!row) return new NotFound('The link is not valid or has expired.');
      if (row.status === DrawRegistrationStatus.offered) {
        const [offer] = await em.execute<DrawOfferRow[]>('select * from draw_offer where registration_id = ? and status = ? for update', [row.id, DrawOfferStatus.open]);
        if (offer) await endDrawOffer(em, offer, now);
      }
      if (row.status !== DrawRegistrationStatus.offered && (await transitionRegistration(em, row.id, 'withdraw')) === null) return new InvalidInput([`The registration is ${row.status}; it can no longer be withdrawn.`]);
      return registrationView(em, (await loadRegistration(em, row.id))!);
    });
  }

  private async offerByToken(em: EntityManager, token: string, now: Date, lock: boolean): Promise<DrawOfferRow | null> {
    const claims = verifyLinkToken(token, LinkPurpose.drawOffer, this.settings.linkSecret, now);
    if (!claims) return null;
    const [offer] = await em.execute<DrawOfferRow[]>(`select * from draw_offer where id = ?${lock ? ' for update' : ''}`, [claims.subject]);
    return offer ?? null;
  }

  async offerByLink(ctx: RequestContext, token: string): Promise<DrawOfferView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const offer = await this.offerByToken(ctx.em, token, ctx.clock.now(), false);
    return offer ? offerView(offer, (await loadRegistration(ctx.em, offer.registration_id))!) : null;
  }

  /** Accepts in one step: the hold becomes the appointment, in the registration's name. */
  async accept(ctx: RequestContext, token: string): Promise<DrawOfferAccepted | ReservationExpired | ContactLimitProblem | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const offer = await this.offerByToken(em, token, now, true);
      if (!offer) return new NotFound('The link is not valid or has expired.');
      if (offer.status !== DrawOfferStatus.open || offer.hold_id === null || sqlInstant(offer.hold_expires_at) <= now) return new ReservationExpired('The offer has lapsed: the slot went to the next in draw order.');
      const registration = (await loadRegistration(em, offer.registration_id, true))!;
      const email = registration.contact_email!;
      const key = contactDigest(email, this.settings.linkSecret);
      const problem = await contactLimitProblem(em, (await loadOffice(em, offer.office_id))!, email, key, now, ctx.guards.rateLimits);
      if (problem) {
        // The citizen cannot take it: the next in order need not wait out the hold.
        await endDrawOffer(em, offer, now);
        return problem;
      }
      const booked = await this.reservations.confirmHold(em, offer.hold_id, { name: registration.contact_name, email, phone: registration.contact_phone, language: registration.contact_language, digest: key }, now);
      if (booked instanceof InvalidInput) return booked;
      await transitionDrawOffer(em, offer.id, 'take', now);
      await transitionRegistration(em, registration.id, 'book');
      const [appointment] = await loadAppointmentViews(em, [booked.row.id]);
      await audit(em, ctx, 'acceptDrawOffer', offer.office_id, { number: appointment.number });
      // Last: the office row (docs/adr/0002-lock-order.md).
      await bumpOfficeVersion(em, offer.office_id);
      return Object.assign(new DrawOfferAccepted(), {
        appointment,
        secret: booked.secret,
        manageUrl: portalLinks.manageAppointment(this.settings.publicBaseUrl, String(appointment.number), booked.secret),
      });
    });
  }

  /** Declines: the hold ends now and the freeing job offers the slot to the next in draw order; the entry is out. */
  async decline(ctx: RequestContext, token: string): Promise<DrawOfferView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const offer = await this.offerByToken(em, token, now, true);
      if (!offer) return new NotFound('The link is not valid or has expired.');
      if (offer.status !== DrawOfferStatus.open || offer.hold_id === null) return new InvalidInput([`The offer is ${offer.status}.`]);
      const declined = await endDrawOffer(em, offer, now);
      if (!declined) return new InvalidInput([`The offer is ${offer.status}.`]);
      return offerView(declined, (await loadRegistration(em, offer.registration_id))!);
    });
  }

  // --- staff ---

  async schedule(ctx: RequestContext, input: ScheduleDrawInput): Promise<Draw | NotFound | InvalidInput> {
    const serviceId = parseId(input.serviceId);
    const officeIds = [...new Set(input.officeIds.map(parseId))];
    if (serviceId === null || officeIds.some((id) => id === null)) return new NotFound('There is no such service or office.');
    const offices = officeIds as number[];
    for (const officeId of offices) authorize(ctx, Permission.manageOffice, officeId);
    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const loaded = await loadOffices(em, offices);
      if (loaded.length !== offices.length) return new NotFound('Some of the offices do not exist.');
      const inDrawMode = await em.execute<{ office_id: number }[]>(
        `select r.office_id from service_release r join office_service s on s.office_id = r.office_id and s.service_id = r.service_id
          where r.service_id = ? and r.office_id = any(?::bigint[]) and r.mode = 'draw'`,
        [serviceId, sqlArray(offices)],
      );
      const problems: string[] = [];
      if (inDrawMode.length !== offices.length) problems.push('Every office must offer the service and be in draw mode for it (setServiceReleaseMode).');
      const holdHours = input.offerHoldHours ?? 24;
      const drawAt = input.drawAt ?? input.registrationClosesAt;
      const releaseAt = input.releaseAt ?? new Date(drawAt.getTime() + 3 * holdHours * 3_600_000);
      if (input.registrationClosesAt <= input.registrationOpensAt) problems.push('Registration must close after it opens.');
      if (input.registrationClosesAt <= now) problems.push('Registration must close in the future.');
      if (drawAt < input.registrationClosesAt) problems.push('The draw runs when registration has closed, or later.');
      if (releaseAt < drawAt) problems.push('The release comes after the draw.');
      if (input.slotsFrom > input.slotsTo) problems.push('The first date comes after the last.');
      const firstDate = loaded.map((office) => localDateOf(drawAt, office.time_zone)).sort()[0];
      if (firstDate !== undefined && input.slotsFrom < firstDate) problems.push('The dates drawn lie after the draw.');
      if (problems.length > 0) return new InvalidInput(problems);
      // Two draws of one service over the same dates at an office would compete for its slots. The
      // offices' release-mode rows, locked in id order, make concurrent schedulers take turns.
      await em.execute('select id from service_release where service_id = ? and office_id = any(?::bigint[]) order by office_id for update', [serviceId, sqlArray(offices)]);
      const [overlapping] = await em.execute<{ id: number }[]>(
        `select id from draw where service_id = ? and status in (?, ?, ?) and slots_from <= ?::date and slots_to >= ?::date
            and exists (select 1 from jsonb_array_elements_text(office_ids) as office (id) where office.id::bigint = any(?::bigint[])) limit 1`,
        [serviceId, DrawStatus.scheduled, DrawStatus.open, DrawStatus.drawn, input.slotsTo, input.slotsFrom, sqlArray(offices)],
      );
      if (overlapping) return new InvalidInput(['Another draw of this service already allocates some of these dates at one of these offices.']);
      const seed = newDrawSeed();
      const [created] = await em.execute<{ id: number }[]>(
        `insert into draw (service_id, office_ids, status, registration_opens_at, registration_closes_at, draw_at, release_at, slots_from, slots_to, offer_hold_hours, urgent_quota, sealed_seed, commitment, created_at)
         values (?, ?::jsonb, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?) returning id`,
        [
          serviceId,
          JSON.stringify(offices),
          input.registrationOpensAt <= now ? DrawStatus.open : DrawStatus.scheduled,
          input.registrationOpensAt,
          input.registrationClosesAt,
          drawAt,
          releaseAt,
          input.slotsFrom,
          input.slotsTo,
          holdHours,
          input.urgentQuota ?? null,
          this.seeds.seal(seed),
          seedCommitment(seed),
          now,
        ],
      );
      await scheduleJob(em, JobKind.runDraw, String(created.id), drawAt);
      await scheduleJob(em, JobKind.releaseDraw, String(created.id), releaseAt);
      const draw = (await loadDraw(em, created.id))!;
      // Registrations left without a slot that asked to roll over join the new draw.
      const waiting = await em.execute<RegistrationRow[]>(`${registrationSelect} where r.organisation_id = ? and r.service_id = ? and r.status = ? order by r.id for update`, [
        draw.organisation_id,
        serviceId,
        DrawRegistrationStatus.rolledOver,
      ]);
      for (const registration of waiting) if (await moveInto(em, registration, draw)) await transitionRegistration(em, registration.id, 'join');
      await audit(em, ctx, 'scheduleDraw', offices[0], { drawId: draw.id, serviceId, officeIds: offices });
      return drawView(em, draw, now, this.resultUrlOf);
    });
  }

  /** Cancels a draw before it ran. */
  async cancel(ctx: RequestContext, drawIdText: string): Promise<Draw | NotFound | InvalidInput> {
    const id = parseId(drawIdText);
    return inTransaction(ctx.em, async (em) => {
      const draw = id === null ? null : await loadDraw(em, id, true);
      if (!draw) return new NotFound('There is no such draw.');
      for (const officeId of draw.office_ids) authorize(ctx, Permission.manageOffice, officeId);
      if ((await transitionDraw(em, draw.id, 'cancel')) === null) return new InvalidInput([`The draw is ${draw.status}; only a draw that has not run can be cancelled.`]);
      // Those who asked to roll over wait for the next draw of the service; the rest are withdrawn, so that they block nobody.
      const registrations = await em.execute<{ id: number; roll_over: boolean; status: DrawRegistrationStatus }[]>('select id, roll_over, status from draw_registration where draw_id = ? order by id for update', [draw.id]);
      for (const registration of registrations) {
        const rolled = registration.roll_over && registration.status === DrawRegistrationStatus.registered && (await transitionRegistration(em, registration.id, 'rollOver')) !== null;
        if (!rolled) await transitionRegistration(em, registration.id, 'withdraw');
      }
      await audit(em, ctx, 'cancelDraw', draw.office_ids[0], { drawId: draw.id });
      return drawView(em, (await loadDraw(em, draw.id))!, ctx.clock.now(), this.resultUrlOf);
    });
  }

  private authorizeStaffOf(ctx: RequestContext, draw: DrawRow, permissions: Permission[]): void {
    if (!draw.office_ids.some((officeId) => permissions.some((permission) => can(ctx.principal, permission, officeId)))) refuse(ctx);
  }

  async registrations(ctx: RequestContext, drawIdText: string): Promise<DrawRegistrationStaffView[]> {
    const id = parseId(drawIdText);
    const draw = id === null ? null : await loadDraw(ctx.em, id);
    if (!draw) {
      authorize(ctx, Permission.manageOffice);
      return [];
    }
    this.authorizeStaffOf(ctx, draw, [Permission.manageOffice, Permission.workQueue]);
    const rows = await ctx.em.execute<RegistrationRow[]>(`${registrationSelect} where r.draw_id = ? order by r.position nulls last, r.id`, [draw.id]);
    return Promise.all(rows.map((row) => this.staffView(ctx.em, row)));
  }

  private async staffView(em: EntityManager, row: RegistrationRow): Promise<DrawRegistrationStaffView> {
    return Object.assign(new DrawRegistrationStaffView(), {
      registration: await registrationView(em, row),
      name: row.contact_name ?? '',
      email: row.contact_email,
      phone: row.contact_phone,
      channel: row.channel,
      urgentReason: row.urgent_reason,
      createdAt: sqlInstant(row.created_at),
      verifiedAt: row.verified_at === null ? null : sqlInstant(row.verified_at),
    });
  }

  async setUrgent(ctx: RequestContext, registrationIdText: string, urgent: boolean, reason: string | null | undefined): Promise<DrawRegistrationStaffView | NotFound | InvalidInput> {
    const id = parseId(registrationIdText);
    return inTransaction(ctx.em, async (em) => {
      const row = id === null ? null : await loadRegistration(em, id, true);
      const draw = row ? await loadDraw(em, row.draw_id, true) : null;
      if (!row || !draw) {
        authorize(ctx, Permission.manageOffice);
        return new NotFound('There is no such registration.');
      }
      this.authorizeStaffOf(ctx, draw, [Permission.manageOffice]);
      if (draw.status !== DrawStatus.scheduled && draw.status !== DrawStatus.open) return new InvalidInput(['The draw has run: urgency is set before it.']);
      const why = reason?.trim() || null;
      if (urgent && why === null) return new InvalidInput(['Give the reason for the urgency (e.g. the deadline).']);
      await em.execute('update draw_registration set urgent = ?, urgent_reason = ? where id = ?', [urgent, urgent ? why : null, row.id]);
      await audit(em, ctx, 'setDrawRegistrationUrgent', draw.office_ids[0], { registrationId: row.id, urgent });
      return this.staffView(em, (await loadRegistration(em, row.id))!);
    });
  }
}
