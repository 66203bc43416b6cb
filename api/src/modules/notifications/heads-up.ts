import type { EntityManager } from '@mikro-orm/postgresql';
import { headsUpDue } from '../../domain/notifications/heads-up-rule';
import { sqlArray } from '../../platform/sql';
import { computeQueue } from '../queue/queue-read-model';
import { languageOf, type NotificationsService } from './notifications.service';

interface EntryContact {
  entry_id: number;
  appointment_id: number | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  push_subscription_ids: number[];
}

/**
 * "Your turn nears": a waiting citizen who left a way to reach them (their appointment's contact,
 * a ticket contact, a browser subscription) is told once, when the office's thresholds are
 * reached. Once per entry and channel is the outbox's dedupe key; a called entry has no place
 * in the queue and is never near.
 */
export class HeadsUps {
  constructor(private readonly notifications: NotificationsService) {}

  /** After the queue moved (a call), or a contact was left: everyone near is told, once. */
  async notifyNear(em: EntityManager, officeId: number, now: Date): Promise<void> {
    const [thresholds] = await em.execute<{ when_ahead: number; when_minutes: number; name: string }[]>('select settings_heads_up_when_ahead as when_ahead, settings_heads_up_when_minutes as when_minutes, name from office where id = ?', [
      officeId,
    ]);
    if (!thresholds || (thresholds.when_ahead === 0 && thresholds.when_minutes === 0)) return;
    const queue = await computeQueue(em, officeId, now);
    const near = queue.views.filter((view) => headsUpDue(view, { whenAhead: thresholds.when_ahead, whenMinutes: thresholds.when_minutes }));
    if (near.length === 0) return;
    const contacts = await em.execute<EntryContact[]>(
      `select e.id as entry_id, e.appointment_id,
              coalesce(t.email, a.contact_email) as email, coalesce(t.phone, a.contact_phone) as phone, coalesce(t.language, a.contact_language) as language,
              coalesce((select json_agg(s.id order by s.id) from ticket_push_subscription s where s.entry_id = e.id), '[]') as push_subscription_ids
         from queue_entry e
         left join ticket_contact t on t.entry_id = e.id
         left join appointment a on a.id = e.appointment_id
        where e.id = any(?::bigint[])`,
      [sqlArray(near.map((view) => Number(view.id)))],
    );
    for (const contact of contacts) {
      if (!contact.email && !contact.phone && contact.push_subscription_ids.length === 0) continue;
      const view = near.find((candidate) => candidate.id === String(contact.entry_id))!;
      await this.notifications.enqueue(
        em,
        {
          content: { kind: 'queueHeadsUp', officeName: thresholds.name, displayNumber: view.displayNumber, position: view.position! },
          language: languageOf(contact.language),
          email: contact.email,
          phone: contact.phone,
          pushSubscriptionIds: contact.push_subscription_ids,
          pushUrl: `${this.notifications.settings.publicBaseUrl}/portal/status`,
          appointmentId: contact.appointment_id,
          officeId,
          dedupeKey: `headsUp|${contact.entry_id}`,
        },
        now,
      );
    }
  }

  /**
   * The queue's day end of an office: the contacts and browser subscriptions left for its
   * entries of ended days are erased, and so are the notices sent to them (their recipients).
   */
  async forgetDay(em: EntityManager, officeId: number, today: string): Promise<void> {
    const ended = `select e.id from queue_entry e where e.office_id = ? and e.local_date < ?`;
    await em.execute(`delete from outbox_message where kind = 'queueHeadsUp' and office_id = ? and split_part(dedupe_key, '|', 2)::bigint in (${ended})`, [officeId, officeId, today]);
    await em.execute(`delete from ticket_contact where entry_id in (${ended})`, [officeId, today]);
    await em.execute(`delete from ticket_push_subscription where entry_id in (${ended})`, [officeId, today]);
  }
}
