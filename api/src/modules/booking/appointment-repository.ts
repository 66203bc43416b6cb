import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AppointmentStatus, type Channel, type Contingent } from '../../domain/booking/appointment-lifecycle';
import { phoneKey } from '../../domain/booking/phone-number';
import type { OfficeRow } from '../catalog/office-row';
import { tenantKey, tenantOf } from '../catalog/tenancy';
import type { RequestContext } from '../../platform/request-context';
import { matchesDigest } from '../../platform/secrets';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { deferStatement } from '../../platform/statement-batch';
import { claimSlots, type LockedSlot } from '../slots/slot-ledger';
import type { AppointmentAccessInput } from './booking.inputs';
import { AppointmentView, BookedService } from './booking.types';

/** The appointment table's one owner: every read and write of `appointment` goes through booking. */

export interface AppointmentRow {
  id: number;
  number: number;
  office_id: number;
  status: AppointmentStatus;
  channel: Channel;
  contingent: Contingent;
  start_at: Date;
  end_at: Date;
  local_date: string;
  hold_expires_at: Date | null;
  secret_digest: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_language: string;
}

/** Raw appointment rows carry their instants as text; every read goes through here. */
function readAppointment(row: AppointmentRow): AppointmentRow {
  return { ...row, start_at: sqlInstant(row.start_at), end_at: sqlInstant(row.end_at), hold_expires_at: row.hold_expires_at === null ? null : sqlInstant(row.hold_expires_at) };
}

export async function selectAppointments(em: EntityManager, sql: string, params: unknown[]): Promise<AppointmentRow[]> {
  return (await em.execute<AppointmentRow[]>(sql, params)).map(readAppointment);
}

export async function loadServices(em: EntityManager, appointmentIds: number[]): Promise<Map<number, BookedService[]>> {
  const rows = await em.execute<{ appointment_id: number; service_id: number; duration_slots: number; quantity: number }[]>(
    'select appointment_id, service_id, duration_slots, quantity from appointment_service where appointment_id = any(?::bigint[]) order by appointment_id, position',
    [sqlArray(appointmentIds)],
  );
  const byAppointment = new Map<number, BookedService[]>();
  for (const row of rows) {
    const list = byAppointment.get(row.appointment_id) ?? [];
    list.push(Object.assign(new BookedService(), { serviceId: row.service_id, quantity: row.quantity, durationSlots: row.duration_slots }));
    byAppointment.set(row.appointment_id, list);
  }
  return byAppointment;
}

/**
 * A reservation by its token, locked, with its services and its office (unlocked, as every writer
 * locks the office row last): what confirming it reads, in one round trip.
 */
export async function lockReservation(em: EntityManager, tokenDigest: string): Promise<{ row: AppointmentRow; services: BookedService[]; office: OfficeRow } | null> {
  const [found] = await em.execute<(AppointmentRow & { booked_services: { service_id: number; duration_slots: number; quantity: number }[]; office_row: OfficeRow })[]>(
    `select a.*, row_to_json(o) as office_row,
            coalesce((select json_agg(json_build_object('service_id', s.service_id, 'duration_slots', s.duration_slots, 'quantity', s.quantity) order by s.position)
                        from appointment_service s where s.appointment_id = a.id), '[]') as booked_services
       from appointment a join office o on o.id = a.office_id
      where a.reservation_token_digest = ? for update of a`,
    [tokenDigest],
  );
  if (!found) return null;
  const { booked_services: booked, office_row: office, ...row } = found;
  const services = booked.map((service) => Object.assign(new BookedService(), { serviceId: service.service_id, quantity: service.quantity, durationSlots: service.duration_slots }));
  return { row: readAppointment(row), services, office };
}

const servicesLoaders = new WeakMap<RequestContext, DataLoader<number, BookedService[]>>();

