/** What an endpoint may subscribe to: facts of the domain events, named as receivers see them. */
export enum WebhookEventType {
  appointmentConfirmed = 'appointmentConfirmed',
  appointmentRescheduled = 'appointmentRescheduled',
  appointmentCancelled = 'appointmentCancelled',
  appointmentCheckedIn = 'appointmentCheckedIn',
  appointmentFinished = 'appointmentFinished',
  appointmentNoShow = 'appointmentNoShow',
  ticketIssued = 'ticketIssued',
  capacityChanged = 'capacityChanged',
}

/** The `type` of a payload, in the dotted form of Standard Webhooks (e.g. "appointment.confirmed"). */
export const wireType: Record<WebhookEventType, string> = {
  [WebhookEventType.appointmentConfirmed]: 'appointment.confirmed',
  [WebhookEventType.appointmentRescheduled]: 'appointment.rescheduled',
  [WebhookEventType.appointmentCancelled]: 'appointment.cancelled',
  [WebhookEventType.appointmentCheckedIn]: 'appointment.checked_in',
  [WebhookEventType.appointmentFinished]: 'appointment.finished',
  [WebhookEventType.appointmentNoShow]: 'appointment.no_show',
  [WebhookEventType.ticketIssued]: 'ticket.issued',
  [WebhookEventType.capacityChanged]: 'capacity.changed',
};

/** The test ping: no endpoint subscribes to it, every endpoint may be sent it. */
export const pingType = 'webhook.ping';

/** Who registered an endpoint, and so what it may hear. */
export type Receiver =
  /** An organisation's admin: every fact of the organisation; contact data if the admin may read it. */
  | { kind: 'organisation'; withContact: boolean }
  /** An API key: only the appointments it booked (and the capacity everyone may see); contact data for the 115's keys, which entered it. */
  | { kind: 'apiKey'; apiKeyId: number; withContact: boolean };

/** What a fact is about, as far as who may hear it goes. */
export type Subject = { kind: 'appointment'; bookedByApiKeyId: number | null } | { kind: 'ticket' } | { kind: 'capacity' };

/** Whether a receiver hears of a fact at all: a key never hears of others' bookings nor of walk-ins. */
export function hears(receiver: Receiver, subject: Subject): boolean {
  if (receiver.kind === 'organisation') return true;
  switch (subject.kind) {
    case 'appointment':
      return subject.bookedByApiKeyId === receiver.apiKeyId;
    case 'ticket':
      return false;
    case 'capacity':
      return true;
  }
}

/** Delivery attempts before a delivery is given up as failed (about two days with the backoff below). */
export const maxDeliveryAttempts = 12;

/** When to try a failed delivery again: 30 s, 1, 2, 4 … minutes (8.5 hours at the last), at most 12 hours apart; null once `attempts` failures used up the budget. */
export function retryDelaySeconds(attempts: number): number | null {
  if (attempts >= maxDeliveryAttempts) return null;
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 12 * 3600);
}

/** Whether a run of failures disables the endpoint. */
export function disablesEndpoint(consecutiveFailures: number, disableAfterFailures: number): boolean {
  return consecutiveFailures >= disableAfterFailures;
}
