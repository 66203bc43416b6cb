import { createBuiltInRoles } from '../modules/accounts/roles';
import { createNumberSequence } from '../modules/booking/appointment-numbers';
import { materializeSlots } from '../modules/slots/slot-materializer';
import { leaveForAppointment } from '../modules/waitlist/waitlist-transition';
import type { NotificationReactions } from '../modules/notifications/notification-reactions';
import type { WaitlistOffers } from '../modules/waitlist/waitlist-offers';
import type { DomainEvents } from '../platform/events/domain-events';

/** The services that react to what other areas tell. */
export interface ReactingServices {
  notificationReactions: NotificationReactions;
  waitlistOffers: WaitlistOffers;
}

/**
 * Who reacts to which fact, in one place and in the order the reactions run: each runs in the
 * transaction that published the fact (docs/architecture.md shows this table, and a test keeps
 * the two alike). Adding a reaction is one line here and one method in the reacting module.
 */
export function registerReactions(events: DomainEvents, { notificationReactions: notify, waitlistOffers }: ReactingServices): void {
  events
    .on('organisationCreated', { name: 'accounts: the built-in roles counter, reception, lead and admin', handle: (em, event) => createBuiltInRoles(em, event.organisationId) })
    .on('organisationCreated', { name: "booking: the organisation's own sequence of appointment numbers", handle: (em, event) => createNumberSequence(em, event.organisationId) })
    .on('optInRequested', { name: 'notifications: the mail with the confirmation link', handle: (em, event) => notify.optInRequested(em, event) })
    .on('appointmentConfirmed', { name: "notifications: the confirmation, its reminders and the office's copy", handle: (em, event) => notify.appointmentConfirmed(em, event) })
    .on('appointmentRescheduled', { name: 'notifications: the notice of the move and new reminders', handle: (em, event) => notify.appointmentRescheduled(em, event) })
    .on('appointmentCancelled', { name: 'waitlist: the appointment leaves the waitlist', handle: (em, event) => leaveForAppointment(em, event.appointmentId) })
    .on('appointmentCancelled', { name: "notifications: the notice of the cancellation and the office's copy", handle: (em, event) => notify.appointmentCancelled(em, event) })
    .on('optInExpired', { name: 'notifications: the notice that the time to confirm ran out', handle: (em, event) => notify.optInExpired(em, event) })
    .on('capacityFreed', { name: 'waitlist: freed slots held and offered to the first in line', handle: (em, event) => waitlistOffers.offerFreed(em, event) })
    .on('waitlistJoined', { name: 'notifications: the welcome with the link to leave', handle: (em, event) => notify.waitlistJoined(em, event) })
    .on('waitlistOfferMade', { name: 'notifications: the offer with the link to take it', handle: (em, event) => notify.waitlistOfferMade(em, event) })
    .on('entryCalled', { name: 'notifications: heads-up to those whose turn nears', handle: (em, event) => notify.entryCalled(em, event) })
    .on('entryFinished', { name: "notifications: the office's survey after a finished visit, where it asks for one", handle: (em, event) => notify.entryFinished(em, event) })
    .on('officeCalendarChanged', { name: "slots: the office's days rebuilt from its rules, closures and holidays", handle: (em, event) => materializeSlots(em, event.officeId, event.at).then(() => undefined) });
}
