import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarFile } from '../../domain/booking/ics';
import { LinkPurpose, signLinkToken } from '../../domain/notifications/link-token';
import { calendarTexts, composeEmail, composeSms, isLanguage, isTemplateKind, serviceLine, type AppointmentFacts, type CustomText, type Language, type MessageContent, type MessageKind } from '../../domain/notifications/messages';
import { remindersFor, retentionCutoff, retryDelayMinutes } from '../../domain/notifications/schedule';
import type { AppConfig } from '../../platform/config';
import { JobKind, scheduleJob, type LeasedJobHandler } from '../../platform/jobs/job-queue';
import { portalLinks } from '../../platform/portal-links';
import { errorSummary } from '../../platform/safe-error';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { officeMessageSettingsOf, officeText } from './message-texts';
import { OutboxChannel, OutboxStatus } from './outbox.entity';
import { PushSubscriptionGone, type Mailer, type PushSender, type SmsProvider } from './transports';

/** The appointment events that tell the citizen something. */
export type AppointmentNotice = 'confirmed' | 'optInRequested' | 'rescheduled' | 'cancelled' | 'cancelledByOffice' | 'optInExpired' | 'reminder';

/** Message kinds that also go out by SMS to a phone number (when SMS is configured). */
const smsKinds: ReadonlySet<MessageKind> = new Set(['confirmed', 'rescheduled', 'cancelled', 'cancelledByOffice', 'reminder', 'queueHeadsUp', 'waitlistOffer', 'drawVerify', 'drawOffer']);

interface AppointmentRow {
  id: number;
  number: number;
  office_id: number;
  status: string;
  start_at: Date;
  end_at: Date;
  hold_expires_at: Date | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_language: string;
  office_name: string;
  time_zone: string;
  address: string;
}

interface OutboxRow {
  id: string;
  message_id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  ics: string | null;
  status: OutboxStatus;
  attempts: number;
  kind: string;
  /** A push message's browser keys, from its subscription (null once the subscription is gone). */
  push_endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
}

/** How a send ended: by which way it went, or why it failed (without the recipient); `gone` when a push subscription ended. */
type Delivery = { via: string } | { error: string; gone?: boolean };

/** A delivery's lease outlasts its slowest send by this much: the recording of the outcome, and clocks of processes that differ by some seconds. */
const deliveryLeaseMarginMs = 60_000;

