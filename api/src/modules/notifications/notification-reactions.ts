import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  AppointmentCancelled,
  AppointmentConfirmed,
  ConfirmationResent,
  AppointmentRescheduled,
  DrawContact,
  DrawOfferMade,
  DrawRegistrationCreated,
  DrawRegistrationUnmatched,
  EntryCalled,
  EntryFinished,
  OptInExpired,
  QueueDayEnded,
  OptInRequested,
  WaitlistJoined,
  WaitlistOfferMade,
  WebhookEndpointDisabled,
} from '../../domain/events/domain-event';
import type { DrawFacts, Language } from '../../domain/notifications/messages';
import { portalLinks } from '../../platform/portal-links';
import { sqlArray, sqlInstant } from '../../platform/sql';
import type { HeadsUps } from './heads-up';
import { languageOf, type NotificationsService } from './notifications.service';

/**
 * What the citizen is told when something happens: each method reacts to one domain event, in
 * the transaction of the change, by writing to the outbox (and planning reminders). The table of
 * who reacts to what is api/src/app/reactions.ts.
 */
export class NotificationReactions {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly headsUps: HeadsUps,
  ) {}

  private get settings() {
    return this.notifications.settings;
  }

  async optInRequested(em: EntityManager, event: OptInRequested): Promise<void> {
    await this.notifications.notifyAppointment(em, event.appointmentId, 'optInRequested', event.at);
  }

  /** The confirmation (with the secret where the confirming request knows it) and the reminders. */
  async appointmentConfirmed(em: EntityManager, event: AppointmentConfirmed): Promise<void> {
    await this.notifications.notifyAppointment(em, event.appointmentId, 'confirmed', event.at, event.secret === null ? {} : { secret: event.secret });
    await this.notifications.planReminders(em, event.appointmentId, event.start, event.at);
    await this.notifications.copyToOffice(em, event.appointmentId, 'officeCopyBooked', event.at);
  }

  /** A confirmed appointment that moved: the citizen hears of it, and the reminders follow it. */
  async appointmentRescheduled(em: EntityManager, event: AppointmentRescheduled): Promise<void> {
    if (!event.confirmed) return;
    await this.notifications.notifyAppointment(em, event.appointmentId, 'rescheduled', event.at, { previousStart: event.previousStart, ...(event.secret === null ? {} : { secret: event.secret }) });
    await this.notifications.planReminders(em, event.appointmentId, event.start, event.at);
  }

  async appointmentCancelled(em: EntityManager, event: AppointmentCancelled): Promise<void> {
    if (event.officeReason === null) await this.notifications.notifyAppointment(em, event.appointmentId, 'cancelled', event.at);
    else await this.notifications.notifyAppointment(em, event.appointmentId, 'cancelledByOffice', event.at, { reason: event.officeReason });
    await this.notifications.copyToOffice(em, event.appointmentId, 'officeCopyCancelled', event.at);
  }

  /** A finished visit of a booked citizen: the office's survey, where it asks for one. */
  async entryFinished(em: EntityManager, event: EntryFinished): Promise<void> {
    const [entry] = await em.execute<{ appointment_id: number | null }[]>('select appointment_id from queue_entry where id = ?', [event.entryId]);
    if (entry?.appointment_id) await this.notifications.surveyAfterVisit(em, entry.appointment_id, event.at);
  }

  /** Staff or the 115 sent the confirmation again: the fresh code in it; the reminders stay as planned. */
  async confirmationResent(em: EntityManager, event: ConfirmationResent): Promise<void> {
    await this.notifications.notifyAppointment(em, event.appointmentId, 'confirmed', event.at, { secret: event.secret });
  }

  async optInExpired(em: EntityManager, event: OptInExpired): Promise<void> {
    await this.notifications.notifyAppointment(em, event.appointmentId, 'optInExpired', event.at);
  }

  /** The welcome on the waitlist names the offices and services, with the link to leave it. */
  async waitlistJoined(em: EntityManager, event: WaitlistJoined): Promise<void> {
    const [entry] = await em.execute<{ appointment_id: number | null; office_ids: number[]; service_ids: number[]; contact_email: string | null; contact_language: string }[]>(
      'select appointment_id, office_ids, service_ids, contact_email, contact_language from waitlist_entry where id = ?',
      [event.entryId],
    );
    const names = await em.execute<{ kind: string; name: string }[]>(
      `select 'office' as kind, name from office where id = any(?::bigint[])
       union all
       select 'service', coalesce(t.name, s.name) from service s left join service_translation t on t.service_id = s.id and t.language = ? where s.id = any(?::bigint[])`,
      [sqlArray(entry.office_ids), entry.contact_language, sqlArray(entry.service_ids)],
    );
    await this.notifications.enqueue(
      em,
      {
        content: {
          kind: 'waitlistJoined',
          officeNames: names.filter((name) => name.kind === 'office').map((name) => name.name),
          services: names.filter((name) => name.kind === 'service').map((name) => name.name),
          leaveUrl: portalLinks.waitlistEntry(this.settings.publicBaseUrl, event.leaveToken),
        },
        language: languageOf(entry.contact_language),
        email: entry.contact_email,
        phone: null,
        appointmentId: entry.appointment_id,
        // The entry's offices are of one organisation: the message is that organisation's.
        officeId: entry.office_ids[0] ?? null,
      },
      event.at,
    );
  }

  /** Offers a held slot to a waitlisted citizen (whose contact is the entry's, not the hold's). */
  async waitlistOfferMade(em: EntityManager, event: WaitlistOfferMade): Promise<void> {
    const loaded = await this.notifications.loadAppointment(em, event.holdId, languageOf(event.contact.language));
    if (!loaded) return;
    const offerUrl = portalLinks.waitlistOffer(this.settings.publicBaseUrl, event.offerToken);
    await this.notifications.enqueue(
      em,
      { content: { kind: 'waitlistOffer', appointment: loaded.facts, offerUrl, holdUntil: event.holdUntil }, language: loaded.language, email: event.contact.email, phone: null, officeId: loaded.row.office_id },
      event.at,
    );
  }

  /**
   * A registration for a draw: the mail with the link that confirms it and the link to its status;
   * where a phone was given (and SMS is configured), the SMS with the code, which proves the phone.
   */
  async drawRegistrationCreated(em: EntityManager, event: DrawRegistrationCreated): Promise<void> {
    const loaded = await this.drawFactsOf(em, event.registrationId, event.officeIds, event.serviceId, event.contact);
    if (!loaded) return;
    const [draw] = await em.execute<{ registration_closes_at: string; draw_at: string }[]>('select registration_closes_at, draw_at from draw where id = ?', [event.drawId]);
    if (!draw) return;
    const base = this.settings.publicBaseUrl;
    await this.notifications.enqueue(
      em,
      {
        content: {
          kind: 'drawVerify',
          draw: loaded.facts,
          closesAt: sqlInstant(draw.registration_closes_at),
          drawAt: sqlInstant(draw.draw_at),
          verifyUrl: portalLinks.drawVerify(base, event.verifyToken),
          statusUrl: portalLinks.drawStatus(base, event.statusToken),
          code: event.smsCode,
        },
        language: loaded.language,
        email: event.contact.email,
        phone: event.smsCode === null ? null : event.contact.phone,
        officeId: loaded.officeId,
        dedupeKey: `drawVerify|${event.registrationId}`,
      },
      event.at,
    );
  }

  /** A slot won in a draw, held for the registration's citizen, by mail and (where set) SMS. */
  async drawOfferMade(em: EntityManager, event: DrawOfferMade): Promise<void> {
    const loaded = await this.notifications.loadAppointment(em, event.holdId, languageOf(event.contact.language));
    if (!loaded) return;
    await this.notifications.enqueue(
      em,
      {
        // The hold carries no contact yet: the offer greets the registration's name, which the booking will carry.
        content: { kind: 'drawOffer', appointment: { ...loaded.facts, contactName: event.contact.name }, persons: event.persons, holdUntil: event.holdUntil, offerUrl: portalLinks.drawOffer(this.settings.publicBaseUrl, event.offerToken) },
        language: loaded.language,
        email: event.contact.email,
        phone: event.contact.phone,
        officeId: loaded.row.office_id,
        dedupeKey: `drawOffer|${event.offerId}`,
      },
      event.at,
    );
  }

  /** The draw's offering ended without a slot for the registration: it rolls over, or it ended. */
  async drawRegistrationUnmatched(em: EntityManager, event: DrawRegistrationUnmatched): Promise<void> {
    const [registration] = await em.execute<{ office_ids: number[] }[]>('select office_ids from draw_registration where id = ?', [event.registrationId]);
    if (!registration) return;
    const loaded = await this.drawFactsOf(em, event.registrationId, registration.office_ids, event.serviceId, event.contact);
    if (!loaded) return;
    await this.notifications.enqueue(
      em,
      {
        content: { kind: 'drawUnmatched', draw: loaded.facts, rolledOver: event.rolledOver, statusUrl: portalLinks.drawStatus(this.settings.publicBaseUrl, event.statusToken) },
        language: loaded.language,
        email: event.contact.email,
        phone: null,
        officeId: loaded.officeId,
        // Once per registration and draw: a rolled-over registration may go unmatched in the next one too.
        dedupeKey: `drawUnmatched|${event.registrationId}|${event.drawId}`,
      },
      event.at,
    );
  }

  /** What the draw's messages say of a registration, in its citizen's language; the first office's zone and organisation. */
  private async drawFactsOf(em: EntityManager, registrationId: number, officeIds: number[], serviceId: number, contact: DrawContact): Promise<{ facts: DrawFacts; language: Language; officeId: number } | null> {
    const language = languageOf(contact.language);
    const [registration] = await em.execute<{ date_from: string; date_to: string }[]>(`select to_char(date_from, 'YYYY-MM-DD') as date_from, to_char(date_to, 'YYYY-MM-DD') as date_to from draw_registration where id = ?`, [registrationId]);
    const offices = await em.execute<{ id: number; name: string; time_zone: string }[]>('select id, name, time_zone from office where id = any(?::bigint[]) order by array_position(?::bigint[], id)', [
      sqlArray(officeIds),
      sqlArray(officeIds),
    ]);
    const [service] = await em.execute<{ name: string }[]>('select coalesce(t.name, s.name) as name from service s left join service_translation t on t.service_id = s.id and t.language = ? where s.id = ?', [language, serviceId]);
    if (!registration || offices.length === 0 || !service) return null;
    return {
      facts: { contactName: contact.name, service: service.name, officeNames: offices.map((office) => office.name), dateFrom: registration.date_from, dateTo: registration.date_to, timeZone: offices[0].time_zone },
      language,
      // The draw's offices are of one organisation: the message is that organisation's, worded as its first office words it.
      officeId: Number(offices[0].id),
    };
  }

  /**
   * After a call: waiting citizens whose turn nears by the office's thresholds (walk-ins who left
   * a contact or a browser, checked-in appointments) are told once.
   */
  async entryCalled(em: EntityManager, event: EntryCalled): Promise<void> {
    await this.headsUps.notifyNear(em, event.officeId, event.at);
  }

  /** The queue's day ended: what walk-ins left to be reached by is erased with it. */
  async queueDayEnded(em: EntityManager, event: QueueDayEnded): Promise<void> {
    await this.headsUps.forgetDay(em, event.officeId, event.today);
  }

  /** A webhook endpoint's owner hears that it was disabled after failing: never silently. */
  async webhookEndpointDisabled(em: EntityManager, event: WebhookEndpointDisabled): Promise<void> {
    await this.notifications.enqueue(
      em,
      { content: { kind: 'webhookEndpointDisabled', url: event.url, consecutiveFailures: event.consecutiveFailures }, language: 'de', email: event.contactEmail, phone: null, organisationId: event.organisationId },
      event.at,
    );
  }
}
