import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyLevel, Permission, canSomewhere } from '../../domain/accounts/principal';
import { AppointmentStatus } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { contactDigest } from '../../domain/notifications/contact-digest';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NotFound, type OutsideBookingWindow, type SlotUnavailable } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, refuse, type RequestContext } from '../../platform/request-context';
import { digest, newSecret } from '../../platform/secrets';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { bumpOfficeVersion } from '../catalog/office-version';
import type { AppointmentChangesService } from './appointment-changes.service';
import { findByContact, loadServices, replaceSecret, selectAppointments, toView, writeContact, type AppointmentRow } from './appointment-repository';
import type { AppointmentReferenceInput, CancelAppointmentOnBehalfInput, CorrectAppointmentContactInput, HotlineAppointmentInput, RescheduleAppointmentOnBehalfInput, ResendAppointmentConfirmationInput } from './on-behalf.inputs';
import type { AppointmentView } from './booking.types';
import { renamesDrawBooking } from './draw-gates';
import type { BookingSettings } from './reservation.service';

/** Who acts for the citizen: staff with the right at the appointment's office, or the 115 with what the caller knows. */
type Agent = 'staff' | 'hotline';

function agentOf(ctx: RequestContext): Agent {
  const principal = ctx.principal;
  if (principal.kind === 'apiKey' && principal.level === ApiKeyLevel.callcenter) return 'hotline';
  if (principal.kind === 'staff' && canSomewhere(principal, Permission.manageAppointments)) return 'staff';
  return refuse(ctx);
}

const noMatch = 'No appointment matches this number and contact.';

/**
 * What staff and the 115 do for a citizen without the secret: find, cancel, move, correct, send
 * the confirmation again. Staff name the appointment by id and need manageAppointments at its
 * office; a callcenter key names it by number with the booking's email or phone (one attempt of
 * the wrong-secret budget per look-up) and gets no more than the citizen has. Every action is audited.
 */
export class OnBehalfService {
  constructor(
    private readonly changes: AppointmentChangesService,
    private readonly events: DomainEvents,
    private readonly settings: BookingSettings,
  ) {}

  /** The 115's look-up: only with the number and a matching email or phone; no lists, no names. */
  async hotlineAppointment(ctx: RequestContext, input: HotlineAppointmentInput): Promise<AppointmentView | null> {
    if (agentOf(ctx) !== 'hotline') refuse(ctx);
    const row = await findByContact(ctx.em, ctx, input.number, { email: input.email ?? null, phone: input.phone ?? null }, false);
    if (!row || row.status === AppointmentStatus.reserved) return null;
    await audit(ctx.em, ctx, 'hotlineAppointment', row.office_id, { number: row.number, term: input.email ? 'email' : 'phone' });
    return toView(row, (await loadServices(ctx.em, [row.id])).get(row.id) ?? []);
  }

  async cancel(ctx: RequestContext, input: CancelAppointmentOnBehalfInput): Promise<AppointmentView | NotFound | InvalidInput> {
    const agent = agentOf(ctx);
    const reason = input.reason?.trim() || null;
    if (agent === 'staff' && reason === null) return new InvalidInput(['Give the citizen a reason for the cancellation.']);
    return inTransaction(ctx.em, async (em) => {
      const row = await this.lockReference(em, ctx, agent, input.appointment);
      if (row instanceof NotFound || row instanceof InvalidInput) return row;
      return this.changes.cancelLocked(em, ctx, row, 'cancelAppointmentOnBehalf', reason);
    });
  }

  async reschedule(ctx: RequestContext, input: RescheduleAppointmentOnBehalfInput): Promise<AppointmentView | SlotUnavailable | OutsideBookingWindow | NotFound | InvalidInput> {
    const agent = agentOf(ctx);
    return inTransaction(ctx.em, async (em) => {
      const row = await this.lockReference(em, ctx, agent, input.appointment);
      if (row instanceof NotFound || row instanceof InvalidInput) return row;
      return this.changes.moveLocked(em, ctx, row, input, 'rescheduleAppointmentOnBehalf', null);
    });
  }

