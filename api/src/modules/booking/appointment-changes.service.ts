import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { AppointmentStatus, nextStatus } from '../../domain/booking/appointment-lifecycle';
import { localDateOf } from '../../domain/calendar/local-date';
import { LinkPurpose, verifyLinkToken } from '../../domain/notifications/link-token';
import type { DomainEvents } from '../../platform/events/domain-events';
import { ErrorResult, InvalidInput, NotFound, OutsideBookingWindow, SlotUnavailable } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { bumpOfficeVersion } from '../catalog/office-version';
import { announceAvailability } from '../slots/availability-events';
import type { ServiceQuantityInput } from '../slots/availability.types';
import { claimSlots, claimsOf, keepClaims, lockChain, releaseAfterDelay, transferClaims } from '../slots/slot-ledger';
import { findByAccess, keepLanguage, loadAppointmentViews, loadServices, selectAppointments, toView, writeServices, type AppointmentRow } from './appointment-repository';
import { transitionAppointment } from './appointment-transition';
import { drawAllocated } from './draw-gates';
import type { AppointmentAccessInput, CancelAppointmentInput, CancelOfficeAppointmentsInput, LinkTokenInput, RescheduleAppointmentInput } from './booking.inputs';
import { AppointmentView, CancelledAppointments } from './booking.types';
import { resolveRequest, type BookingSettings } from './reservation.service';

/** Where an appointment moves to: a new start, and another office or other services if given. */
export interface MoveTarget {
  start: Date;
  officeId?: string | null;
  serviceIds?: string[] | null;
  services?: ServiceQuantityInput[] | null;
}

/** Changes of booked appointments: viewing, cancelling (by the citizen or the office), moving. */
export class AppointmentChangesService {
  constructor(
    private readonly settings: BookingSettings,
    private readonly events: DomainEvents,
  ) {}

