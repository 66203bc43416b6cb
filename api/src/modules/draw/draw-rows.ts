import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DrawOfferStatus, DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { drawStatistics, type DrawStatisticsResult } from '../../domain/draw/draw-statistics';
import type { DrawPreference, TimeWindow } from '../../domain/draw/matching';
import { sqlInstant } from '../../platform/sql';
import { Draw, DrawOfferView, DrawRegistrationView, DrawStatistics } from './draw.types';

/** What the draw module needs of the configuration. */
export interface DrawSettings {
  publicBaseUrl: string;
  /** Signs the links, keys the contact digests. */
  linkSecret: string;
}

export interface DrawRow {
  id: number;
  organisation_id: number;
  service_id: number;
  office_ids: number[];
  status: DrawStatus;
  registration_opens_at: string;
  registration_closes_at: string;
  draw_at: string;
  release_at: string;
  slots_from: string;
  slots_to: string;
  offer_hold_hours: number;
  urgent_quota: number | null;
  sealed_seed: string;
  seed: string | null;
  commitment: string;
  entries: { digest: string; urgent: boolean; position: number }[] | null;
  offerable_slots: number | null;
  registration_count: number | null;
  statistics: DrawStatisticsResult | null;
  created_at: string;
  drawn_at: string | null;
  released_at: string | null;
}

export interface RegistrationRow {
  id: number;
  draw_id: number;
  service_id: number;
  entry_digest: string;
  office_ids: number[];
  date_from: string;
  date_to: string;
  time_windows: TimeWindow[];
  persons: number;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_language: string;
  email_digest: string;
  phone_digest: string | null;
  sms_code_digest: string | null;
  sms_attempts: number;
  channel: string;
  roll_over: boolean;
  urgent: boolean;
  urgent_reason: string | null;
  status: DrawRegistrationStatus;
  position: number | null;
  created_at: string;
  verified_at: string | null;
}

export interface DrawOfferRow {
  id: number;
  draw_id: number;
  registration_id: number;
  hold_id: number | null;
  appointment_id: number | null;
  office_id: number;
  start_at: string;
  hold_expires_at: string;
  status: DrawOfferStatus;
  created_at: string;
}

/** Dates as ISO text: the driver would make local midnights of them. */
export const drawSelect = `select d.*, d.slots_from::text as slots_from, d.slots_to::text as slots_to from draw d`;
export const registrationSelect = `select r.*, r.date_from::text as date_from, r.date_to::text as date_to from draw_registration r`;

/** Citizens' links stay good while a registration can matter, rolled over into later draws too. */
export const registrationLinkDays = 365;

/** A keyed digest of the phone number's digits (phoneKey): the duplicate rule compares these, never the numbers. */
export function phoneDigest(phoneKeyText: string, secret: string): string {
  return createHmac('sha256', secret).update(`phone:${phoneKeyText}`).digest('hex');
}

export function preferenceOf(row: RegistrationRow): DrawPreference {
  return { officeIds: row.office_ids, dateFrom: row.date_from, dateTo: row.date_to, windows: row.time_windows };
}

/** What the public sees: `open` once the window has opened, before the draw runs. */
export function shownStatus(row: DrawRow, now: Date): DrawStatus {
  return row.status === DrawStatus.scheduled && sqlInstant(row.registration_opens_at) <= now ? DrawStatus.open : row.status;
}

export async function liveStatistics(em: EntityManager, row: DrawRow): Promise<DrawStatisticsResult | null> {
  if (row.statistics) return row.statistics;
  if (row.offerable_slots === null || row.registration_count === null) return null;
  const offers = await em.execute<{ status: DrawOfferStatus; registered_at: string; start_at: string }[]>(
    `select o.status, coalesce(r.verified_at, r.created_at) as registered_at, o.start_at
       from draw_offer o join draw_registration r on r.id = o.registration_id where o.draw_id = ?`,
    [row.id],
  );
  return drawStatistics({
    offerableSlots: row.offerable_slots,
    registrations: row.registration_count,
    offers: offers.map((offer) => ({ status: offer.status, registeredAt: sqlInstant(offer.registered_at), start: sqlInstant(offer.start_at) })),
  });
}

/** Where a drawn draw's result is published, by its public id. */
export type ResultUrlOf = (drawId: number) => string;

export async function drawView(em: EntityManager, row: DrawRow, now: Date, resultUrlOf: ResultUrlOf): Promise<Draw> {
  const statistics = await liveStatistics(em, row);
  return Object.assign(new Draw(), {
    id: String(row.id),
    status: shownStatus(row, now),
    registrationOpensAt: sqlInstant(row.registration_opens_at),
    registrationClosesAt: sqlInstant(row.registration_closes_at),
    drawAt: sqlInstant(row.draw_at),
    releaseAt: sqlInstant(row.release_at),
    slotsFrom: row.slots_from,
    slotsTo: row.slots_to,
    offerHoldHours: row.offer_hold_hours,
    urgentQuota: row.urgent_quota,
    commitment: row.commitment,
    seed: row.seed,
    registrations: row.registration_count,
    statistics: statistics && Object.assign(new DrawStatistics(), statistics),
    resultUrl: row.seed === null ? null : resultUrlOf(row.id),
    serviceId: row.service_id,
    officeIds: row.office_ids,
  });
}

export function offerView(offer: DrawOfferRow, registration: RegistrationRow): DrawOfferView {
  return Object.assign(new DrawOfferView(), {
    id: String(offer.id),
    status: offer.status,
    start: sqlInstant(offer.start_at),
    holdExpiresAt: sqlInstant(offer.hold_expires_at),
    persons: registration.persons,
    officeId: offer.office_id,
    serviceId: registration.service_id,
  });
}

export async function registrationView(em: EntityManager, row: RegistrationRow): Promise<DrawRegistrationView> {
  const [offer] = await em.execute<DrawOfferRow[]>('select * from draw_offer where registration_id = ? order by id desc limit 1', [row.id]);
  return Object.assign(new DrawRegistrationView(), {
    id: String(row.id),
    status: row.status,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    timeWindows: row.time_windows,
    persons: row.persons,
    entryDigest: row.entry_digest,
    position: row.position,
    urgent: row.urgent,
    rollOver: row.roll_over,
    hasPhone: row.contact_phone !== null,
    offer: offer ? offerView(offer, row) : null,
    drawId: row.draw_id,
    officeIds: row.office_ids,
  });
}

export async function loadDraw(em: EntityManager, id: number, lock = false): Promise<DrawRow | null> {
  const [row] = await em.execute<DrawRow[]>(`${drawSelect} where d.id = ?${lock ? ' for update' : ''}`, [id]);
  return row ?? null;
}

export async function loadRegistration(em: EntityManager, id: number, lock = false): Promise<RegistrationRow | null> {
  const [row] = await em.execute<RegistrationRow[]>(`${registrationSelect} where r.id = ?${lock ? ' for update' : ''}`, [id]);
  return row ?? null;
}

export function contactOf(row: RegistrationRow): { name: string; email: string; phone: string | null; language: string } {
  return { name: row.contact_name ?? '', email: row.contact_email ?? '', phone: row.contact_phone, language: row.contact_language };
}
