/**
 * The facts one area tells the others, published inside the transaction of the change that
 * makes them true. Handlers that react to them (messages, waitlist offers) write in that same
 * transaction: what they write commits if and only if the change does. Who reacts to which fact
 * is written down in one place, api/src/app/reactions.ts.
 */

/** Every fact says when it became true: reactions date what they write by it, never by a clock of their own. */
interface Fact {
  at: Date;
}

export interface AppointmentReserved extends Fact {
  type: 'appointmentReserved';
  appointmentId: number;
  officeId: number;
  start: Date;
  /** The API key that reserved it, if one did: its webhooks hear of this booking. */
  apiKeyId: number | null;
}

/** A double-opt-in booking waits for the click on the link the citizen is sent. */
export interface OptInRequested extends Fact {
  type: 'optInRequested';
  appointmentId: number;
}

/** `secret` is known only to the request that confirmed it: the citizen's mail may carry it. */
export interface AppointmentConfirmed extends Fact {
  type: 'appointmentConfirmed';
  appointmentId: number;
  officeId: number;
  start: Date;
  secret: string | null;
}

/** Moved to another time or office (by the citizen, or onto a waitlist offer). */
export interface AppointmentRescheduled extends Fact {
  type: 'appointmentRescheduled';
  appointmentId: number;
  previousOfficeId: number;
  officeId: number;
  previousStart: Date;
  start: Date;
  /** Whether the appointment is confirmed: only then is the citizen told of the move. */
  confirmed: boolean;
  secret: string | null;
}

export interface AppointmentCancelled extends Fact {
  type: 'appointmentCancelled';
  appointmentId: number;
  officeId: number;
  /** Set when the office cancelled it (e.g. a closure), with the reason the citizen is given. */
  officeReason: string | null;
}

/** Staff or the 115 sent the confirmation again, with a fresh secret that replaces the old one. */
export interface ConfirmationResent extends Fact {
  type: 'confirmationResent';
  appointmentId: number;
  secret: string;
}

/** The time to confirm a double-opt-in booking ran out; its slots are free again. */
export interface OptInExpired extends Fact {
  type: 'optInExpired';
  appointmentId: number;
}

/** Claimed chains of slots became free again (a hold ran out, a release delay passed). */
export interface CapacityFreed extends Fact {
  type: 'capacityFreed';
  chains: { officeId: number; start: Date }[];
}

export interface TicketIssued extends Fact {
  type: 'ticketIssued';
  officeId: number;
  entryId: number;
}

export interface AppointmentCheckedIn extends Fact {
  type: 'appointmentCheckedIn';
  officeId: number;
  entryId: number;
  appointmentId: number;
}

/** A customer was called to a counter (first call or recall): the queue moved. */
export interface EntryCalled extends Fact {
  type: 'entryCalled';
  officeId: number;
  entryId: number;
  callCount: number;
}

/** An office's queue day ended (its local midnight): entries of earlier days are closed and counted. */
export interface QueueDayEnded extends Fact {
  type: 'queueDayEnded';
  officeId: number;
  /** The office's new local date: entries before it belong to ended days. */
  today: string;
}

/** A confirmed appointment's day ended without its citizen checking in. */
export interface AppointmentNoShow extends Fact {
  type: 'appointmentNoShow';
  appointmentId: number;
  officeId: number;
}

/** An office's capacity rules or closures changed, and its slots were rebuilt. */
export interface CapacityChanged extends Fact {
  type: 'capacityChanged';
  officeId: number;
}

/** A webhook endpoint failed too often in a row and was disabled: its owner must be told. */
export interface WebhookEndpointDisabled extends Fact {
  type: 'webhookEndpointDisabled';
  endpointId: number;
  organisationId: number;
  url: string;
  contactEmail: string;
  consecutiveFailures: number;
}

export interface EntryFinished extends Fact {
  type: 'entryFinished';
  officeId: number;
  entryId: number;
}

export interface WaitlistJoined extends Fact {
  type: 'waitlistJoined';
  entryId: number;
  /** The signed link by which the citizen leaves the waitlist. */
  leaveToken: string;
}

/** A freed slot is held for a waiting citizen, who is sent the link to take it. */
export interface WaitlistOfferMade extends Fact {
  type: 'waitlistOfferMade';
  offerId: number;
  holdId: number;
  officeId: number;
  start: Date;
  holdUntil: Date;
  offerToken: string;
  contact: { email: string | null; language: string };
}

/** What an office's days are planned from changed outside its capacity rules (its holiday region, its organisation's days). */
export interface OfficeCalendarChanged extends Fact {
  type: 'officeCalendarChanged';
  officeId: number;
}

/** A new organisation (tenant): the areas set up what each organisation has of its own. */
export interface OrganisationCreated extends Fact {
  type: 'organisationCreated';
  organisationId: number;
}

/** Whom a draw's messages go to. */
export interface DrawContact {
  name: string;
  email: string;
  phone: string | null;
  language: string;
}

/** A citizen registered for a draw: the mail with the verification link, the SMS code where a phone was given. */
export interface DrawRegistrationCreated extends Fact {
  type: 'drawRegistrationCreated';
  registrationId: number;
  drawId: number;
  officeIds: number[];
  serviceId: number;
  verifyToken: string;
  statusToken: string;
  smsCode: string | null;
  contact: DrawContact;
}

/** A registration won a slot: the offer, held until holdUntil. */
export interface DrawOfferMade extends Fact {
  type: 'drawOfferMade';
  offerId: number;
  registrationId: number;
  holdId: number;
  officeId: number;
  serviceId: number;
  start: Date;
  holdUntil: Date;
  offerToken: string;
  persons: number;
  contact: DrawContact;
}

/** The draw's offering ended without a slot for this registration. */
export interface DrawRegistrationUnmatched extends Fact {
  type: 'drawRegistrationUnmatched';
  registrationId: number;
  drawId: number;
  serviceId: number;
  rolledOver: boolean;
  statusToken: string;
  contact: DrawContact;
}

export type DomainEvent =
  | OrganisationCreated
  | AppointmentReserved
  | OptInRequested
  | AppointmentConfirmed
  | AppointmentRescheduled
  | AppointmentCancelled
  | ConfirmationResent
  | OptInExpired
  | CapacityFreed
  | TicketIssued
  | AppointmentCheckedIn
  | EntryCalled
  | EntryFinished
  | QueueDayEnded
  | AppointmentNoShow
  | CapacityChanged
  | WebhookEndpointDisabled
  | WaitlistJoined
  | WaitlistOfferMade
  | OfficeCalendarChanged
  | DrawRegistrationCreated
  | DrawOfferMade
  | DrawRegistrationUnmatched;

export type DomainEventType = DomainEvent['type'];

export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
