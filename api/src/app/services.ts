import { AccountsService } from '../modules/accounts/accounts.service';
import { BookingService } from '../modules/booking/booking.service';
import { CapacityService } from '../modules/capacity/capacity.service';
import { CatalogService } from '../modules/catalog/catalog.service';
import { createMessaging } from '../modules/notifications/messaging';
import { QueueService } from '../modules/queue/queue.service';
import { AvailabilityService } from '../modules/slots/availability.service';
import { StatisticsService } from '../modules/statistics/statistics.service';
import type { AppConfig } from '../platform/config';
import { DomainEvents } from '../platform/events/domain-events';
import { registerReactions } from './reactions';

/**
 * Every module's services, built once from the configuration: the server and the schema emitter
 * both take them from here, so that what the schema binds is what the server runs.
 */
export function buildServices(config: AppConfig) {
  const events = new DomainEvents();
  const messaging = createMessaging(config);
  const services = {
    events,
    /** Null without SMTP settings: outside production the mails then stay in the development mailbox. */
    mailer: messaging.mailer,
    notifications: messaging.notifications,
    waitlist: messaging.waitlist,
    queue: new QueueService(config.publicBaseUrl, (em, officeId, now) => messaging.notifications.queueHeadsUp(em, officeId, now)),
    accounts: new AccountsService(config.sessionHours),
    booking: new BookingService(config.publicBaseUrl, messaging.notifications, messaging.waitlist),
    availability: new AvailabilityService(),
    capacity: new CapacityService(),
    catalog: new CatalogService(),
    statistics: new StatisticsService(),
  };
  registerReactions(events, services);
  return services;
}

export type Services = ReturnType<typeof buildServices>;