  /** Staff only: the 115 learns no more of a booking than the caller says. */
  async correctContact(ctx: RequestContext, input: CorrectAppointmentContactInput): Promise<AppointmentView | NotFound | InvalidInput> {
    if (agentOf(ctx) !== 'staff') refuse(ctx);
    return inTransaction(ctx.em, async (em) => {
      const row = await this.lockReference(em, ctx, 'staff', { id: input.appointmentId });
      if (row instanceof NotFound || row instanceof InvalidInput) return row;
      if (row.status !== AppointmentStatus.preconfirmed && row.status !== AppointmentStatus.confirmed) return new InvalidInput([`The appointment is ${row.status}: its contact data are no longer changed.`]);
      const contact = validateContact(row.channel, input.contact);
      if (contact.problems.length > 0) return new InvalidInput(contact.problems);
      const renamed = await renamesDrawBooking(em, row.id, row.contact_name, contact.name);
      if (renamed) return renamed;
      const now = ctx.clock.now();
      const written = await writeContact(em, row.id, { ...contact, digest: contact.email === null ? null : contactDigest(contact.email, this.settings.linkSecret) }, now);
      const changed = (['name', 'email', 'phone'] as const).filter((field) => contact[field] !== row[`contact_${field}`]);
      await audit(em, ctx, 'correctAppointmentContact', row.office_id, { number: row.number, fields: changed });
      await bumpOfficeVersion(em, row.office_id);
      return toView(written, (await loadServices(em, [row.id])).get(row.id) ?? []);
    });
  }

  /** The confirmation again, with a fresh code: the citizen who lost the mail can manage the appointment again. */
  async resendConfirmation(ctx: RequestContext, input: ResendAppointmentConfirmationInput): Promise<AppointmentView | NotFound | InvalidInput> {
    const agent = agentOf(ctx);
    return inTransaction(ctx.em, async (em) => {
      const row = await this.lockReference(em, ctx, agent, input.appointment);
      if (row instanceof NotFound || row instanceof InvalidInput) return row;
      if (row.status !== AppointmentStatus.confirmed) return new InvalidInput([`The appointment is ${row.status}: only a booked appointment's confirmation is sent again.`]);
      if (!row.contact_email && !row.contact_phone) return new InvalidInput(['The booking has no email address or phone number to send the confirmation to.']);
      const now = ctx.clock.now();
      const secret = newSecret();
      await replaceSecret(em, row.id, digest(secret), now);
      await this.events.publish(em, { type: 'confirmationResent', at: now, appointmentId: row.id, secret });
      await audit(em, ctx, 'resendAppointmentConfirmation', row.office_id, { number: row.number });
      return toView(row, (await loadServices(em, [row.id])).get(row.id) ?? []);
    });
  }

  /** The appointment a reference names, locked; staff are refused at offices where they lack the right. */
  private async lockReference(em: EntityManager, ctx: RequestContext, agent: Agent, reference: AppointmentReferenceInput): Promise<AppointmentRow | NotFound | InvalidInput> {
    if (agent === 'hotline') {
      if (reference.number == null || (!reference.email && !reference.phone)) return new InvalidInput(['Name the appointment by its number with the email address or phone number of the booking.']);
      const row = await findByContact(em, ctx, reference.number, { email: reference.email ?? null, phone: reference.phone ?? null }, true);
      return row && row.status !== AppointmentStatus.reserved ? row : new NotFound(noMatch);
    }
    const id = reference.id ? parseId(reference.id) : null;
    if (!reference.id) return new InvalidInput(['Name the appointment by its id.']);
    const [row] = id === null ? [] : await selectAppointments(em, 'select * from appointment where id = ? for update', [id]);
    if (!row || row.status === AppointmentStatus.reserved) return new NotFound('There is no such appointment.');
    authorize(ctx, Permission.manageAppointments, row.office_id);
    return row;
  }
}
