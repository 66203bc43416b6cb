/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Closes an office for a day or for days in a row. */
export type AddClosureInput = {
  /** The first day it is closed, today or later. */
  date: string;
  /** The office. */
  officeId: string | number;
  /** Why, for staff, e.g. "Betriebsausflug"; up to 200 characters. */
  reason?: string;
  /** The last day it is closed, at most 366 days from the first; omitted or null: the first day only. */
  until?: string | null | undefined;
};

/** Identifies an appointment to its holder: the number and the secret. */
export type AppointmentAccessInput = {
  /** The appointment number. */
  number: number;
  /** The secret confirmAppointment answered with. */
  secret: string;
};

/** Where an appointment is in its lifecycle. */
export type AppointmentStatus =
  /** Called to a counter. */
  | 'called'
  /** Cancelled; its slots return after the release delay. */
  | 'cancelled'
  /** The citizen has arrived and waits in the queue. */
  | 'checkedIn'
  /** Booked. */
  | 'confirmed'
  /** The hold or the opt-in ran out; the slots are free again. */
  | 'expired'
  /** Served. */
  | 'finished'
  /** Being served. */
  | 'inService'
  /** Called without answer too often, or checked in and not served by the end of its day. */
  | 'missed'
  /** Never checked in by the end of its day. */
  | 'noShow'
  /** Confirmed by the caller, waiting for the email address to be confirmed (double opt-in). */
  | 'preconfirmed'
  /** Held by reserveSlot, waiting for confirmAppointment; expires after the hold time. */
  | 'reserved';

/** taken: booked or held; freed: a hold expired or a release delay ended; calendar: rules, closures or a new day. */
export type AvailabilityChangeReason =
  | 'calendar'
  | 'freed'
  | 'taken';

/** Services, where to look, and a range of days (at most 92). */
export type AvailableDaysInput = {
  /** First day, inclusive. */
  from: string;
  /** Offices to look at, up to 500; omitted or empty means every office offering all the services. */
  officeIds?: Array<string | number> | null | undefined;
  /** Services of one appointment, 1..10, in the order they are served; their durations add up. */
  serviceIds: Array<string | number>;
  /** Inclusive; at most 92 days after from. */
  to: string;
};

/** Services, where to look, and one day. */
export type AvailableSlotsInput = {
  /** The day, in the offices' time zone. */
  date: string;
  /** Offices to look at, up to 500; omitted or empty means every office offering all the services. */
  officeIds?: Array<string | number> | null | undefined;
  /** Services of one appointment, 1..10, in the order they are served; their durations add up. */
  serviceIds: Array<string | number>;
};

/** The appointment to cancel: its number and secret. */
export type CancelAppointmentInput = {
  /** Language of the notice and of later messages; default the one chosen when booking. */
  language?: MessageLanguage | null | undefined;
  /** The appointment number. */
  number: number;
  /** The secret confirmAppointment answered with. */
  secret: string;
};

/** How an appointment or ticket came in; set by who calls, never by an argument. */
export type Channel =
  /** Staff on site. */
  | 'COUNTER'
  /** The 115, Berlin's public-service phone line, with an API key of level callcenter. */
  | 'HOTLINE'
  /** A wait ticket drawn at a kiosk. */
  | 'KIOSK'
  /** A third-party front end with an API key of level public. */
  | 'PARTNER'
  /** Online, without a key: the citizen portal. */
  | 'PORTAL';

/** Checks in a citizen with an appointment on arrival. */
export type CheckInInput = {
  /** The appointment number. */
  number: number;
  /** The office the citizen arrived at. */
  officeId: string | number;
};

/** Confirms a reservation with the contact data of the citizen. */
export type ConfirmAppointmentInput = {
  /** The citizen's contact data, checked by the channel's rules. */
  contact: ContactInput;
  /** Language of the mails, SMS and calendar files about this appointment, and of the service names in them; default German. */
  language?: MessageLanguage | null | undefined;
  /** The token reserveSlot answered with. */
  reservationToken: string;
};