/** What of a failed send may be stored: servers quote the recipient, or other addresses, in their refusals. */
function failureOf(error: unknown, recipient: string): string {
  return errorSummary(error)
    .replaceAll(recipient, '<recipient>')
    .replace(/[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g, '<address>');
}

export interface NewMessage {
  content: MessageContent;
  language: Language;
  email: string | null;
  phone: string | null;
  appointmentId?: number | null;
  officeId?: number | null;
  /** For a message about neither appointment nor office (e.g. to a webhook's owner): whose it is. */
  organisationId?: number | null;
  ics?: string | null;
  /** Makes the message once-only: a second one with this key is not written. */
  dedupeKey?: string | null;
  /** Browsers subscribed to Web Push that are told too (kinds with a short text, as SMS). */
  pushSubscriptionIds?: number[];
  /** Where a push notice leads when clicked. */
  pushUrl?: string;
}

export function languageOf(value: string | null | undefined): Language {
  return isLanguage(value) ? value : 'de';
}

export interface NotificationSettings {
  publicBaseUrl: string;
  notifications: AppConfig['notifications'];
}

/**
 * Writes messages to the outbox in the caller's transaction and delivers them from the job
 * table; plans reminders; erases what is past its retention.
 */
export class NotificationsService {
  private readonly host: string;
  /**
   * Job: sends one message outside any transaction, so that a slow server holds up nothing but
   * this message. A process that dies while sending leaves the message pending and its job leased:
   * once the lease has passed it is sent again, with the same Message-ID.
   */
  readonly delivery: LeasedJobHandler<OutboxRow, Delivery>;

  constructor(
    readonly settings: NotificationSettings,
    private readonly mailer: Mailer | null,
    private readonly sms: SmsProvider | null,
    /** Without a mailer, emails count as delivered to the development mailbox page. */
    private readonly keepMailsLocally: boolean,
    /** Null when no VAPID keys are configured: browser notices are off. */
    private readonly push: PushSender | null,
  ) {
    this.host = new URL(settings.publicBaseUrl).hostname;
    this.delivery = {
      leaseMs: Math.max(mailer?.maxSendMs ?? 0, sms?.maxSendMs ?? 0, push?.maxSendMs ?? 0) + deliveryLeaseMarginMs,
      claim: (em, outboxId) => this.claimDelivery(em, outboxId),
      work: (row) => this.attemptDelivery(row),
      finish: (em, outboxId, _row, delivery, now) => this.recordDelivery(em, outboxId, delivery, now),
    };
  }

  sign(purpose: LinkPurpose, subject: number, expiresAt: Date): string {
    return signLinkToken({ purpose, subject, expiresAt }, this.settings.notifications.linkSecret);
  }

  /** Writes the message for each channel the contact has and plans its delivery now. */
  async enqueue(em: EntityManager, message: NewMessage, now: Date): Promise<void> {
    const targets: { channel: OutboxChannel; recipient: string; pushSubscriptionId?: number }[] = [];
    if (message.email) targets.push({ channel: OutboxChannel.email, recipient: message.email });
    if (message.phone && this.sms && smsKinds.has(message.content.kind)) targets.push({ channel: OutboxChannel.sms, recipient: message.phone });
    if (this.push && smsKinds.has(message.content.kind)) {
      for (const subscriptionId of message.pushSubscriptionIds ?? []) targets.push({ channel: OutboxChannel.push, recipient: `subscription ${subscriptionId}`, pushSubscriptionId: subscriptionId });
    }
    const custom = targets.length > 0 ? await this.customTextOf(em, message) : null;
    for (const target of targets) {
      const email = composeEmail(message.content, message.language, custom);
      const isEmail = target.channel === OutboxChannel.email;
      const shortText = composeSms(message.content, message.language, custom);
      // What the service worker shows: the notice's title and its short text, and where a click leads.
      const textBody = isEmail ? email.text : target.channel === OutboxChannel.push ? JSON.stringify({ title: email.subject, body: shortText, url: message.pushUrl ?? portalLinks.book(this.settings.publicBaseUrl) }) : shortText;
      const [written] = await em.execute<{ id: string }[]>(
        `insert into outbox_message (message_id, kind, channel, recipient, subject, text_body, html_body, ics, dedupe_key, appointment_id, office_id, organisation_id, push_subscription_id, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing returning id`,
        [
          `<${randomUUID()}@${this.host}>`,
          message.content.kind,
          target.channel,
          target.recipient,
          email.subject,
          textBody,
          isEmail ? email.html : null,
          isEmail ? (message.ics ?? null) : null,
          message.dedupeKey ? `${message.dedupeKey}|${target.channel}${target.pushSubscriptionId === undefined ? '' : `|${target.pushSubscriptionId}`}` : null,
          message.appointmentId ?? null,
          message.officeId ?? null,
          message.organisationId ?? null,
          target.pushSubscriptionId ?? null,
          now,
        ],
      );
      if (written) await scheduleJob(em, JobKind.deliverMessage, written.id, now);
    }
  }

  /** The office's own wording of the message, else its organisation's; null keeps the built-in text. */
  private async customTextOf(em: EntityManager, message: NewMessage): Promise<CustomText | null> {
    const { kind } = message.content;
    if (!message.officeId || !isTemplateKind(kind)) return null;
    const text = await officeText(em, message.officeId, kind, message.language);
    return text && { subject: text.subject, body: text.body, allowedHosts: this.settings.notifications.linkHosts };
  }

  /** The appointment and what a message says of it, in `language` (by default the one its citizen chose). */
  async loadAppointment(em: EntityManager, appointmentId: number, language?: Language): Promise<{ row: AppointmentRow; facts: AppointmentFacts; language: Language } | null> {
    const [raw] = await em.execute<AppointmentRow[]>(
      `select a.id, a.number, a.office_id, a.status, a.start_at, a.end_at, a.hold_expires_at, a.contact_name, a.contact_email, a.contact_phone, a.contact_language,
              o.name as office_name, o.time_zone,
              o.address_street || ' ' || o.address_house_number || ', ' || o.address_postal_code || ' ' || o.address_city as address
         from appointment a join office o on o.id = a.office_id where a.id = ?`,
      [appointmentId],
    );
    if (!raw) return null;
    const row = { ...raw, start_at: sqlInstant(raw.start_at), end_at: sqlInstant(raw.end_at), hold_expires_at: raw.hold_expires_at && sqlInstant(raw.hold_expires_at) };
    const wanted = language ?? languageOf(row.contact_language);
    // The catalogue's German texts stand in where it has no translation.
    const services = await em.execute<{ service_id: number; name: string; quantity: number; what_to_bring: string | null }[]>(
      `select a.service_id, coalesce(t.name, s.name) as name, a.quantity, coalesce(t.what_to_bring, s.what_to_bring) as what_to_bring
         from appointment_service a join service s on s.id = a.service_id
         left join service_translation t on t.service_id = s.id and t.language = ?
        where a.appointment_id = ? order by a.position`,
      [wanted, appointmentId],
    );
    const distinct = [...new Map(services.map((service) => [service.service_id, service])).values()];
    return {
      row,
      language: wanted,
      facts: {
        number: row.number,
        officeName: row.office_name,
        officeAddress: row.address,
        start: row.start_at,
        timeZone: row.time_zone,
        services: services.map((service) => serviceLine(service.name, service.quantity, wanted)),
        contactName: row.contact_name,
        whatToBring: distinct.map((service) => ({ service: service.name, items: service.what_to_bring?.split('\n').filter(Boolean) ?? [] })),
      },
    };
  }

  /**
   * The appointment as an iCalendar file in its citizen's language; its UID stays the same across
   * moves and the cancellation. Its link opens the appointment where the secret is known: the
   * file goes to the citizen alone, and without the code the page would only ask for it.
   */
  async calendarOf(em: EntityManager, appointmentId: number, now: Date, secret?: string): Promise<string> {
    const loaded = await this.loadAppointment(em, appointmentId);
    if (!loaded) throw new Error(`no appointment ${appointmentId}`);
    return this.calendarFor(em, loaded.row, loaded.facts, loaded.language, now, portalLinks.manageAppointment(this.settings.publicBaseUrl, String(loaded.row.number), secret));
  }

  private async calendarFor(em: EntityManager, row: AppointmentRow, facts: AppointmentFacts, language: Language, now: Date, manageUrl: string): Promise<string> {
    // Each calendar file sent before counts as a version: a later one replaces it in the citizen's calendar.
    const [{ sent }] = await em.execute<{ sent: string }[]>(`select count(*) as sent from outbox_message where appointment_id = ? and channel = 'email' and ics is not null`, [row.id]);
    return calendarFile({
      uid: `appointment-${row.id}@${this.host}`,
      start: row.start_at,
      end: row.end_at,
      stamp: now,
      sequence: Number(sent),
      cancelled: row.status === 'cancelled',
      ...calendarTexts(facts, manageUrl, language),
      url: manageUrl,
    });
  }

  /**
   * Tells the citizen of an appointment what happened to it, by mail (with the calendar file)
   * and SMS, in the transaction of the change. `secret` is known only right after confirming.
   */
  async notifyAppointment(em: EntityManager, appointmentId: number, notice: AppointmentNotice, now: Date, extra: { secret?: string; previousStart?: Date; reason?: string; dedupeKey?: string } = {}): Promise<void> {
    const loaded = await this.loadAppointment(em, appointmentId);
    if (!loaded || (!loaded.row.contact_email && !loaded.row.contact_phone)) return;
    const { row, facts, language } = loaded;
    const base = this.settings.publicBaseUrl;
    const manageUrl = portalLinks.manageAppointment(base, String(row.number), extra.secret);
    const cancelUrl = portalLinks.cancelAppointment(base, this.sign(LinkPurpose.cancel, row.id, row.end_at));
    let content: MessageContent;
    switch (notice) {
      case 'confirmed':
        content = { kind: notice, appointment: facts, manageUrl, cancelUrl, secret: extra.secret };
        break;
      case 'reminder':
        content = { kind: notice, appointment: facts, manageUrl, cancelUrl };
        break;
      case 'rescheduled':
        content = { kind: notice, appointment: facts, manageUrl, cancelUrl, previousStart: extra.previousStart ?? row.start_at, secret: extra.secret };
        break;
      case 'optInRequested': {
        const confirmBy = row.hold_expires_at ?? now;
        // The link outlives the deadline until the appointment's time, so that a late click learns
        // the time to confirm ran out (ReservationExpired) rather than that the link is broken.
        content = { kind: notice, appointment: facts, confirmBy, confirmUrl: portalLinks.confirmAppointment(base, this.sign(LinkPurpose.confirm, row.id, row.start_at)) };
        break;
      }
      case 'cancelled':
        content = { kind: notice, appointment: facts };
        break;
      case 'cancelledByOffice':
        content = { kind: notice, appointment: facts, reason: extra.reason ?? '', bookUrl: portalLinks.book(base) };
        break;
      case 'optInExpired':
        content = { kind: notice, appointment: facts, bookUrl: portalLinks.book(base) };
        break;
    }
    const withCalendar = notice !== 'optInRequested' && notice !== 'optInExpired';
    await this.enqueue(
      em,
      {
        content,
        language,
        email: row.contact_email,
        phone: row.contact_phone,
        appointmentId: row.id,
        officeId: row.office_id,
        ics: withCalendar ? await this.calendarFor(em, row, facts, language, now, manageUrl) : null,
        dedupeKey: extra.dedupeKey,
      },
      now,
    );
  }

  /** Plans the reminders of an appointment that starts at `start`; moved appointments get new ones. */
  async planReminders(em: EntityManager, appointmentId: number, start: Date, now: Date): Promise<void> {
    const [appointment] = await em.execute<{ office_id: number }[]>('select office_id from appointment where id = ?', [appointmentId]);
    // The office's own times where it set some, as they are when the appointment is booked or moved.
    const offsets = (appointment && (await officeMessageSettingsOf(em, appointment.office_id)).reminderOffsetsMinutes) ?? this.settings.notifications.reminderOffsetsMinutes;
    for (const reminder of remindersFor(start, offsets, now)) {
      await scheduleJob(em, JobKind.sendReminder, `${appointmentId}|${start.toISOString()}|${reminder.offsetMinutes}`, reminder.dueAt);
    }
  }

  /** Job: the reminder, unless the appointment was cancelled or moved since it was planned. */
  async remind(em: EntityManager, key: string, now: Date): Promise<null> {
    const [appointmentId, start] = key.split('|');
    const [row] = await em.execute<{ start_at: Date; status: string }[]>('select start_at, status from appointment where id = ?', [Number(appointmentId)]);
    if (row && row.status === 'confirmed' && sqlInstant(row.start_at).toISOString() === start && sqlInstant(row.start_at) > now) {
      await this.notifyAppointment(em, Number(appointmentId), 'reminder', now, { dedupeKey: `reminder|${key}` });
    }
    return null;
  }

  /** The office's copy of a booking or cancellation, to the address it set (none without one). */
  async copyToOffice(em: EntityManager, appointmentId: number, kind: 'officeCopyBooked' | 'officeCopyCancelled', now: Date): Promise<void> {
    // The office reads German: its copy is in German whatever the citizen chose.
    const loaded = await this.loadAppointment(em, appointmentId, 'de');
    if (!loaded) return;
    const { copyEmail } = await officeMessageSettingsOf(em, loaded.row.office_id);
    if (!copyEmail) return;
    await this.enqueue(
      em,
      {
        content: { kind, appointment: loaded.facts, contact: { email: loaded.row.contact_email, phone: loaded.row.contact_phone } },
        language: 'de',
        email: copyEmail,
        phone: null,
        appointmentId,
        officeId: loaded.row.office_id,
        dedupeKey: `${kind}|${appointmentId}`,
      },
      now,
    );
  }

  /** After a finished visit: the office's survey, once, to a citizen who left an email address. */
  async surveyAfterVisit(em: EntityManager, appointmentId: number, now: Date): Promise<void> {
    const loaded = await this.loadAppointment(em, appointmentId);
    if (!loaded?.row.contact_email) return;
    const { surveyUrl } = await officeMessageSettingsOf(em, loaded.row.office_id);
    if (!surveyUrl) return;
    await this.enqueue(
      em,
      { content: { kind: 'survey', appointment: loaded.facts, surveyUrl }, language: loaded.language, email: loaded.row.contact_email, phone: null, appointmentId, officeId: loaded.row.office_id, dedupeKey: `survey|${appointmentId}` },
      now,
    );
  }

  private async claimDelivery(em: EntityManager, outboxId: string): Promise<OutboxRow | null> {
    const [row] = await em.execute<OutboxRow[]>(
      `select o.*, s.endpoint as push_endpoint, s.p256dh, s.auth from outbox_message o left join ticket_push_subscription s on s.id = o.push_subscription_id where o.id = ? and o.status = 'pending'`,
      [outboxId],
    );
    return row ?? null;
  }

  private attemptDelivery(row: OutboxRow): Promise<Delivery> {
    return this.send(row).then(
      (via) => ({ via }),
      (error: unknown) => ({ error: failureOf(error, row.recipient), gone: error instanceof PushSubscriptionGone }),
    );
  }

  /** Records a send, unless the message was recorded as sent meanwhile; answers when to try a failed one again. */
  private async recordDelivery(em: EntityManager, outboxId: string, delivery: Delivery, now: Date): Promise<Date | null> {
    if ('via' in delivery) {
      await em.execute(`update outbox_message set status = 'sent', sent_at = ?, delivered_via = ?, attempts = attempts + 1, last_error = null where id = ? and status = 'pending'`, [now, delivery.via, outboxId]);
      return null;
    }
    if (delivery.gone) {
      // The browser unsubscribed or the push service forgot it: no retry, and no message to it again.
      const [ended] = await em.execute<{ push_subscription_id: number | null }[]>(`update outbox_message set status = ?, attempts = attempts + 1, last_error = ? where id = ? and status = 'pending' returning push_subscription_id`, [
        OutboxStatus.failed,
        delivery.error,
        outboxId,
      ]);
      if (ended?.push_subscription_id) await em.execute('delete from ticket_push_subscription where id = ?', [ended.push_subscription_id]);
      return null;
    }
    const [failed] = await em.execute<{ attempts: number }[]>(`update outbox_message set attempts = attempts + 1, last_error = ? where id = ? and status = 'pending' returning attempts`, [delivery.error, outboxId]);
    if (!failed) return null;
    const delay = retryDelayMinutes(failed.attempts);
    if (delay === null) {
      await em.execute('update outbox_message set status = ? where id = ?', [OutboxStatus.failed, outboxId]);
      return null;
    }
    return new Date(now.getTime() + delay * 60_000);
  }

  private async send(row: OutboxRow): Promise<string> {
    if (row.channel === OutboxChannel.sms) {
      if (!this.sms) throw new Error('SMS is not configured');
      await this.sms.send(row.recipient, row.text_body, row.message_id);
      return 'sms';
    }
    if (row.channel === OutboxChannel.push) {
      if (!this.push) throw new Error('web push is not configured (VAPID keys)');
      if (!row.push_endpoint || !row.p256dh || !row.auth) throw new PushSubscriptionGone('the push subscription was removed');
      await this.push.send({ endpoint: row.push_endpoint, p256dh: row.p256dh, auth: row.auth }, row.text_body);
      return 'push';
    }
    if (this.mailer) {
      await this.mailer.send({ messageId: row.message_id, to: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body, ics: row.ics });
      return 'smtp';
    }
    if (this.keepMailsLocally) return 'mailbox';
    throw new Error('no SMTP server is configured (SMTP_URL)');
  }

  /**
   * Part of the daily retention job: messages about appointments whose contact data was just
   * erased go with it, and every message past the message retention.
   */
  async forgetMessages(em: EntityManager, erasedAppointmentIds: number[], now: Date): Promise<void> {
    if (erasedAppointmentIds.length > 0) await em.execute('delete from outbox_message where appointment_id = any(?::bigint[])', [sqlArray(erasedAppointmentIds)]);
    await em.execute('delete from outbox_message where created_at < ?', [retentionCutoff(now, this.settings.notifications.messageRetentionDays)]);
  }
}
