import { AlarmService } from '../modules/alarms/alarm.service';
import { AccountsService } from '../modules/accounts/accounts.service';
import { OidcService } from '../modules/accounts/oidc/oidc.service';
import { AppointmentChangesService } from '../modules/booking/appointment-changes.service';
import { ReservationService } from '../modules/booking/reservation.service';
import { OnBehalfService } from '../modules/booking/on-behalf.service';
import { AppointmentSearchService } from '../modules/backoffice/appointment-search.service';
import { BookingFormService } from '../modules/booking/custom-fields.service';
import { NotesService } from '../modules/notes/notes.service';
import { CapacityService } from '../modules/capacity/capacity.service';
import { DayPlanService } from '../modules/backoffice/day-plan.service';
import { OrganisationHolidaysService } from '../modules/capacity/organisation-holidays.service';
import { CatalogService } from '../modules/catalog/catalog.service';
import { createMessaging } from '../modules/notifications/messaging';
import { HeadsUps } from '../modules/notifications/heads-up';
import { NotificationReactions } from '../modules/notifications/notification-reactions';
import { TicketContactsService } from '../modules/notifications/ticket-contacts.service';
import { createQueueServices } from '../modules/queue/queue.services';
import { AvailabilityService } from '../modules/slots/availability.service';
import { LeadPanelService } from '../modules/statistics/lead-panel.service';
import { StatisticsService } from '../modules/statistics/statistics.service';
import { WaitlistOffers } from '../modules/waitlist/waitlist-offers';
import { WaitlistService } from '../modules/waitlist/waitlist.service';
import { DrawOffers } from '../modules/draw/draw-offers';
import { DrawRunner } from '../modules/draw/draw-runner';
import { DrawService } from '../modules/draw/draw.service';
import type { AppConfig } from '../platform/config';
import { IdCodec } from '../platform/graphql/ids';
import { DomainEvents } from '../platform/events/domain-events';
import { registerReactions } from './reactions';
import { SecretBox } from '../platform/secrets';
import { OrganisationsService } from '../modules/catalog/organisations.service';
import { RolesService } from '../modules/accounts/roles';
import { createWebhookServices } from '../modules/webhooks/webhooks.services';
import { MaintenanceService } from '../modules/maintenance/maintenance.service';
import { ReleaseModeService } from '../modules/draw/release-mode.service';

/**
 * Every module's services, built once from the configuration: the server and the schema emitter
 * both take them from here, so that what the schema binds is what the server runs.
 */
export function buildServices(config: AppConfig) {
  const events = new DomainEvents();
  const messaging = createMessaging(config);
  const booking = { publicBaseUrl: config.publicBaseUrl, linkSecret: config.notifications.linkSecret, optInMinutes: config.notifications.optInMinutes };
  const waitlistSettings = { publicBaseUrl: config.publicBaseUrl, linkSecret: config.notifications.linkSecret, waitlistHoldMinutes: config.notifications.waitlistHoldMinutes };
  const reservations = new ReservationService(booking, events);
  const drawSettings = { publicBaseUrl: config.publicBaseUrl, linkSecret: config.notifications.linkSecret };
  // A draw's seed stays secret until the draw: sealed, a copy of the database alone does not reveal it.
  const drawSeeds = new SecretBox(config.notifications.linkSecret, 'draw-seed');
  const drawOffers = new DrawOffers(drawSettings, events);
  const appointmentChanges = new AppointmentChangesService(booking, events);
  // One codec per process: the schema's ID scalar and what leaves outside GraphQL (webhooks) agree.
  const ids = new IdCodec(config.notifications.linkSecret);
  const webhooks = createWebhookServices(config, events, ids);
  const bookingForms = new BookingFormService();
  const notes = new NotesService();
  const queue = createQueueServices({ publicBaseUrl: config.publicBaseUrl, linkSecret: config.notifications.linkSecret, events });
  const headsUps = new HeadsUps(messaging.notifications);
  const services = {
    events,
    /** Null without SMTP settings: outside production the mails then stay in the development mailbox. */
    mailer: messaging.mailer,
    notifications: messaging.notifications,
    messageTemplates: messaging.templates,
    notificationReactions: new NotificationReactions(messaging.notifications, headsUps),
    ticketContacts: new TicketContactsService({ vapidPublicKey: config.webPush?.publicKey ?? null, allowHttpPushEndpoints: config.environment !== 'production' }, queue.queries, headsUps),
    reservations,
    appointmentChanges,
    onBehalf: new OnBehalfService(appointmentChanges, events, booking),
    appointmentSearch: new AppointmentSearchService(),
    bookingForms,
    notes,
    waitlist: new WaitlistService(waitlistSettings, events, reservations, appointmentChanges),
    waitlistOffers: new WaitlistOffers(waitlistSettings, events),
    draws: new DrawService(drawSettings, events, reservations, drawSeeds, ids),
    drawOffers,
    drawRunner: new DrawRunner(drawSettings, events, drawSeeds, drawOffers),
    queue,
    accounts: new AccountsService(config.sessionHours, events, config.passwordHashCost),
    oidc: new OidcService({ allowHttpIssuers: config.environment !== 'production', sessionHours: config.sessionHours, clientSecrets: new SecretBox(config.notifications.linkSecret, 'identity-provider-client-secret') }),
    availability: new AvailabilityService(),
    capacity: new CapacityService(events),
    organisationHolidays: new OrganisationHolidaysService(events),
    catalog: new CatalogService(events),
    organisations: new OrganisationsService(events, config.legal),
    roles: new RolesService(),
    statistics: new StatisticsService(),
    ids,
    webhooks: webhooks.endpoints,
    webhookDeliveries: webhooks.deliveries,
    alarms: new AlarmService(),
    leadPanels: new LeadPanelService(),
    dayPlans: new DayPlanService(bookingForms, notes),
    maintenance: new MaintenanceService(),
    releaseModes: new ReleaseModeService(),
  };
  registerReactions(events, services);
  return services;
}

export type Services = ReturnType<typeof buildServices>;