/** Contact data; online bookings need an email address, the 115 an email or a phone number. */
export type ContactInput = {
  /** Email address; needed online (portal, partners), by the 115 unless a phone number is given. */
  email?: string | null | undefined;
  /** Name of the citizen; needed online and by the 115. */
  name?: string | null | undefined;
  /** Phone number, digits with + ( ) / - and spaces. */
  phone?: string | null | undefined;
};

/** A new counter (workstation) of an office. */
export type CreateCounterInput = {
  /** Name shown on call displays, unique within the office, e.g. "Schalter 3". */
  name: string;
  /** The office. */
  officeId: string | number;
  /** Room or place, e.g. "Raum 104". */
  room?: string | null | undefined;
};

/** A display or kiosk for one office, or for an office group (displays shared by several offices). */
export type CreateDeviceInput = {
  /** The office group it serves; give this or officeId. */
  groupId?: string | number | null | undefined;
  /** Display or kiosk. */
  kind: DeviceKind;
  /** Where it stands, e.g. "Anzeige Wartesaal". */
  name: string;
  /** The office it serves; give this or groupId. */
  officeId?: string | number | null | undefined;
};

/** A new staff account. Office admins create accounts for their offices; only admins create admins. */
export type CreateStaffAccountInput = {
  /** Name shown to colleagues. */
  displayName: string;
  /** Administers the whole platform (admins only). */
  isAdmin?: boolean;
  /** Roles at offices; at least one unless isAdmin. Needs the admin right at each office. */
  memberships: Array<MembershipInput>;
  /** At least 12 characters. */
  password: string;
  /** Login name, 2..100 characters: letters, digits and . _ @ -; stored lower case, unique. */
  username: string;
};

/** A call display or a ticket and check-in kiosk. */
export type DeviceKind =
  | 'display'
  | 'kiosk';

/** One entry of a queue. */
export type EntryInput = {
  /** The queue entry. */
  entryId: string | number;
};

/** Codes of the expected failures that mutations answer with. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'CHECK_IN_REFUSED'
  | 'COUNTER_OCCUPIED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_AT_COUNTER'
  | 'NOT_FOUND'
  | 'NO_SHOW_LIMIT_REACHED'
  | 'OFFICE_CLOSED'
  | 'OUTSIDE_BOOKING_WINDOW'
  | 'PROOF_OF_WORK_REQUIRED'
  | 'QUEUE_EMPTY'
  | 'RESERVATION_EXPIRED'
  | 'SLOT_UNAVAILABLE'
  | 'TICKETS_EXHAUSTED'
  | 'TOO_MANY_APPOINTMENTS';

/** Ends the service of an entry, with what was served (for statistics). */
export type FinishServiceInput = {
  /** The queue entry. */
  entryId: string | number;
  /** The services actually served; default those it came for. */
  servedServiceIds?: Array<string | number> | null | undefined;
};

/** A wait ticket (Wartemarke) for a walk-in at one office. */
export type IssueTicketInput = {
  /** The office. */
  officeId: string | number;
  /** What the walk-in comes for. */
  serviceIds: Array<string | number>;
};

/** Joins the waitlist for an earlier slot: with an appointment (number and secret) or without one (services, contact). */
export type JoinWaitlistInput = {
  /** The appointment to move forward; its services and contact are used. Omit to wait without one. */
  appointment?: AppointmentAccessInput | null | undefined;
  /** Name and email address, without an appointment (offers go there). */
  contact?: ContactInput | null | undefined;
  /** Language of the offers, without an appointment; default German. */
  language?: MessageLanguage | null | undefined;
  /** Offices the citizen would go to, at most 5; with an appointment default its office. */
  officeIds?: Array<string | number> | null | undefined;
  /** Services wanted, without an appointment (with one, its services). */
  serviceIds?: Array<string | number> | null | undefined;
  /** Only slots starting before this instant are offered (with an appointment, always before it). */
  startsBefore?: string | null | undefined;
};

/** A signed token from a link in a mail (the fragment `#token=…` of the portal page). */
export type LinkTokenInput = {
  /** The token, as the link carried it. */
  token: string;
};

/** A role at one office. */
export type MembershipInput = {
  /** The office. */
  officeId: string | number;
  /** The role there. */
  role: OfficeRole;
};

/** Language of the mails and SMS to the citizen. */
export type MessageLanguage =
  /** German (the default). */
  | 'de'
  /** English. */
  | 'en';

