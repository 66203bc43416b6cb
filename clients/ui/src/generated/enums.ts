/** How far the portal conforms to BITV 2.0 (and EN 301 549). */
export type AccessibilityConformance =
  /** Fully conformant. */
  | 'FULL'
  /** Not conformant. */
  | 'NONE'
  /** Partly conformant: the statement lists what is not. */
  | 'PARTIAL';

/** public for third-party front ends (channel PARTNER), callcenter for the 115, Berlin's public-service phone line (channel HOTLINE): both book on the public contingent with the citizen's rights. */
export type ApiKeyLevel =
  | 'callcenter'
  | 'public';

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

/** local: given by an administrator; oidc: mapped from the identity provider at sign-in (replaced at each sign-in). */
export type AssignmentSource =
  | 'local'
  | 'oidc';

/** taken: booked or held; freed: a hold expired or a release delay ended; calendar: rules, closures or a new day. */
export type AvailabilityChangeReason =
  | 'calendar'
  | 'freed'
  | 'taken';

/** What an extra booking field asks for. */
export type BookingFieldKind =
  /** Ticked or not, answered "true" or "false"; a required one must be ticked (e.g. a consent). */
  | 'checkbox'
  /** One of the field's options, answered with its value. */
  | 'choice'
  /** Free text, up to the field's maxLength. */
  | 'text';

/** Why an answer to a booking field was refused. */
export type BookingFieldProblemReason =
  /** The field was answered more than once. */
  | 'DUPLICATE'
  /** Remarks were sent to an office that takes none. */
  | 'NOT_ACCEPTED'
  /** Not one of the values in `options`. */
  | 'NOT_AN_OPTION'
  /** A checkbox takes "true" or "false". */
  | 'NOT_A_BOOLEAN'
  /** The field (or the remarks) must be filled, a required checkbox ticked. */
  | 'REQUIRED'
  /** Longer than `maxLength` characters. */
  | 'TOO_LONG'
  /** The office asks for no field of this key. */
  | 'UNKNOWN_FIELD';

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

/** Why an appointment cannot be checked in now, so that a kiosk can say what to do. */
export type CheckInRefusalReason =
  /** The appointment is checked in already (waiting, called or in service). */
  | 'ALREADY_CHECKED_IN'
  /** The appointment is not confirmed (not yet opted in, cancelled, expired, or over). */
  | 'NOT_CONFIRMED'
  /** The appointment is on another day. */
  | 'NOT_TODAY'
  /** Check-in opens later: see `opensAt`. */
  | 'TOO_EARLY'
  /** The check-in window of the appointment has passed. */
  | 'TOO_LATE';

/** The file format of an exported day plan. */
export type DayPlanFormat =
  /** Comma-separated values (RFC 4180), UTF-8 with a byte order mark; cells a spreadsheet would take as a formula start with an apostrophe. */
  | 'CSV'
  /** An Excel workbook (Office Open XML), one sheet. */
  | 'XLSX';

/** A call display or a ticket and check-in kiosk. */
export type DeviceKind =
  | 'display'
  | 'kiosk';

/** Where an offer of a draw stands. */
export type DrawOfferStatus =
  /** Declined: the slot went to the next in draw order. */
  | 'declined'
  /** Not accepted in time: the slot went to the next in draw order. */
  | 'lapsed'
  /** Held for the registration until holdExpiresAt: accept or decline it. */
  | 'open'
  /** Accepted and booked. */
  | 'taken';

/** Where a registration for a draw stands. */
export type DrawRegistrationStatus =
  /** The offer was accepted; the appointment is booked. */
  | 'booked'
  /** A slot is held for it: see offer. */
  | 'offered'
  /** Refused at verification: the same person (email or phone) has an open registration for the service already. */
  | 'refusedDuplicate'
  /** Verified: takes part in the draw (after the draw: waits for a slot freed by others). */
  | 'registered'
  /** The offering ended without a slot; it takes part in the next draw of the service. */
  | 'rolledOver'
  /** The offering ended without a slot for it. */
  | 'unmatched'
  /** Waiting for the mail link or the SMS code; does not take part until verified. */
  | 'unverified'
  /** Withdrawn by the citizen, or the offer was declined. */
  | 'withdrawn';

/** Where a draw stands. */
export type DrawStatus =
  /** Cancelled before it ran. */
  | 'cancelled'
  /** The order is drawn and public (seed, entries); offers are made in that order until releaseAt. */
  | 'drawn'
  /** Registration is open (until registrationClosesAt); the draw runs at drawAt. */
  | 'open'
  /** Offering ended: what is left goes to the waitlist, then first come. */
  | 'released'
  /** Announced with its commitment; registration has not opened yet. */
  | 'scheduled';

