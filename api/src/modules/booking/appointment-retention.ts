import type { EntityManager } from '@mikro-orm/postgresql';
import { noShowWindowStart } from '../../domain/notifications/schedule';
import { sqlArray } from '../../platform/sql';

/**
 * Part of the daily retention job: erases the contact data of appointments whose office's
 * retention has passed since they ended (with what they were booked with: remarks, answers to
 * the booking form), and contact digests older than the no-show window.
 * Answers the appointments whose contact data it erased.
 */
export async function eraseExpiredContacts(em: EntityManager, now: Date): Promise<number[]> {
  const erased = await em.execute<{ id: number }[]>(
    `update appointment a set contact_name = null, contact_email = null, contact_phone = null, contact_phone_key = null
       from office o
      where o.id = a.office_id and a.end_at < ?::timestamptz - make_interval(days => o.settings_contact_retention_days)
        and (a.contact_name is not null or a.contact_email is not null or a.contact_phone is not null or exists (select 1 from appointment_detail d where d.appointment_id = a.id))
      returning a.id`,
    [now],
  );
  // Remarks and answers to the booking form are the citizen's words: they go with the contact data.
  await em.execute('delete from appointment_detail where appointment_id = any(?::bigint[])', [sqlArray(erased.map((row) => row.id))]);
  await em.execute('update appointment set contact_digest = null where contact_digest is not null and end_at < ?', [noShowWindowStart(now)]);
  return erased.map((row) => row.id);
}