/** staff work the queue of an office; officeAdmin also administers it. */
export type OfficeRole =
  | 'officeAdmin'
  | 'staff';

/** One block of weekly opening hours, local time. */
export type OpeningHoursInput = {
  /** HH:MM */
  close: string;
  /** HH:MM */
  open: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<number>;
};

/** A ticket (its number) or an appointment (its number), with its secret. */
export type QueueAccessInput = {
  /** The number shown to the citizen: the ticket number with its prefix, or the appointment number. */
  number: string;
  /** The secret of the ticket or appointment. */
  secret: string;
};

/** A step staff may take with a queue entry, named after the mutation that takes it. */
export type QueueAction =
  /** Call it to the caller's counter (callEntry). */
  | 'callEntry'
  /** End its service (finishService). */
  | 'finishService'
  /** Mark it missed: no answer (markMissed). */
  | 'markMissed'
  /** Set it aside until requeued (parkEntry). */
  | 'parkEntry'
  /** Call it again; after maxCalls calls it counts as missed (recallEntry). */
  | 'recallEntry'
  /** Hand it on to another office or service (redirectEntry). */
  | 'redirectEntry'
  /** Put it back into the queue (requeueEntry). */
  | 'requeueEntry'
  /** Make it urgent, or normal again (setEntryPriority). */
  | 'setEntryPriority'
  /** Start serving it (startService). */
  | 'startService';

/** Where a customer is in the queue of the day. */
export type QueueEntryStatus =
  /** Called to a counter, not yet served. */
  | 'called'
  /** Withdrawn while waiting. */
  | 'cancelled'
  /** Served. */
  | 'finished'
  /** Being served at a counter. */
  | 'inService'
  /** Did not answer the calls; staff may requeue until the day ends. */
  | 'missed'
  /** Set aside by staff (e.g. a document is missing) until requeued. */
  | 'parked'
  /** Handed on to another office or service; a new entry with the same number continues. */
  | 'redirected'
  /** Waiting to be called. */
  | 'waiting';

/** Hands an entry on to another office or other services; the citizen keeps the number. */
export type RedirectEntryInput = {
  /** The queue entry. */
  entryId: string | number;
  /** Another office; default this one. */
  officeId?: string | number | null | undefined;
  /** Other services; default the same. */
  serviceIds?: Array<string | number> | null | undefined;
};

/** A reservation to give up before it is confirmed. */
export type ReleaseReservationInput = {
  /** The token reserveSlot answered with. */
  reservationToken: string;
};

/** Moves an appointment; the new slots are secured before the old ones are released. */
export type RescheduleAppointmentInput = {
  /** Language of the confirmation of the move, its calendar file and later messages; default the one chosen when booking. */
  language?: MessageLanguage | null | undefined;
  /** The appointment number. */
  number: number;
  /** Another office; default the current one. */
  officeId?: string | number | null | undefined;
  /** The secret confirmAppointment answered with. */
  secret: string;
  /** Other services; default the current ones. */
  serviceIds?: Array<string | number> | null | undefined;
  /** The new start, one of availableSlots' startTimes. */
  start: string;
};

/** A slot chain to hold: the office, the services and the start of the first slot. */
export type ReserveSlotInput = {
  /** The office, from availableSlots. */
  officeId: string | number;
  /** The solved proofOfWorkChallenge (base64 ALTCHA payload); anonymous callers need it where the server asks for it. */
  proofOfWork?: string | null | undefined;
  /** Services in the order they are served; one service may appear more than once. */
  serviceIds: Array<string | number>;
  /** Start of the first slot, one of availableSlots' startTimes. */
  start: string;
};

/** The complete weekly opening hours of an office; they replace the current ones. */
export type SetOpeningHoursInput = {
  /** Blocks of opening hours, at most 21; an empty list means no opening hours. */
  hours: Array<OpeningHoursInput>;
  /** The office to change. */
  officeId: string | number;
};

