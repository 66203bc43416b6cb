import type { EntityManager } from '@mikro-orm/postgresql';
import { DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { retentionCutoff } from '../../domain/notifications/schedule';
import { sqlArray } from '../../platform/sql';

/** Registrations that can no longer come to anything: their contact is needed no more once their draw ended. */
const finished = [DrawRegistrationStatus.unverified, DrawRegistrationStatus.booked, DrawRegistrationStatus.unmatched, DrawRegistrationStatus.withdrawn, DrawRegistrationStatus.refusedDuplicate];

/**
 * Part of the daily retention job: the name, address and phone of registrations whose draw was
 * released or cancelled longer ago than the message retention are erased. The rows stay, without
 * personal data, for the draw's published list and its statistics; the keyed digests stay too, as
 * they reveal nothing without the key and count for nothing once the registration is closed.
 */
export async function eraseDrawContacts(em: EntityManager, now: Date, messageRetentionDays: number): Promise<void> {
  await em.execute(
    `update draw_registration r set contact_name = null, contact_email = null, contact_phone = null, sms_code_digest = null
      from draw d
     where d.id = r.draw_id and r.status = any(?::text[]) and d.status = any(?::text[]) and coalesce(d.released_at, d.draw_at) < ?
       and (r.contact_name is not null or r.contact_email is not null or r.contact_phone is not null)`,
    [sqlArray(finished), sqlArray([DrawStatus.released, DrawStatus.cancelled]), retentionCutoff(now, messageRetentionDays)],
  );
}