/** The services of one appointment with their persons, batched per request: a queue lists many. */
export function bookedServicesOf(ctx: RequestContext, appointmentId: number): Promise<BookedService[]> {
  let loader = servicesLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const byAppointment = await loadServices(ctx.em, [...ids]);
      return ids.map((id) => byAppointment.get(id) ?? []);
    });
    servicesLoaders.set(ctx, loader);
  }
  return loader.load(appointmentId);
}

export function toView(row: AppointmentRow, services: BookedService[]): AppointmentView {
  return Object.assign(new AppointmentView(), {
    id: String(row.id),
    number: row.number,
    status: row.status,
    channel: row.channel,
    officeId: row.office_id,
    services,
    start: row.start_at,
    end: row.end_at,
    date: row.local_date,
    confirmBy: row.status === AppointmentStatus.preconfirmed ? row.hold_expires_at : null,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
  });
}

export async function loadAppointmentViews(em: EntityManager, ids: number[]): Promise<AppointmentView[]> {
  if (ids.length === 0) return [];
  const rows = await selectAppointments(em, 'select * from appointment where id = any(?::bigint[]) order by start_at, id', [sqlArray(ids)]);
  const services = await loadServices(em, ids);
  return rows.map((row) => toView(row, services.get(row.id) ?? []));
}

export async function writeServices(em: EntityManager, appointmentId: number, services: BookedService[]): Promise<void> {
  await em.execute('delete from appointment_service where appointment_id = ?', [appointmentId]);
  const insert = insertServices(appointmentId, services);
  await em.execute(insert.sql, insert.params);
}

/** The statement that writes an appointment's services, in their order. */
function insertServices(appointmentId: number, services: BookedService[]): { sql: string; params: unknown[] } {
  return {
    sql: 'insert into appointment_service (appointment_id, position, service_id, duration_slots, quantity) select ?, * from unnest(?::int[], ?::bigint[], ?::int[], ?::int[])',
    params: [
      appointmentId,
      sqlArray(services.map((_, index) => index + 1)),
      sqlArray(services.map((service) => service.serviceId)),
      sqlArray(services.map((service) => service.durationSlots)),
      sqlArray(services.map((service) => service.quantity)),
    ],
  };
}

/**
 * The appointment behind a number, when the secret matches; null hides which of the two was
 * wrong. Wrong secrets are counted per number and caller, and a caller who guessed too often is refused.
 */
export async function findByAccess(em: EntityManager, ctx: RequestContext, access: AppointmentAccessInput, lock: boolean): Promise<AppointmentRow | null> {
  // Numbers are an organisation's own: the same number elsewhere is another appointment.
  const organisationId = await tenantOf(ctx);
  return ctx.guards.rateLimits.secretAttempt(tenantKey(organisationId, access.number), ctx.principal, ctx.clientAddress, async () => {
    const [row] = await selectAppointments(em, `select * from appointment where organisation_id = ? and number = ?${lock ? ' for update' : ''}`, [organisationId, access.number]);
    return row && matchesDigest(access.secret, row.secret_digest) ? row : null;
  });
}

/** What a caller of the 115 gives besides the number: the email address or the phone number of the booking. */
export interface ContactProof {
  email: string | null;
  phone: string | null;
}

/**
 * The appointment behind a number, when the email address or phone number the caller gives is
 * the booking's; null hides which was wrong. Every look-up is one attempt of the budget that wrong
 * secrets use, per number and caller, charged before the comparison.
 */
export async function findByContact(em: EntityManager, ctx: RequestContext, number: number, proof: ContactProof, lock: boolean): Promise<AppointmentRow | null> {
  const organisationId = await tenantOf(ctx);
  const email = proof.email?.trim().toLowerCase() || null;
  const phone = phoneKey(proof.phone);
  return ctx.guards.rateLimits.secretAttempt(tenantKey(organisationId, number), ctx.principal, ctx.clientAddress, async () => {
    if (email === null && phone === null) return null;
    const [row] = await selectAppointments(em, `select * from appointment where organisation_id = ? and number = ?${lock ? ' for update' : ''}`, [organisationId, number]);
    if (!row) return null;
    return (email !== null && row.contact_email?.toLowerCase() === email) || (phone !== null && phoneKey(row.contact_phone) === phone) ? row : null;
  });
}