/** A service's texts in one language (admins only); German changes the service itself. */
export type SetServiceTextInput = {
  /** What the service is, up to 2000 characters; null for none. */
  description?: string | null | undefined;
  /** The language of the texts. */
  language: MessageLanguage;
  /** Name shown to citizens in this language; 1..200 characters. */
  name: string;
  /** The service. */
  serviceId: string | number;
  /** What to bring, one item a line, up to 2000 characters; null for none. */
  whatToBring?: string | null | undefined;
};

/** A counter to work at; signing in again moves the caller to the new counter. */
export type SignInAtCounterInput = {
  /** The counter. */
  counterId: string | number;
  /** Services this counter serves now; omitted serves all. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Take the counter over from whoever works there (office admins of its office and admins only); omitted, an occupied counter answers CounterOccupied. */
  takeOver?: boolean | null | undefined;
};

/** Replaces the fields of a capacity rule; omitted optional fields take their defaults. */
export type UpdateCapacityRuleInput = {
  /** How many days ahead the booking window reaches, 0..365, not below startInDays. Default 60. */
  endInDays?: number;
  /** HH:MM local time, exclusive. */
  endTime: string;
  /** Counters serving in parallel for bookings by staff on site, 0..1000; at least publicCounters, since both limit one count of what is taken. */
  internCounters: number;
  /** Counters serving in parallel for bookings of the public (portal, partners, 115), 0..1000. */
  publicCounters: number;
  /** Applies every N weeks (1..52), counted from the week of validFrom; default 1. */
  repeatEveryWeeks?: number;
  /** The rule to change. */
  ruleId: string | number;
  /** Slot length in minutes, 5..120, dividing the daily range; one office uses one slot length. Default 10. */
  slotMinutes?: number;
  /** Lead time in days: closer days are bookable by staff only. Default 1. */
  startInDays?: number;
  /** HH:MM local time. */
  startTime: string;
  /** First day the rule applies. */
  validFrom: string;
  /** Last day the rule applies; null or omitted = open-ended. */
  validUntil?: string | null | undefined;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; at least one. */
  weekdays: Array<number>;
};

/** Settings to change; omitted ones stay as they are. */
export type UpdateOfficeSettingsInput = {
  /** Minutes before its time an appointment may check in, 0..240. */
  checkInEarlyMinutes?: number | null | undefined;
  /** Minutes after its time an appointment may still check in, 0..240. */
  checkInLateMinutes?: number | null | undefined;
  /** Days after an appointment that its contact data is erased, 1..3650. */
  contactRetentionDays?: number | null | undefined;
  /** A line for the call displays of the office, up to 200 characters; empty for none. */
  displayMessage?: string | null | undefined;
  /** Whether online bookings need a confirmation of the email address. */
  doubleOptIn?: boolean | null | undefined;
  /** Calls without answer after which an entry counts as missed, 1..10. */
  maxCalls?: number | null | undefined;
  /** Most services one appointment may hold, 1..10. */
  maxServicesPerAppointment?: number | null | undefined;
  /** Open bookings a contact with recent no-shows may hold, 0..20; 0 sets no limit. */
  noShowLimit?: number | null | undefined;
  /** The office to change. */
  officeId: string | number;
  /** Minutes before a cancelled appointment frees its slots, 0..1440. */
  releaseDelayMinutes?: number | null | undefined;
  /** Minutes a reservation is held, 1..240. */
  reservationMinutes?: number | null | undefined;
  /** Most wait tickets issued per day, 0..99999. */
  ticketDailyContingent?: number | null | undefined;
  /** First number of the daily ticket range, 1..99999; not above ticketLastNumber. */
  ticketFirstNumber?: number | null | undefined;
  /** Last number of the daily ticket range, 1..99999. */
  ticketLastNumber?: number | null | undefined;
  /** Put before ticket numbers, up to 4 characters; empty for none. */
  ticketPrefix?: string | null | undefined;
};

export type BookingReleaseReservationMutationVariables = Exact<{
  input: ReleaseReservationInput;
}>;


export type BookingReleaseReservationMutation = { releaseReservation:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type QueueIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type QueueIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'Ticket', secret: string, statusUrl: string, entry: { id: string, displayNumber: string, position: number | null, estimatedWaitMinutes: number | null } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type QueueCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type QueueCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus }
   };

export type QueueQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type QueueQueueQuery = { queue: { version: number, entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, withAppointment: boolean, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null }> } };

