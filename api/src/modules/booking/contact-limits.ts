import type { EntityManager } from '@mikro-orm/postgresql';
import { mailboxOf } from '../../domain/booking/contact-rules';
import { mayBookDespiteNoShows, noShowWindowStart } from '../../domain/notifications/schedule';
import { NoShowLimitReached, TooManyAppointments } from '../../platform/graphql/errors';
import type { OfficeRow } from '../catalog/office-row';

/** What one contact may hold at one office: the address limit of the guards and the office's no-show limit. */
export interface ContactLimits {
  activeAppointmentsPerEmail: number;
}

/** Why a contact may not book one more appointment at an office. */
export type ContactLimitProblem = InstanceType<typeof TooManyAppointments> | InstanceType<typeof NoShowLimitReached>;

/**
 * Why the contact may not book one more appointment at the office now, or null. Every new booking
 * with a contact asks this (a confirmation, a waitlist offer taken without an appointment), within
 * the transaction that then books: two bookings of one mailbox are counted one after the other.
 */
export async function contactLimitProblem(em: EntityManager, office: OfficeRow, email: string, contactKey: string, now: Date, limits: ContactLimits): Promise<ContactLimitProblem | null> {
  if (await emailHoldsEnough(em, office.id, email, now, limits.activeAppointmentsPerEmail)) {
    return new TooManyAppointments(limits.activeAppointmentsPerEmail, `This email address already holds ${limits.activeAppointmentsPerEmail} future appointments at this office.`);
  }
  if (!(await staysWithinNoShowLimit(em, office, contactKey, now))) {
    return new NoShowLimitReached(`Appointments were missed with this email address recently: it may hold at most ${office.settings_no_show_limit} open bookings at this office.`);
  }
  return null;
}

async function emailHoldsEnough(em: EntityManager, officeId: number, email: string, now: Date, allowed: number): Promise<boolean> {
  // Two confirmations with one address at once are counted one after the other.
  const mailbox = mailboxOf(email);
  await em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [2, `${officeId}:${mailbox}`]);
  const [{ count }] = await em.execute<{ count: string }[]>(
    `select count(*) from appointment
      where office_id = ? and start_at > ? and status in ('preconfirmed', 'confirmed')
        and regexp_replace(rtrim(lower(contact_email), '.'), '\\+[^@]*@', '@') = ?`,
    [officeId, now, mailbox],
  );
  return Number(count) >= allowed;
}

/** Remote tickets that never checked in (the queue's noShow) count as no-shows of their contact too. */
export async function staysWithinNoShowLimit(em: EntityManager, office: OfficeRow, contactKey: string, now: Date): Promise<boolean> {
  if (office.settings_no_show_limit === 0) return true;
  const [counts] = await em.execute<{ no_shows: string; open: string }[]>(
    `select count(*) filter (where status = 'noShow' and start_at >= ?)
              + (select count(*) from queue_entry q where q.office_id = ? and q.contact_digest = ? and q.status = 'noShow' and q.arrived_at >= ?) as no_shows,
            count(*) filter (where status in ('preconfirmed', 'confirmed') and start_at > ?) as open
       from appointment where office_id = ? and contact_digest = ?`,
    [noShowWindowStart(now), office.id, contactKey, noShowWindowStart(now), now, office.id, contactKey],
  );
  return mayBookDespiteNoShows(Number(counts.no_shows), Number(counts.open), office.settings_no_show_limit);
}
