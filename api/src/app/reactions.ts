import type { DomainEvents } from '../platform/events/domain-events';
import type { NotificationsService } from '../modules/notifications/notifications.service';
import type { WaitlistService } from '../modules/waitlist/waitlist.service';

/** The services that react to what other areas tell. */
export interface ReactingServices {
  notifications: NotificationsService;
  waitlist: WaitlistService;
}

/** Registers every reaction to domain events, in the order they run (DomainEvents.table() lists them). */
export function registerReactions(events: DomainEvents, services: ReactingServices): void {
  // who reacts to which event, in one place: one `events.on(type, reaction)` per reaction
}