export type QueueSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type QueueSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession', counterName: string }
    | { __typename: 'NotFound' }
   };

export type QueueCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type QueueCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotAtCounter', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEmpty', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, counterName: string | null }
   };

export type QueueCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type QueueCreateCounterMutation = { createCounter:
    | { id: string, name: string }
    | Record<PropertyKey, never>
   };

export type QueueCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type QueueCreateDeviceMutation = { createDevice:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type QueueCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type QueueCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type QueueSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type QueueSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type QueueCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type QueueCallIssuedSubscription = { callIssued: { displayNumber: string, counterName: string, room: string | null, version: number } };

export type QueueMyQueueStatusSubscriptionVariables = Exact<{
  input: QueueAccessInput;
}>;


export type QueueMyQueueStatusSubscription = { myQueueStatus: { status: QueueEntryStatus, position: number | null, counterName: string | null, version: number } };

export type QueueFinishServiceMutationVariables = Exact<{
  input: FinishServiceInput;
}>;


export type QueueFinishServiceMutation = { finishService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry' }
   };

export type QueueMyQueueStatus2SubscriptionVariables = Exact<{
  input: QueueAccessInput;
}>;


export type QueueMyQueueStatus2Subscription = { myQueueStatus: { displayNumber: string, status: QueueEntryStatus, position: number | null } };

export type QueueUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type QueueUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type QueueRedirectEntryMutationVariables = Exact<{
  input: RedirectEntryInput;
}>;


export type QueueRedirectEntryMutation = { redirectEntry:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus }
   };

export type QueueQueueStatusQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type QueueQueueStatusQuery = { queueStatus: { status: QueueEntryStatus, position: number | null } | null };

export type QueueCallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type QueueCallEntryMutation = { callEntry:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type QueueFinishService2MutationVariables = Exact<{
  input: FinishServiceInput;
}>;


export type QueueFinishService2Mutation = { finishService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry' }
   };

export type QueueWaitingInfoQueryVariables = Exact<{
  officeId: string | number;
}>;


export type QueueWaitingInfoQuery = { waitingInfo: { version: number, waitingCount: number, estimatedWaitMinutes: number, countersServing: number } };

export type QueueRecentCallsQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type QueueRecentCallsQuery = { recentCalls: { versions: Array<{ officeId: string, version: number }>, calls: Array<{ id: string, displayNumber: string, counterName: string, callCount: number }> } };

export type QueueQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueQueueChangedSubscription = { queueChanged: { version: number } };

export type QueueMyQueueStatus3SubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueMyQueueStatus3Subscription = { myQueueStatus: { status: QueueEntryStatus } };

export type QueueQueueChanged2SubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type QueueQueueChanged2Subscription = { queueChanged: { version: number } };

export type QueueUpdateOfficeSettings2MutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type QueueUpdateOfficeSettings2Mutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type QueueIssueTicket2MutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type QueueIssueTicket2Mutation = { issueTicket:
    | { entry: { id: string, allowedActions: Array<QueueAction> } }
    | Record<PropertyKey, never>
   };

export type WaitlistJoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type WaitlistJoinWaitlistMutation = { joinWaitlist:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'TooManyAppointments', code: ErrorCode, message: string }
    | { __typename: 'WaitlistJoined', token: string, entry: { status: string, appointmentNumber: number | null, offices: Array<{ id: string }>, services: Array<{ id: string }> } }
   };

export type WaitlistWaitlistOfferQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type WaitlistWaitlistOfferQuery = { waitlistOffer: { status: string, start: string, holdExpiresAt: string, appointmentNumber: number | null, office: { id: string } } | null };

export type WaitlistTakeWaitlistOfferMutationVariables = Exact<{
  input: LinkTokenInput;
}>;


export type WaitlistTakeWaitlistOfferMutation = { takeWaitlistOffer:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NoShowLimitReached', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'ReservationExpired', code: ErrorCode }
    | { __typename: 'TooManyAppointments', code: ErrorCode }
    | { __typename: 'WaitlistOfferTaken', secret: string | null, manageUrl: string | null, appointment: { number: number, status: AppointmentStatus, start: string } }
   };