/** Codes of the expected failures that mutations answer with. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'CHECK_IN_REFUSED'
  | 'COUNTER_OCCUPIED'
  | 'DUPLICATE_REGISTRATION'
  | 'INVALID_BOOKING_FIELDS'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'LINK_NOT_ALLOWED'
  | 'NOT_AT_COUNTER'
  | 'NOT_FOUND'
  | 'NO_SHOW_LIMIT_REACHED'
  | 'OFFICE_CLOSED'
  | 'OUTSIDE_BOOKING_WINDOW'
  | 'PROOF_OF_WORK_REQUIRED'
  | 'QUEUE_EMPTY'
  | 'REMOTE_TICKETS_OFF'
  | 'REMOTE_TICKET_HELD'
  | 'RESERVATION_EXPIRED'
  | 'SLOT_UNAVAILABLE'
  | 'TICKETS_EXHAUSTED'
  | 'TOO_MANY_APPOINTMENTS'
  | 'UNKNOWN_PLACEHOLDER';

/** Language of the mails and SMS to the citizen. Service names the catalogue has not translated into it stay German. */
export type MessageLanguage =
  /** Arabic (mails are written right to left). */
  | 'ar'
  /** German (the default). */
  | 'de'
  /** English. */
  | 'en'
  /** Polish. */
  | 'pl'
  /** Russian. */
  | 'ru'
  /** Turkish. */
  | 'tr'
  /** Ukrainian. */
  | 'uk';

/** A message an office or organisation may word itself. */
export type MessageTemplateKind =
  /** The citizen cancelled. */
  | 'cancelled'
  /** The office cancelled (a closure), with its reason. */
  | 'cancelledByOffice'
  /** The booking is confirmed (with the calendar file). */
  | 'confirmed'
  /** A slot won in a draw, held for the citizen with the link to accept or decline it. */
  | 'drawOffer'
  /** The draw ended without a slot for the registration: it rolls over to the next draw, or it ended. */
  | 'drawUnmatched'
  /** The registration for a draw, with the link that confirms it (its SMS with the code is always the built-in text). */
  | 'drawVerify'
  /** The office’s copy of a booking (to its copy address). */
  | 'officeCopyBooked'
  /** The office’s copy of a cancellation (to its copy address). */
  | 'officeCopyCancelled'
  /** The time to confirm ran out. */
  | 'optInExpired'
  /** The link to confirm a double-opt-in booking. */
  | 'optInRequested'
  /** The citizen’s turn in the queue nears. */
  | 'queueHeadsUp'
  /** The reminder before the appointment (at the office’s reminder times). */
  | 'reminder'
  /** The appointment moved. */
  | 'rescheduled'
  /** The survey link after a finished visit. */
  | 'survey'
  /** The welcome on the waitlist. */
  | 'waitlistJoined'
  /** A freed slot is offered from the waitlist. */
  | 'waitlistOffer';

/** Whose wording a message has: the office’s own wins over its organisation’s, which wins over the built-in text. */
export type MessageTextSource =
  /** The built-in text. */
  | 'BUILT_IN'
  /** The office’s own text. */
  | 'OFFICE'
  /** The organisation’s default. */
  | 'ORGANISATION';

/** Deprecated (use roles): staff stands for the built-in role counter, officeAdmin for admin, at one office. */
export type OfficeRole =
  | 'officeAdmin'
  | 'staff';

/** A right a role grants where it is given (an organisation, a department or an office). */
export type Permission =
  | 'administerPlatform'
  | 'bookAsCitizen'
  | 'bookOnSite'
  | 'checkIn'
  | 'issueTicket'
  | 'manageApiKeys'
  | 'manageAppointments'
  | 'manageCapacity'
  | 'manageDevices'
  | 'manageOffice'
  | 'manageOrganisation'
  | 'manageStaff'
  | 'viewAuditLog'
  | 'viewCalls'
  | 'viewOfficeAdministration'
  | 'viewStatistics'
  | 'workQueue';

/** A step staff may take with a queue entry, named after the mutation that takes it. */
export type QueueAction =
  /** Call it to the caller's counter (callEntry). */
  | 'callEntry'
  /** Check a remote ticket in: it joins the calling order as a walk-in arriving now (checkInRemoteTicket). */
  | 'checkInRemoteTicket'
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
  /** A remote ticket drawn from home, not yet checked in at the kiosk or counter: never called, ahead of nobody, until `checkInUntil`. */
  | 'expected'
  /** Served. */
  | 'finished'
  /** Being served at a counter. */
  | 'inService'
  /** Did not answer the calls; staff may requeue until the day ends. */
  | 'missed'
  /** A remote ticket whose citizen never checked in: counted as a no-show. */
  | 'noShow'
  /** Set aside by staff (e.g. a document is missing) until requeued. */
  | 'parked'
  /** Handed on to another office or service; a new entry with the same number continues. */
  | 'redirected'
  /** Waiting to be called. */
  | 'waiting';

/** How an office hands out newly released capacity of a service. */
export type ReleaseMode =
  /** Days after `releasedUntil` are allocated by a draw among registrants; first come only up to that day. */
  | 'draw'
  /** Whoever books first gets it (the default). */
  | 'firstCome';

/** Whether an office takes free remarks with a booking. */
export type RemarksMode =
  /** No remarks field; remarks sent are refused. */
  | 'off'
  /** A remarks field the citizen may fill. */
  | 'optional'
  /** A remarks field the citizen must fill. */
  | 'required';

/** Where a delivery stands: pending, delivered, or failed after its last retry. */
export type WebhookDeliveryStatus =
  | 'delivered'
  | 'failed'
  | 'pending';

/** A fact an endpoint may subscribe to; its payload `type` is the dotted form (appointment.confirmed, ticket.issued, capacity.changed, …). */
export type WebhookEventType =
  | 'appointmentCancelled'
  | 'appointmentCheckedIn'
  | 'appointmentConfirmed'
  | 'appointmentFinished'
  | 'appointmentNoShow'
  | 'appointmentRescheduled'
  | 'capacityChanged'
  | 'ticketIssued';
