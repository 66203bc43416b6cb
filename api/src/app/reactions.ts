import { createBuiltInRoles } from '../modules/accounts/roles';
import { dayPlanReactions as dayPlan } from '../modules/backoffice/day-plan-events';
import { createNumberSequence } from '../modules/booking/appointment-numbers';
import { materializeSlots } from '../modules/slots/slot-materializer';
import { leaveForAppointment } from '../modules/waitlist/waitlist-transition';
import type { NotificationReactions } from '../modules/notifications/notification-reactions';
import type { WebhookDeliveries } from '../modules/webhooks/webhook-deliveries';
import type { WaitlistOffers } from '../modules/waitlist/waitlist-offers';
import type { DrawOffers } from '../modules/draw/draw-offers';
import type { DomainEvents } from '../platform/events/domain-events';

/** The services that react to what other areas tell. */
export interface ReactingServices {
  notificationReactions: NotificationReactions;
  waitlistOffers: WaitlistOffers;
  drawOffers: DrawOffers;
  webhookDeliveries: WebhookDeliveries;
}

/**
 * Who reacts to which fact, in one place and in the order the reactions run: each runs in the
 * transaction that published the fact (docs/architecture.md shows this table, and a test keeps
 * the two alike). Adding a reaction is one line here and one method in the reacting module.
 */
export function registerReactions(events: DomainEvents, { notificationReactions: notify, waitlistOffers, drawOffers, webhookDeliveries: webhooks }: ReactingServices): void {
  events
    .on('organisationCreated', { name: 'accounts: the built-in roles counter, reception, lead and admin', handle: (em, event) => createBuiltInRoles(em, event.organisationId) })
    .on('organisationCreated', { name: "booking: the organisation's own sequence of appointment numbers", handle: (em, event) => createNumberSequence(em, event.organisationId) })
    .on('optInRequested', { name: 'notifications: the mail with the confirmation link', handle: (em, event) => notify.optInRequested(em, event) })
    .on('appointmentConfirmed', { name: "notifications: the confirmation, its reminders and the office's copy", handle: (em, event) => notify.appointmentConfirmed(em, event) })
    .on('appointmentConfirmed', { name: "backoffice: the office's open day plans are told", handle: (em, event) => dayPlan.changed(em, event) })
    .on('optInRequested', { name: "backoffice: the office's open day plans are told", handle: (em, event) => dayPlan.optIn(em, event) })
    .on('appointmentRescheduled', { name: 'notifications: the notice of the move and new reminders', handle: (em, event) => notify.appointmentRescheduled(em, event) })
    .on('appointmentRescheduled', { name: 'backoffice: the open day plans of both offices are told', handle: (em, event) => dayPlan.moved(em, event) })
    .on('appointmentCancelled', { name: 'waitlist: the appointment leaves the waitlist', handle: (em, event) => leaveForAppointment(em, event.appointmentId) })
    .on('appointmentCancelled', { name: "notifications: the notice of the cancellation and the office's copy", handle: (em, event) => notify.appointmentCancelled(em, event) })
    .on('confirmationResent', { name: 'notifications: the confirmation again, with the fresh code', handle: (em, event) => notify.confirmationResent(em, event) })
    .on('appointmentCancelled', { name: "backoffice: the office's open day plans are told", handle: (em, event) => dayPlan.changed(em, event) })
    .on('optInExpired', { name: 'notifications: the notice that the time to confirm ran out', handle: (em, event) => notify.optInExpired(em, event) })
    .on('optInExpired', { name: "backoffice: the office's open day plans are told", handle: (em, event) => dayPlan.optIn(em, event) })
    .on('capacityFreed', { name: "draw: freed slots on a drawn draw's dates offered to the next registration in draw order", handle: (em, event) => drawOffers.offerFreed(em, event) })
    .on('capacityFreed', { name: 'waitlist: freed slots held and offered to the first in line', handle: (em, event) => waitlistOffers.offerFreed(em, event) })
    .on('waitlistJoined', { name: 'notifications: the welcome with the link to leave', handle: (em, event) => notify.waitlistJoined(em, event) })
    .on('waitlistOfferMade', { name: 'notifications: the offer with the link to take it', handle: (em, event) => notify.waitlistOfferMade(em, event) })
    .on('drawRegistrationCreated', { name: 'notifications: the mail with the verification link, the SMS with the code where a phone was given', handle: (em, event) => notify.drawRegistrationCreated(em, event) })
    .on('drawOfferMade', { name: 'notifications: the slot won, with the link to accept or decline it', handle: (em, event) => notify.drawOfferMade(em, event) })
    .on('drawRegistrationUnmatched', { name: 'notifications: no slot this time, and whether the registration rolls over', handle: (em, event) => notify.drawRegistrationUnmatched(em, event) })
    .on('entryCalled', { name: 'notifications: heads-up to those whose turn nears', handle: (em, event) => notify.entryCalled(em, event) })
    .on('queueDayEnded', { name: 'notifications: the contacts and browsers walk-ins left for the day are erased', handle: (em, event) => notify.queueDayEnded(em, event) })
    .on('entryFinished', { name: "notifications: the office's survey after a finished visit, where it asks for one", handle: (em, event) => notify.entryFinished(em, event) })
    .on('officeCalendarChanged', { name: "slots: the office's days rebuilt from its rules, closures and holidays", handle: (em, event) => materializeSlots(em, event.officeId, event.at).then(() => undefined) })
    .on('appointmentReserved', { name: 'webhooks: which API key booked it, for its endpoints alone', handle: (em, event) => webhooks.appointmentReserved(em, event) })
    .on('appointmentConfirmed', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.appointmentConfirmed(em, event) })
    .on('appointmentRescheduled', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.appointmentRescheduled(em, event) })
    .on('appointmentCancelled', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.appointmentCancelled(em, event) })
    .on('appointmentCheckedIn', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.appointmentCheckedIn(em, event) })
    .on('entryFinished', { name: 'webhooks: a signed delivery to each endpoint that chose it (appointments only)', handle: (em, event) => webhooks.entryFinished(em, event) })
    .on('appointmentNoShow', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.appointmentNoShow(em, event) })
    .on('ticketIssued', { name: "webhooks: a signed delivery to each of the organisation's endpoints that chose it", handle: (em, event) => webhooks.ticketIssued(em, event) })
    .on('capacityChanged', { name: 'webhooks: a signed delivery to each endpoint that chose it', handle: (em, event) => webhooks.capacityChanged(em, event) })
    .on('webhookEndpointDisabled', { name: "notifications: the endpoint's owner is mailed", handle: (em, event) => notify.webhookEndpointDisabled(em, event) });
}