export type WaitlistLeaveWaitlistMutationVariables = Exact<{
  input: LinkTokenInput;
}>;


export type WaitlistLeaveWaitlistMutation = { leaveWaitlist:
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'WaitlistEntryView', status: string }
   };

export type WaitlistSetServiceTextMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type WaitlistSetServiceTextMutation = { setServiceText:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Service' }
   };

export type WaitlistAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type WaitlistAvailabilityChangedSubscription = { availabilityChanged: { reason: AvailabilityChangeReason } };

export type WaitlistUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type WaitlistUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type ReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type ReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string }
    | { __typename: 'Reservation', id: string, token: string, expiresAt: string, start: string, end: string, services: Array<{ durationSlots: number, service: { id: string } }>, office: { id: string } }
    | { __typename: 'SlotUnavailable', code: ErrorCode, message: string }
   };

export type ConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type ConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment', secret: string, manageUrl: string, ics: string, appointment: { id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, contactEmail: string | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, problems: Array<string> }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ReservationExpired', code: ErrorCode, message: string }
    | { __typename: 'TooManyAppointments', code: ErrorCode, message: string }
   };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment:
    | { __typename: 'Appointment', status: AppointmentStatus }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', status: AppointmentStatus, start: string, end: string, office: { id: string } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string }
    | { __typename: 'SlotUnavailable', code: ErrorCode, message: string }
   };

export type AppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type AppointmentQuery = { appointment: { number: number, status: AppointmentStatus, start: string, end: string, channel: Channel, office: { id: string, name: string }, services: Array<{ durationSlots: number, service: { id: string, name: string } }> } | null };

export type AvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type AvailableDaysQuery = { availableDays: Array<{ date: string, offices: Array<{ id: string }> }> };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ version: number, startTimes: Array<string>, office: { id: string } }> };

export type AddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type AddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange', closure: { id: string, date: string } | null, affectedAppointments: Array<{ number: number, start: string }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type UpdateCapacityRuleMutationVariables = Exact<{
  input: UpdateCapacityRuleInput;
}>;