  async appointment(ctx: RequestContext, access: AppointmentAccessInput): Promise<AppointmentView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const row = await findByAccess(ctx.em, ctx, access, false);
    if (!row) return null;
    return toView(row, (await loadServices(ctx.em, [row.id])).get(row.id) ?? []);
  }

  async cancelAppointment(ctx: RequestContext, input: CancelAppointmentInput): Promise<AppointmentView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const row = await findByAccess(em, ctx, input, true);
      if (!row) return new NotFound('No appointment matches this number and secret.');
      await keepLanguage(em, row.id, input.language);
      return this.cancelLocked(em, ctx, row, 'cancelAppointment', null);
    });
  }

  /** The one click of a cancel link from a mail or reminder. */
  async cancelAppointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const row = await this.rowByLink(em, input.token, LinkPurpose.cancel, ctx.clock.now());
      if (!row) return new NotFound('The link is not valid or has expired.');
      if (row.status === AppointmentStatus.cancelled) return toView(row, (await loadServices(em, [row.id])).get(row.id) ?? []);
      return this.cancelLocked(em, ctx, row, 'cancelAppointmentByLink', null);
    });
  }

  /** The appointment a cancel or confirm link names, for the page that shows it before the click. */
  async appointmentByLink(ctx: RequestContext, input: LinkTokenInput): Promise<AppointmentView | null> {
    authorize(ctx, Permission.bookAsCitizen);
    const now = ctx.clock.now();
    const claims = verifyLinkToken(input.token, LinkPurpose.cancel, this.settings.linkSecret, now) ?? verifyLinkToken(input.token, LinkPurpose.confirm, this.settings.linkSecret, now);
    if (!claims) return null;
    const [view] = await loadAppointmentViews(ctx.em, [claims.subject]);
    return view ?? null;
  }

  /** An office cancels appointments (e.g. after a closure); each citizen gets a notice with the reason. */
  async cancelOfficeAppointments(ctx: RequestContext, input: CancelOfficeAppointmentsInput): Promise<CancelledAppointments | NotFound | InvalidInput> {
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    authorize(ctx, Permission.manageOffice, officeId);
    return inTransaction(ctx.em, async (em) => {
      const ids = input.appointmentIds.map(parseId);
      const rows = await selectAppointments(em, 'select * from appointment where id = any(?::bigint[]) and office_id = ? order by id for update', [sqlArray(ids.filter((id) => id !== null)), officeId]);
      if (rows.length !== new Set(ids).size || ids.includes(null)) return new NotFound('Some of the appointments do not exist at this office.');
      const refused = rows.filter((row) => nextStatus(row.status, 'cancel') === null);
      if (refused.length > 0) return new InvalidInput(refused.map((row) => `Appointment ${row.number} is ${row.status}, it cannot be cancelled.`));
      const cancelled: AppointmentView[] = [];
      for (const row of rows) {
        const view = await this.cancelLocked(em, ctx, row, 'cancelOfficeAppointments', input.reason);
        if (view instanceof AppointmentView) cancelled.push(view);
      }
      return Object.assign(new CancelledAppointments(), { appointments: cancelled });
    });
  }

  /** Cancels an appointment locked in this transaction: slots return after the release delay, the citizen is told (with the office's reason, if any). */
  async cancelLocked(em: EntityManager, ctx: RequestContext, row: AppointmentRow, action: string, officeReason: string | null): Promise<AppointmentView | InvalidInput> {
    const now = ctx.clock.now();
    if (nextStatus(row.status, 'cancel') === null) return new InvalidInput([`The appointment is ${row.status}, it cannot be cancelled.`]);
    await releaseAfterDelay(em, row.id, row.office_id, now);
    const cancelled = await transitionAppointment(em, row, 'cancel', now, { holdExpiresAt: null });
    if (cancelled instanceof ErrorResult) return new InvalidInput([cancelled.message]);
    await this.events.publish(em, { type: 'appointmentCancelled', at: now, appointmentId: row.id, officeId: row.office_id, officeReason });
    await bumpOfficeVersion(em, row.office_id);
    await audit(em, ctx, action, row.office_id, { number: row.number });
    return toView(cancelled, (await loadServices(em, [row.id])).get(row.id) ?? []);
  }

  /** The appointment a signed link names, locked; null when the token is not good for `purpose`. */
  private async rowByLink(em: EntityManager, token: string, purpose: LinkPurpose, now: Date): Promise<AppointmentRow | null> {
    const claims = verifyLinkToken(token, purpose, this.settings.linkSecret, now);
    if (!claims) return null;
    const [row] = await selectAppointments(em, 'select * from appointment where id = ? for update', [claims.subject]);
    return row ?? null;
  }

  async rescheduleAppointment(ctx: RequestContext, input: RescheduleAppointmentInput): Promise<AppointmentView | SlotUnavailable | OutsideBookingWindow | NotFound | InvalidInput> {
    authorize(ctx, Permission.bookAsCitizen);
    return inTransaction(ctx.em, async (em) => {
      const row = await findByAccess(em, ctx, input, true);
      if (!row) return new NotFound('No appointment matches this number and secret.');
      if (nextStatus(row.status, 'reschedule') === null) return new InvalidInput([`The appointment is ${row.status}, it cannot be moved.`]);
      await keepLanguage(em, row.id, input.language);
      // The citizen moving it holds the secret: the mail and its calendar file open the appointment directly.
      return this.moveLocked(em, ctx, row, input, 'rescheduleAppointment', input.secret);
    });
  }

  /**
   * Moves an appointment locked in this transaction, atomically: the new chain is locked and
   * checked before anything of the old one is let go (SPEC rule 2), on the caller's contingent
   * (staff: intern). `secret` goes into the citizen's mail where the request knows it.
   */
  async moveLocked(em: EntityManager, ctx: RequestContext, row: AppointmentRow, target: MoveTarget, action: string, secret: string | null): Promise<AppointmentView | SlotUnavailable | OutsideBookingWindow | NotFound | InvalidInput> {
    const now = ctx.clock.now();
    if (nextStatus(row.status, 'reschedule') === null) return new InvalidInput([`The appointment is ${row.status}, it cannot be moved.`]);
    const currentServices = (await loadServices(em, [row.id])).get(row.id) ?? [];
    const changesServices = target.serviceIds != null || target.services != null;
    const selection = changesServices ? target : { services: currentServices.map((service) => ({ serviceId: String(service.serviceId), quantity: service.quantity })) };
    const request = await resolveRequest(em, ctx, target.officeId ?? String(row.office_id), selection);
    if (!('office' in request)) return request;
    const localDate = localDateOf(target.start, request.office.time_zone);
    const allocated = await drawAllocated(em, request.office, request.services, localDate, now);
    if (allocated) return allocated;
    // Claims still waiting for their release (an earlier move) are the appointment's own too.
    const held = await claimsOf(em, row.id);
    const heldSlotIds = new Set(held.map((claim) => claim.slot_id));
    const chain = await lockChain(em, request.terms.contingent, request.office.id, target.start, request.length, now, heldSlotIds);
    if (!Array.isArray(chain)) return chain;
    const keptSlotIds = new Set(chain.map((slot) => slot.id));
    await claimSlots(
      em,
      { appointmentId: row.id },
      chain.map((slot) => slot.id).filter((id) => !heldSlotIds.has(id)),
    );
    await keepClaims(
      em,
      held.filter((claim) => keptSlotIds.has(claim.slot_id) && claim.release_at !== null).map((claim) => claim.id),
    );
    const dropped = held.filter((claim) => !keptSlotIds.has(claim.slot_id) && claim.release_at === null).map((claim) => claim.id);
    if (dropped.length > 0) await releaseAfterDelay(em, row.id, row.office_id, now, dropped);
    await writeServices(em, row.id, request.services);
    const moved = await transitionAppointment(em, row, 'reschedule', now, { placement: { officeId: request.office.id, start: target.start, end: chain[chain.length - 1].end_at, localDate } });
    if (moved instanceof ErrorResult) return new InvalidInput([moved.message]);
    // Offices in id order, as every writer locks them; the new chain is taken now, the old one freed later.
    for (const officeId of [...new Set([row.office_id, request.office.id])].sort((a, b) => a - b)) {
      if (officeId === request.office.id) await announceAvailability(em, officeId, 'taken', [localDate]);
      else await bumpOfficeVersion(em, officeId);
    }
    await audit(em, ctx, action, request.office.id, { number: row.number, from: row.start_at, to: target.start, fromOfficeId: row.office_id });
    await this.events.publish(em, {
      type: 'appointmentRescheduled',
      at: now,
      appointmentId: row.id,
      previousOfficeId: row.office_id,
      officeId: request.office.id,
      previousStart: row.start_at,
      start: moved.start_at,
      confirmed: moved.status === AppointmentStatus.confirmed,
      secret,
    });
    return toView(moved, request.services);
  }

  /**
   * Moves a confirmed appointment onto a hold (a waitlist offer it takes): the hold's claims,
   * services and time become the appointment's, its old slots go back after the release delay,
   * and the hold is gone. The offices' versions are left to the caller, to be raised last and in id order.
   */
  async moveOntoHold(em: EntityManager, appointmentId: number, holdId: number, now: Date): Promise<{ row: AppointmentRow; previousOfficeId: number } | InvalidInput> {
    const [original] = await selectAppointments(em, 'select * from appointment where id = ? for update', [appointmentId]);
    const [hold] = await selectAppointments(em, 'select * from appointment where id = ? for update', [holdId]);
    if (original.status !== AppointmentStatus.confirmed) return new InvalidInput([`The appointment is ${original.status}; it can no longer be moved.`]);
    await releaseAfterDelay(em, original.id, original.office_id, now);
    await transferClaims(em, hold.id, original.id);
    await writeServices(em, original.id, (await loadServices(em, [hold.id])).get(hold.id) ?? []);
    const moved = await transitionAppointment(em, original, 'reschedule', now, { placement: { officeId: hold.office_id, start: hold.start_at, end: hold.end_at, localDate: hold.local_date } });
    if (moved instanceof ErrorResult) return new InvalidInput([moved.message]);
    await em.execute('delete from appointment where id = ?', [hold.id]);
    await this.events.publish(em, {
      type: 'appointmentRescheduled',
      at: now,
      appointmentId: original.id,
      previousOfficeId: original.office_id,
      officeId: hold.office_id,
      previousStart: original.start_at,
      start: hold.start_at,
      confirmed: true,
      secret: null,
    });
    return { row: moved, previousOfficeId: original.office_id };
  }
}