/** Replaces the secret of an appointment (a confirmation sent again carries a fresh one). */
export async function replaceSecret(em: EntityManager, appointmentId: number, secretDigest: string, now: Date): Promise<void> {
  await em.execute('update appointment set secret_digest = ?, updated_at = ? where id = ?', [secretDigest, now, appointmentId]);
}

/** Staff correct the contact data of a booking; its status stays as it is. */
export async function writeContact(em: EntityManager, appointmentId: number, contact: { name: string | null; email: string | null; phone: string | null; digest: string | null }, now: Date): Promise<AppointmentRow> {
  const [written] = await selectAppointments(em, 'update appointment set contact_name = ?, contact_email = ?, contact_phone = ?, contact_phone_key = ?, contact_digest = ?, updated_at = ? where id = ? returning *', [
    contact.name,
    contact.email,
    contact.phone,
    phoneKey(contact.phone),
    contact.digest,
    now,
    appointmentId,
  ]);
  return written;
}

/** What a new hold is: where, on whose terms, on which locked chain, until when. */
export interface NewHold {
  officeId: number;
  localDate: string;
  channel: Channel;
  contingent: Contingent;
  chain: LockedSlot[];
  services: BookedService[];
  expiresAt: Date;
  /** The digest of the token the reserving caller confirms with; none for a waitlist offer's hold. */
  reservationTokenDigest: string | null;
  /** The id, drawn beforehand with a statement the caller sent anyway: the insert then needs no answer and is deferred too. */
  id?: number;
}

/**
 * The one place an appointment is created: a reserved hold on a locked chain, its services, its
 * claims, and the job that frees it when the hold runs out. Reservations and waitlist offers use it.
 */
export async function createHold(em: EntityManager, hold: NewHold, now: Date): Promise<number> {
  const start = hold.chain[0].start_at;
  const end = hold.chain[hold.chain.length - 1].end_at;
  const insert = `with office as (select organisation_id from office where id = ?)
     insert into appointment (id, organisation_id, number, office_id, status, channel, contingent, start_at, end_at, local_date, hold_expires_at, reservation_token_digest, created_at, updated_at)
     values (coalesce(?, nextval('appointment_id_seq')), (select organisation_id from office), nextval(format('appointment_number_%s', (select organisation_id from office))::regclass), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     returning id`;
  const params = [hold.officeId, hold.id ?? null, hold.officeId, AppointmentStatus.reserved, hold.channel, hold.contingent, start, end, hold.localDate, hold.expiresAt, hold.reservationTokenDigest, now, now];
  let id = hold.id;
  if (id === undefined) [{ id }] = await em.execute<{ id: number }[]>(insert, params);
  else await deferStatement(em, insert, params);
  // The rest needs no answer: it rides with the transaction's next statement when a batch is open
  // (platform/statement-batch.ts). The services cannot join the insert as a CTE: their tenant
  // trigger reads the appointment, which a sibling CTE's insert does not show it.
  const services = insertServices(id, hold.services);
  await deferStatement(em, services.sql, services.params);
  await claimSlots(
    em,
    { appointmentId: id },
    hold.chain.map((slot) => slot.id),
  );
  await scheduleJob(em, JobKind.freeCapacity, String(id), hold.expiresAt);
  return id;
}

/** Ends a hold now, without waiting for its deadline: the freeing job runs at once. */
export async function endHoldNow(em: EntityManager, appointmentId: number, now: Date): Promise<void> {
  await em.execute('update appointment set hold_expires_at = ? where id = ?', [now, appointmentId]);
  await scheduleJob(em, JobKind.freeCapacity, String(appointmentId), now);
}

/** The language a citizen now manages the appointment in is the one of its messages from here on. */
export async function keepLanguage(em: EntityManager, appointmentId: number, language: string | null | undefined): Promise<void> {
  if (language) await em.execute('update appointment set contact_language = ? where id = ?', [language, appointmentId]);
}