export type UpdateCapacityRuleMutation = { updateCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ number: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, problems: Array<string> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BookingReleaseReservationDocument = new TypedDocumentString(`
    mutation BookingReleaseReservation($input: ReleaseReservationInput!) {
  releaseReservation(input: $input) {
    __typename
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BookingReleaseReservationMutation, BookingReleaseReservationMutationVariables>;
export const QueueIssueTicketDocument = new TypedDocumentString(`
    mutation QueueIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on Ticket {
      secret
      statusUrl
      entry {
        id
        displayNumber
        position
        estimatedWaitMinutes
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QueueIssueTicketMutation, QueueIssueTicketMutationVariables>;
export const QueueCheckInDocument = new TypedDocumentString(`
    mutation QueueCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
      displayNumber
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QueueCheckInMutation, QueueCheckInMutationVariables>;
export const QueueQueueDocument = new TypedDocumentString(`
    query QueueQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    version
    entries {
      id
      displayNumber
      status
      withAppointment
      position
      estimatedWaitMinutes
      counterName
    }
  }
}
    `) as unknown as TypedDocumentString<QueueQueueQuery, QueueQueueQueryVariables>;
export const QueueSignInAtCounterDocument = new TypedDocumentString(`
    mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
    ... on CounterSession {
      counterName
    }
  }
}
    `) as unknown as TypedDocumentString<QueueSignInAtCounterMutation, QueueSignInAtCounterMutationVariables>;
export const QueueCallNextDocument = new TypedDocumentString(`
    mutation QueueCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      id
      displayNumber
      status
      counterName
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<QueueCallNextMutation, QueueCallNextMutationVariables>;
export const QueueCreateCounterDocument = new TypedDocumentString(`
    mutation QueueCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueueCreateCounterMutation, QueueCreateCounterMutationVariables>;
export const QueueCreateDeviceDocument = new TypedDocumentString(`
    mutation QueueCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<QueueCreateDeviceMutation, QueueCreateDeviceMutationVariables>;
export const QueueCreateStaffAccountDocument = new TypedDocumentString(`
    mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueCreateStaffAccountMutation, QueueCreateStaffAccountMutationVariables>;
export const QueueSetOpeningHoursDocument = new TypedDocumentString(`
    mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueSetOpeningHoursMutation, QueueSetOpeningHoursMutationVariables>;
export const QueueCallIssuedDocument = new TypedDocumentString(`
    subscription QueueCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    displayNumber
    counterName
    room
    version
  }
}
    `) as unknown as TypedDocumentString<QueueCallIssuedSubscription, QueueCallIssuedSubscriptionVariables>;
export const QueueMyQueueStatusDocument = new TypedDocumentString(`
    subscription QueueMyQueueStatus($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    status
    position
    counterName
    version
  }
}
    `) as unknown as TypedDocumentString<QueueMyQueueStatusSubscription, QueueMyQueueStatusSubscriptionVariables>;
export const QueueFinishServiceDocument = new TypedDocumentString(`
    mutation QueueFinishService($input: FinishServiceInput!) {
  finishService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueFinishServiceMutation, QueueFinishServiceMutationVariables>;
export const QueueMyQueueStatus2Document = new TypedDocumentString(`
    subscription QueueMyQueueStatus2($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    displayNumber
    status
    position
  }
}
    `) as unknown as TypedDocumentString<QueueMyQueueStatus2Subscription, QueueMyQueueStatus2SubscriptionVariables>;
export const QueueUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueUpdateOfficeSettingsMutation, QueueUpdateOfficeSettingsMutationVariables>;
export const QueueRedirectEntryDocument = new TypedDocumentString(`
    mutation QueueRedirectEntry($input: RedirectEntryInput!) {
  redirectEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      displayNumber
      status
    }
  }
}
    `) as unknown as TypedDocumentString<QueueRedirectEntryMutation, QueueRedirectEntryMutationVariables>;
export const QueueQueueStatusDocument = new TypedDocumentString(`
    query QueueQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
    position
  }
}
    `) as unknown as TypedDocumentString<QueueQueueStatusQuery, QueueQueueStatusQueryVariables>;
export const QueueCallEntryDocument = new TypedDocumentString(`
    mutation QueueCallEntry($input: EntryInput!) {
  callEntry(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueCallEntryMutation, QueueCallEntryMutationVariables>;
export const QueueFinishService2Document = new TypedDocumentString(`
    mutation QueueFinishService2($input: FinishServiceInput!) {
  finishService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueFinishService2Mutation, QueueFinishService2MutationVariables>;
export const QueueWaitingInfoDocument = new TypedDocumentString(`
    query QueueWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    version
    waitingCount
    estimatedWaitMinutes
    countersServing
  }
}
    `) as unknown as TypedDocumentString<QueueWaitingInfoQuery, QueueWaitingInfoQueryVariables>;
export const QueueRecentCallsDocument = new TypedDocumentString(`
    query QueueRecentCalls($officeId: ID) {
  recentCalls(officeId: $officeId) {
    versions {
      officeId
      version
    }
    calls {
      id
      displayNumber
      counterName
      callCount
    }
  }
}
    `) as unknown as TypedDocumentString<QueueRecentCallsQuery, QueueRecentCallsQueryVariables>;
export const QueueQueueChangedDocument = new TypedDocumentString(`
    subscription QueueQueueChanged {
  queueChanged(officeId: "999999") {
    version
  }
}
    `) as unknown as TypedDocumentString<QueueQueueChangedSubscription, QueueQueueChangedSubscriptionVariables>;
export const QueueMyQueueStatus3Document = new TypedDocumentString(`
    subscription QueueMyQueueStatus3 {
  myQueueStatus(input: {number: "1", secret: "wrong"}) {
    status
  }
}
    `) as unknown as TypedDocumentString<QueueMyQueueStatus3Subscription, QueueMyQueueStatus3SubscriptionVariables>;
export const QueueQueueChanged2Document = new TypedDocumentString(`
    subscription QueueQueueChanged2($officeId: ID!) {
  queueChanged(officeId: $officeId) {
    version
  }
}
    `) as unknown as TypedDocumentString<QueueQueueChanged2Subscription, QueueQueueChanged2SubscriptionVariables>;
export const QueueUpdateOfficeSettings2Document = new TypedDocumentString(`
    mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueUpdateOfficeSettings2Mutation, QueueUpdateOfficeSettings2MutationVariables>;
export const QueueIssueTicket2Document = new TypedDocumentString(`
    mutation QueueIssueTicket2($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    ... on Ticket {
      entry {
        id
        allowedActions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueIssueTicket2Mutation, QueueIssueTicket2MutationVariables>;
export const WaitlistJoinWaitlistDocument = new TypedDocumentString(`
    mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
    ... on WaitlistJoined {
      token
      entry {
        status
        appointmentNumber
        offices {
          id
        }
        services {
          id
        }
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistJoinWaitlistMutation, WaitlistJoinWaitlistMutationVariables>;
export const WaitlistWaitlistOfferDocument = new TypedDocumentString(`
    query WaitlistWaitlistOffer($input: LinkTokenInput!) {
  waitlistOffer(input: $input) {
    status
    start
    holdExpiresAt
    appointmentNumber
    office {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistWaitlistOfferQuery, WaitlistWaitlistOfferQueryVariables>;
export const WaitlistTakeWaitlistOfferDocument = new TypedDocumentString(`
    mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) {
  takeWaitlistOffer(input: $input) {
    __typename
    ... on WaitlistOfferTaken {
      secret
      manageUrl
      appointment {
        number
        status
        start
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistTakeWaitlistOfferMutation, WaitlistTakeWaitlistOfferMutationVariables>;
export const WaitlistLeaveWaitlistDocument = new TypedDocumentString(`
    mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) {
  leaveWaitlist(input: $input) {
    __typename
    ... on WaitlistEntryView {
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WaitlistLeaveWaitlistMutation, WaitlistLeaveWaitlistMutationVariables>;
export const WaitlistSetServiceTextDocument = new TypedDocumentString(`
    mutation WaitlistSetServiceText($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitlistSetServiceTextMutation, WaitlistSetServiceTextMutationVariables>;
export const WaitlistAvailabilityChangedDocument = new TypedDocumentString(`
    subscription WaitlistAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    reason
  }
}
    `) as unknown as TypedDocumentString<WaitlistAvailabilityChangedSubscription, WaitlistAvailabilityChangedSubscriptionVariables>;
export const WaitlistUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitlistUpdateOfficeSettingsMutation, WaitlistUpdateOfficeSettingsMutationVariables>;
export const ReserveSlotDocument = new TypedDocumentString(`
    mutation ReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      id
      token
      expiresAt
      start
      end
      services {
        durationSlots
        service {
          id
        }
      }
      office {
        id
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReserveSlotMutation, ReserveSlotMutationVariables>;
export const ConfirmAppointmentDocument = new TypedDocumentString(`
    mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on ConfirmedAppointment {
      secret
      manageUrl
      ics
      appointment {
        id
        number
        status
        channel
        start
        end
        contactEmail
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const CancelAppointmentDocument = new TypedDocumentString(`
    mutation CancelAppointment($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) {
    __typename
    ... on Appointment {
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = new TypedDocumentString(`
    mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
    ... on Appointment {
      status
      start
      end
      office {
        id
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const AppointmentDocument = new TypedDocumentString(`
    query Appointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    number
    status
    start
    end
    channel
    office {
      id
      name
    }
    services {
      durationSlots
      service {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentQuery, AppointmentQueryVariables>;
export const AvailableDaysDocument = new TypedDocumentString(`
    query AvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
    offices {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AvailableDaysQuery, AvailableDaysQueryVariables>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query AvailableSlots($input: AvailableSlotsInput!) {
  availableSlots(input: $input) {
    version
    startTimes
    office {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const AddClosureDocument = new TypedDocumentString(`
    mutation AddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
    ... on CapacityChange {
      closure {
        id
        date
      }
      affectedAppointments {
        number
        start
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddClosureMutation, AddClosureMutationVariables>;
export const UpdateCapacityRuleDocument = new TypedDocumentString(`
    mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {
  updateCapacityRule(input: $input) {
    __typename
    ... on CapacityChange {
      affectedAppointments {
        number
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCapacityRuleMutation, UpdateCapacityRuleMutationVariables>;