import type { EntityManager } from '@mikro-orm/postgresql';
import { retentionCutoff } from '../../domain/notifications/schedule';
import { waitlistLinkDays } from '../../domain/waitlist/offer-rules';
import { WaitlistEntryStatus } from '../../domain/waitlist/waitlist-lifecycle';

/**
 * Part of the daily retention job: entries of appointments already erased go with them; others
 * once they stopped waiting, their time passed, or their link (and with it the way to leave) ran out.
 */
export async function purgeWaitlist(em: EntityManager, now: Date, messageRetentionDays: number): Promise<void> {
  const cutoff = retentionCutoff(now, messageRetentionDays);
  await em.execute(
    `delete from waitlist_entry w
      where (w.appointment_id is not null and exists (select 1 from appointment a where a.id = w.appointment_id and a.contact_email is null and a.contact_phone is null and a.end_at < ?))
         or (w.status <> ? and w.created_at < ?)
         or (w.starts_before is not null and w.starts_before < ?)
         or w.created_at < ?`,
    [now, WaitlistEntryStatus.waiting, cutoff, cutoff, new Date(now.getTime() - waitlistLinkDays * 86_400_000)],
  );
}
