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

/** A note about an appointment or a queue entry (exactly one of the two); a checked-in appointment's entry keeps its notes on the appointment. */
export type AddInternalNoteInput = {
  /** The appointment. */
  appointmentId?: string | number | null | undefined;
  /** The queue entry. */
  queueEntryId?: string | number | null | undefined;
  /** The note, 1..2000 characters. */
  text: string;
};

/** Adds a day to an organisation's public holidays: none of its offices has slots on it. */
export type AddOrganisationHolidayInput = {
  /** The day, today or later and at most five years ahead. */
  day: string;
  /** What it is, e.g. "Tag der Befreiung (80. Jahrestag)"; up to 200 characters, not empty. */
  name: string;
  /** The organisation. */
  organisationId: string | number;
};

/** A search word and what it stands for in the names of the catalogue (admins only). */
export type AddSearchSynonymInput = {
  /** Words of service names it stands for, e.g. "Anmeldung einer Wohnung"; 1..200 characters. */
  means: string;
  /** What citizens type, e.g. "Ummeldung"; 1..100 characters. */
  term: string;
};

/** Postal address of an office. */
export type AddressInput = {
  /** City; default Berlin. */
  city?: string;
  /** House number, with any suffix (e.g. "12a"). */
  houseNumber: string;
  /** Postal code (PLZ), e.g. "10115". */
  postalCode: string;
  /** Street name. */
  street: string;
};

/** public for third-party front ends (channel PARTNER), callcenter for the 115, Berlin's public-service phone line (channel HOTLINE): both book on the public contingent with the citizen's rights. */
export type ApiKeyLevel =
  | 'callcenter'
  | 'public';

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

/** local: given by an administrator; oidc: mapped from the identity provider at sign-in (replaced at each sign-in). */
export type AssignmentSource =
  | 'local'
  | 'oidc';

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
  /** Services of one appointment, 1..10, in the order they are served, one person each; their durations add up. Give this or services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Services of one appointment with the persons each is for, 1..10, in the order they are served; only offices whose maxPersonsPerService allows the quantities answer. Give this or serviceIds. */
  services?: Array<ServiceQuantityInput> | null | undefined;
  /** Inclusive; at most 92 days after from. */
  to: string;
};

/** Services, where to look, and one day. */
export type AvailableSlotsInput = {
  /** The day, in the offices' time zone. */
  date: string;
  /** Offices to look at, up to 500; omitted or empty means every office offering all the services. */
  officeIds?: Array<string | number> | null | undefined;
  /** Services of one appointment, 1..10, in the order they are served, one person each; their durations add up. Give this or services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Services of one appointment with the persons each is for, 1..10, in the order they are served; only offices whose maxPersonsPerService allows the quantities answer. Give this or serviceIds. */
  services?: Array<ServiceQuantityInput> | null | undefined;
};

/** One field of a booking form, as an admin defines it. */
export type BookingFieldInput = {
  /** How bookings name it: 1..40 small letters, digits or _, starting with a letter; unique in the form. A field saved again under its key keeps its answers. */
  key: string;
  /** Text, choice or checkbox. */
  kind: BookingFieldKind;
  /** Its label, in German and English at least. */
  labels: Array<LocalizedTextInput>;
  /** Most characters of a text answer, 1..2000; default 2000. Text fields only. */
  maxLength?: number | null | undefined;
  /** The choices of a choice field, 1..30; none for the other kinds. */
  options?: Array<BookingFieldOptionInput> | null | undefined;
  /** Whether bookings must answer it (a required checkbox must be ticked). */
  required: boolean;
};

/** What an extra booking field asks for. */
export type BookingFieldKind =
  /** Ticked or not, answered "true" or "false"; a required one must be ticked (e.g. a consent). */
  | 'checkbox'
  /** One of the field's options, answered with its value. */
  | 'choice'
  /** Free text, up to the field's maxLength. */
  | 'text';

/** One choice of a choice field. */
export type BookingFieldOptionInput = {
  /** Its label, in German and English at least. */
  labels: Array<LocalizedTextInput>;
  /** What bookings answer, 1..80 characters, unique in the field. */
  value: string;
};

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

/** An answer to one of the office's booking fields (Office.bookingForm). */
export type BookingFieldValueInput = {
  /** The field's key. */
  key: string;
  /** The answer: text, the value of an option, or "true"/"false" for a checkbox. At most 4000 characters here; the field's maxLength is answered as InvalidBookingFields. */
  value: string;
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

/** Appointments an office cancels, e.g. after a closure; their citizens are told why. */
export type CancelOfficeAppointmentsInput = {
  /** Ids of the appointments (as rule and closure changes answer them). */
  appointmentIds: Array<string | number>;
  /** The office whose appointments these are. */
  officeId: string | number;
  /** Why, in words for the citizen (put in the notice mail). */
  reason: string;
};

/** What to preview: the rules of an office as saved, with one rule edited, added or left out, for one week. */
export type CapacityPreviewInput = {
  /** The office. */
  officeId: string | number;
  /** The rule as edited (with ruleId) or a new rule (without); omitted: the saved rules, without ruleId if given. */
  rule?: CapacityRuleFields | null | undefined;
  /** A rule of the office to replace by `rule`, or to leave out when `rule` is omitted. */
  ruleId?: string | number | null | undefined;
  /** Any day of the week to show (Monday to Sunday). */
  weekOf: string;
};

/** A capacity rule; omitted optional fields take their defaults. */
export type CapacityRuleFields = {
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

/** Checks in a remote ticket on arrival, by the number it shows. */
export type CheckInRemoteTicketInput = {
  /** The ticket number with its prefix, as the ticket shows it (e.g. "A12"). */
  number: string;
  /** The office the citizen arrived at. */
  officeId: string | number;
};

/** One line of the mapping. Give departmentId or officeId or neither (the whole organisation), not both. */
export type ClaimMappingInput = {
  /** A value of the groups claim. */
  claimValue: string;
  /** A department of the organisation. */
  departmentId?: string | number | null | undefined;
  /** An office of the organisation. */
  officeId?: string | number | null | undefined;
  /** The organisation's role, by name. */
  roleName: string;
};

/** The first admin of an installation, with the token of its one-time setup link. */
export type CompleteSetupInput = {
  /** Name shown to colleagues; default the username. */
  displayName?: string | null | undefined;
  /** At least 12 characters. */
  password: string;
  /** The token of the setup link (`/staff/#setup=<token>`), printed at the first start or by `npm run accounts -- setup-link`. */
  token: string;
  /** Login name, 2..100 characters: letters, digits and . _ @ -; stored lower case. */
  username: string;
};

/** Sets an organisation's identity provider (replacing its settings and mapping); the issuer's discovery document is read first. */
export type ConfigureIdentityProviderInput = {
  /** Our client id at the provider. */
  clientId: string;
  /** The client secret; omitted keeps the stored one, an empty string removes it (a public client, PKCE alone). Never answered. */
  clientSecret?: string | null | undefined;
  /** Shown on the sign-in button. */
  displayName: string;
  /** The claim that carries the groups; default groups. */
  groupsClaim?: string | null | undefined;
  /** The issuer identifier (https; http only in tests and development), e.g. https://login.berlin.de/realms/staff. */
  issuer: string;
  /** What the values of the groups claim give; replaces the mapping. A sign-in whose values give nothing is refused. */
  mappings: Array<ClaimMappingInput>;
  /** The organisation. */
  organisationId: string | number;
  /** Scopes to ask for; default openid profile email. openid is added when missing. */
  scopes?: Array<string> | null | undefined;
};

/** Confirms a reservation with the contact data of the citizen. */
export type ConfirmAppointmentInput = {
  /** The citizen's contact data, checked by the channel's rules. */
  contact: ContactInput;
  /** Answers to the office's extra booking fields (Office.bookingForm), by key; required ones missing are answered with InvalidBookingFields. */
  fields?: Array<BookingFieldValueInput> | null | undefined;
  /** Language of the mails, SMS and calendar files about this appointment, and of the service names in them; default German. */
  language?: MessageLanguage | null | undefined;
  /** Free remarks, where the office's bookingForm takes them (at most its remarksMaxLength characters). */
  remarks?: string | null | undefined;
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

/** A new API key for a third party or the 115 of an organisation. */
export type CreateApiKeyInput = {
  /** public for third-party front ends, callcenter for the 115. */
  level: ApiKeyLevel;
  /** Whose key it is, e.g. "115 Berlin"; shown in the audit log. */
  name: string;
  /** The organisation it books in; default the caller's or the request's. */
  organisationId?: string | number | null | undefined;
};

/** A new capacity rule (ZMS availability) of an office. */
export type CreateCapacityRuleInput = {
  /** How many days ahead the booking window reaches, 0..365, not below startInDays. Default 60. */
  endInDays?: number;
  /** HH:MM local time, exclusive. */
  endTime: string;
  /** Counters serving in parallel for bookings by staff on site, 0..1000; at least publicCounters, since both limit one count of what is taken. */
  internCounters: number;
  /** The office. */
  officeId: string | number;
  /** Counters serving in parallel for bookings of the public (portal, partners, 115), 0..1000. */
  publicCounters: number;
  /** Applies every N weeks (1..52), counted from the week of validFrom; default 1. */
  repeatEveryWeeks?: number;
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

/** A new counter (workstation) of an office. */
export type CreateCounterInput = {
  /** Name shown on call displays, unique within the office, e.g. "Schalter 3". */
  name: string;
  /** The office. */
  officeId: string | number;
  /** Room or place, e.g. "Raum 104". */
  room?: string | null | undefined;
};

/** A new department of an organisation, e.g. a Bezirksamt. */
export type CreateDepartmentInput = {
  /** Its name, unique in the organisation. */
  name: string;
  /** The organisation. */
  organisationId: string | number;
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

/** A new office (admins only). Opening hours, services, capacity and settings are set afterwards. */
export type CreateOfficeInput = {
  /** Postal address. */
  address: AddressInput;
  /** The department it belongs to; default the first department of the caller's or the request's organisation. */
  departmentId?: string | number | null | undefined;
  /** Name shown to citizens, e.g. "Bürgeramt Mitte"; 1..200 characters. */
  name: string;
  /** Web page of the office. */
  url?: string | null | undefined;
};

/** A new organisation (platform admins): a Land, a city, or a town of a hosting provider. */
export type CreateOrganisationInput = {
  /** Host names whose requests are this organisation's, e.g. "termine.muenchen.de". */
  hosts?: Array<string>;
  /** Its name, unique in the installation. */
  name: string;
  /** Short name in paths (/o/<slug>/graphql): lower case letters, digits, dashes; default from the name. */
  slug?: string | null | undefined;
};

/** A new service of the catalogue (admins only); offer it at offices with setOfficeService. */
export type CreateServiceInput = {
  /** What the service is, for citizens; up to 2000 characters. */
  description?: string | null | undefined;
  /** Name shown to citizens, e.g. "Personalausweis beantragen"; 1..200 characters. */
  name: string;
  /** Page with what to bring and what it costs. */
  url?: string | null | undefined;
};

/** A new staff account. Office admins create accounts for their offices; only admins create admins. */
export type CreateStaffAccountInput = {
  /** Roles and where they hold; at least one role unless isAdmin. Each needs the caller to manage staff there and hold what the role allows. */
  assignments?: Array<RoleAssignmentInput>;
  /** Name shown to colleagues. */
  displayName: string;
  /** Administers the whole platform (admins only). */
  isAdmin?: boolean;
  /**
   * Built-in roles at offices.
   * @deprecated Use assignments.
   */
  memberships?: Array<MembershipInput>;
  /** The account's organisation; default the caller's, or the one of the offices given. */
  organisationId?: string | number | null | undefined;
  /** At least 12 characters. */
  password: string;
  /** Login name, 2..100 characters: letters, digits and . _ @ -; stored lower case, unique. */
  username: string;
};

/** The file format of an exported day plan. */
export type DayPlanFormat =
  /** Comma-separated values (RFC 4180), UTF-8 with a byte order mark; cells a spreadsheet would take as a formula start with an apostrophe. */
  | 'CSV'
  /** An Excel workbook (Office Open XML), one sheet. */
  | 'XLSX';

/** A role of an organisation: created, or changed when the name exists. */
export type DefineRoleInput = {
  /** Name, unique in the organisation, e.g. "counter". */
  name: string;
  /** The organisation. */
  organisationId: string | number;
  /** What it allows; the platform right cannot be given. */
  permissions: Array<Permission>;
};

/** A call display or a ticket and check-in kiosk. */
export type DeviceKind =
  | 'display'
  | 'kiosk';

/** Who registers: the booking will carry this name. */
export type DrawContactInput = {
  /** Email address: the verification link and the offers go there. */
  email: string;
  /** Name of the citizen; the booking made from an offer carries it and cannot be given to another person. */
  name: string;
  /** Phone number (optional): an SMS code verifies as well, and offers come by SMS too. */
  phone?: string | null | undefined;
};

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

/** A remote ticket: joining an office's queue of today from home. */
export type DrawRemoteTicketInput = {
  /** Optional email address: one remote ticket per address and office is open at a time, and the office's no-show limit applies to it. Only its keyed digest is kept. */
  email?: string | null | undefined;
  /** The office. */
  officeId: string | number;
  /** The solved proofOfWorkChallenge (base64 ALTCHA payload); anonymous callers need it while the challenge says required. */
  proofOfWork?: string | null | undefined;
  /** What the citizen comes for. */
  serviceIds: Array<string | number>;
};

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

/** Which plan to export, and how. */
export type ExportDayPlanInput = {
  /** How many days, 1 (a day) to 7 (a week). */
  days?: number;
  /** CSV or XLSX. */
  format: DayPlanFormat;
  /** The first day, in the office's time zone. */
  from: string;
  /** Language of the column headers, statuses and channels; default German. */
  language?: MessageLanguage | null | undefined;
  /** The office. */
  officeId: string | number;
};

/** Ends the service of an entry, with what was served (for statistics). */
export type FinishServiceInput = {
  /** The queue entry. */
  entryId: string | number;
  /** The services actually served; default those it came for. */
  servedServiceIds?: Array<string | number> | null | undefined;
};

/** Appointments whose notes to read, e.g. those of a day plan. */
export type InternalNotesInput = {
  /** The appointments, at most 500; all of offices where the caller works the queue. */
  appointmentIds: Array<string | number>;
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

/** Booked appointments on closed days that the office keeps: they are served as booked and no longer listed as open. */
export type KeepClosureAppointmentsInput = {
  /** Appointments of Closure.openAppointments to keep. */
  appointmentIds: Array<string | number>;
  /** The closure. */
  closureId: string | number;
};

/** A phone number or an email (or neither, to forget them) for a ticket, by its number and secret. */
export type LeaveTicketContactInput = {
  /** Email address for the notice. */
  email?: string | null | undefined;
  /** Language of the notice. */
  language: MessageLanguage;
  /** The number shown to the citizen: the ticket number with its prefix, or the appointment number. */
  number: string;
  /** Phone number for the SMS (with area code). */
  phone?: string | null | undefined;
  /** The secret of the ticket or appointment. */
  secret: string;
};

/** A signed token from a link in a mail (the fragment `#token=…` of the portal page). */
export type LinkTokenInput = {
  /** The token, as the link carried it. */
  token: string;
};

/** A text in one language. */
export type LocalizedTextInput = {
  /** The language of the text. */
  language: MessageLanguage;
  /** The text, 1..200 characters. */
  text: string;
};

/** Username and password of a staff account. */
export type LoginInput = {
  /** The password. */
  password: string;
  /** Login name; any case. */
  username: string;
};

/** A role at one office. */
export type MembershipInput = {
  /** The office. */
  officeId: string | number;
  /** The role there. */
  role: OfficeRole;
};

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

/** Where a text belongs: one office, or (without an office) the organisation’s default for all of its offices. */
export type MessageTemplateScopeInput = {
  /** The message. */
  kind: MessageTemplateKind;
  /** The language. */
  language: MessageLanguage;
  /** The office; give it or organisationId. */
  officeId?: string | number | null | undefined;
  /** The organisation, for its defaults; give it or officeId. */
  organisationId?: string | number | null | undefined;
};

/** Whose wording a message has: the office’s own wins over its organisation’s, which wins over the built-in text. */
export type MessageTextSource =
  /** The built-in text. */
  | 'BUILT_IN'
  /** The office’s own text. */
  | 'OFFICE'
  /** The organisation’s default. */
  | 'ORGANISATION';

/** A new office group (ZMS cluster); changing a group needs the admin right at each of its offices. */
export type OfficeGroupInput = {
  /** Unique name of the group. */
  name: string;
  /** The member offices; they replace the current ones. */
  officeIds: Array<string | number>;
};

/** Deprecated (use roles): staff stands for the built-in role counter, officeAdmin for admin, at one office. */
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

/** A message to preview with sample data: as saved, or with a draft text (subject and body both given). */
export type PreviewMessageInput = {
  /** A draft body. */
  body?: string | null | undefined;
  /** The message. */
  kind: MessageTemplateKind;
  /** The language. */
  language: MessageLanguage;
  /** The office; give it or organisationId. */
  officeId?: string | number | null | undefined;
  /** The organisation, for its defaults; give it or officeId. */
  organisationId?: string | number | null | undefined;
  /** A draft subject; with body, previews the draft instead of what is saved. */
  subject?: string | null | undefined;
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

/** Hands an entry on to another office or other services; the citizen keeps the number. */
export type RedirectEntryInput = {
  /** The queue entry. */
  entryId: string | number;
  /** Another office; default this one. */
  officeId?: string | number | null | undefined;
  /** Other services; default the same. */
  serviceIds?: Array<string | number> | null | undefined;
};

/** A registration for a draw: what the citizen accepts, and who they are. */
export type RegisterForDrawInput = {
  /** Name, email address and optionally the phone number. */
  contact: DrawContactInput;
  /** First acceptable local date, within the draw's slotsFrom..slotsTo. */
  dateFrom: string;
  /** Last acceptable local date, within the draw's slotsFrom..slotsTo. */
  dateTo: string;
  /** The draw, from draws. */
  drawId: string | number;
  /** Language of the mails and SMS; default German. */
  language?: MessageLanguage | null | undefined;
  /** Acceptable offices (of the draw's), the preferred first: of two equal starts the one listed first is offered. */
  officeIds: Array<string | number>;
  /** Persons the appointment is for, 1 up to the office's maxPersonsPerService. */
  persons?: number;
  /** The solved proofOfWorkChallenge; anonymous callers need it where the server asks for it. */
  proofOfWork?: string | null | undefined;
  /** Without a slot from this draw, take part in the next draw of the service. */
  rollOver?: boolean;
  /** Acceptable times of day, at most 4; none: any time. */
  timeWindows?: Array<TimeWindowInput> | null | undefined;
};

/** How an office hands out newly released capacity of a service. */
export type ReleaseMode =
  /** Days after `releasedUntil` are allocated by a draw among registrants; first come only up to that day. */
  | 'draw'
  /** Whoever books first gets it (the default). */
  | 'firstCome';

/** A reservation to give up before it is confirmed. */
export type ReleaseReservationInput = {
  /** The token reserveSlot answered with. */
  reservationToken: string;
};

/** Whether an office takes free remarks with a booking. */
export type RemarksMode =
  /** No remarks field; remarks sent are refused. */
  | 'off'
  /** A remarks field the citizen may fill. */
  | 'optional'
  /** A remarks field the citizen must fill. */
  | 'required';

/** Reopens closed days. */
export type RemoveClosureInput = {
  /** The closure to remove. */
  closureId: string | number;
};

/** Takes a day off an organisation's public holidays: its offices open on it again as their rules say. */
export type RemoveOrganisationHolidayInput = {
  /** The day to remove (OrganisationHoliday.id). */
  holidayId: string | number;
};

/** A search synonym to remove (admins only). */
export type RemoveSearchSynonymInput = {
  /** The synonym. */
  synonymId: string | number;
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
  /** Other services, one person each; default the current ones. Not with services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Other services or other numbers of persons; default the current ones. Not with serviceIds. */
  services?: Array<ServiceQuantityInput> | null | undefined;
  /** The new start, one of availableSlots' startTimes. */
  start: string;
};

/** A slot chain to hold: the office, the services and the start of the first slot. */
export type ReserveSlotInput = {
  /** The office, from availableSlots. */
  officeId: string | number;
  /** The solved proofOfWorkChallenge (base64 ALTCHA payload); anonymous callers need it where the server asks for it. */
  proofOfWork?: string | null | undefined;
  /** Services in the order they are served, one person each; one service may appear more than once. Give this or services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Services in the order they are served, each with the persons it is for (1 up to the office's maxPersonsPerService); each person takes the service's slots again. Give this or serviceIds. */
  services?: Array<ServiceQuantityInput> | null | undefined;
  /** Start of the first slot, one of availableSlots' startTimes. */
  start: string;
};

/** The API key or device to revoke; it stops working at once and is kept for the audit log. */
export type RevokeInput = {
  /** Id of the API key or device. */
  id: string | number;
};

/** A role for a whole organisation (neither departmentId nor officeId), one department, or one office. */
export type RoleAssignmentInput = {
  /** The department it holds for. */
  departmentId?: string | number | null | undefined;
  /** The office it holds for. */
  officeId?: string | number | null | undefined;
  /** The role, of the account's organisation. */
  roleId: string | number;
};

/** An office’s or organisation’s own wording of one message in one language. */
export type SaveMessageTemplateInput = {
  /** The body as plain text with {{placeholders}}, no HTML; up to 10000 characters, not empty. Links only to allowed hosts. */
  body: string;
  /** The message. */
  kind: MessageTemplateKind;
  /** The language. */
  language: MessageLanguage;
  /** The office; give it or organisationId. */
  officeId?: string | number | null | undefined;
  /** The organisation, for its defaults; give it or officeId. */
  organisationId?: string | number | null | undefined;
  /** The subject with {{placeholders}}; up to 200 characters, not empty. */
  subject: string;
};

/** A draw of one service at offices in draw mode for it. */
export type ScheduleDrawInput = {
  /** The draw runs at this instant; default registrationClosesAt. */
  drawAt?: string | null | undefined;
  /** Hours an offer is held, 1 to 168; default 24. */
  offerHoldHours?: number | null | undefined;
  /** The offices whose slots are drawn: each in draw mode for the service, each managed by the caller. */
  officeIds: Array<string | number>;
  /** Registration closes at this instant. */
  registrationClosesAt: string;
  /** Registration opens at this instant (now or later). */
  registrationOpensAt: string;
  /** When offering ends and leftovers go to the waitlist, then first come; default drawAt + 3 × offerHoldHours. */
  releaseAt?: string | null | undefined;
  /** The service drawn for. */
  serviceId: string | number;
  /** First local date whose slots are drawn. */
  slotsFrom: string;
  /** Last local date whose slots are drawn. */
  slotsTo: string;
  /** How many urgent entries go first; default a tenth of the offerable appointments, counted at the draw. */
  urgentQuota?: number | null | undefined;
};

/** One service of a booking and how many persons it is for: each person needs its slots again. */
export type ServiceQuantityInput = {
  /** Persons, 1 up to the office's maxPersonsPerService. */
  quantity: number;
  /** The service. */
  serviceId: string | number;
};

/** Makes an entry urgent, or normal again. */
export type SetEntryPriorityInput = {
  /** The queue entry. */
  entryId: string | number;
  /** 1 urgent; 2 or 3 back to normal. */
  priority: number;
};

/** Offers a service at an office, or changes how it is offered. */
export type SetOfficeServiceInput = {
  /** Whether citizens may book it online (portal, partners, 115); default true. */
  bookableOnline?: boolean;
  /** Consecutive slots it takes, 1..20. */
  durationSlots: number;
  /** The office. */
  officeId: string | number;
  /** The service of the catalogue. */
  serviceId: string | number;
};

/** The complete weekly opening hours of an office; they replace the current ones. */
export type SetOpeningHoursInput = {
  /** Blocks of opening hours, at most 21; an empty list means no opening hours. */
  hours: Array<OpeningHoursInput>;
  /** The office to change. */
  officeId: string | number;
};

/** Sets how an office releases one of its services. */
export type SetServiceReleaseModeInput = {
  /** draw: days after today wait for a draw (what is bookable today stays so); firstCome: every day opens to booking at once. */
  mode: ReleaseMode;
  /** The office (manageOffice there). */
  officeId: string | number;
  /** A service the office offers. */
  serviceId: string | number;
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

/** Whose statistics and for which days: one office or one office group, and a range of at most 366 days. */
export type StatisticsInput = {
  /** First day, inclusive. */
  from: string;
  /** The office group: its offices together; needs the admin right at each. */
  groupId?: string | number | null | undefined;
  /** The office; give it or groupId, not both. */
  officeId?: string | number | null | undefined;
  /** Last day, inclusive. */
  to: string;
};

/** A browser's push subscription (PushSubscription.toJSON()) for a ticket, by its number and secret. */
export type SubscribeTicketPushInput = {
  /** The browser's authentication secret, base64url (keys.auth). */
  auth: string;
  /** The push service's endpoint URL (https). */
  endpoint: string;
  /** The number shown to the citizen. */
  number: string;
  /** The browser's P-256 public key, base64url (keys.p256dh). */
  p256dh: string;
  /** The secret of the ticket or appointment. */
  secret: string;
};

/** A time of day window, "HH:MM" in the office's time zone. */
export type TimeWindowInput = {
  /** From, "HH:MM", inclusive. */
  from: string;
  /** To, "HH:MM", exclusive. */
  to: string;
};

/** An office's whole booking form; it replaces the current one. Fields left out leave the form (answers already given keep their labels). */
export type UpdateBookingFormInput = {
  /** The extra fields, in the order the form shows them; at most 20. */
  fields: Array<BookingFieldInput>;
  /** The office. */
  officeId: string | number;
  /** Whether the form has a free remarks field. */
  remarks: RemarksMode;
  /** Most characters of the remarks, 1..2000; default 500. */
  remarksMaxLength?: number | null | undefined;
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

/** An office’s reminder times, copy address and survey link; each null keeps the default (or leaves the feature off). */
export type UpdateOfficeMessageSettingsInput = {
  /** The office’s address for a copy of each booking and cancellation; null: no copy. */
  copyEmail?: string | null | undefined;
  /** The office. */
  officeId: string | number;
  /** Minutes before an appointment, at most 5, each 1 to 43200; null keeps the installation's; applies to appointments booked or moved from now on. */
  reminderOffsetsMinutes?: Array<number> | null | undefined;
  /** The survey sent after a finished visit (on an allowed host); null: none. */
  surveyUrl?: string | null | undefined;
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
  /** Waiting ahead at which a citizen who left a contact is told their turn nears, 0..50; 0 sends no notice by position. */
  headsUpWhenAhead?: number | null | undefined;
  /** Estimated minutes of waiting below which a citizen who left a contact is told their turn nears, 0..240; 0 sends no notice by time. */
  headsUpWhenMinutes?: number | null | undefined;
  /** Whose public holidays close the office, e.g. "DE-BE", "DE-BY" or "DE-BY-A" (Augsburg); a change rebuilds its slots. */
  holidayRegion?: string | null | undefined;
  /** Calls without answer after which an entry counts as missed, 1..10. */
  maxCalls?: number | null | undefined;
  /** Most persons one appointment may book a service for, 1..10; 1 books for one person only. */
  maxPersonsPerService?: number | null | undefined;
  /** Most services one appointment may hold, 1..10. */
  maxServicesPerAppointment?: number | null | undefined;
  /** Open bookings a contact with recent no-shows may hold, 0..20; 0 sets no limit. */
  noShowLimit?: number | null | undefined;
  /** The office to change. */
  officeId: string | number;
  /** Minutes before a cancelled appointment frees its slots, 0..1440. */
  releaseDelayMinutes?: number | null | undefined;
  /** Whether citizens may join today's queue from home with a remote ticket. */
  remoteTickets?: boolean | null | undefined;
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
  /** Minutes of waiting after which the lead panel raises its alert, 0..600; 0 sets none. */
  waitAlertMinutes?: number | null | undefined;
};

/** Changes a staff account; omitted fields stay. Memberships given replace those at the offices the caller administers. */
export type UpdateStaffAccountInput = {
  /** The account to change. */
  accountId: string | number;
  /** Roles and where they hold: replace the local roles where the caller manages staff; others stay. */
  assignments?: Array<RoleAssignmentInput> | null | undefined;
  /** true disables the account and ends its sessions; false enables it again. */
  disabled?: boolean | null | undefined;
  /** A new name shown to colleagues. */
  displayName?: string | null | undefined;
  /**
   * Built-in roles at offices: replace those the caller manages.
   * @deprecated Use assignments.
   */
  memberships?: Array<MembershipInput> | null | undefined;
  /** A new password, at least 12 characters; ends the account's sessions. */
  password?: string | null | undefined;
};

export type AccountsCliViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsCliViewerQuery = { viewer: { kind: string, name: string | null } };

export type AccountsCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type AccountsCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'StaffAccount', id: string, username: string, memberships: Array<{ role: OfficeRole, office: { id: string } }> }
   };

export type AccountsUpdateStaffAccountMutationVariables = Exact<{
  input: UpdateStaffAccountInput;
}>;


export type AccountsUpdateStaffAccountMutation = { updateStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount', id: string, disabled: boolean }
   };

export type AccountsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AccountsLoginMutation = { login:
    | { __typename: 'AccountLocked', lockedUntil: string }
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'Session', token: string, expiresAt: string, account: { username: string } }
   };

export type AccountsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsViewerQuery = { viewer: { kind: string, name: string | null, account: { username: string, isAdmin: boolean, memberships: Array<{ role: OfficeRole, office: { id: string } }> } | null } };

export type AccountsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AccountsCreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string, apiKey: { id: string, keyPrefix: string, level: ApiKeyLevel } }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type AccountsCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type AccountsCreateDeviceMutation = { createDevice:
    | { __typename: 'CreatedDevice', key: string, device: { id: string, kind: DeviceKind } }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type AccountsAuditLogQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type AccountsAuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, actorKind: string, actorName: string, action: string, details: Record<string, unknown> } }> } };

export type AccountsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsLogoutMutation = { logout: boolean };

export type AccountsRevokeApiKeyMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type AccountsRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey' }
    | { __typename: 'NotFound' }
   };

export type OidcConfigureIdentityProviderMutationVariables = Exact<{
  input: ConfigureIdentityProviderInput;
}>;


export type OidcConfigureIdentityProviderMutation = { configureIdentityProvider:
    | { __typename: 'IdentityProviderSettings', id: string, issuer: string, clientId: string, hasClientSecret: boolean, scopes: Array<string>, groupsClaim: string, mappings: Array<{ claimValue: string, roleName: string, departmentId: string | null, officeId: string | null }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, fieldProblems: Array<{ field: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type OidcIdentityProviderQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OidcIdentityProviderQuery = { identityProvider: { displayName: string, hasClientSecret: boolean, mappings: Array<{ claimValue: string, roleName: string }> } | null };

export type OidcSignInProvidersQueryVariables = Exact<{
  organisation?: string | null | undefined;
}>;


export type OidcSignInProvidersQuery = { signInProviders: Array<{ organisationSlug: string, displayName: string, loginPath: string }> };

export type OidcViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcViewerQuery = { viewer: { kind: string, account: { username: string, displayName: string, assignments: Array<{ source: AssignmentSource, role: { name: string }, office: { id: string } | null, department: { id: string } | null }> } | null }, sessionSignInProvider: { displayName: string } | null };

export type OidcQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OidcQueueQuery = { queue: { computedAt: string } };

export type SetupCompleteSetupMutationVariables = Exact<{
  input: CompleteSetupInput;
}>;


export type SetupCompleteSetupMutation = { completeSetup:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, problems: Array<string> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'StaffAccount', username: string, displayName: string, isAdmin: boolean }
   };

export type BookingReleaseReservationMutationVariables = Exact<{
  input: ReleaseReservationInput;
}>;


export type BookingReleaseReservationMutation = { releaseReservation:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type ReserveForPersonsMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type ReserveForPersonsMutation = { reserveSlot:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, fieldProblems: Array<{ field: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode }
    | { __typename: 'Reservation', id: string, token: string, start: string, end: string, services: Array<{ quantity: number, durationSlots: number, service: { id: string } }> }
    | { __typename: 'SlotUnavailable', code: ErrorCode }
   };

export type AppointmentForPersonsQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type AppointmentForPersonsQuery = { appointment: { persons: number, start: string, end: string, services: Array<{ quantity: number, durationSlots: number, service: { id: string } }> } | null };

export type MoveForPersonsMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type MoveForPersonsMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', persons: number, start: string, end: string }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string }
    | { __typename: 'SlotUnavailable', code: ErrorCode, message: string }
   };

export type SlotsForPersonsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type SlotsForPersonsQuery = { availableSlots: Array<{ startTimes: Array<string>, office: { id: string } }> };

export type CapacityPreviewCapacityPreviewQueryVariables = Exact<{
  input: CapacityPreviewInput;
}>;


export type CapacityPreviewCapacityPreviewQuery = { capacityPreview:
    | { __typename: 'CapacityPreview', weekStart: string, office: { id: string }, slots: Array<{ start: string, end: string, date: string, publicCapacity: number, internCapacity: number, taken: number }>, affectedAppointments: Array<{ number: number, start: string }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CapacityPreviewOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityPreviewOfficeQuery = { office: { version: number } | null };

export type CapacityPreviewOffice2QueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityPreviewOffice2Query = { office: { version: number, capacityRules: Array<{ endTime: string, weekdays: Array<number> }> } | null };

export type CapacityPreviewCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CapacityPreviewCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type ClosuresAddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type ClosuresAddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange', closure: { id: string, date: string, until: string, reason: string } | null, affectedAppointments: Array<{ id: string, number: number, date: string, status: AppointmentStatus }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, fieldProblems: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type ClosuresOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type ClosuresOfficeQuery = { office: { closures: Array<{ id: string, date: string, until: string, reason: string, openAppointments: Array<{ id: string, number: number }>, keptAppointments: Array<{ id: string, number: number }> }> } | null };

export type ClosuresCancelOfficeAppointmentsMutationVariables = Exact<{
  input: CancelOfficeAppointmentsInput;
}>;


export type ClosuresCancelOfficeAppointmentsMutation = { cancelOfficeAppointments:
    | { __typename: 'CancelledAppointments', appointments: Array<{ number: number, status: AppointmentStatus }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type ClosuresKeepClosureAppointmentsMutationVariables = Exact<{
  input: KeepClosureAppointmentsInput;
}>;


export type ClosuresKeepClosureAppointmentsMutation = { keepClosureAppointments:
    | { __typename: 'Closure', id: string, openAppointments: Array<{ number: number }>, keptAppointments: Array<{ number: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, fieldProblems: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type ClosuresUpdateCapacityRuleMutationVariables = Exact<{
  input: UpdateCapacityRuleInput;
}>;


export type ClosuresUpdateCapacityRuleMutation = { updateCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ number: number }> }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type ClosuresCapacityPreviewQueryVariables = Exact<{
  input: CapacityPreviewInput;
}>;


export type ClosuresCapacityPreviewQuery = { capacityPreview:
    | { affectedAppointments: Array<{ number: number }> }
    | Record<PropertyKey, never>
   };

export type ClosuresRemoveClosureMutationVariables = Exact<{
  input: RemoveClosureInput;
}>;


export type ClosuresRemoveClosureMutation = { removeClosure:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type ClosuresCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type ClosuresCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type OrganisationHolidaysListQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationHolidaysListQuery = { organisationHolidays:
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidays', organisationId: string, days: Array<{ id: string, day: string, name: string }> }
   };

export type OrganisationHolidaysAddMutationVariables = Exact<{
  input: AddOrganisationHolidayInput;
}>;


export type OrganisationHolidaysAddMutation = { addOrganisationHoliday:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { id: string, day: string, name: string }, holidays: { days: Array<{ day: string }> }, affectedAppointments: Array<{ number: number, date: string }> }
   };

export type OrganisationHolidaysRemoveMutationVariables = Exact<{
  input: RemoveOrganisationHolidayInput;
}>;


export type OrganisationHolidaysRemoveMutation = { removeOrganisationHoliday:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { day: string }, holidays: { days: Array<{ day: string }> }, affectedAppointments: Array<{ number: number }> }
   };

export type OrganisationHolidaysCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type OrganisationHolidaysCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaffAccount' }
   };

export type OrganisationHolidaysOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationHolidaysOrganisationsQuery = { organisations: Array<{ id: string, roles: Array<{ id: string, name: string }> }> };

export type OrganisationHolidaysCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type OrganisationHolidaysCreateOrganisationMutation = { createOrganisation:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Organisation', id: string }
   };

export type OrganisationHolidaysUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type OrganisationHolidaysUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type OfficeSettingsUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type OfficeSettingsUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'Office', settings: { reservationMinutes: number, displayMessage: string, noShowLimit: number, contactRetentionDays: number, ticketFirstNumber: number, ticketLastNumber: number } }
   };

export type OfficeSettingsSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type OfficeSettingsSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput', fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound' }
    | { __typename: 'Office', openingHours: Array<{ weekdays: Array<number>, open: string, close: string }> }
   };

export type OfficeSettingsCreateCapacityRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type OfficeSettingsCreateCapacityRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput', fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound' }
   };

export type OfficeSettingsOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeSettingsOfficeQuery = { office: { settings: { reservationMinutes: number, displayMessage: string, noShowLimit: number, contactRetentionDays: number, ticketFirstNumber: number, ticketLastNumber: number } } | null };

export type ServiceSearchServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  language?: MessageLanguage | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ServiceSearchServicesQuery = { services: { edges: Array<{ node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceSearchCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type ServiceSearchCreateServiceMutation = { createService:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type ServiceSearchSetServiceTextMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type ServiceSearchSetServiceTextMutation = { setServiceText:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'Service', id: string }
   };

export type ServiceSearchServices2QueryVariables = Exact<{
  language?: MessageLanguage | null | undefined;
}>;


export type ServiceSearchServices2Query = { services: { edges: Array<{ node: { id: string, name: string, whatToBring: string | null } }> } };

export type ServiceSearchSetServiceTextAnonymouslyMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type ServiceSearchSetServiceTextAnonymouslyMutation = { setServiceText:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Service' }
   };

export type ServiceSearchAddSearchSynonymMutationVariables = Exact<{
  input: AddSearchSynonymInput;
}>;


export type ServiceSearchAddSearchSynonymMutation = { addSearchSynonym:
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'SearchSynonym', id: string, term: string, means: string }
   };

export type ServiceSearchRemoveSearchSynonymMutationVariables = Exact<{
  input: RemoveSearchSynonymInput;
}>;


export type ServiceSearchRemoveSearchSynonymMutation = { removeSearchSynonym:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound' }
   };

export type ServiceSearchSearchSynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSearchSearchSynonymsQuery = { searchSynonyms: { edges: Array<{ node: { term: string, means: string } }> } };

export type ServiceSearchSearchSynonyms2QueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSearchSearchSynonyms2Query = { searchSynonyms: { edges: Array<{ node: { term: string } }> } };

export type ServiceSearchCreateOfficeMutationVariables = Exact<{ [key: string]: never; }>;


export type ServiceSearchCreateOfficeMutation = { createOffice:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type ServiceSearchSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type ServiceSearchSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type ServiceSearchServices3QueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSearchServices3Query = { services: { edges: Array<{ node: { id: string, bookableOnline: boolean } }> } };

export type ServiceSearchOfficesQueryVariables = Exact<{
  serviceIds?: Array<string | number> | string | number | null | undefined;
  bookableOnline?: boolean | null | undefined;
}>;


export type ServiceSearchOfficesQuery = { offices: { edges: Array<{ node: { id: string } }> } };

export type DrawJoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type DrawJoinWaitlistMutation = { joinWaitlist:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'TooManyAppointments' }
    | { __typename: 'WaitlistJoined' }
   };

export type DrawDeclineWaitlistOfferMutationVariables = Exact<{
  input: LinkTokenInput;
}>;


export type DrawDeclineWaitlistOfferMutation = { declineWaitlistOffer:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'WaitlistOfferView' }
   };

export type DrawSetServiceReleaseModeMutationVariables = Exact<{
  input: SetServiceReleaseModeInput;
}>;


export type DrawSetServiceReleaseModeMutation = { setServiceReleaseMode:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'ServiceRelease' }
   };

export type DrawScheduleDrawMutationVariables = Exact<{
  input: ScheduleDrawInput;
}>;


export type DrawScheduleDrawMutation = { scheduleDraw:
    | { __typename: 'Draw', id: string, status: DrawStatus, commitment: string, seed: string | null, releaseAt: string }
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
   };

export type DrawDrawsQueryVariables = Exact<{
  serviceId?: string | number | null | undefined;
}>;


export type DrawDrawsQuery = { draws: Array<{ id: string, status: DrawStatus, commitment: string, seed: string | null, urgentQuota: number | null, registrations: number | null, resultUrl: string | null, service: { id: string }, offices: Array<{ id: string }>, statistics: { offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number } | null }> };

export type DrawDrawEntriesQueryVariables = Exact<{
  drawId: string | number;
}>;


export type DrawDrawEntriesQuery = { drawEntries: Array<{ digest: string, urgent: boolean, position: number }> };

export type DrawRegisterForDrawMutationVariables = Exact<{
  input: RegisterForDrawInput;
}>;


export type DrawRegisterForDrawMutation = { registerForDraw:
    | { __typename: 'DrawRegistered', statusToken: string, registration: { id: string, status: DrawRegistrationStatus, entryDigest: string } }
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
    | { __typename: 'ProofOfWorkRequired' }
   };

export type DrawVerifyDrawRegistrationMutationVariables = Exact<{
  token: string;
  code?: string | null | undefined;
}>;


export type DrawVerifyDrawRegistrationMutation = { verifyDrawRegistration:
    | { __typename: 'DrawRegistrationView', status: DrawRegistrationStatus }
    | { __typename: 'DuplicateRegistration', code: ErrorCode }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type DrawDrawRegistrationQueryVariables = Exact<{
  token: string;
}>;


export type DrawDrawRegistrationQuery = { drawRegistration: { id: string, status: DrawRegistrationStatus, position: number | null, urgent: boolean, entryDigest: string, rollOver: boolean, draw: { id: string }, offer: { id: string, status: DrawOfferStatus, start: string, persons: number, office: { id: string } } | null } | null };

export type DrawAcceptDrawOfferMutationVariables = Exact<{
  token: string;
}>;


export type DrawAcceptDrawOfferMutation = { acceptDrawOffer:
    | { __typename: 'DrawOfferAccepted', secret: string | null, appointment: { number: number, status: AppointmentStatus, start: string } }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'ReservationExpired' }
    | { __typename: 'TooManyAppointments' }
   };

export type DrawDeclineDrawOfferMutationVariables = Exact<{
  token: string;
}>;


export type DrawDeclineDrawOfferMutation = { declineDrawOffer:
    | { __typename: 'DrawOfferView', status: DrawOfferStatus }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DrawDrawRegistrationsQueryVariables = Exact<{
  drawId: string | number;
}>;


export type DrawDrawRegistrationsQuery = { drawRegistrations: Array<{ name: string, channel: string, registration: { id: string, status: DrawRegistrationStatus, position: number | null } }> };

export type DrawSetDrawRegistrationUrgentMutationVariables = Exact<{
  registrationId: string | number;
  urgent: boolean;
  reason?: string | null | undefined;
}>;


export type DrawSetDrawRegistrationUrgentMutation = { setDrawRegistrationUrgent:
    | { __typename: 'DrawRegistrationStaffView' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DrawWithdrawDrawRegistrationMutationVariables = Exact<{
  token: string;
}>;


export type DrawWithdrawDrawRegistrationMutation = { withdrawDrawRegistration:
    | { __typename: 'DrawRegistrationView', status: DrawRegistrationStatus }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DrawCancelDrawMutationVariables = Exact<{
  drawId: string | number;
}>;


export type DrawCancelDrawMutation = { cancelDraw:
    | { __typename: 'Draw', status: DrawStatus }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DrawAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type DrawAppointmentQuery = { appointment: { status: AppointmentStatus, start: string, contactName: string | null } | null };

export type ReleaseModeSetServiceReleaseModeMutationVariables = Exact<{
  input: SetServiceReleaseModeInput;
}>;


export type ReleaseModeSetServiceReleaseModeMutation = { setServiceReleaseMode:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ServiceRelease', officeId: string, serviceId: string, mode: ReleaseMode, releasedUntil: string | null }
   };

export type ReleaseModeServiceReleasesQueryVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type ReleaseModeServiceReleasesQuery = { serviceReleases: Array<{ officeId: string, serviceId: string, mode: ReleaseMode, releasedUntil: string | null }> };

export type ReleaseModeJoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type ReleaseModeJoinWaitlistMutation = { joinWaitlist:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NoShowLimitReached', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'TooManyAppointments', message: string }
    | { __typename: 'WaitlistJoined' }
   };

export type DrawMessagesSetServiceReleaseModeMutationVariables = Exact<{
  input: SetServiceReleaseModeInput;
}>;


export type DrawMessagesSetServiceReleaseModeMutation = { setServiceReleaseMode:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'ServiceRelease' }
   };

export type DrawMessagesScheduleDrawMutationVariables = Exact<{
  input: ScheduleDrawInput;
}>;


export type DrawMessagesScheduleDrawMutation = { scheduleDraw:
    | { __typename: 'Draw', id: string }
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
   };

export type DrawMessagesRegisterForDrawMutationVariables = Exact<{
  input: RegisterForDrawInput;
}>;


export type DrawMessagesRegisterForDrawMutation = { registerForDraw:
    | { __typename: 'DrawRegistered', statusToken: string, registration: { id: string, status: DrawRegistrationStatus } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string }
   };

export type DrawMessagesVerifyDrawRegistrationMutationVariables = Exact<{
  token: string;
  code?: string | null | undefined;
}>;


export type DrawMessagesVerifyDrawRegistrationMutation = { verifyDrawRegistration:
    | { __typename: 'DrawRegistrationView', status: DrawRegistrationStatus }
    | { __typename: 'DuplicateRegistration', code: ErrorCode }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type DrawMessagesDrawOfferQueryVariables = Exact<{
  token: string;
}>;


export type DrawMessagesDrawOfferQuery = { drawOffer: { status: DrawOfferStatus, start: string, persons: number } | null };

export type DrawMessagesDrawRegistrationQueryVariables = Exact<{
  token: string;
}>;


export type DrawMessagesDrawRegistrationQuery = { drawRegistration: { id: string, status: DrawRegistrationStatus } | null };

export type DrawMessagesSaveMessageTemplateMutationVariables = Exact<{
  input: SaveMessageTemplateInput;
}>;


export type DrawMessagesSaveMessageTemplateMutation = { saveMessageTemplate:
    | { __typename: 'InvalidInput' }
    | { __typename: 'LinkNotAllowed' }
    | { __typename: 'MessageTemplateText' }
    | { __typename: 'NotFound' }
    | { __typename: 'UnknownPlaceholder' }
   };

export type DrawMessagesRemoveMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateScopeInput;
}>;


export type DrawMessagesRemoveMessageTemplateMutation = { removeMessageTemplate:
    | { __typename: 'MessageTemplateText' }
    | { __typename: 'NotFound' }
   };

export type DrawMessagesPreviewMessageQueryVariables = Exact<{
  input: PreviewMessageInput;
}>;


export type DrawMessagesPreviewMessageQuery = { previewMessage:
    | { __typename: 'InvalidInput' }
    | { __typename: 'LinkNotAllowed' }
    | { __typename: 'MessagePreview', source: MessageTextSource, subject: string, text: string }
    | { __typename: 'NotFound' }
    | { __typename: 'UnknownPlaceholder' }
   };

export type DrawMessagesCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type DrawMessagesCreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type HeadsUpLeaveTicketContactMutationVariables = Exact<{
  input: LeaveTicketContactInput;
}>;


export type HeadsUpLeaveTicketContactMutation = { leaveTicketContact:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, fieldProblems: Array<{ field: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'TicketContact', email: string | null, phone: string | null, language: MessageLanguage, browserNotifications: number }
   };

export type HeadsUpTicketContactQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type HeadsUpTicketContactQuery = { ticketContact: { email: string | null, phone: string | null, browserNotifications: number } | null };

export type HeadsUpWebPushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadsUpWebPushPublicKeyQuery = { webPushPublicKey: string | null };

export type HeadsUpSubscribeTicketPushMutationVariables = Exact<{
  input: SubscribeTicketPushInput;
}>;


export type HeadsUpSubscribeTicketPushMutation = { subscribeTicketPush:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'TicketContact', browserNotifications: number }
   };

export type MessageTemplatesOfficeMessagesQueryVariables = Exact<{
  officeId: string | number;
}>;


export type MessageTemplatesOfficeMessagesQuery = { officeMessages:
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeMessages', organisationId: string, reminderOffsetsMinutes: Array<number> | null, defaultReminderOffsetsMinutes: Array<number>, allowedLinkHosts: Array<string>, templates: Array<{ kind: MessageTemplateKind, language: MessageLanguage, subject: string }>, organisationTemplates: Array<{ kind: MessageTemplateKind, subject: string }>, kinds: Array<{ kind: MessageTemplateKind, placeholders: Array<string> }> }
   };

export type MessageTemplatesSaveMutationVariables = Exact<{
  input: SaveMessageTemplateInput;
}>;


export type MessageTemplatesSaveMutation = { saveMessageTemplate:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'LinkNotAllowed', code: ErrorCode, host: string, field: string, message: string }
    | { __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'UnknownPlaceholder', code: ErrorCode, placeholder: string, field: string, known: Array<string>, message: string }
   };

export type MessageTemplatesRemoveMutationVariables = Exact<{
  input: MessageTemplateScopeInput;
}>;


export type MessageTemplatesRemoveMutation = { removeMessageTemplate:
    | { __typename: 'MessageTemplateText' }
    | { __typename: 'NotFound' }
   };

export type MessageTemplatesPreviewQueryVariables = Exact<{
  input: PreviewMessageInput;
}>;


export type MessageTemplatesPreviewQuery = { previewMessage:
    | { __typename: 'InvalidInput' }
    | { __typename: 'LinkNotAllowed' }
    | { __typename: 'MessagePreview', source: MessageTextSource, subject: string, text: string, html: string }
    | { __typename: 'NotFound' }
    | { __typename: 'UnknownPlaceholder', placeholder: string }
   };

export type MessageTemplatesSettingsMutationVariables = Exact<{
  input: UpdateOfficeMessageSettingsInput;
}>;


export type MessageTemplatesSettingsMutation = { updateOfficeMessageSettings:
    | { __typename: 'InvalidInput', fieldProblems: Array<{ field: string }> }
    | { __typename: 'LinkNotAllowed', host: string, field: string }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeMessages', reminderOffsetsMinutes: Array<number> | null, copyEmail: string | null, surveyUrl: string | null }
   };

export type MessageTemplatesSignInMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type MessageTemplatesSignInMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type MessageTemplatesCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type MessageTemplatesCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type MessageTemplatesCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type MessageTemplatesCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string }
   };

export type MessageTemplatesCallMutationVariables = Exact<{
  input: EntryInput;
}>;


export type MessageTemplatesCallMutation = { callEntry:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type MessageTemplatesStartMutationVariables = Exact<{
  input: EntryInput;
}>;


export type MessageTemplatesStartMutation = { startService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry' }
   };

export type MessageTemplatesFinishMutationVariables = Exact<{
  input: FinishServiceInput;
}>;


export type MessageTemplatesFinishMutation = { finishService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry' }
   };

export type NotificationsAppointmentByLinkQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type NotificationsAppointmentByLinkQuery = { appointmentByLink: { number: number, status: AppointmentStatus, start: string } | null };

export type NotificationsCancelAppointmentByLinkMutationVariables = Exact<{
  input: LinkTokenInput;
}>;


export type NotificationsCancelAppointmentByLinkMutation = { cancelAppointmentByLink:
    | { __typename: 'Appointment', number: number, status: AppointmentStatus }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type NotificationsConfirmAppointmentByLinkMutationVariables = Exact<{
  input: LinkTokenInput;
}>;


export type NotificationsConfirmAppointmentByLinkMutation = { confirmAppointmentByLink:
    | { __typename: 'Appointment', number: number, status: AppointmentStatus }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'ReservationExpired', code: ErrorCode }
   };

export type NotificationsCreateServiceMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsCreateServiceMutation = { createService:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type NotificationsSetServiceTextMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type NotificationsSetServiceTextMutation = { setServiceText:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Service' }
   };

export type NotificationsSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type NotificationsSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type NotificationsCancelOfficeAppointmentsMutationVariables = Exact<{
  input: CancelOfficeAppointmentsInput;
}>;


export type NotificationsCancelOfficeAppointmentsMutation = { cancelOfficeAppointments:
    | { __typename: 'CancelledAppointments', appointments: Array<{ number: number, status: AppointmentStatus }> }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type NotificationsAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type NotificationsAppointmentQuery = { appointment: { status: AppointmentStatus, confirmBy: string | null } | null };

export type NotificationsUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type NotificationsUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type NotificationsAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type NotificationsAvailabilityChangedSubscription = { availabilityChanged: { reason: AvailabilityChangeReason, dates: Array<string> } };

export type NotificationsSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type NotificationsSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type NotificationsCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type NotificationsCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string }
   };

export type NotificationsCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type NotificationsCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type NotificationsSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type NotificationsSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type NotificationsQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type NotificationsQueueQuery = { queue: { entries: Array<{ id: string, position: number | null }> } };

export type NotificationsCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type NotificationsCallNext2MutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsCallNext2Mutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type RetentionUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type RetentionUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office', settings: { contactRetentionDays: number, noShowLimit: number } }
   };

export type RetentionJoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type RetentionJoinWaitlistMutation = { joinWaitlist:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'TooManyAppointments' }
    | { __typename: 'WaitlistJoined' }
   };

export type CounterWorkQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterWorkQueueQuery = { queue: { version: number, computedAt: string, nextChangeAt: string | null, entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, counterName: string | null, citizenName: string | null, services: Array<{ id: string, name: string }> }>, myCounter: { callingOrder: Array<string>, session: { counterName: string, staffName: string, serviceIds: Array<string> | null } } | null } };

export type CounterWorkIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type CounterWorkIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeClosed' }
    | { __typename: 'Ticket', entry: { id: string, displayNumber: string } }
    | { __typename: 'TicketsExhausted' }
   };

export type CounterWorkCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CounterWorkCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, displayNumber: string }
   };

export type CounterWorkSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type CounterWorkSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied', code: ErrorCode, staffName: string, since: string, canTakeOver: boolean }
    | { __typename: 'CounterSession', counterName: string, staffName: string }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type CounterWorkCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type CounterWorkCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotAtCounter', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEmpty', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, displayNumber: string }
   };

export type CounterWorkStepMarkMissedMutationVariables = Exact<{
  input: EntryInput;
}>;


export type CounterWorkStepMarkMissedMutation = { markMissed:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type CounterWorkStepRequeueEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type CounterWorkStepRequeueEntryMutation = { requeueEntry:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type CounterWorkStepStartServiceMutationVariables = Exact<{
  input: EntryInput;
}>;


export type CounterWorkStepStartServiceMutation = { startService:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type CounterWorkSetEntryPriorityMutationVariables = Exact<{
  input: SetEntryPriorityInput;
}>;


export type CounterWorkSetEntryPriorityMutation = { setEntryPriority:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry' }
   };

export type CounterWorkSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type CounterWorkSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type CounterWorkCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type CounterWorkCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type CounterWorkCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CounterWorkCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type CounterWorkWaitingInfoQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterWorkWaitingInfoQuery = { waitingInfo: { estimatedWaitMinutes: number } };

export type CounterWorkCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type CounterWorkCreateDeviceMutation = { createDevice:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type CounterWorkCheckIn2MutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CounterWorkCheckIn2Mutation = { checkIn:
    | { __typename: 'CheckInRefused' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', displayNumber: string, citizenName: string | null }
   };

export type CounterWorkCounterSessionsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterWorkCounterSessionsQuery = { counterSessions: Array<{ counterName: string, staffName: string }> };

export type QueueEventsCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type QueueEventsCallIssuedSubscription = { callIssued: { displayNumber: string, counterName: string, version: number, office: { id: string } } };

export type QueueEventsCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type QueueEventsCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type QueueEventsSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type QueueEventsSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type QueueEventsIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type QueueEventsIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeClosed' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketsExhausted' }
   };

export type QueueEventsCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type QueueEventsCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry', displayNumber: string }
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

export type QueueStepRecallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type QueueStepRecallEntryMutation = { recallEntry:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus, calledCount: number }
   };

export type QueueStepRequeueEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type QueueStepRequeueEntryMutation = { requeueEntry:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus, calledCount: number }
   };

export type QueueStepStartServiceMutationVariables = Exact<{
  input: EntryInput;
}>;


export type QueueStepStartServiceMutation = { startService:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus, calledCount: number }
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

export type RemoteTestDrawMutationVariables = Exact<{
  input: DrawRemoteTicketInput;
}>;


export type RemoteTestDrawMutation = { drawRemoteTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string }
    | { __typename: 'RemoteTicketHeld', code: ErrorCode, message: string }
    | { __typename: 'RemoteTicketsOff', code: ErrorCode, message: string }
    | { __typename: 'Ticket', secret: string, statusUrl: string, entry: { id: string, displayNumber: string, status: QueueEntryStatus, remote: boolean, position: number | null, checkInUntil: string | null } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type RemoteTestCheckInMutationVariables = Exact<{
  input: CheckInRemoteTicketInput;
}>;


export type RemoteTestCheckInMutation = { checkInRemoteTicket:
    | { __typename: 'CheckInRefused', reason: CheckInRefusalReason, code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus, remote: boolean, position: number | null }
   };

export type RemoteTestIssueMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type RemoteTestIssueMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'OfficeClosed', code: ErrorCode }
    | { __typename: 'Ticket', entry: { id: string, displayNumber: string } }
    | { __typename: 'TicketsExhausted', code: ErrorCode }
   };

export type RemoteTestQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type RemoteTestQueueQuery = { queue: { entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, remote: boolean, position: number | null, allowedActions: Array<QueueAction> }>, myCounter: { callingOrder: Array<string> } | null } };

export type RemoteTestStatusQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type RemoteTestStatusQuery = { queueStatus: { status: QueueEntryStatus, remote: boolean, position: number | null, checkInFrom: string | null, checkInUntil: string | null } | null };

export type RemoteTestSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type RemoteTestSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type RemoteTestHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type RemoteTestHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type RemoteTestDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type RemoteTestDeviceMutation = { createDevice:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type RemoteTestCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type RemoteTestCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type RemoteTestStaffMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type RemoteTestStaffMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type RemoteTestSignInMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type RemoteTestSignInMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type RemoteTestCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoteTestCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode }
    | { __typename: 'NotAtCounter', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEmpty', code: ErrorCode }
    | { __typename: 'QueueEntry', displayNumber: string }
   };

export type RemoteTestClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type RemoteTestClosureMutation = { addClosure:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type RemoteTestChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type RemoteTestChallengeQuery = { proofOfWorkChallenge: { algorithm: string, challenge: string, maxnumber: number, salt: string, signature: string } };

export type WaitingRoomWaitingRoomQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoomQuery = { waitingRoom: { groupId: string | null, name: string, offices: Array<{ version: number, displayMessage: string, waitingCount: number, estimatedWaitMinutes: number, countersServing: number, open: boolean, ticketsLeft: number, office: { id: string, name: string } }> } };

export type WaitingRoomWaitingRoomChangedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoomChangedSubscription = { waitingRoomChanged: { version: number, displayMessage: string, waitingCount: number, open: boolean, ticketsLeft: number, office: { id: string } } };

export type WaitingRoomIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type WaitingRoomIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'OfficeClosed', code: ErrorCode }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketsExhausted', code: ErrorCode }
   };

export type WaitingRoomUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type WaitingRoomUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office', settings: { displayMessage: string } }
   };

export type WaitingRoomCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type WaitingRoomCreateDeviceMutation = { createDevice:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type WaitingRoomWaitingRoom2QueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoom2Query = { waitingRoom: { offices: Array<{ open: boolean, opensAt: string | null }> } };

export type WaitingRoomSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type WaitingRoomSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type WaitingRoomAddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type WaitingRoomAddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange', closure: { id: string } | null }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type WaitingRoomRemoveClosureMutationVariables = Exact<{
  input: RemoveClosureInput;
}>;


export type WaitingRoomRemoveClosureMutation = { removeClosure:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type WaitingRoomStepMarkMissedMutationVariables = Exact<{
  input: EntryInput;
}>;


export type WaitingRoomStepMarkMissedMutation = { markMissed:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type WaitingRoomStepParkEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type WaitingRoomStepParkEntryMutation = { parkEntry:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type WaitingRoomStepRequeueEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type WaitingRoomStepRequeueEntryMutation = { requeueEntry:
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

export type WaitingRoomCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type WaitingRoomCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', code: ErrorCode, reason: CheckInRefusalReason, opensAt: string | null }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'QueueEntry', id: string }
   };

export type WaitingRoomSetOpeningHours2MutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type WaitingRoomSetOpeningHours2Mutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type WaitingRoomCreateOfficeGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type WaitingRoomCreateOfficeGroupMutation = { createOfficeGroup:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type WaitingRoomWaitingRoomChanged2SubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoomChanged2Subscription = { waitingRoomChanged: { version: number, open: boolean, opensAt: string | null } };

export type WaitingRoomCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type WaitingRoomCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type WaitingRoomSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type WaitingRoomSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type WaitingRoomWaitingRoom3QueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoom3Query = { waitingRoom: { offices: Array<{ withdrawnNumbers: Array<string> }> } };

export type WaitingRoomCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type WaitingRoomCallNextMutation = { callNext:
    | { id: string, displayNumber: string }
    | Record<PropertyKey, never>
   };

export type WaitingRoomWaitingRoomChanged3SubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type WaitingRoomWaitingRoomChanged3Subscription = { waitingRoomChanged: { withdrawnNumbers: Array<string> } };

export type WaitingRoomCallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type WaitingRoomCallEntryMutation = { callEntry:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type AvailabilityEventsAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type AvailabilityEventsAvailabilityChangedSubscription = { availabilityChanged: { version: number, dates: Array<string>, reason: AvailabilityChangeReason, office: { id: string } } };

export type AvailabilitySetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type AvailabilitySetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type AvailabilityAvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type AvailabilityAvailableDaysQuery = { availableDays: Array<{ date: string, officeCount: number, offices: Array<{ id: string }> }> };

export type AvailabilityCreateCapacityRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type AvailabilityCreateCapacityRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
   };

export type HolidayRegionsUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type HolidayRegionsUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput', fieldProblems: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound' }
    | { __typename: 'Office', settings: { holidayRegion: string } }
   };

export type HolidayRegionsOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type HolidayRegionsOfficeQuery = { office: { settings: { holidayRegion: string } } | null };

export type StatisticsStatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type StatisticsStatisticsQuery = { statistics: { from: string, to: string, appointments: number, cancelled: number, noShows: number, walkIns: number, served: number, missed: number, offices: Array<{ id: string }>, appointmentsByChannel: Array<{ channel: Channel, appointments: number }>, waitingByHour: Array<{ hour: number, customers: number, meanMinutes: number, p90Minutes: number }>, serviceTimes: Array<{ customers: number, meanMinutes: number, service: { id: string } }>, utilisation: Array<{ date: string, offered: number, booked: number }> } };

export type StatisticsCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type StatisticsCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type StatisticsCreateOfficeGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type StatisticsCreateOfficeGroupMutation = { createOfficeGroup:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type StatisticsCreateOfficeGroup2MutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type StatisticsCreateOfficeGroup2Mutation = { createOfficeGroup:
    | { id: string }
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

export type LimitsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type LimitsCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type LimitsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type LimitsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsViewerQuery = { viewer: { kind: string } };

export type LimitsProofOfWorkChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsProofOfWorkChallengeQuery = { proofOfWorkChallenge: { algorithm: string, challenge: string, maxnumber: number, salt: string, signature: string, required: boolean } };

export type LimitsDeepOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsDeepOfficesQuery = { offices: { edges: Array<{ node: { services: Array<{ service: { name: string } }> } }> } };

export type LimitsCostlyServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCostlyServicesQuery = { services: { edges: Array<{ node: { id: string, name: string, description: string | null, url: string | null } }> } };

export type LimitsTwentyServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTwentyServicesQuery = { services: { edges: Array<{ node: { id: string, name: string } }> } };

export type LimitsQueueStatusQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type LimitsQueueStatusQuery = { queueStatus: { status: QueueEntryStatus } | null };

export type ClusterAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type ClusterAvailabilityChangedSubscription = { availabilityChanged: { version: number, reason: AvailabilityChangeReason } };

export type CustomFieldsUpdateBookingFormMutationVariables = Exact<{
  input: UpdateBookingFormInput;
}>;


export type CustomFieldsUpdateBookingFormMutation = { updateBookingForm:
    | { __typename: 'BookingForm', remarks: RemarksMode, remarksMaxLength: number, fields: Array<{ id: string, key: string, kind: BookingFieldKind, required: boolean, maxLength: number | null, label: string, labels: Array<{ language: string, text: string }>, options: Array<{ value: string, label: string }> }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CustomFieldsBookingFormQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomFieldsBookingFormQuery = { office: { bookingForm: { remarks: RemarksMode, fields: Array<{ key: string, required: boolean, label: string, options: Array<{ value: string, label: string }> }> } } | null };

export type CustomFieldsConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type CustomFieldsConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment', secret: string, appointment: { id: string, number: number, remarks: string | null, fields: Array<{ key: string, value: string, label: string, optionLabel: string | null }> } }
    | { __typename: 'InvalidBookingFields', code: ErrorCode, message: string, refusedFields: Array<{ key: string, reason: BookingFieldProblemReason, message: string, maxLength: number | null, options: Array<string> | null }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ReservationExpired', code: ErrorCode, message: string }
    | { __typename: 'TooManyAppointments', code: ErrorCode, message: string }
   };

export type CustomFieldsAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type CustomFieldsAppointmentQuery = { appointment: { id: string, start: string, remarks: string | null, fields: Array<{ key: string, value: string, label: string, optionLabel: string | null }> } | null };

export type CustomFieldsRescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type CustomFieldsRescheduleAppointmentMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', start: string, remarks: string | null, fields: Array<{ key: string, value: string }> }
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'OutsideBookingWindow', message: string }
    | { __typename: 'SlotUnavailable', message: string }
   };

export type CustomFieldsReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type CustomFieldsReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OutsideBookingWindow' }
    | { __typename: 'ProofOfWorkRequired' }
    | { __typename: 'Reservation', token: string }
    | { __typename: 'SlotUnavailable' }
   };

export type DayPlanOfOfficeQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  days: number;
}>;


export type DayPlanOfOfficeQuery = { dayPlan: { from: string, to: string, timeZone: string, version: number, office: { id: string, name: string }, days: Array<{ date: string, appointments: Array<{ id: string, number: number, start: string, status: AppointmentStatus, channel: Channel, contactName: string | null, contactEmail: string | null, contactPhone: string | null, remarks: string | null, fields: Array<{ key: string, value: string }>, services: Array<{ service: { name: string } }> }> }> } };

export type DayPlanExportMutationVariables = Exact<{
  input: ExportDayPlanInput;
}>;


export type DayPlanExportMutation = { exportDayPlan:
    | { __typename: 'DayPlanFile', fileName: string, mediaType: string, content: string, appointments: number }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DayPlanChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DayPlanChangedSubscription = { dayPlanChanged: { officeId: string, version: number } };

export type DayPlanCreateStaffMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type DayPlanCreateStaffMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type DayPlanCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type DayPlanCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type DayPlanNightRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type DayPlanNightRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DayPlanBookingFormMutationVariables = Exact<{
  input: UpdateBookingFormInput;
}>;


export type DayPlanBookingFormMutation = { updateBookingForm:
    | { __typename: 'BookingForm' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DayPlanAddNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type DayPlanAddNoteMutation = { addInternalNote:
    | { __typename: 'InternalNote' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type EmbeddedDefaultOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbeddedDefaultOfficesQuery = { offices: { edges: Array<{ node: { id: string, name: string } }> } };

export type EmbeddedDefaultServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbeddedDefaultServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type EmbeddedDefaultAvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type EmbeddedDefaultAvailableDaysQuery = { availableDays: Array<{ date: string, offices: Array<{ id: string }> }> };

export type DatabaseOutageCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type DatabaseOutageCallIssuedSubscription = { callIssued: { id: string, displayNumber: string } };

export type DatabaseOutageCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type DatabaseOutageCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type DatabaseOutageSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type DatabaseOutageSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type DatabaseOutageIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type DatabaseOutageIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeClosed' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketsExhausted' }
   };

export type DatabaseOutageCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry', displayNumber: string }
   };

export type LimitsUnderConcurrencyLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LimitsUnderConcurrencyLoginMutation = { login:
    | { __typename: 'AccountLocked', lockedUntil: string }
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'Session' }
   };

export type LimitsUnderConcurrencyCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type LimitsUnderConcurrencyCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount' }
   };

export type LimitsUnderConcurrencyIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type LimitsUnderConcurrencyIssueTicketMutation = { issueTicket:
    | { secret: string, entry: { displayNumber: string } }
    | Record<PropertyKey, never>
   };

export type LimitsUnderConcurrencyQueueStatusQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type LimitsUnderConcurrencyQueueStatusQuery = { queueStatus: { status: QueueEntryStatus } | null };

export type ReconnectStormCreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type ReconnectStormCreateOfficeMutation = { createOffice:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type ReconnectStormSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type ReconnectStormSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type ReconnectStormCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type ReconnectStormCreateServiceMutation = { createService:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type ReconnectStormSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type ReconnectStormSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type ReconnectStormCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type ReconnectStormCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type ReconnectStormSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type ReconnectStormSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type ReconnectStormIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type ReconnectStormIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeClosed' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketsExhausted' }
   };

export type ReconnectStormCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type ReconnectStormCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry' }
   };

export type RedisOutageEventsCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type RedisOutageEventsCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type RedisOutageEventsSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type RedisOutageEventsSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied' }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound' }
   };

export type RedisOutageEventsRecentCallsQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type RedisOutageEventsRecentCallsQuery = { recentCalls: { calls: Array<{ id: string, displayNumber: string }> } };

export type RedisOutageEventsCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type RedisOutageEventsCallIssuedSubscription = { callIssued: { id: string, displayNumber: string } };

export type RedisOutageEventsIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type RedisOutageEventsIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeClosed' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketsExhausted' }
   };

export type RedisOutageEventsCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageEventsCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition' }
    | { __typename: 'NotAtCounter' }
    | { __typename: 'NotFound' }
    | { __typename: 'QueueEmpty' }
    | { __typename: 'QueueEntry', displayNumber: string }
   };

export type RedisOutageLimitsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageLimitsServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type RedisOutageLimitsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageLimitsViewerQuery = { viewer: { kind: string } };

export type RedisOutageLimitsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RedisOutageLimitsCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type SocketAbuseCreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type SocketAbuseCreateOfficeMutation = { createOffice:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type SocketAbuseCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type SocketAbuseCreateDeviceMutation = { createDevice:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type SocketAbuseServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SocketAbuseServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type SocketAbuseCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type SocketAbuseCallIssuedSubscription = { callIssued: { displayNumber: string } };

export type GraphqlHttpCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type GraphqlHttpCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type HostileInputTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputTypenameQuery = { __typename: 'Query' };

export type HostileInputCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type HostileInputCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type InputValidationServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type InputValidationServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type InputValidationCreateCapacityRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type InputValidationCreateCapacityRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
   };

export type InputValidationAddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type InputValidationAddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type InputValidationServices2QueryVariables = Exact<{ [key: string]: never; }>;


export type InputValidationServices2Query = { services: { edges: Array<{ node: { id: string } }> } };

export type InputValidationAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type InputValidationAuditLogQuery = { auditLog: { edges: Array<{ node: { action: string, details: Record<string, unknown> } }> } };

export type InputValidationCreateServiceMutationVariables = Exact<{ [key: string]: never; }>;


export type InputValidationCreateServiceMutation = { createService:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type InputValidationSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type InputValidationSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService', durationSlots: number }
   };

export type InputValidationServices3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InputValidationServices3Query = { services: { edges: Array<{ cursor: string, node: { name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InputValidationOfficesQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type InputValidationOfficesQuery = { offices: { edges: Array<{ node: { name: string, services: Array<{ durationSlots: number, service: { id: string } }> } }> } };

export type InputValidationCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type InputValidationCreateCounterMutation = { createCounter:
    | { __typename: 'Counter', id: string, name: string, room: string | null }
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type InputValidationCreateOfficeGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type InputValidationCreateOfficeGroupMutation = { createOfficeGroup:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'OfficeGroup', id: string, name: string, offices: Array<{ id: string }> }
   };

export type NotesAddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type NotesAddInternalNoteMutation = { addInternalNote:
    | { __typename: 'InternalNote', id: string, appointmentId: string | null, queueEntryId: string | null, author: string, text: string, createdAt: string }
    | { __typename: 'InvalidInput', code: ErrorCode, fieldProblems: Array<{ field: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
   };

export type NotesInternalNotesQueryVariables = Exact<{
  input: InternalNotesInput;
}>;


export type NotesInternalNotesQuery = { internalNotes: Array<{ appointmentId: string | null, author: string, text: string }> };

export type NotesQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type NotesQueueQuery = { queue: { entries: Array<{ id: string, displayNumber: string, remarks: string | null, notes: Array<{ text: string, appointmentId: string | null, queueEntryId: string | null }>, bookingFields: Array<{ key: string, value: string }> }> } };

export type NotesReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type NotesReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'OutsideBookingWindow', message: string }
    | { __typename: 'ProofOfWorkRequired', message: string }
    | { __typename: 'Reservation', token: string }
    | { __typename: 'SlotUnavailable', message: string }
   };

export type NotesConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type NotesConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment', secret: string, appointment: { id: string, number: number } }
    | { __typename: 'InvalidBookingFields' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'ReservationExpired' }
    | { __typename: 'TooManyAppointments' }
   };

export type NotesAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type NotesAppointmentQuery = { appointment: { number: number } | null };

export type NotesRescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type NotesRescheduleAppointmentMutation = { rescheduleAppointment:
    | { __typename: 'Appointment' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OutsideBookingWindow' }
    | { __typename: 'SlotUnavailable' }
   };

export type ObservabilityServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ObservabilityAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type ObservabilityAvailabilityChangedSubscription = { availabilityChanged: { version: number } };

export type ObservabilityReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type ObservabilityReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OutsideBookingWindow' }
    | { __typename: 'ProofOfWorkRequired' }
    | { __typename: 'Reservation' }
    | { __typename: 'SlotUnavailable' }
   };

export type PermissionsCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type PermissionsCreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StaffAccount', id: string }
   };

export type PermissionsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type PermissionsCreateApiKeyMutation = { createApiKey:
    | { key: string, apiKey: { id: string } }
    | Record<PropertyKey, never>
   };

export type PermissionsCreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type PermissionsCreateDeviceMutation = { createDevice:
    | { key: string, device: { id: string } }
    | Record<PropertyKey, never>
   };

export type PermissionsCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type PermissionsCreateServiceMutation = { createService:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type PermissionsCreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type PermissionsCreateCounterMutation = { createCounter:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type PermissionsCreateOfficeGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type PermissionsCreateOfficeGroupMutation = { createOfficeGroup:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type PermissionsCreateCapacityRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type PermissionsCreateCapacityRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange', rule: { id: string } | null }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type PermissionsIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type PermissionsIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'Ticket', secret: string, statusUrl: string, entry: { id: string, displayNumber: string, status: QueueEntryStatus } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type PermissionsSignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type PermissionsSignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied', code: ErrorCode, message: string }
    | { __typename: 'CounterSession' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsAddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type PermissionsAddInternalNoteMutation = { addInternalNote:
    | { __typename: 'InternalNote' }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsApiKeysQuery = { apiKeys: Array<{ id: string, name: string, level: ApiKeyLevel }> };

export type PermissionsAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsAuditLogQuery = { auditLog: { edges: Array<{ node: { action: string, at: string, actorKind: string } }> } };

export type PermissionsAuditLog2QueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type PermissionsAuditLog2Query = { auditLog: { edges: Array<{ node: { action: string, at: string, actorKind: string } }> } };

export type PermissionsCapacityPreviewQueryVariables = Exact<{
  input: CapacityPreviewInput;
}>;


export type PermissionsCapacityPreviewQuery = { capacityPreview:
    | { __typename: 'CapacityPreview', weekStart: string, slots: Array<{ start: string }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsOfficeQuery = { office: { id: string, name: string } | null };

export type PermissionsOfficeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsOfficeGroupsQuery = { officeGroups: Array<{ id: string, name: string, offices: Array<{ id: string }> }> };

export type PermissionsOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsOfficesQuery = { offices: { edges: Array<{ node: { id: string, name: string } }> } };

export type PermissionsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsServicesQuery = { services: { edges: Array<{ node: { id: string, name: string } }> } };

export type PermissionsStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsStaffAccountsQuery = { staffAccounts: { edges: Array<{ node: { id: string, username: string } }> } };

export type PermissionsStaffAccounts2QueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type PermissionsStaffAccounts2Query = { staffAccounts: { edges: Array<{ node: { id: string, username: string } }> } };

export type PermissionsStatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type PermissionsStatisticsQuery = { statistics: { appointments: number, walkIns: number, waitingByHour: Array<{ hour: number }> } };

export type PermissionsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsViewerQuery = { viewer: { kind: string, name: string | null, account: { username: string } | null } };

export type PermissionsReleaseReservationMutationVariables = Exact<{
  input: ReleaseReservationInput;
}>;


export type PermissionsReleaseReservationMutation = { releaseReservation:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsAppointmentByLinkQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type PermissionsAppointmentByLinkQuery = { appointmentByLink: { id: string } | null };

export type PermissionsDayPlanQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsDayPlanQuery = { dayPlan: { version: number, days: Array<{ date: string, appointments: Array<{ number: number, contactName: string | null }> }> } };

export type PermissionsExportDayPlanMutationVariables = Exact<{
  input: ExportDayPlanInput;
}>;


export type PermissionsExportDayPlanMutation = { exportDayPlan:
    | { __typename: 'DayPlanFile', fileName: string, appointments: number }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsDayPlanChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsDayPlanChangedSubscription = { dayPlanChanged: { officeId: string, version: number } };

export type PermissionsWaitlistEntryQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type PermissionsWaitlistEntryQuery = { waitlistEntry: { id: string } | null };

export type PermissionsWaitlistOfferQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type PermissionsWaitlistOfferQuery = { waitlistOffer: { id: string } | null };

export type PermissionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionsLogoutMutation = { logout: boolean };

export type PermissionsSearchSynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsSearchSynonymsQuery = { searchSynonyms: { edges: Array<{ node: { id: string, term: string } }> } };

export type PermissionsAddSearchSynonymMutationVariables = Exact<{
  input: AddSearchSynonymInput;
}>;


export type PermissionsAddSearchSynonymMutation = { addSearchSynonym:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type PermissionsSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type PermissionsSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type PermissionsAvailabilityChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsAvailabilityChangedSubscription = { availabilityChanged: { version: number, reason: AvailabilityChangeReason } };

export type PermissionsAddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type PermissionsAddClosureMutation = { addClosure:
    | { closure: { id: string } | null }
    | Record<PropertyKey, never>
   };

export type PermissionsAddClosure2MutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type PermissionsAddClosure2Mutation = { addClosure:
    | { closure: { id: string } | null }
    | Record<PropertyKey, never>
   };

export type PermissionsUpdateBookingFormMutationVariables = Exact<{
  input: UpdateBookingFormInput;
}>;


export type PermissionsUpdateBookingFormMutation = { updateBookingForm:
    | { __typename: 'BookingForm' }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PermissionsInternalNotesQueryVariables = Exact<{
  input: InternalNotesInput;
}>;


export type PermissionsInternalNotesQuery = { internalNotes: Array<{ id: string }> };

export type PermissionsQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueueQuery = { queue: { version: number, entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, allowedActions: Array<QueueAction> }> } };

export type PermissionsCounterSessionsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsCounterSessionsQuery = { counterSessions: Array<{ counterId: string, counterName: string, staffName: string, signedInAt: string }> };

export type PermissionsOpenAlarmsQueryVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type PermissionsOpenAlarmsQuery = { openAlarms: Array<{ version: number, alarms: Array<{ counterName: string }> }> };

export type PermissionsAlarmChangedSubscriptionVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type PermissionsAlarmChangedSubscription = { alarmChanged: { officeId: string, version: number } };

export type PermissionsLeadPanelQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsLeadPanelQuery = { leadPanel: { version: number, waiting: number, alert: boolean } };

export type PermissionsLeadPanelChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsLeadPanelChangedSubscription = { leadPanelChanged: { officeId: string, version: number } };

export type PermissionsQueueChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueueChangedSubscription = { queueChanged: { officeId: string, version: number } };

export type PermissionsProofOfWorkChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsProofOfWorkChallengeQuery = { proofOfWorkChallenge: { algorithm: string, challenge: string, maxnumber: number, salt: string, signature: string, required: boolean } };

export type PermissionsWaitingInfoQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsWaitingInfoQuery = { waitingInfo: { version: number, waitingCount: number, estimatedWaitMinutes: number, countersServing: number } };

export type PermissionsRecentCallsQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsRecentCallsQuery = { recentCalls: { versions: Array<{ officeId: string, version: number }>, calls: Array<{ id: string, displayNumber: string, counterName: string, room: string | null, calledAt: string, callCount: number, office: { id: string } }> } };

export type PermissionsRecentCalls2QueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsRecentCalls2Query = { recentCalls: { versions: Array<{ officeId: string, version: number }>, calls: Array<{ id: string, displayNumber: string }> } };

export type PermissionsCallIssuedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsCallIssuedSubscription = { callIssued: { id: string, displayNumber: string, counterName: string, room: string | null, callCount: number, version: number, office: { id: string } } };

export type PermissionsCallIssued2SubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsCallIssued2Subscription = { callIssued: { id: string, displayNumber: string } };

export type PermissionsWaitingRoomQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsWaitingRoomQuery = { waitingRoom: { groupId: string | null, name: string, offices: Array<{ version: number, displayMessage: string, waitingCount: number, estimatedWaitMinutes: number, countersServing: number, open: boolean, ticketsLeft: number, office: { id: string } }> } };

export type PermissionsWaitingRoomChangedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type PermissionsWaitingRoomChangedSubscription = { waitingRoomChanged: { version: number, waitingCount: number, office: { id: string } } };

export type PermissionsQueueStatusQueryVariables = Exact<{
  input: QueueAccessInput;
}>;


export type PermissionsQueueStatusQuery = { queueStatus: { version: number, displayNumber: string, status: QueueEntryStatus, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, room: string | null } | null };

export type PermissionsMyQueueStatusSubscriptionVariables = Exact<{
  input: QueueAccessInput;
}>;


export type PermissionsMyQueueStatusSubscription = { myQueueStatus: { version: number, displayNumber: string, status: QueueEntryStatus, position: number | null } };

export type PermissionsSignOutOfCounterMutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionsSignOutOfCounterMutation = { signOutOfCounter: boolean };

export type PermissionsCallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionsCallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEmpty', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry' }
   };

export type PermissionsSetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type PermissionsSetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type PermissionsUpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type PermissionsUpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type PermissionsOffice2QueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsOffice2Query = { office: { capacityRules: Array<{ id: string }> } | null };

export type PermissionsRevokeApiKeyMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type PermissionsRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey' }
    | { __typename: 'NotFound' }
   };

export type PermissionsViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsViewer2Query = { viewer: { kind: string } };

export type PermissionsLogout2MutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionsLogout2Mutation = { logout: boolean };

export type PermissionsViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsViewer3Query = { viewer: { kind: string } };

export type PermissionsQueue2QueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueue2Query = { queue: { entries: Array<{ id: string }> } };

export type PermissionsQueue3QueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueue3Query = { queue: { entries: Array<{ id: string, status: QueueEntryStatus, calledCount: number }> } };

export type PermissionsQueue4QueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueue4Query = { queue: { entries: Array<{ status: QueueEntryStatus, allowedActions: Array<QueueAction> }> } };

export type SdkExampleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SdkExampleCreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type SdkExampleSetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type SdkExampleSetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeService' }
   };

export type TenancyCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type TenancyCreateOrganisationMutation = { createOrganisation:
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
    | { __typename: 'Organisation', id: string, slug: string, hosts: Array<string>, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string, permissions: Array<Permission> }> }
   };

export type TenancyCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type TenancyCreateDepartmentMutation = { createDepartment:
    | { __typename: 'Department', id: string, name: string }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type TenancyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyOrganisationsQuery = { organisations: Array<{ id: string, name: string, slug: string, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string }> }> };

export type TenancyCreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type TenancyCreateOfficeMutation = { createOffice:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'Office', id: string, organisation: { slug: string }, department: { name: string } }
   };

export type TenancyOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyOfficesQuery = { offices: { edges: Array<{ node: { id: string, name: string } }> } };

export type TenancyCreateStaffMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type TenancyCreateStaffMutation = { createStaffAccount:
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaffAccount', id: string, assignments: Array<{ role: { name: string }, department: { name: string } | null, office: { id: string } | null }> }
   };

export type TenancyUpdateSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type TenancyUpdateSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'Office' }
   };

export type TenancyStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyStaffAccountsQuery = { staffAccounts: { edges: Array<{ node: { username: string } }> } };

export type TenancyViewerOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyViewerOfficesQuery = { viewer: { workOffices: Array<{ name: string }>, statisticsOffices: Array<{ name: string }> } };

export type TenancyDefineRoleMutationVariables = Exact<{
  input: DefineRoleInput;
}>;


export type TenancyDefineRoleMutation = { defineRole:
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
    | { __typename: 'Role', id: string, name: string, permissions: Array<Permission> }
   };

export type TenancyCreateGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type TenancyCreateGroupMutation = { createOfficeGroup:
    | { __typename: 'InvalidInput', problems: Array<string> }
    | { __typename: 'NotFound' }
    | { __typename: 'OfficeGroup' }
   };

export type TenancyCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TenancyCreateKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type TrustedDocumentsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TrustedDocumentsCreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type PortalBookingFormAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type PortalBookingFormAppointmentQuery = { appointment: { remarks: string | null, fields: Array<{ key: string, value: string }> } | null };

export type PortalBookingAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type PortalBookingAppointmentQuery = { appointment: { status: AppointmentStatus, start: string, office: { name: string } } | null };

export type PortalDeadEndsConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type PortalDeadEndsConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment' }
    | { __typename: 'InvalidBookingFields' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'ReservationExpired' }
    | { __typename: 'TooManyAppointments', code: ErrorCode, limit: number }
   };

export type PortalDrawAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type PortalDrawAppointmentQuery = { appointment: { status: AppointmentStatus, contactName: string | null } | null };

export type PortalLiveAvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type PortalLiveAvailableDaysQuery = { availableDays: Array<{ date: string }> };

export type PortalLiveReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type PortalLiveReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OutsideBookingWindow' }
    | { __typename: 'ProofOfWorkRequired' }
    | { __typename: 'Reservation', token: string }
    | { __typename: 'SlotUnavailable' }
   };

export type PortalLiveConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type PortalLiveConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment', secret: string, appointment: { number: number } }
    | { __typename: 'InvalidBookingFields' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'ReservationExpired' }
    | { __typename: 'TooManyAppointments' }
   };

export type PortalLiveAvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type PortalLiveAvailableSlotsQuery = { availableSlots: Array<{ startTimes: Array<string> }> };

export type PortalLiveCancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type PortalLiveCancelAppointmentMutation = { cancelAppointment:
    | { __typename: 'Appointment' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type PortalMailLinksAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type PortalMailLinksAppointmentQuery = { appointment: { status: AppointmentStatus, start: string, office: { name: string } } | null };

export type PortalMailLinksWaitlistEntryQueryVariables = Exact<{
  input: LinkTokenInput;
}>;


export type PortalMailLinksWaitlistEntryQuery = { waitlistEntry: { status: string } | null };

export type PortalMailLinksJoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type PortalMailLinksJoinWaitlistMutation = { joinWaitlist:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NoShowLimitReached' }
    | { __typename: 'NotFound' }
    | { __typename: 'TooManyAppointments' }
    | { __typename: 'WaitlistJoined' }
   };

export type PortalPersonsAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type PortalPersonsAppointmentQuery = { appointment: { id: string, persons: number, start: string, end: string, office: { name: string }, services: Array<{ quantity: number }> } | null };

export type WidgetBookedAppointmentQueryVariables = Exact<{
  input: AppointmentAccessInput;
}>;


export type WidgetBookedAppointmentQuery = { appointment: { number: number, status: AppointmentStatus, office: { name: string }, services: Array<{ service: { name: string } }> } | null };

export type StaffCatalogueServicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type StaffCatalogueServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type StaffCatalogueServices2QueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCatalogueServices2Query = { services: { edges: Array<{ node: { id: string, name: string } }> } };

export type StaffCatalogueServices3QueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCatalogueServices3Query = { services: { edges: Array<{ node: { id: string, name: string, whatToBring: string | null } }> } };

export type StaffClosuresAvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type StaffClosuresAvailableDaysQuery = { availableDays: Array<{ date: string }> };

export type StaffHolidaysAvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type StaffHolidaysAvailableDaysQuery = { availableDays: Array<{ date: string }> };

export type StaffDrawVerifyRegistrationMutationVariables = Exact<{
  token: string;
}>;


export type StaffDrawVerifyRegistrationMutation = { verifyDrawRegistration:
    | { __typename: 'DrawRegistrationView' }
    | { __typename: 'DuplicateRegistration' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type OidcBrowserConfigureIdentityProviderMutationVariables = Exact<{
  input: ConfigureIdentityProviderInput;
}>;


export type OidcBrowserConfigureIdentityProviderMutation = { configureIdentityProvider:
    | { __typename: 'IdentityProviderSettings' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type TestKitLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type TestKitLoginMutation = { login:
    | { __typename: 'AccountLocked' }
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'Session', token: string }
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
    | { __typename: 'InvalidBookingFields', code: ErrorCode, message: string }
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

export const AccountsCliViewerDocument = new TypedDocumentString(`
    query AccountsCliViewer {
  viewer {
    kind
    name
  }
}
    `, {"hash":"sha256:4d1f6a9a847bd010e30605f6c7c85a0bba0c4297065c595a5e1c6b9b4692215b"}) as unknown as TypedDocumentString<AccountsCliViewerQuery, AccountsCliViewerQueryVariables>;
export const AccountsCreateStaffAccountDocument = new TypedDocumentString(`
    mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on StaffAccount {
      id
      username
      memberships {
        role
        office {
          id
        }
      }
    }
    ... on InvalidInput {
      problems
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:e2153d56207ad39fc3cd8baceeb56a465cb6809e2d981033d95de85d868883f3"}) as unknown as TypedDocumentString<AccountsCreateStaffAccountMutation, AccountsCreateStaffAccountMutationVariables>;
export const AccountsUpdateStaffAccountDocument = new TypedDocumentString(`
    mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) {
  updateStaffAccount(input: $input) {
    __typename
    ... on StaffAccount {
      id
      disabled
    }
  }
}
    `, {"hash":"sha256:831270d8d67c60588f725003584e2489457568e246b1021a1dfbcc6e112c95ca"}) as unknown as TypedDocumentString<AccountsUpdateStaffAccountMutation, AccountsUpdateStaffAccountMutationVariables>;
export const AccountsLoginDocument = new TypedDocumentString(`
    mutation AccountsLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on Session {
      token
      expiresAt
      account {
        username
      }
    }
    ... on AccountLocked {
      lockedUntil
    }
  }
}
    `, {"hash":"sha256:63ffd1de5cf16dcd7f96179d7ddacff363f0555639db852044dc85f7bbf460cd"}) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
export const AccountsViewerDocument = new TypedDocumentString(`
    query AccountsViewer {
  viewer {
    kind
    name
    account {
      username
      isAdmin
      memberships {
        role
        office {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:9523a5b017f3f2b9bd1a5a542fb61457dc6efc7f7b454ec46300e34089c56039"}) as unknown as TypedDocumentString<AccountsViewerQuery, AccountsViewerQueryVariables>;
export const AccountsCreateApiKeyDocument = new TypedDocumentString(`
    mutation AccountsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
      apiKey {
        id
        keyPrefix
        level
      }
    }
  }
}
    `, {"hash":"sha256:a570e246aa64500e57731819d76072cf018f93c511621e6c1163362cb7a48b13"}) as unknown as TypedDocumentString<AccountsCreateApiKeyMutation, AccountsCreateApiKeyMutationVariables>;
export const AccountsCreateDeviceDocument = new TypedDocumentString(`
    mutation AccountsCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    __typename
    ... on CreatedDevice {
      key
      device {
        id
        kind
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:c52f3baa457b841414d82332ec59845782feceb409036d9519be3a2a5f04a6f8"}) as unknown as TypedDocumentString<AccountsCreateDeviceMutation, AccountsCreateDeviceMutationVariables>;
export const AccountsAuditLogDocument = new TypedDocumentString(`
    query AccountsAuditLog($officeId: ID) {
  auditLog(officeId: $officeId, first: 100) {
    edges {
      node {
        id
        at
        actorKind
        actorName
        action
        details
      }
    }
  }
}
    `, {"hash":"sha256:94bc0b66592e65341f1fd8b6a04e52323e339f13ccfb96c454952ebbbba46289"}) as unknown as TypedDocumentString<AccountsAuditLogQuery, AccountsAuditLogQueryVariables>;
export const AccountsLogoutDocument = new TypedDocumentString(`
    mutation AccountsLogout {
  logout
}
    `, {"hash":"sha256:b956cb6b01392c7b447cc198a6a75bde0c2c1201df1ebb21e5589a6606f5bc08"}) as unknown as TypedDocumentString<AccountsLogoutMutation, AccountsLogoutMutationVariables>;
export const AccountsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AccountsRevokeApiKey($input: RevokeInput!) {
  revokeApiKey(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:7dad6c7cfb947a1f793f89ed3150cb93cf1d98cfa3dddd0e4df88393f530d99a"}) as unknown as TypedDocumentString<AccountsRevokeApiKeyMutation, AccountsRevokeApiKeyMutationVariables>;
export const OidcConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation OidcConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {
  configureIdentityProvider(input: $input) {
    __typename
    ... on IdentityProviderSettings {
      id
      issuer
      clientId
      hasClientSecret
      scopes
      groupsClaim
      mappings {
        claimValue
        roleName
        departmentId
        officeId
      }
    }
    ... on InvalidInput {
      problems
      fieldProblems {
        field
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:1972f6d2b5eeb3f5d10bd4fef7df9663a1f4db19431eaeef82b5938ea43c87b0"}) as unknown as TypedDocumentString<OidcConfigureIdentityProviderMutation, OidcConfigureIdentityProviderMutationVariables>;
export const OidcIdentityProviderDocument = new TypedDocumentString(`
    query OidcIdentityProvider($organisationId: ID!) {
  identityProvider(organisationId: $organisationId) {
    displayName
    hasClientSecret
    mappings {
      claimValue
      roleName
    }
  }
}
    `, {"hash":"sha256:bb4b7a5238e6a6d59195635e1a40593b28ce12d0a16c8f802bd2a682d98c93ce"}) as unknown as TypedDocumentString<OidcIdentityProviderQuery, OidcIdentityProviderQueryVariables>;
export const OidcSignInProvidersDocument = new TypedDocumentString(`
    query OidcSignInProviders($organisation: String) {
  signInProviders(organisation: $organisation) {
    organisationSlug
    displayName
    loginPath
  }
}
    `, {"hash":"sha256:39cd8741a62314cfb21c97569e719464252861b74b3ec128b81ef17043ba7f25"}) as unknown as TypedDocumentString<OidcSignInProvidersQuery, OidcSignInProvidersQueryVariables>;
export const OidcViewerDocument = new TypedDocumentString(`
    query OidcViewer {
  viewer {
    kind
    account {
      username
      displayName
      assignments {
        source
        role {
          name
        }
        office {
          id
        }
        department {
          id
        }
      }
    }
  }
  sessionSignInProvider {
    displayName
  }
}
    `, {"hash":"sha256:f21435d5bf092ab3916ded3cf8af6d924804e67cc29e0e13633b1587759b27f0"}) as unknown as TypedDocumentString<OidcViewerQuery, OidcViewerQueryVariables>;
export const OidcQueueDocument = new TypedDocumentString(`
    query OidcQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    computedAt
  }
}
    `, {"hash":"sha256:ed1483fd08691b514076bdf1af6f79ed4067947dc950cebef1ca93776abc9472"}) as unknown as TypedDocumentString<OidcQueueQuery, OidcQueueQueryVariables>;
export const SetupCompleteSetupDocument = new TypedDocumentString(`
    mutation SetupCompleteSetup($input: CompleteSetupInput!) {
  completeSetup(input: $input) {
    __typename
    ... on StaffAccount {
      username
      displayName
      isAdmin
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
    `, {"hash":"sha256:9e68a5459931a3a694d10ddf08f0f732ab4ed094eb9f0e59595a4572bfec0f9e"}) as unknown as TypedDocumentString<SetupCompleteSetupMutation, SetupCompleteSetupMutationVariables>;
export const BookingReleaseReservationDocument = new TypedDocumentString(`
    mutation BookingReleaseReservation($input: ReleaseReservationInput!) {
  releaseReservation(input: $input) {
    __typename
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:cf608ede313c9a334dedb65857f98b61a96ae7b69a38152bf4fe266fdd229455"}) as unknown as TypedDocumentString<BookingReleaseReservationMutation, BookingReleaseReservationMutationVariables>;
export const ReserveForPersonsDocument = new TypedDocumentString(`
    mutation ReserveForPersons($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      id
      token
      start
      end
      services {
        quantity
        durationSlots
        service {
          id
        }
      }
    }
    ... on InvalidInput {
      problems
      fieldProblems {
        field
        min
        max
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:f691d58dc9a548487730d7ad7b25f1c7ab86a4f458a5ea5824abbbb1e6d97b5b"}) as unknown as TypedDocumentString<ReserveForPersonsMutation, ReserveForPersonsMutationVariables>;
export const AppointmentForPersonsDocument = new TypedDocumentString(`
    query AppointmentForPersons($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    persons
    start
    end
    services {
      quantity
      durationSlots
      service {
        id
      }
    }
  }
}
    `, {"hash":"sha256:22eba2278554ec890f8ee006d64c03c7c1b7799f68793294f50ad8d25e085220"}) as unknown as TypedDocumentString<AppointmentForPersonsQuery, AppointmentForPersonsQueryVariables>;
export const MoveForPersonsDocument = new TypedDocumentString(`
    mutation MoveForPersons($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
    ... on Appointment {
      persons
      start
      end
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:6fef591cad39aed4fadccc1c2eab0534abf0def25a7d8d03e90bea79dbc6e748"}) as unknown as TypedDocumentString<MoveForPersonsMutation, MoveForPersonsMutationVariables>;
export const SlotsForPersonsDocument = new TypedDocumentString(`
    query SlotsForPersons($input: AvailableSlotsInput!) {
  availableSlots(input: $input) {
    startTimes
    office {
      id
    }
  }
}
    `, {"hash":"sha256:878de9b80f839f86739ab1cc68d4bcec5bffda3424fac3e8546fdaffccbe989f"}) as unknown as TypedDocumentString<SlotsForPersonsQuery, SlotsForPersonsQueryVariables>;
export const CapacityPreviewCapacityPreviewDocument = new TypedDocumentString(`
    query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) {
  capacityPreview(input: $input) {
    __typename
    ... on CapacityPreview {
      weekStart
      office {
        id
      }
      slots {
        start
        end
        date
        publicCapacity
        internCapacity
        taken
      }
      affectedAppointments {
        number
        start
      }
    }
    ... on InvalidInput {
      problems
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:58492a935909b1328ad5346fea7ecf170f462d22e5e7ad43b263c3e795a85099"}) as unknown as TypedDocumentString<CapacityPreviewCapacityPreviewQuery, CapacityPreviewCapacityPreviewQueryVariables>;
export const CapacityPreviewOfficeDocument = new TypedDocumentString(`
    query CapacityPreviewOffice($id: ID!) {
  office(id: $id) {
    version
  }
}
    `, {"hash":"sha256:371884cf4970fd1fba8a440eb4628a1478276c2efc55e6982d6d9bce46073ee0"}) as unknown as TypedDocumentString<CapacityPreviewOfficeQuery, CapacityPreviewOfficeQueryVariables>;
export const CapacityPreviewOffice2Document = new TypedDocumentString(`
    query CapacityPreviewOffice2($id: ID!) {
  office(id: $id) {
    version
    capacityRules {
      endTime
      weekdays
    }
  }
}
    `, {"hash":"sha256:d9784dc6d153a713c32d8fede6c59c3eda55703ae3907b233a1c92529ac1bdab"}) as unknown as TypedDocumentString<CapacityPreviewOffice2Query, CapacityPreviewOffice2QueryVariables>;
export const CapacityPreviewCreateStaffAccountDocument = new TypedDocumentString(`
    mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:5b4fc63e752544f5074a4e2562b2519f95fae787fc1e9a2cbdfde152e03f9072"}) as unknown as TypedDocumentString<CapacityPreviewCreateStaffAccountMutation, CapacityPreviewCreateStaffAccountMutationVariables>;
export const ClosuresAddClosureDocument = new TypedDocumentString(`
    mutation ClosuresAddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
    ... on CapacityChange {
      closure {
        id
        date
        until
        reason
      }
      affectedAppointments {
        id
        number
        date
        status
      }
    }
    ... on InvalidInput {
      problems
      fieldProblems {
        field
        message
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:a1b55728354022d92c041a121419fdb234ae879b0f8d427ad53c73df742fd651"}) as unknown as TypedDocumentString<ClosuresAddClosureMutation, ClosuresAddClosureMutationVariables>;
export const ClosuresOfficeDocument = new TypedDocumentString(`
    query ClosuresOffice($id: ID!) {
  office(id: $id) {
    closures {
      id
      date
      until
      reason
      openAppointments {
        id
        number
      }
      keptAppointments {
        id
        number
      }
    }
  }
}
    `, {"hash":"sha256:2757a751898e7013833f8c8bfbf5e5f1b9078c5fbc3df665e46b368f68f2303f"}) as unknown as TypedDocumentString<ClosuresOfficeQuery, ClosuresOfficeQueryVariables>;
export const ClosuresCancelOfficeAppointmentsDocument = new TypedDocumentString(`
    mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {
  cancelOfficeAppointments(input: $input) {
    __typename
    ... on CancelledAppointments {
      appointments {
        number
        status
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:fc601c6cc408dd42d33fac1adb26a0d3ae7c0630054f608ec42afefd6bbddcdd"}) as unknown as TypedDocumentString<ClosuresCancelOfficeAppointmentsMutation, ClosuresCancelOfficeAppointmentsMutationVariables>;
export const ClosuresKeepClosureAppointmentsDocument = new TypedDocumentString(`
    mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) {
  keepClosureAppointments(input: $input) {
    __typename
    ... on Closure {
      id
      openAppointments {
        number
      }
      keptAppointments {
        number
      }
    }
    ... on InvalidInput {
      fieldProblems {
        field
        message
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:26c66823f0aa847c24e7941865bcbd0f31094dab4092e97ad17606093265a210"}) as unknown as TypedDocumentString<ClosuresKeepClosureAppointmentsMutation, ClosuresKeepClosureAppointmentsMutationVariables>;
export const ClosuresUpdateCapacityRuleDocument = new TypedDocumentString(`
    mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) {
  updateCapacityRule(input: $input) {
    __typename
    ... on CapacityChange {
      affectedAppointments {
        number
      }
    }
  }
}
    `, {"hash":"sha256:05f25626c52e2a46605a6c692e688ab5e6bcd2850a00435d0b37c4cc2ef1f83b"}) as unknown as TypedDocumentString<ClosuresUpdateCapacityRuleMutation, ClosuresUpdateCapacityRuleMutationVariables>;
export const ClosuresCapacityPreviewDocument = new TypedDocumentString(`
    query ClosuresCapacityPreview($input: CapacityPreviewInput!) {
  capacityPreview(input: $input) {
    ... on CapacityPreview {
      affectedAppointments {
        number
      }
    }
  }
}
    `, {"hash":"sha256:e48b5b896d6fe0fc7315c72e839a46f3c64f36b6fc70a2a661244ab8741d4acb"}) as unknown as TypedDocumentString<ClosuresCapacityPreviewQuery, ClosuresCapacityPreviewQueryVariables>;
export const ClosuresRemoveClosureDocument = new TypedDocumentString(`
    mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {
  removeClosure(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e00c4e233482cd6f50fb2473cf9ccf55033e71708f206cf0bb7dfa5365cf1580"}) as unknown as TypedDocumentString<ClosuresRemoveClosureMutation, ClosuresRemoveClosureMutationVariables>;
export const ClosuresCreateStaffAccountDocument = new TypedDocumentString(`
    mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:9510d7517430aadef44e112fd050d69298fb65b3e5115838d7cc4d762172357a"}) as unknown as TypedDocumentString<ClosuresCreateStaffAccountMutation, ClosuresCreateStaffAccountMutationVariables>;
export const OrganisationHolidaysListDocument = new TypedDocumentString(`
    query OrganisationHolidaysList($organisationId: ID!) {
  organisationHolidays(organisationId: $organisationId) {
    __typename
    ... on OrganisationHolidays {
      organisationId
      days {
        id
        day
        name
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:4003ab1681ec30fa9d6a9d38595f7c720eebfe28cbde462066362b247348335a"}) as unknown as TypedDocumentString<OrganisationHolidaysListQuery, OrganisationHolidaysListQueryVariables>;
export const OrganisationHolidaysAddDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysAdd($input: AddOrganisationHolidayInput!) {
  addOrganisationHoliday(input: $input) {
    __typename
    ... on OrganisationHolidayChange {
      holiday {
        id
        day
        name
      }
      holidays {
        days {
          day
        }
      }
      affectedAppointments {
        number
        date
      }
    }
    ... on InvalidInput {
      fieldProblems {
        field
        message
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:b9484308c14bc03e03703fc0e4a33c3905bd0b2b7468cbc9e5551155cad91162"}) as unknown as TypedDocumentString<OrganisationHolidaysAddMutation, OrganisationHolidaysAddMutationVariables>;
export const OrganisationHolidaysRemoveDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysRemove($input: RemoveOrganisationHolidayInput!) {
  removeOrganisationHoliday(input: $input) {
    __typename
    ... on OrganisationHolidayChange {
      holiday {
        day
      }
      holidays {
        days {
          day
        }
      }
      affectedAppointments {
        number
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:f5ec3d8cdbed46ee89132be968e4b6a5b1b0729d83450af97d7623131e55e8f0"}) as unknown as TypedDocumentString<OrganisationHolidaysRemoveMutation, OrganisationHolidaysRemoveMutationVariables>;
export const OrganisationHolidaysCreateStaffAccountDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:8b993f6cdaf0a8807f4f6a9ffe08e54ffce9f6d94a97358d667fbbefefa7c1e8"}) as unknown as TypedDocumentString<OrganisationHolidaysCreateStaffAccountMutation, OrganisationHolidaysCreateStaffAccountMutationVariables>;
export const OrganisationHolidaysOrganisationsDocument = new TypedDocumentString(`
    query OrganisationHolidaysOrganisations {
  organisations {
    id
    roles {
      id
      name
    }
  }
}
    `, {"hash":"sha256:65407c4742c0aac08745e169805e7a04e7fc1697dae0e5654d70bd6458839d9f"}) as unknown as TypedDocumentString<OrganisationHolidaysOrganisationsQuery, OrganisationHolidaysOrganisationsQueryVariables>;
export const OrganisationHolidaysCreateOrganisationDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    __typename
    ... on Organisation {
      id
    }
  }
}
    `, {"hash":"sha256:7a34f292de2642b991defd1e87779ff5b5228722bb7f666b33a1c23f0af0ae7b"}) as unknown as TypedDocumentString<OrganisationHolidaysCreateOrganisationMutation, OrganisationHolidaysCreateOrganisationMutationVariables>;
export const OrganisationHolidaysUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:3d3ce9a116472c882ce8c936226dda41846b853dfa34aa72519f13b848272120"}) as unknown as TypedDocumentString<OrganisationHolidaysUpdateOfficeSettingsMutation, OrganisationHolidaysUpdateOfficeSettingsMutationVariables>;
export const OfficeSettingsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
    ... on Office {
      settings {
        reservationMinutes
        displayMessage
        noShowLimit
        contactRetentionDays
        ticketFirstNumber
        ticketLastNumber
      }
    }
    ... on InvalidInput {
      problems
      fieldProblems {
        field
        message
        min
        max
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:61005929fdc9b1b5c81db9f5c16bdd47457487899e6054204a207bec05236a7c"}) as unknown as TypedDocumentString<OfficeSettingsUpdateOfficeSettingsMutation, OfficeSettingsUpdateOfficeSettingsMutationVariables>;
export const OfficeSettingsSetOpeningHoursDocument = new TypedDocumentString(`
    mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
    ... on Office {
      openingHours {
        weekdays
        open
        close
      }
    }
    ... on InvalidInput {
      fieldProblems {
        field
        message
        min
        max
      }
    }
  }
}
    `, {"hash":"sha256:d4158b62b007ad37db74a7989a909e6adc9f75b26ed4081aa3d05dd8d71b05af"}) as unknown as TypedDocumentString<OfficeSettingsSetOpeningHoursMutation, OfficeSettingsSetOpeningHoursMutationVariables>;
export const OfficeSettingsCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on InvalidInput {
      fieldProblems {
        field
        message
        min
        max
      }
    }
  }
}
    `, {"hash":"sha256:9bc0e14025ae12ec4f178b9cbbdfa104bad79575865a48a5e5f1a47e34132aec"}) as unknown as TypedDocumentString<OfficeSettingsCreateCapacityRuleMutation, OfficeSettingsCreateCapacityRuleMutationVariables>;
export const OfficeSettingsOfficeDocument = new TypedDocumentString(`
    query OfficeSettingsOffice($id: ID!) {
  office(id: $id) {
    settings {
      reservationMinutes
      displayMessage
      noShowLimit
      contactRetentionDays
      ticketFirstNumber
      ticketLastNumber
    }
  }
}
    `, {"hash":"sha256:daca5fba7862d1e910a4ca3dc5417184dd718f00f250fc4e323c75ef1f5092a6"}) as unknown as TypedDocumentString<OfficeSettingsOfficeQuery, OfficeSettingsOfficeQueryVariables>;
export const ServiceSearchServicesDocument = new TypedDocumentString(`
    query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {
  services(search: $search, language: $language, first: $first, after: $after) {
    edges {
      node {
        id
        name(language: $language)
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:0303e5b02f3731cf4b547772e3368bc743aecaa243d3373d808d0a71ca11b6e3"}) as unknown as TypedDocumentString<ServiceSearchServicesQuery, ServiceSearchServicesQueryVariables>;
export const ServiceSearchCreateServiceDocument = new TypedDocumentString(`
    mutation ServiceSearchCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `, {"hash":"sha256:a647e90b75ca55d54d95d05d254f128e60f43b1d72bfc6be06d83720257153d3"}) as unknown as TypedDocumentString<ServiceSearchCreateServiceMutation, ServiceSearchCreateServiceMutationVariables>;
export const ServiceSearchSetServiceTextDocument = new TypedDocumentString(`
    mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
    ... on Service {
      id
    }
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:4c3a6cd477bc83af5bdee2b59d037367d426b3a3cb441529b8b40e6ec6be92b3"}) as unknown as TypedDocumentString<ServiceSearchSetServiceTextMutation, ServiceSearchSetServiceTextMutationVariables>;
export const ServiceSearchServices2Document = new TypedDocumentString(`
    query ServiceSearchServices2($language: MessageLanguage) {
  services(first: 50) {
    edges {
      node {
        id
        name(language: $language)
        whatToBring(language: $language)
      }
    }
  }
}
    `, {"hash":"sha256:28f8543040edba33c89af9893e25aef54d55643d84dc2e2aac5872f6006257af"}) as unknown as TypedDocumentString<ServiceSearchServices2Query, ServiceSearchServices2QueryVariables>;
export const ServiceSearchSetServiceTextAnonymouslyDocument = new TypedDocumentString(`
    mutation ServiceSearchSetServiceTextAnonymously($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:c8b64cdc0b2807c1764fada99f90c1ca1cfcafa0f91b465d753ab036ea122d5c"}) as unknown as TypedDocumentString<ServiceSearchSetServiceTextAnonymouslyMutation, ServiceSearchSetServiceTextAnonymouslyMutationVariables>;
export const ServiceSearchAddSearchSynonymDocument = new TypedDocumentString(`
    mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) {
  addSearchSynonym(input: $input) {
    __typename
    ... on SearchSynonym {
      id
      term
      means
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:5b66ca59c5e8730abd330ae9132f075fd87ea169e614a3395932faada1be991b"}) as unknown as TypedDocumentString<ServiceSearchAddSearchSynonymMutation, ServiceSearchAddSearchSynonymMutationVariables>;
export const ServiceSearchRemoveSearchSynonymDocument = new TypedDocumentString(`
    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {
  removeSearchSynonym(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e76bf99e5b51a0e34adae27ad686df2b593b3c8966e86d221a2766061aa5c7d7"}) as unknown as TypedDocumentString<ServiceSearchRemoveSearchSynonymMutation, ServiceSearchRemoveSearchSynonymMutationVariables>;
export const ServiceSearchSearchSynonymsDocument = new TypedDocumentString(`
    query ServiceSearchSearchSynonyms {
  searchSynonyms(first: 200) {
    edges {
      node {
        term
        means
      }
    }
  }
}
    `, {"hash":"sha256:c84fc78e0befb3d0e8503d49018efcdd9107e693a52ea4748f7b823a1702a001"}) as unknown as TypedDocumentString<ServiceSearchSearchSynonymsQuery, ServiceSearchSearchSynonymsQueryVariables>;
export const ServiceSearchSearchSynonyms2Document = new TypedDocumentString(`
    query ServiceSearchSearchSynonyms2 {
  searchSynonyms(first: 1) {
    edges {
      node {
        term
      }
    }
  }
}
    `, {"hash":"sha256:383fb1130f5b15666d22e5b5d39bc2e2e242dbb6eab0a5afd88e77ef7d4037fc"}) as unknown as TypedDocumentString<ServiceSearchSearchSynonyms2Query, ServiceSearchSearchSynonyms2QueryVariables>;
export const ServiceSearchCreateOfficeDocument = new TypedDocumentString(`
    mutation ServiceSearchCreateOffice {
  createOffice(
    input: {name: "Bürgeramt Test", address: {street: "Weg", houseNumber: "1", postalCode: "10115"}}
  ) {
    ... on Office {
      id
    }
  }
}
    `, {"hash":"sha256:63306366815d0be34d3a93506bbb6693ee896313b20f9e1f33362ee12a545f4d"}) as unknown as TypedDocumentString<ServiceSearchCreateOfficeMutation, ServiceSearchCreateOfficeMutationVariables>;
export const ServiceSearchSetOfficeServiceDocument = new TypedDocumentString(`
    mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:bfffe1e494548d6990f743350c1a8e8fac2ef8480cf593104a13e76fee557015"}) as unknown as TypedDocumentString<ServiceSearchSetOfficeServiceMutation, ServiceSearchSetOfficeServiceMutationVariables>;
export const ServiceSearchServices3Document = new TypedDocumentString(`
    query ServiceSearchServices3 {
  services(first: 50) {
    edges {
      node {
        id
        bookableOnline
      }
    }
  }
}
    `, {"hash":"sha256:a885bc78fa427888c40dee3b2adde0a84317049d8b8e9a05ca744e3d599e15c0"}) as unknown as TypedDocumentString<ServiceSearchServices3Query, ServiceSearchServices3QueryVariables>;
export const ServiceSearchOfficesDocument = new TypedDocumentString(`
    query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) {
  offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:b6483807d3899570aa9bc56a50a844fc123d4af1e8b1ce4ce8d513e1b8a61132"}) as unknown as TypedDocumentString<ServiceSearchOfficesQuery, ServiceSearchOfficesQueryVariables>;
export const DrawJoinWaitlistDocument = new TypedDocumentString(`
    mutation DrawJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:b393a54c501a5f20380e83e51addd1a8d4652ad545be3f681cbf32cac4ffd295"}) as unknown as TypedDocumentString<DrawJoinWaitlistMutation, DrawJoinWaitlistMutationVariables>;
export const DrawDeclineWaitlistOfferDocument = new TypedDocumentString(`
    mutation DrawDeclineWaitlistOffer($input: LinkTokenInput!) {
  declineWaitlistOffer(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:33ce4f69eca3b74ffa8d70946e27f803010b79fef5c122b16208cdbad8536742"}) as unknown as TypedDocumentString<DrawDeclineWaitlistOfferMutation, DrawDeclineWaitlistOfferMutationVariables>;
export const DrawSetServiceReleaseModeDocument = new TypedDocumentString(`
    mutation DrawSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
  setServiceReleaseMode(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:9c9f9f6b91bc8c108f165f68b939ed7723ddca17bac5173aba167cf5551ef83e"}) as unknown as TypedDocumentString<DrawSetServiceReleaseModeMutation, DrawSetServiceReleaseModeMutationVariables>;
export const DrawScheduleDrawDocument = new TypedDocumentString(`
    mutation DrawScheduleDraw($input: ScheduleDrawInput!) {
  scheduleDraw(input: $input) {
    __typename
    ... on Draw {
      id
      status
      commitment
      seed
      releaseAt
    }
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:25738229b6b7d8353c1c965540314bf8c86ffa4415f9f9659cd9a7e26d896dd0"}) as unknown as TypedDocumentString<DrawScheduleDrawMutation, DrawScheduleDrawMutationVariables>;
export const DrawDrawsDocument = new TypedDocumentString(`
    query DrawDraws($serviceId: ID) {
  draws(serviceId: $serviceId) {
    id
    status
    commitment
    seed
    urgentQuota
    registrations
    resultUrl
    service {
      id
    }
    offices {
      id
    }
    statistics {
      offerableSlots
      registrations
      offersMade
      booked
      declined
      lapsed
      fillRate
    }
  }
}
    `, {"hash":"sha256:048737c1fa1e83de22483f18d6ffb024a307c0cb3cd1c01963f482b0dba46c52"}) as unknown as TypedDocumentString<DrawDrawsQuery, DrawDrawsQueryVariables>;
export const DrawDrawEntriesDocument = new TypedDocumentString(`
    query DrawDrawEntries($drawId: ID!) {
  drawEntries(drawId: $drawId) {
    digest
    urgent
    position
  }
}
    `, {"hash":"sha256:bb26311de78b78892ae441a96962bde9f0fe5efa05c0dca223602a963c9e9ccb"}) as unknown as TypedDocumentString<DrawDrawEntriesQuery, DrawDrawEntriesQueryVariables>;
export const DrawRegisterForDrawDocument = new TypedDocumentString(`
    mutation DrawRegisterForDraw($input: RegisterForDrawInput!) {
  registerForDraw(input: $input) {
    __typename
    ... on DrawRegistered {
      statusToken
      registration {
        id
        status
        entryDigest
      }
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:68f74ba281faa243458ccd3e4cc82bbd2cc2792f51046ef7dbd878e019889cd8"}) as unknown as TypedDocumentString<DrawRegisterForDrawMutation, DrawRegisterForDrawMutationVariables>;
export const DrawVerifyDrawRegistrationDocument = new TypedDocumentString(`
    mutation DrawVerifyDrawRegistration($token: String!, $code: String) {
  verifyDrawRegistration(token: $token, code: $code) {
    __typename
    ... on DrawRegistrationView {
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:392a9cca9f2cbb61d27b1dc6dcfd6c7d75b04d809880b03160f72d516a42024c"}) as unknown as TypedDocumentString<DrawVerifyDrawRegistrationMutation, DrawVerifyDrawRegistrationMutationVariables>;
export const DrawDrawRegistrationDocument = new TypedDocumentString(`
    query DrawDrawRegistration($token: String!) {
  drawRegistration(token: $token) {
    id
    status
    position
    urgent
    entryDigest
    rollOver
    draw {
      id
    }
    offer {
      id
      status
      start
      persons
      office {
        id
      }
    }
  }
}
    `, {"hash":"sha256:fe3874971ae4f3df47ddbac6215595d0908678c50871870c8182f67ab03852c0"}) as unknown as TypedDocumentString<DrawDrawRegistrationQuery, DrawDrawRegistrationQueryVariables>;
export const DrawAcceptDrawOfferDocument = new TypedDocumentString(`
    mutation DrawAcceptDrawOffer($token: String!) {
  acceptDrawOffer(token: $token) {
    __typename
    ... on DrawOfferAccepted {
      secret
      appointment {
        number
        status
        start
      }
    }
  }
}
    `, {"hash":"sha256:1d8a03776bde8d04839b14c4ab5695008eb23921f1ee823f28b060a1b5e328ff"}) as unknown as TypedDocumentString<DrawAcceptDrawOfferMutation, DrawAcceptDrawOfferMutationVariables>;
export const DrawDeclineDrawOfferDocument = new TypedDocumentString(`
    mutation DrawDeclineDrawOffer($token: String!) {
  declineDrawOffer(token: $token) {
    __typename
    ... on DrawOfferView {
      status
    }
  }
}
    `, {"hash":"sha256:a1096886f5e231f856872b03403bebbebb08e7169cccb7260a755c3ff700b905"}) as unknown as TypedDocumentString<DrawDeclineDrawOfferMutation, DrawDeclineDrawOfferMutationVariables>;
export const DrawDrawRegistrationsDocument = new TypedDocumentString(`
    query DrawDrawRegistrations($drawId: ID!) {
  drawRegistrations(drawId: $drawId) {
    name
    channel
    registration {
      id
      status
      position
    }
  }
}
    `, {"hash":"sha256:a5d6f24b889e4cba6312ad14e8ca4d772f408b3201119dbd87b330f1c7b4233d"}) as unknown as TypedDocumentString<DrawDrawRegistrationsQuery, DrawDrawRegistrationsQueryVariables>;
export const DrawSetDrawRegistrationUrgentDocument = new TypedDocumentString(`
    mutation DrawSetDrawRegistrationUrgent($registrationId: ID!, $urgent: Boolean!, $reason: String) {
  setDrawRegistrationUrgent(
    registrationId: $registrationId
    urgent: $urgent
    reason: $reason
  ) {
    __typename
  }
}
    `, {"hash":"sha256:7e2e11135a4cc6c5c44c69a7b46b4a29eed14abeab1b8208cd794e59cf8b45ea"}) as unknown as TypedDocumentString<DrawSetDrawRegistrationUrgentMutation, DrawSetDrawRegistrationUrgentMutationVariables>;
export const DrawWithdrawDrawRegistrationDocument = new TypedDocumentString(`
    mutation DrawWithdrawDrawRegistration($token: String!) {
  withdrawDrawRegistration(token: $token) {
    __typename
    ... on DrawRegistrationView {
      status
    }
  }
}
    `, {"hash":"sha256:494f5a8e534d1e8a028476e0bf74eae8a35bc5083b65284d97c1c42b48761983"}) as unknown as TypedDocumentString<DrawWithdrawDrawRegistrationMutation, DrawWithdrawDrawRegistrationMutationVariables>;
export const DrawCancelDrawDocument = new TypedDocumentString(`
    mutation DrawCancelDraw($drawId: ID!) {
  cancelDraw(drawId: $drawId) {
    __typename
    ... on Draw {
      status
    }
  }
}
    `, {"hash":"sha256:9ff48ca830054db677b34a6bc74cf2a2c70a2781281de63df2ac78c436b29c04"}) as unknown as TypedDocumentString<DrawCancelDrawMutation, DrawCancelDrawMutationVariables>;
export const DrawAppointmentDocument = new TypedDocumentString(`
    query DrawAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    start
    contactName
  }
}
    `, {"hash":"sha256:1f65186e6ba770ed57f7217b948cf46c10e640a96e9262ad30176162e7d46e4d"}) as unknown as TypedDocumentString<DrawAppointmentQuery, DrawAppointmentQueryVariables>;
export const ReleaseModeSetServiceReleaseModeDocument = new TypedDocumentString(`
    mutation ReleaseModeSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
  setServiceReleaseMode(input: $input) {
    __typename
    ... on ServiceRelease {
      officeId
      serviceId
      mode
      releasedUntil
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:6c13d0044b9af5f39c76307fa944b72844eed5b635602a51bb3438cf2d6050da"}) as unknown as TypedDocumentString<ReleaseModeSetServiceReleaseModeMutation, ReleaseModeSetServiceReleaseModeMutationVariables>;
export const ReleaseModeServiceReleasesDocument = new TypedDocumentString(`
    query ReleaseModeServiceReleases($officeIds: [ID!]!) {
  serviceReleases(officeIds: $officeIds) {
    officeId
    serviceId
    mode
    releasedUntil
  }
}
    `, {"hash":"sha256:e3de55946514b5fd9b1f26c68831dea4fc95500bae0ad17a62c3b9a7d70f8c0b"}) as unknown as TypedDocumentString<ReleaseModeServiceReleasesQuery, ReleaseModeServiceReleasesQueryVariables>;
export const ReleaseModeJoinWaitlistDocument = new TypedDocumentString(`
    mutation ReleaseModeJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:52cd9acb18e650952e58e07e3bd24cd550409d0a8ef96271a6e4ce5d6326f715"}) as unknown as TypedDocumentString<ReleaseModeJoinWaitlistMutation, ReleaseModeJoinWaitlistMutationVariables>;
export const DrawMessagesSetServiceReleaseModeDocument = new TypedDocumentString(`
    mutation DrawMessagesSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
  setServiceReleaseMode(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:effaa8a803eb3b57e56e02996b04b643f27ffb35cb4e4d641868cb8082b7e7e1"}) as unknown as TypedDocumentString<DrawMessagesSetServiceReleaseModeMutation, DrawMessagesSetServiceReleaseModeMutationVariables>;
export const DrawMessagesScheduleDrawDocument = new TypedDocumentString(`
    mutation DrawMessagesScheduleDraw($input: ScheduleDrawInput!) {
  scheduleDraw(input: $input) {
    __typename
    ... on Draw {
      id
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:a7a75e8bf7035d6462bc3bf7f23579b15c2208cfc33cfa1a9dafa2c36b62ac92"}) as unknown as TypedDocumentString<DrawMessagesScheduleDrawMutation, DrawMessagesScheduleDrawMutationVariables>;
export const DrawMessagesRegisterForDrawDocument = new TypedDocumentString(`
    mutation DrawMessagesRegisterForDraw($input: RegisterForDrawInput!) {
  registerForDraw(input: $input) {
    __typename
    ... on DrawRegistered {
      statusToken
      registration {
        id
        status
      }
    }
    ... on InvalidInput {
      problems
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:6fcd8d093e57a9f210e0d9c8b7fcc9b9316d74a78b0b4497fa2d37ca0c1aeb6d"}) as unknown as TypedDocumentString<DrawMessagesRegisterForDrawMutation, DrawMessagesRegisterForDrawMutationVariables>;
export const DrawMessagesVerifyDrawRegistrationDocument = new TypedDocumentString(`
    mutation DrawMessagesVerifyDrawRegistration($token: String!, $code: String) {
  verifyDrawRegistration(token: $token, code: $code) {
    __typename
    ... on DrawRegistrationView {
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:350b6e3e0eaa7eed3e7965ef29f1e8332d4b7cc4c1c507496ca26a007bbd9ce9"}) as unknown as TypedDocumentString<DrawMessagesVerifyDrawRegistrationMutation, DrawMessagesVerifyDrawRegistrationMutationVariables>;
export const DrawMessagesDrawOfferDocument = new TypedDocumentString(`
    query DrawMessagesDrawOffer($token: String!) {
  drawOffer(token: $token) {
    status
    start
    persons
  }
}
    `, {"hash":"sha256:31d813e8da368722d5907afbfc9abe705a24d2b75fd41810688837829b94655d"}) as unknown as TypedDocumentString<DrawMessagesDrawOfferQuery, DrawMessagesDrawOfferQueryVariables>;
export const DrawMessagesDrawRegistrationDocument = new TypedDocumentString(`
    query DrawMessagesDrawRegistration($token: String!) {
  drawRegistration(token: $token) {
    id
    status
  }
}
    `, {"hash":"sha256:124271d809630df54422bddb9b604a661355460286b95e46409a36a9dd0dc059"}) as unknown as TypedDocumentString<DrawMessagesDrawRegistrationQuery, DrawMessagesDrawRegistrationQueryVariables>;
export const DrawMessagesSaveMessageTemplateDocument = new TypedDocumentString(`
    mutation DrawMessagesSaveMessageTemplate($input: SaveMessageTemplateInput!) {
  saveMessageTemplate(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:f813c4d500d05d5855dd97f3d8a4ec0658c3973cc6cf5e05391e2ce26881b8d7"}) as unknown as TypedDocumentString<DrawMessagesSaveMessageTemplateMutation, DrawMessagesSaveMessageTemplateMutationVariables>;
export const DrawMessagesRemoveMessageTemplateDocument = new TypedDocumentString(`
    mutation DrawMessagesRemoveMessageTemplate($input: MessageTemplateScopeInput!) {
  removeMessageTemplate(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:f0f0b6fbfcc6903b9303b2c81e10a1950376aa26e301dd9b4e3f2270c18eb3eb"}) as unknown as TypedDocumentString<DrawMessagesRemoveMessageTemplateMutation, DrawMessagesRemoveMessageTemplateMutationVariables>;
export const DrawMessagesPreviewMessageDocument = new TypedDocumentString(`
    query DrawMessagesPreviewMessage($input: PreviewMessageInput!) {
  previewMessage(input: $input) {
    __typename
    ... on MessagePreview {
      source
      subject
      text
    }
  }
}
    `, {"hash":"sha256:df7f5f5625602b1514c679a4dd8f7a42291825a64bbbb2f9f42dacfdaf9efff6"}) as unknown as TypedDocumentString<DrawMessagesPreviewMessageQuery, DrawMessagesPreviewMessageQueryVariables>;
export const DrawMessagesCreateApiKeyDocument = new TypedDocumentString(`
    mutation DrawMessagesCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:22310c7f287bf027d22f55359ead65e2cbeaec10806fdf4137cf59a5a74a691e"}) as unknown as TypedDocumentString<DrawMessagesCreateApiKeyMutation, DrawMessagesCreateApiKeyMutationVariables>;
export const HeadsUpLeaveTicketContactDocument = new TypedDocumentString(`
    mutation HeadsUpLeaveTicketContact($input: LeaveTicketContactInput!) {
  leaveTicketContact(input: $input) {
    __typename
    ... on TicketContact {
      email
      phone
      language
      browserNotifications
    }
    ... on InvalidInput {
      problems
      fieldProblems {
        field
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:730b14c271de4d23350d402bc3d8fe3d2ef1ef377c64ea2805150a093c74fe87"}) as unknown as TypedDocumentString<HeadsUpLeaveTicketContactMutation, HeadsUpLeaveTicketContactMutationVariables>;
export const HeadsUpTicketContactDocument = new TypedDocumentString(`
    query HeadsUpTicketContact($input: QueueAccessInput!) {
  ticketContact(input: $input) {
    email
    phone
    browserNotifications
  }
}
    `, {"hash":"sha256:c5bfb1c16303ec61d441f813ba6636ff3ce4b3c19c442b0d3ce939ed078829fe"}) as unknown as TypedDocumentString<HeadsUpTicketContactQuery, HeadsUpTicketContactQueryVariables>;
export const HeadsUpWebPushPublicKeyDocument = new TypedDocumentString(`
    query HeadsUpWebPushPublicKey {
  webPushPublicKey
}
    `, {"hash":"sha256:2fd044c9bdc8df2e4e58c18f5942b64b84fbd6ce48609d3bd42a5793afa297c4"}) as unknown as TypedDocumentString<HeadsUpWebPushPublicKeyQuery, HeadsUpWebPushPublicKeyQueryVariables>;
export const HeadsUpSubscribeTicketPushDocument = new TypedDocumentString(`
    mutation HeadsUpSubscribeTicketPush($input: SubscribeTicketPushInput!) {
  subscribeTicketPush(input: $input) {
    __typename
    ... on TicketContact {
      browserNotifications
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:d2fdc154b140b298da715029f4874727cbd8a4c82f61ad0ba6d2b37f98f08dd3"}) as unknown as TypedDocumentString<HeadsUpSubscribeTicketPushMutation, HeadsUpSubscribeTicketPushMutationVariables>;
export const MessageTemplatesOfficeMessagesDocument = new TypedDocumentString(`
    query MessageTemplatesOfficeMessages($officeId: ID!) {
  officeMessages(officeId: $officeId) {
    __typename
    ... on OfficeMessages {
      organisationId
      templates {
        kind
        language
        subject
      }
      organisationTemplates {
        kind
        subject
      }
      reminderOffsetsMinutes
      defaultReminderOffsetsMinutes
      allowedLinkHosts
      kinds {
        kind
        placeholders
      }
    }
  }
}
    `, {"hash":"sha256:9c57e50e898682e48e04f4d3ffdce5930f1594bba9049751a7dd422598e81b21"}) as unknown as TypedDocumentString<MessageTemplatesOfficeMessagesQuery, MessageTemplatesOfficeMessagesQueryVariables>;
export const MessageTemplatesSaveDocument = new TypedDocumentString(`
    mutation MessageTemplatesSave($input: SaveMessageTemplateInput!) {
  saveMessageTemplate(input: $input) {
    __typename
    ... on MessageTemplateText {
      kind
      language
      subject
      body
    }
    ... on UnknownPlaceholder {
      code
      placeholder
      field
      known
    }
    ... on LinkNotAllowed {
      code
      host
      field
    }
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:24b498d91bd748dd7654d90423583e0f722150859196f954b4dd825874a4b90b"}) as unknown as TypedDocumentString<MessageTemplatesSaveMutation, MessageTemplatesSaveMutationVariables>;
export const MessageTemplatesRemoveDocument = new TypedDocumentString(`
    mutation MessageTemplatesRemove($input: MessageTemplateScopeInput!) {
  removeMessageTemplate(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:cc542bc36ba1e3632577f731f383d1153319a5fb7ce7f6cc73ac0004114fe00c"}) as unknown as TypedDocumentString<MessageTemplatesRemoveMutation, MessageTemplatesRemoveMutationVariables>;
export const MessageTemplatesPreviewDocument = new TypedDocumentString(`
    query MessageTemplatesPreview($input: PreviewMessageInput!) {
  previewMessage(input: $input) {
    __typename
    ... on MessagePreview {
      source
      subject
      text
      html
    }
    ... on UnknownPlaceholder {
      placeholder
    }
  }
}
    `, {"hash":"sha256:a5dee0af13816f99267b51f6b6e1b4bdfcc597103066d746be203d005a16b30a"}) as unknown as TypedDocumentString<MessageTemplatesPreviewQuery, MessageTemplatesPreviewQueryVariables>;
export const MessageTemplatesSettingsDocument = new TypedDocumentString(`
    mutation MessageTemplatesSettings($input: UpdateOfficeMessageSettingsInput!) {
  updateOfficeMessageSettings(input: $input) {
    __typename
    ... on OfficeMessages {
      reminderOffsetsMinutes
      copyEmail
      surveyUrl
    }
    ... on LinkNotAllowed {
      host
      field
    }
    ... on InvalidInput {
      fieldProblems {
        field
      }
    }
  }
}
    `, {"hash":"sha256:4271f32e26d0b03444abc4cd11b5cd4809b43dc93e86006a216158f0527e296f"}) as unknown as TypedDocumentString<MessageTemplatesSettingsMutation, MessageTemplatesSettingsMutationVariables>;
export const MessageTemplatesSignInDocument = new TypedDocumentString(`
    mutation MessageTemplatesSignIn($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:2d1b20e33f683ee71188b2da4cdea328b8d9b21e7bd1dbcb42e69383a8616449"}) as unknown as TypedDocumentString<MessageTemplatesSignInMutation, MessageTemplatesSignInMutationVariables>;
export const MessageTemplatesCreateCounterDocument = new TypedDocumentString(`
    mutation MessageTemplatesCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:fe7a9e31b7df0f47e86eab5145895124cbc03b715154e61a5997cf5f1bab16f4"}) as unknown as TypedDocumentString<MessageTemplatesCreateCounterMutation, MessageTemplatesCreateCounterMutationVariables>;
export const MessageTemplatesCheckInDocument = new TypedDocumentString(`
    mutation MessageTemplatesCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
    }
  }
}
    `, {"hash":"sha256:99d50e29ba7ceef6079504be69473fae863cc50023378b8257fd9e7a0786999d"}) as unknown as TypedDocumentString<MessageTemplatesCheckInMutation, MessageTemplatesCheckInMutationVariables>;
export const MessageTemplatesCallDocument = new TypedDocumentString(`
    mutation MessageTemplatesCall($input: EntryInput!) {
  callEntry(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:d459686604ff3afe66224715c632be966cfae502afa933daac93a39384a27638"}) as unknown as TypedDocumentString<MessageTemplatesCallMutation, MessageTemplatesCallMutationVariables>;
export const MessageTemplatesStartDocument = new TypedDocumentString(`
    mutation MessageTemplatesStart($input: EntryInput!) {
  startService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:f89891eacfef25349532591fffcfe7ccc40a0f158b184ead23746406d0ef4ad1"}) as unknown as TypedDocumentString<MessageTemplatesStartMutation, MessageTemplatesStartMutationVariables>;
export const MessageTemplatesFinishDocument = new TypedDocumentString(`
    mutation MessageTemplatesFinish($input: FinishServiceInput!) {
  finishService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:155935786de3386e94370e389283742fe4fb01abb6f29b9bfe713018dc2856f2"}) as unknown as TypedDocumentString<MessageTemplatesFinishMutation, MessageTemplatesFinishMutationVariables>;
export const NotificationsAppointmentByLinkDocument = new TypedDocumentString(`
    query NotificationsAppointmentByLink($input: LinkTokenInput!) {
  appointmentByLink(input: $input) {
    number
    status
    start
  }
}
    `, {"hash":"sha256:b5a2debc0269ba51a80f373e4e8b1e7d11756a6436662a3726063526519414d6"}) as unknown as TypedDocumentString<NotificationsAppointmentByLinkQuery, NotificationsAppointmentByLinkQueryVariables>;
export const NotificationsCancelAppointmentByLinkDocument = new TypedDocumentString(`
    mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) {
  cancelAppointmentByLink(input: $input) {
    __typename
    ... on Appointment {
      number
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:f8035a8c9915bb6e869d575d8f8ef2929c486c9bac53c688c1ad3ed65b461db5"}) as unknown as TypedDocumentString<NotificationsCancelAppointmentByLinkMutation, NotificationsCancelAppointmentByLinkMutationVariables>;
export const NotificationsConfirmAppointmentByLinkDocument = new TypedDocumentString(`
    mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) {
  confirmAppointmentByLink(input: $input) {
    __typename
    ... on Appointment {
      number
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:6983e44f54a1ff9f1dc0b7c49016f1a92875ff52045837f0e29a1d57e4711e80"}) as unknown as TypedDocumentString<NotificationsConfirmAppointmentByLinkMutation, NotificationsConfirmAppointmentByLinkMutationVariables>;
export const NotificationsCreateServiceDocument = new TypedDocumentString(`
    mutation NotificationsCreateService {
  createService(input: {name: "Personalausweis beantragen"}) {
    ... on Service {
      id
    }
  }
}
    `, {"hash":"sha256:c933e074f43e0ca9e568328df11c1fa6ca2098e67497a4a0bc65044b003b6504"}) as unknown as TypedDocumentString<NotificationsCreateServiceMutation, NotificationsCreateServiceMutationVariables>;
export const NotificationsSetServiceTextDocument = new TypedDocumentString(`
    mutation NotificationsSetServiceText($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:c8e9ce7b90ed189734fe27fcb8ca50b8018d005b828820c58b5944783604496a"}) as unknown as TypedDocumentString<NotificationsSetServiceTextMutation, NotificationsSetServiceTextMutationVariables>;
export const NotificationsSetOfficeServiceDocument = new TypedDocumentString(`
    mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:8279e8d100780a88c4b6f93c43d89fa120d3c09960e7efc4e377df8c75d49377"}) as unknown as TypedDocumentString<NotificationsSetOfficeServiceMutation, NotificationsSetOfficeServiceMutationVariables>;
export const NotificationsCancelOfficeAppointmentsDocument = new TypedDocumentString(`
    mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {
  cancelOfficeAppointments(input: $input) {
    __typename
    ... on CancelledAppointments {
      appointments {
        number
        status
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:6da977b59b9e181c919291d732e5cbc29b8b85c2f1d54a0180242d549d5e1f29"}) as unknown as TypedDocumentString<NotificationsCancelOfficeAppointmentsMutation, NotificationsCancelOfficeAppointmentsMutationVariables>;
export const NotificationsAppointmentDocument = new TypedDocumentString(`
    query NotificationsAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    confirmBy
  }
}
    `, {"hash":"sha256:4ddae9a4ff670121e6763cdfc141b3b1f224d13fc9ef68ac15e20282c8e26e4e"}) as unknown as TypedDocumentString<NotificationsAppointmentQuery, NotificationsAppointmentQueryVariables>;
export const NotificationsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:11c74ac985fe16a3ca62af68081643de5d48912263732a46b3f95774e24686e3"}) as unknown as TypedDocumentString<NotificationsUpdateOfficeSettingsMutation, NotificationsUpdateOfficeSettingsMutationVariables>;
export const NotificationsAvailabilityChangedDocument = new TypedDocumentString(`
    subscription NotificationsAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    reason
    dates
  }
}
    `, {"hash":"sha256:6fd08db85dedc1cb6ca6d1c250d1353138f8dc26fdd201084f1c85456294a1f3"}) as unknown as TypedDocumentString<NotificationsAvailabilityChangedSubscription, NotificationsAvailabilityChangedSubscriptionVariables>;
export const NotificationsSetOpeningHoursDocument = new TypedDocumentString(`
    mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:29748d44b39fc9219a81eca485a62501a8f60aea65d7250ea5ed6e04a2420382"}) as unknown as TypedDocumentString<NotificationsSetOpeningHoursMutation, NotificationsSetOpeningHoursMutationVariables>;
export const NotificationsCheckInDocument = new TypedDocumentString(`
    mutation NotificationsCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
    }
  }
}
    `, {"hash":"sha256:81f86e84a64339804221125929cb3518ef34b0f45c1766d8e986b88336a693c7"}) as unknown as TypedDocumentString<NotificationsCheckInMutation, NotificationsCheckInMutationVariables>;
export const NotificationsCreateCounterDocument = new TypedDocumentString(`
    mutation NotificationsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:0a0531f06fd9813d36bfa73cc6d60ea7a212bbc79accda67bb1707a26d999efa"}) as unknown as TypedDocumentString<NotificationsCreateCounterMutation, NotificationsCreateCounterMutationVariables>;
export const NotificationsSignInAtCounterDocument = new TypedDocumentString(`
    mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:10936be173955996d5d5fa10eed6168c3dbf1865fbb540d83ef07ed58193d5be"}) as unknown as TypedDocumentString<NotificationsSignInAtCounterMutation, NotificationsSignInAtCounterMutationVariables>;
export const NotificationsQueueDocument = new TypedDocumentString(`
    query NotificationsQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
      position
    }
  }
}
    `, {"hash":"sha256:d3ac9d4d27e5313bc1b02bc258a7a5f29b24b172d6cf65b6ef935378201a3163"}) as unknown as TypedDocumentString<NotificationsQueueQuery, NotificationsQueueQueryVariables>;
export const NotificationsCallNextDocument = new TypedDocumentString(`
    mutation NotificationsCallNext {
  callNext {
    __typename
  }
}
    `, {"hash":"sha256:75b1726b2bf4b4edd12125cd9b503389df148e387d788228ada26de41176420a"}) as unknown as TypedDocumentString<NotificationsCallNextMutation, NotificationsCallNextMutationVariables>;
export const NotificationsCallNext2Document = new TypedDocumentString(`
    mutation NotificationsCallNext2 {
  callNext {
    __typename
  }
}
    `, {"hash":"sha256:0eaca06087fbbaadadc1aae410c23a52f112979af4984ac858d1c7f6be54210e"}) as unknown as TypedDocumentString<NotificationsCallNext2Mutation, NotificationsCallNext2MutationVariables>;
export const RetentionUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
    ... on Office {
      settings {
        contactRetentionDays
        noShowLimit
      }
    }
  }
}
    `, {"hash":"sha256:7c7d3550b58274ff51237e35cfad7b981e00be2753565c131443550137424618"}) as unknown as TypedDocumentString<RetentionUpdateOfficeSettingsMutation, RetentionUpdateOfficeSettingsMutationVariables>;
export const RetentionJoinWaitlistDocument = new TypedDocumentString(`
    mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:07cf898a73df69c1b0522f9d0afc4cf1e2b2bfa55fb15633ff62fb31c4ae0bb0"}) as unknown as TypedDocumentString<RetentionJoinWaitlistMutation, RetentionJoinWaitlistMutationVariables>;
export const CounterWorkQueueDocument = new TypedDocumentString(`
    query CounterWorkQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    version
    computedAt
    nextChangeAt
    entries {
      id
      displayNumber
      status
      position
      estimatedWaitMinutes
      skippedUntil
      counterName
      citizenName
      services {
        id
        name
      }
    }
    myCounter {
      callingOrder
      session {
        counterName
        staffName
        serviceIds
      }
    }
  }
}
    `, {"hash":"sha256:e7e6a003f5992b9ca7b2c6c6b92ae1a9e6bdc549f192b1c7fe55407592bf92bc"}) as unknown as TypedDocumentString<CounterWorkQueueQuery, CounterWorkQueueQueryVariables>;
export const CounterWorkIssueTicketDocument = new TypedDocumentString(`
    mutation CounterWorkIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on Ticket {
      entry {
        id
        displayNumber
      }
    }
  }
}
    `, {"hash":"sha256:78ff97cba95dc5206193a85044cbcaa810e9ed5fcf224d8476aa8eef5d8bc0eb"}) as unknown as TypedDocumentString<CounterWorkIssueTicketMutation, CounterWorkIssueTicketMutationVariables>;
export const CounterWorkCheckInDocument = new TypedDocumentString(`
    mutation CounterWorkCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
      displayNumber
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:7ade1e83dd503379ac0d4255c2300555ae3a077ec0b5e59d44eb48fe1da357a0"}) as unknown as TypedDocumentString<CounterWorkCheckInMutation, CounterWorkCheckInMutationVariables>;
export const CounterWorkSignInAtCounterDocument = new TypedDocumentString(`
    mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
    ... on CounterSession {
      counterName
      staffName
    }
    ... on CounterOccupied {
      code
      staffName
      since
      canTakeOver
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:829b1d8e6dcfda912e0683154eace4858703ba9c91dd0c7340e2059267b3dac6"}) as unknown as TypedDocumentString<CounterWorkSignInAtCounterMutation, CounterWorkSignInAtCounterMutationVariables>;
export const CounterWorkCallNextDocument = new TypedDocumentString(`
    mutation CounterWorkCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      id
      displayNumber
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:9dfd9119d87b806db1c78afa4f05f64f00c614f0079a6dc6fd0273ddf2c24352"}) as unknown as TypedDocumentString<CounterWorkCallNextMutation, CounterWorkCallNextMutationVariables>;
export const CounterWorkStepMarkMissedDocument = new TypedDocumentString(`
    mutation CounterWorkStepMarkMissed($input: EntryInput!) {
  markMissed(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:f9be19017cf6afa6e54816e5961de72577b0f52c33373417fc55ab258e5e64b6"}) as unknown as TypedDocumentString<CounterWorkStepMarkMissedMutation, CounterWorkStepMarkMissedMutationVariables>;
export const CounterWorkStepRequeueEntryDocument = new TypedDocumentString(`
    mutation CounterWorkStepRequeueEntry($input: EntryInput!) {
  requeueEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:d930939928d88d4f944f709a00d8fa6d82d019e01e39acbf3d006e4c41136266"}) as unknown as TypedDocumentString<CounterWorkStepRequeueEntryMutation, CounterWorkStepRequeueEntryMutationVariables>;
export const CounterWorkStepStartServiceDocument = new TypedDocumentString(`
    mutation CounterWorkStepStartService($input: EntryInput!) {
  startService(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:b452e8dcbc683c303b0c20f0e976a5e66cea8de4a11396e98d3b82256eae4023"}) as unknown as TypedDocumentString<CounterWorkStepStartServiceMutation, CounterWorkStepStartServiceMutationVariables>;
export const CounterWorkSetEntryPriorityDocument = new TypedDocumentString(`
    mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {
  setEntryPriority(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:943e342c4a3831cdead0114544e632761cc4b8b9b95efa23255865c0d7fe6b73"}) as unknown as TypedDocumentString<CounterWorkSetEntryPriorityMutation, CounterWorkSetEntryPriorityMutationVariables>;
export const CounterWorkSetOpeningHoursDocument = new TypedDocumentString(`
    mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:33815b6a2bac4948b79c5c59cc4dc61a98034936c101989f36fc48d32aaea3ea"}) as unknown as TypedDocumentString<CounterWorkSetOpeningHoursMutation, CounterWorkSetOpeningHoursMutationVariables>;
export const CounterWorkCreateCounterDocument = new TypedDocumentString(`
    mutation CounterWorkCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:ab947382adac97d29265f7fe0eab35529d790de3c821688f749f03f4c2021e53"}) as unknown as TypedDocumentString<CounterWorkCreateCounterMutation, CounterWorkCreateCounterMutationVariables>;
export const CounterWorkCreateStaffAccountDocument = new TypedDocumentString(`
    mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:cea123c08a8c9a2d6c3d8fa154199818e7703c8d54c94b5c12172d0ac5e37551"}) as unknown as TypedDocumentString<CounterWorkCreateStaffAccountMutation, CounterWorkCreateStaffAccountMutationVariables>;
export const CounterWorkWaitingInfoDocument = new TypedDocumentString(`
    query CounterWorkWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    estimatedWaitMinutes
  }
}
    `, {"hash":"sha256:6026d9dfabac4b95491f63265033dcc0e262149fe5850784ed662f4dfb89dfc8"}) as unknown as TypedDocumentString<CounterWorkWaitingInfoQuery, CounterWorkWaitingInfoQueryVariables>;
export const CounterWorkCreateDeviceDocument = new TypedDocumentString(`
    mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `, {"hash":"sha256:6fdca351321cbffee55b645934331f723294754429e2bd7f3908518a8d5b9a87"}) as unknown as TypedDocumentString<CounterWorkCreateDeviceMutation, CounterWorkCreateDeviceMutationVariables>;
export const CounterWorkCheckIn2Document = new TypedDocumentString(`
    mutation CounterWorkCheckIn2($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      displayNumber
      citizenName
    }
  }
}
    `, {"hash":"sha256:008a44ece0335fb1b6ba236b6a2b8993445e54c23bbc277a7a3d9317b2f11003"}) as unknown as TypedDocumentString<CounterWorkCheckIn2Mutation, CounterWorkCheckIn2MutationVariables>;
export const CounterWorkCounterSessionsDocument = new TypedDocumentString(`
    query CounterWorkCounterSessions($officeId: ID!) {
  counterSessions(officeId: $officeId) {
    counterName
    staffName
  }
}
    `, {"hash":"sha256:e747dfca2d2a750bb3c2e7c20e44301291ccdf983bafff240da66193db6f6e26"}) as unknown as TypedDocumentString<CounterWorkCounterSessionsQuery, CounterWorkCounterSessionsQueryVariables>;
export const QueueEventsCallIssuedDocument = new TypedDocumentString(`
    subscription QueueEventsCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    displayNumber
    counterName
    version
    office {
      id
    }
  }
}
    `, {"hash":"sha256:975846c8b5bc119517ce3a4a5d3962b8e36ed16bd3606748f6711771f6e9b8a0"}) as unknown as TypedDocumentString<QueueEventsCallIssuedSubscription, QueueEventsCallIssuedSubscriptionVariables>;
export const QueueEventsCreateCounterDocument = new TypedDocumentString(`
    mutation QueueEventsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:aec428dd04504c4f5b8b3fe1561de44e93fd3ce07be8604941ada9cf37707647"}) as unknown as TypedDocumentString<QueueEventsCreateCounterMutation, QueueEventsCreateCounterMutationVariables>;
export const QueueEventsSignInAtCounterDocument = new TypedDocumentString(`
    mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:203d21dab82348091a32783c9430aa07f9d88bb3934b465e2e0bd544c1b984fe"}) as unknown as TypedDocumentString<QueueEventsSignInAtCounterMutation, QueueEventsSignInAtCounterMutationVariables>;
export const QueueEventsIssueTicketDocument = new TypedDocumentString(`
    mutation QueueEventsIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:4733e0fecc63f800e040a9c41faee57768df37e5b4e18218863e9712485542fe"}) as unknown as TypedDocumentString<QueueEventsIssueTicketMutation, QueueEventsIssueTicketMutationVariables>;
export const QueueEventsCallNextDocument = new TypedDocumentString(`
    mutation QueueEventsCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `, {"hash":"sha256:0b49603e4ded27c2d464776498a057607294a16151f4b5e237affe52f749f7af"}) as unknown as TypedDocumentString<QueueEventsCallNextMutation, QueueEventsCallNextMutationVariables>;
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
    `, {"hash":"sha256:d8fe6f48e75a3848acafb157221b723eefa7a4e256c564c7473cd33b872e54a4"}) as unknown as TypedDocumentString<QueueIssueTicketMutation, QueueIssueTicketMutationVariables>;
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
    `, {"hash":"sha256:4bd6906aa92d60d72141646ee1f46eca2b7f739763e4bf7b9e5910d2bdf017dd"}) as unknown as TypedDocumentString<QueueCheckInMutation, QueueCheckInMutationVariables>;
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
    `, {"hash":"sha256:7037059970f7ceb769820c761862e11edda4715e618e96488109fe9ac366c3d3"}) as unknown as TypedDocumentString<QueueQueueQuery, QueueQueueQueryVariables>;
export const QueueSignInAtCounterDocument = new TypedDocumentString(`
    mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
    ... on CounterSession {
      counterName
    }
  }
}
    `, {"hash":"sha256:e2e666db4329aaddabdee03c1ddacac899f91ab8ce428170fcae7b53409cb20f"}) as unknown as TypedDocumentString<QueueSignInAtCounterMutation, QueueSignInAtCounterMutationVariables>;
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
    `, {"hash":"sha256:e284a19916d4a81534f75ce6098dbc7e3ca3165b6d445b7cd202a47ecfe47129"}) as unknown as TypedDocumentString<QueueCallNextMutation, QueueCallNextMutationVariables>;
export const QueueStepRecallEntryDocument = new TypedDocumentString(`
    mutation QueueStepRecallEntry($input: EntryInput!) {
  recallEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
      calledCount
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:ff60baa3731df3f40181ad028957c7e82e8927fd38d5870049e25902bb34197f"}) as unknown as TypedDocumentString<QueueStepRecallEntryMutation, QueueStepRecallEntryMutationVariables>;
export const QueueStepRequeueEntryDocument = new TypedDocumentString(`
    mutation QueueStepRequeueEntry($input: EntryInput!) {
  requeueEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
      calledCount
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:c58f15fbb13e0229248e6e8a3cf4934f44869a08d82b421257bc7599866864a0"}) as unknown as TypedDocumentString<QueueStepRequeueEntryMutation, QueueStepRequeueEntryMutationVariables>;
export const QueueStepStartServiceDocument = new TypedDocumentString(`
    mutation QueueStepStartService($input: EntryInput!) {
  startService(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
      calledCount
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:37d9143f205825b85b6eeeb74f8cff1a69154ae64c46f0cbd73e4dac28159c00"}) as unknown as TypedDocumentString<QueueStepStartServiceMutation, QueueStepStartServiceMutationVariables>;
export const QueueCreateCounterDocument = new TypedDocumentString(`
    mutation QueueCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
      name
    }
  }
}
    `, {"hash":"sha256:d9e7af021e642523922e2e8d218c941223d9dba67773cf2da0e1496f6e9814a3"}) as unknown as TypedDocumentString<QueueCreateCounterMutation, QueueCreateCounterMutationVariables>;
export const QueueCreateDeviceDocument = new TypedDocumentString(`
    mutation QueueCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `, {"hash":"sha256:919a9bcd7f87115bf4ff97e91adb93cb516864da4f6d8cb186fa57ef841c8248"}) as unknown as TypedDocumentString<QueueCreateDeviceMutation, QueueCreateDeviceMutationVariables>;
export const QueueCreateStaffAccountDocument = new TypedDocumentString(`
    mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:c8e69ecef6d443203eabefffe0a73e84a53dc4b7a54980601a7d1ef09b14ff3a"}) as unknown as TypedDocumentString<QueueCreateStaffAccountMutation, QueueCreateStaffAccountMutationVariables>;
export const QueueSetOpeningHoursDocument = new TypedDocumentString(`
    mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:5438020df18392a43405e227c7aa23948f7e0fa51b1843ac3a43bd51ec25fbb4"}) as unknown as TypedDocumentString<QueueSetOpeningHoursMutation, QueueSetOpeningHoursMutationVariables>;
export const QueueCallIssuedDocument = new TypedDocumentString(`
    subscription QueueCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    displayNumber
    counterName
    room
    version
  }
}
    `, {"hash":"sha256:e6629261930cc56b65b16cbdad81bc1f3d18d60e10b0ccafff6dda9324b2ca93"}) as unknown as TypedDocumentString<QueueCallIssuedSubscription, QueueCallIssuedSubscriptionVariables>;
export const QueueMyQueueStatusDocument = new TypedDocumentString(`
    subscription QueueMyQueueStatus($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    status
    position
    counterName
    version
  }
}
    `, {"hash":"sha256:a6135dc7fa271fc9f49c4079c8e20bce82f5762975b5d3c592eec5958fd8991d"}) as unknown as TypedDocumentString<QueueMyQueueStatusSubscription, QueueMyQueueStatusSubscriptionVariables>;
export const QueueFinishServiceDocument = new TypedDocumentString(`
    mutation QueueFinishService($input: FinishServiceInput!) {
  finishService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:8a81927ba66922767dc9490deafc55833559b861a6ce8a99e537ced9139f26be"}) as unknown as TypedDocumentString<QueueFinishServiceMutation, QueueFinishServiceMutationVariables>;
export const QueueMyQueueStatus2Document = new TypedDocumentString(`
    subscription QueueMyQueueStatus2($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    displayNumber
    status
    position
  }
}
    `, {"hash":"sha256:ebdfd8a43e9fae61d6a6b80db8040fd66758580719b36f3063cd6e485527d18d"}) as unknown as TypedDocumentString<QueueMyQueueStatus2Subscription, QueueMyQueueStatus2SubscriptionVariables>;
export const QueueUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:9c03c664c7810d311dc83fb5a246129889f245ee69136f38392ffb1347258e52"}) as unknown as TypedDocumentString<QueueUpdateOfficeSettingsMutation, QueueUpdateOfficeSettingsMutationVariables>;
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
    `, {"hash":"sha256:e4daef4d1ccced9668ca6dff2201d9ca4b2a1364750623dfebada62e540bd4cf"}) as unknown as TypedDocumentString<QueueRedirectEntryMutation, QueueRedirectEntryMutationVariables>;
export const QueueQueueStatusDocument = new TypedDocumentString(`
    query QueueQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
    position
  }
}
    `, {"hash":"sha256:5cb4d47364849bfe1a2725fab252a52c6d81d40b42254de557c8c33445046e32"}) as unknown as TypedDocumentString<QueueQueueStatusQuery, QueueQueueStatusQueryVariables>;
export const QueueCallEntryDocument = new TypedDocumentString(`
    mutation QueueCallEntry($input: EntryInput!) {
  callEntry(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:321f176e719e06a86d687dea9f39f9fa583495a7bf6930f5562e57adeb51cbb7"}) as unknown as TypedDocumentString<QueueCallEntryMutation, QueueCallEntryMutationVariables>;
export const QueueFinishService2Document = new TypedDocumentString(`
    mutation QueueFinishService2($input: FinishServiceInput!) {
  finishService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e1cca9ab44d84734c76becbda976324ddbead31def4fe4691ef1bf07fc626894"}) as unknown as TypedDocumentString<QueueFinishService2Mutation, QueueFinishService2MutationVariables>;
export const QueueWaitingInfoDocument = new TypedDocumentString(`
    query QueueWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    version
    waitingCount
    estimatedWaitMinutes
    countersServing
  }
}
    `, {"hash":"sha256:fac28a28d00c961359f6075c2f7371b4d1d72ab4105e8278fe046c5c03de6a83"}) as unknown as TypedDocumentString<QueueWaitingInfoQuery, QueueWaitingInfoQueryVariables>;
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
    `, {"hash":"sha256:6b191e1d654b6cdcf246489d5e5f21c98d758156e81c6a11fead28456bd4e3d9"}) as unknown as TypedDocumentString<QueueRecentCallsQuery, QueueRecentCallsQueryVariables>;
export const QueueQueueChangedDocument = new TypedDocumentString(`
    subscription QueueQueueChanged {
  queueChanged(officeId: "999999") {
    version
  }
}
    `, {"hash":"sha256:c38e10bd35f1f2eb6419fedb1f08af03b3ccdbc9cf3f2584f0bac7228407c5e3"}) as unknown as TypedDocumentString<QueueQueueChangedSubscription, QueueQueueChangedSubscriptionVariables>;
export const QueueMyQueueStatus3Document = new TypedDocumentString(`
    subscription QueueMyQueueStatus3 {
  myQueueStatus(input: {number: "1", secret: "wrong"}) {
    status
  }
}
    `, {"hash":"sha256:1e88720b3f589ae573ab429ba03f1be5809652b02a2b6602a2df485321615700"}) as unknown as TypedDocumentString<QueueMyQueueStatus3Subscription, QueueMyQueueStatus3SubscriptionVariables>;
export const QueueQueueChanged2Document = new TypedDocumentString(`
    subscription QueueQueueChanged2($officeId: ID!) {
  queueChanged(officeId: $officeId) {
    version
  }
}
    `, {"hash":"sha256:f4dd40ae19ff015f424b687224fe83f7a2662c2db5b3d053d0e044ba31399d70"}) as unknown as TypedDocumentString<QueueQueueChanged2Subscription, QueueQueueChanged2SubscriptionVariables>;
export const QueueUpdateOfficeSettings2Document = new TypedDocumentString(`
    mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:37b76a1ebb3140a031eea6c919035ff4ece9cd8a64b96d88e9685ddb8fded4e2"}) as unknown as TypedDocumentString<QueueUpdateOfficeSettings2Mutation, QueueUpdateOfficeSettings2MutationVariables>;
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
    `, {"hash":"sha256:b3a7bb9f96500240f7ab8485d13c4f5f2dd8f5cb841adab25947f50c01f67aa2"}) as unknown as TypedDocumentString<QueueIssueTicket2Mutation, QueueIssueTicket2MutationVariables>;
export const RemoteTestDrawDocument = new TypedDocumentString(`
    mutation RemoteTestDraw($input: DrawRemoteTicketInput!) {
  drawRemoteTicket(input: $input) {
    __typename
    ... on Ticket {
      secret
      statusUrl
      entry {
        id
        displayNumber
        status
        remote
        position
        checkInUntil
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:fa68050f73c08a99e145613b5ef7ac323ecb7208b41cf87bce11cc6000d53678"}) as unknown as TypedDocumentString<RemoteTestDrawMutation, RemoteTestDrawMutationVariables>;
export const RemoteTestCheckInDocument = new TypedDocumentString(`
    mutation RemoteTestCheckIn($input: CheckInRemoteTicketInput!) {
  checkInRemoteTicket(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
      remote
      position
    }
    ... on CheckInRefused {
      reason
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:faa36fef9d00b7d4c4d0c4dd7e3c0f621503e527ddd4286d8011ee3a9e799918"}) as unknown as TypedDocumentString<RemoteTestCheckInMutation, RemoteTestCheckInMutationVariables>;
export const RemoteTestIssueDocument = new TypedDocumentString(`
    mutation RemoteTestIssue($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on Ticket {
      entry {
        id
        displayNumber
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:e9efdea10fbb75be1fddc7f88f8b7e0378c84ec853217630e06d6205d1ad34d1"}) as unknown as TypedDocumentString<RemoteTestIssueMutation, RemoteTestIssueMutationVariables>;
export const RemoteTestQueueDocument = new TypedDocumentString(`
    query RemoteTestQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
      displayNumber
      status
      remote
      position
      allowedActions
    }
    myCounter {
      callingOrder
    }
  }
}
    `, {"hash":"sha256:50a4219652f40bee0f1848229aad32145a3db62ab86775d7b7b5cf9eade85678"}) as unknown as TypedDocumentString<RemoteTestQueueQuery, RemoteTestQueueQueryVariables>;
export const RemoteTestStatusDocument = new TypedDocumentString(`
    query RemoteTestStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
    remote
    position
    checkInFrom
    checkInUntil
  }
}
    `, {"hash":"sha256:482b21d92a43c94d06a509d64434f8bba4eaefa3c7d420b23e7f952fe2a10912"}) as unknown as TypedDocumentString<RemoteTestStatusQuery, RemoteTestStatusQueryVariables>;
export const RemoteTestSettingsDocument = new TypedDocumentString(`
    mutation RemoteTestSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:52ee68ab77278bbce3cb0688e784d77d9cd7bf2f5964c03b459135322ea3b094"}) as unknown as TypedDocumentString<RemoteTestSettingsMutation, RemoteTestSettingsMutationVariables>;
export const RemoteTestHoursDocument = new TypedDocumentString(`
    mutation RemoteTestHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:fc34bc45b6344006b6d1b5356af83b7fdb07f33a893993ac4c4b29c3d090904d"}) as unknown as TypedDocumentString<RemoteTestHoursMutation, RemoteTestHoursMutationVariables>;
export const RemoteTestDeviceDocument = new TypedDocumentString(`
    mutation RemoteTestDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `, {"hash":"sha256:0dce77e4a4e7bd583710cbd23c816110cb3a5c81416b8ef6709c3b46cc78be20"}) as unknown as TypedDocumentString<RemoteTestDeviceMutation, RemoteTestDeviceMutationVariables>;
export const RemoteTestCounterDocument = new TypedDocumentString(`
    mutation RemoteTestCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:e0228fd66a1592d0b8d9c8d4622ff0503251c7a179ca84d15381b21cef9f9717"}) as unknown as TypedDocumentString<RemoteTestCounterMutation, RemoteTestCounterMutationVariables>;
export const RemoteTestStaffDocument = new TypedDocumentString(`
    mutation RemoteTestStaff($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:650479ef1ee9906b5179cd97f20b831b6a48fbdba50864e0e1c5773508c76083"}) as unknown as TypedDocumentString<RemoteTestStaffMutation, RemoteTestStaffMutationVariables>;
export const RemoteTestSignInDocument = new TypedDocumentString(`
    mutation RemoteTestSignIn($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:ba88f8acac9a41ac7948c1fe4e82c5cfb1dab575d358429d9a51da14c4515e1e"}) as unknown as TypedDocumentString<RemoteTestSignInMutation, RemoteTestSignInMutationVariables>;
export const RemoteTestCallNextDocument = new TypedDocumentString(`
    mutation RemoteTestCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:e304d26744e142035c7c8205fee8ee879cbbd4fbf8a75afb54dec4f0b2ee2c8f"}) as unknown as TypedDocumentString<RemoteTestCallNextMutation, RemoteTestCallNextMutationVariables>;
export const RemoteTestClosureDocument = new TypedDocumentString(`
    mutation RemoteTestClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:32e50474e8ae0b56bebdabc56c6b5822e102a974ec8712d82fe6ef5ec2927aab"}) as unknown as TypedDocumentString<RemoteTestClosureMutation, RemoteTestClosureMutationVariables>;
export const RemoteTestChallengeDocument = new TypedDocumentString(`
    query RemoteTestChallenge {
  proofOfWorkChallenge {
    algorithm
    challenge
    maxnumber
    salt
    signature
  }
}
    `, {"hash":"sha256:9e57c4c47391dce3045c6d873f8a39776ac55fefacc61e96c67f76f5435425f3"}) as unknown as TypedDocumentString<RemoteTestChallengeQuery, RemoteTestChallengeQueryVariables>;
export const WaitingRoomWaitingRoomDocument = new TypedDocumentString(`
    query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) {
  waitingRoom(officeId: $officeId, groupId: $groupId) {
    groupId
    name
    offices {
      version
      displayMessage
      waitingCount
      estimatedWaitMinutes
      countersServing
      open
      ticketsLeft
      office {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:56b3fa8cafc23b009f7e45ec9ea9ce745baa6ff06e71771318445be085442c55"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoomQuery, WaitingRoomWaitingRoomQueryVariables>;
export const WaitingRoomWaitingRoomChangedDocument = new TypedDocumentString(`
    subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) {
  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {
    version
    displayMessage
    waitingCount
    open
    ticketsLeft
    office {
      id
    }
  }
}
    `, {"hash":"sha256:1dcbe80d0a496c6fe8db2581b3872cea83b2fc26ed572ac9342a978d4a8bac77"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChangedSubscription, WaitingRoomWaitingRoomChangedSubscriptionVariables>;
export const WaitingRoomIssueTicketDocument = new TypedDocumentString(`
    mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:9e1c2615e644deef75a2339beb5307f71b1fdb9050a612320cdf1ff0ea3ce8ad"}) as unknown as TypedDocumentString<WaitingRoomIssueTicketMutation, WaitingRoomIssueTicketMutationVariables>;
export const WaitingRoomUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
    ... on Office {
      settings {
        displayMessage
      }
    }
  }
}
    `, {"hash":"sha256:e8e01e7139e472fdd9bcebea9fbc3773d6368cb983c5087140014d8711627dc5"}) as unknown as TypedDocumentString<WaitingRoomUpdateOfficeSettingsMutation, WaitingRoomUpdateOfficeSettingsMutationVariables>;
export const WaitingRoomCreateDeviceDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `, {"hash":"sha256:7274d4c63b405c360dfe0f3615afac79245725fdfa198c39b5916cf2357b6280"}) as unknown as TypedDocumentString<WaitingRoomCreateDeviceMutation, WaitingRoomCreateDeviceMutationVariables>;
export const WaitingRoomWaitingRoom2Document = new TypedDocumentString(`
    query WaitingRoomWaitingRoom2($officeId: ID) {
  waitingRoom(officeId: $officeId) {
    offices {
      open
      opensAt
    }
  }
}
    `, {"hash":"sha256:f12dc52633ab9a50435c46f7719dd5e883fac175050d9d0d2f4d77202b1af09c"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoom2Query, WaitingRoomWaitingRoom2QueryVariables>;
export const WaitingRoomSetOpeningHoursDocument = new TypedDocumentString(`
    mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:cec8f55c4d755bb8aa867106583f8efd420a4ef8d3e7806d0a04a5b38a60b8b8"}) as unknown as TypedDocumentString<WaitingRoomSetOpeningHoursMutation, WaitingRoomSetOpeningHoursMutationVariables>;
export const WaitingRoomAddClosureDocument = new TypedDocumentString(`
    mutation WaitingRoomAddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
    ... on CapacityChange {
      closure {
        id
      }
    }
  }
}
    `, {"hash":"sha256:56a33481252933023c9a43d7447508ad7be6d56d7e6dfb92a929a0b072eeee00"}) as unknown as TypedDocumentString<WaitingRoomAddClosureMutation, WaitingRoomAddClosureMutationVariables>;
export const WaitingRoomRemoveClosureDocument = new TypedDocumentString(`
    mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {
  removeClosure(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:4b3148e94c441e605a4cfc0564cd3aa5b0c6019a61d0d8e0569d6623a2e6cdd1"}) as unknown as TypedDocumentString<WaitingRoomRemoveClosureMutation, WaitingRoomRemoveClosureMutationVariables>;
export const WaitingRoomStepMarkMissedDocument = new TypedDocumentString(`
    mutation WaitingRoomStepMarkMissed($input: EntryInput!) {
  markMissed(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:cc960e84ec3e2e885948de645d0998c1dcbd25d062fb08a648158a1836dc84e5"}) as unknown as TypedDocumentString<WaitingRoomStepMarkMissedMutation, WaitingRoomStepMarkMissedMutationVariables>;
export const WaitingRoomStepParkEntryDocument = new TypedDocumentString(`
    mutation WaitingRoomStepParkEntry($input: EntryInput!) {
  parkEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:5eab91d859b78d402d344c640d6174a1761cba8d20b6ed4d1a4b76598d855251"}) as unknown as TypedDocumentString<WaitingRoomStepParkEntryMutation, WaitingRoomStepParkEntryMutationVariables>;
export const WaitingRoomStepRequeueEntryDocument = new TypedDocumentString(`
    mutation WaitingRoomStepRequeueEntry($input: EntryInput!) {
  requeueEntry(input: $input) {
    __typename
    ... on QueueEntry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:397f1e227fe8f6d5c1c334a0669b79ae8453823a304ee68005c65c660602b927"}) as unknown as TypedDocumentString<WaitingRoomStepRequeueEntryMutation, WaitingRoomStepRequeueEntryMutationVariables>;
export const WaitingRoomCheckInDocument = new TypedDocumentString(`
    mutation WaitingRoomCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
    }
    ... on CheckInRefused {
      code
      reason
      opensAt
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:1c29b1a838e19d9bf189f59f70c82aac023089e1856b64e91ca9867235d4ad5f"}) as unknown as TypedDocumentString<WaitingRoomCheckInMutation, WaitingRoomCheckInMutationVariables>;
export const WaitingRoomSetOpeningHours2Document = new TypedDocumentString(`
    mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:1d06d23a12f0eb1d2c0685ec1c438b6261605ad88ab716478f61a5098d49499d"}) as unknown as TypedDocumentString<WaitingRoomSetOpeningHours2Mutation, WaitingRoomSetOpeningHours2MutationVariables>;
export const WaitingRoomCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `, {"hash":"sha256:6cbf3f01b66c964eafafe282242826468e48f6e92d3c66901a9177e16961977e"}) as unknown as TypedDocumentString<WaitingRoomCreateOfficeGroupMutation, WaitingRoomCreateOfficeGroupMutationVariables>;
export const WaitingRoomWaitingRoomChanged2Document = new TypedDocumentString(`
    subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {
  waitingRoomChanged(officeId: $officeId) {
    version
    open
    opensAt
  }
}
    `, {"hash":"sha256:a27e63d25599e4082f0bd34d8b92e37e0f76d4eacb1c9e50035c550090cbd94f"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChanged2Subscription, WaitingRoomWaitingRoomChanged2SubscriptionVariables>;
export const WaitingRoomCreateCounterDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:40727aad9d29619a164adc2fe5f2eb466ef985eacadf4563ddbdb974869b6673"}) as unknown as TypedDocumentString<WaitingRoomCreateCounterMutation, WaitingRoomCreateCounterMutationVariables>;
export const WaitingRoomSignInAtCounterDocument = new TypedDocumentString(`
    mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:464c27434b87757a4510516a40707e6236769170c1c4b72509d5d2330cf51516"}) as unknown as TypedDocumentString<WaitingRoomSignInAtCounterMutation, WaitingRoomSignInAtCounterMutationVariables>;
export const WaitingRoomWaitingRoom3Document = new TypedDocumentString(`
    query WaitingRoomWaitingRoom3($officeId: ID) {
  waitingRoom(officeId: $officeId) {
    offices {
      withdrawnNumbers
    }
  }
}
    `, {"hash":"sha256:4dd7b401a0fab9e405bf631b30317fec73d73f204e656e148599b9d2eae7981f"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoom3Query, WaitingRoomWaitingRoom3QueryVariables>;
export const WaitingRoomCallNextDocument = new TypedDocumentString(`
    mutation WaitingRoomCallNext {
  callNext {
    ... on QueueEntry {
      id
      displayNumber
    }
  }
}
    `, {"hash":"sha256:d595cd4698417c593408ff6ad4c8ba569753d412477bb42360eeac385beaa8eb"}) as unknown as TypedDocumentString<WaitingRoomCallNextMutation, WaitingRoomCallNextMutationVariables>;
export const WaitingRoomWaitingRoomChanged3Document = new TypedDocumentString(`
    subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {
  waitingRoomChanged(officeId: $officeId) {
    withdrawnNumbers
  }
}
    `, {"hash":"sha256:68533e36bbf4f67d1e4a443ebba443d2034664a8a6a1ed155c3c3c3fd2e2e964"}) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChanged3Subscription, WaitingRoomWaitingRoomChanged3SubscriptionVariables>;
export const WaitingRoomCallEntryDocument = new TypedDocumentString(`
    mutation WaitingRoomCallEntry($input: EntryInput!) {
  callEntry(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:1eb9f75547d0c0ee0812d18477e8750fbe032e964bdd7c6aff8b5d4b88c4d812"}) as unknown as TypedDocumentString<WaitingRoomCallEntryMutation, WaitingRoomCallEntryMutationVariables>;
export const AvailabilityEventsAvailabilityChangedDocument = new TypedDocumentString(`
    subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
    dates
    reason
    office {
      id
    }
  }
}
    `, {"hash":"sha256:a813b69c54ac0fddca4d6dc67e71f5c6dfce6d1ec3ec716586649ce4d885320b"}) as unknown as TypedDocumentString<AvailabilityEventsAvailabilityChangedSubscription, AvailabilityEventsAvailabilityChangedSubscriptionVariables>;
export const AvailabilitySetOfficeServiceDocument = new TypedDocumentString(`
    mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:71b4986a0c8a961878044b2b68b95c73946b950dffc72908798bf0cdbf6ae4fc"}) as unknown as TypedDocumentString<AvailabilitySetOfficeServiceMutation, AvailabilitySetOfficeServiceMutationVariables>;
export const AvailabilityAvailableDaysDocument = new TypedDocumentString(`
    query AvailabilityAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
    officeCount
    offices {
      id
    }
  }
}
    `, {"hash":"sha256:c9cd22ceaf74fa366be51fea31b0d746cae6ed129d907a8337c31647549d4f82"}) as unknown as TypedDocumentString<AvailabilityAvailableDaysQuery, AvailabilityAvailableDaysQueryVariables>;
export const AvailabilityCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:15b70f6d2e9acaf08b219ad95ec47f6f1e72d235ceebec0d8d22473a04658a7a"}) as unknown as TypedDocumentString<AvailabilityCreateCapacityRuleMutation, AvailabilityCreateCapacityRuleMutationVariables>;
export const HolidayRegionsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
    ... on Office {
      settings {
        holidayRegion
      }
    }
    ... on InvalidInput {
      fieldProblems {
        field
        message
      }
    }
  }
}
    `, {"hash":"sha256:a26207a5882325ad1ee4cd2bbdb3e650aa1b047699a4d4940a2148e9f4e16f1e"}) as unknown as TypedDocumentString<HolidayRegionsUpdateOfficeSettingsMutation, HolidayRegionsUpdateOfficeSettingsMutationVariables>;
export const HolidayRegionsOfficeDocument = new TypedDocumentString(`
    query HolidayRegionsOffice($id: ID!) {
  office(id: $id) {
    settings {
      holidayRegion
    }
  }
}
    `, {"hash":"sha256:9a3ef09a101539d1c1ed63dc4d49bb7391c99ba25a3a2adf95632387e9ca5491"}) as unknown as TypedDocumentString<HolidayRegionsOfficeQuery, HolidayRegionsOfficeQueryVariables>;
export const StatisticsStatisticsDocument = new TypedDocumentString(`
    query StatisticsStatistics($input: StatisticsInput!) {
  statistics(input: $input) {
    from
    to
    offices {
      id
    }
    appointments
    cancelled
    noShows
    walkIns
    served
    missed
    appointmentsByChannel {
      channel
      appointments
    }
    waitingByHour {
      hour
      customers
      meanMinutes
      p90Minutes
    }
    serviceTimes {
      service {
        id
      }
      customers
      meanMinutes
    }
    utilisation {
      date
      offered
      booked
    }
  }
}
    `, {"hash":"sha256:d5ae8d90103b5c0e64d3855f7de07e5391b565b126fe85a225186626f53cbaf4"}) as unknown as TypedDocumentString<StatisticsStatisticsQuery, StatisticsStatisticsQueryVariables>;
export const StatisticsCreateStaffAccountDocument = new TypedDocumentString(`
    mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:76158bbbbf97938995ad707631644556c370aca9ddd527d9af5fdaca1f670857"}) as unknown as TypedDocumentString<StatisticsCreateStaffAccountMutation, StatisticsCreateStaffAccountMutationVariables>;
export const StatisticsCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `, {"hash":"sha256:ea047f72105c22b312814297972697930077023171c406b671884847694445ba"}) as unknown as TypedDocumentString<StatisticsCreateOfficeGroupMutation, StatisticsCreateOfficeGroupMutationVariables>;
export const StatisticsCreateOfficeGroup2Document = new TypedDocumentString(`
    mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `, {"hash":"sha256:87785af5722e11a8df41a9ea994690909213b8abadffc537c92cde4672a0951a"}) as unknown as TypedDocumentString<StatisticsCreateOfficeGroup2Mutation, StatisticsCreateOfficeGroup2MutationVariables>;
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
    `, {"hash":"sha256:0852b82a8512bfba2785761e17dd5f81710e8ee2a73df04982253bc4e3d6bfc9"}) as unknown as TypedDocumentString<WaitlistJoinWaitlistMutation, WaitlistJoinWaitlistMutationVariables>;
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
    `, {"hash":"sha256:8b9106e552fc329a4a72c95ad889138aabdcfc72d680ce56dd4d4927222cfd95"}) as unknown as TypedDocumentString<WaitlistWaitlistOfferQuery, WaitlistWaitlistOfferQueryVariables>;
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
    `, {"hash":"sha256:fb2fc3bdba0394e363188de82cd2a6ec7d8dddbb9ee4eb5cb622f22a715f24e6"}) as unknown as TypedDocumentString<WaitlistTakeWaitlistOfferMutation, WaitlistTakeWaitlistOfferMutationVariables>;
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
    `, {"hash":"sha256:afb6e564cf785f1f615856b16163e14ab1052f2a7a4aad51d8032f8757efef23"}) as unknown as TypedDocumentString<WaitlistLeaveWaitlistMutation, WaitlistLeaveWaitlistMutationVariables>;
export const WaitlistSetServiceTextDocument = new TypedDocumentString(`
    mutation WaitlistSetServiceText($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e0cb26899a9c2e577d0827a95a5867844e95921aca1b60a5f08f185ec4794eb8"}) as unknown as TypedDocumentString<WaitlistSetServiceTextMutation, WaitlistSetServiceTextMutationVariables>;
export const WaitlistAvailabilityChangedDocument = new TypedDocumentString(`
    subscription WaitlistAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    reason
  }
}
    `, {"hash":"sha256:5750359e5138e9a26dc6e1a67fb959257890cc0d1ff10a9a32496968d0e52ec0"}) as unknown as TypedDocumentString<WaitlistAvailabilityChangedSubscription, WaitlistAvailabilityChangedSubscriptionVariables>;
export const WaitlistUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:9db267e048001ade869a96181a42e6186c5a1f3301616c0043ba32088f455924"}) as unknown as TypedDocumentString<WaitlistUpdateOfficeSettingsMutation, WaitlistUpdateOfficeSettingsMutationVariables>;
export const LimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:3dacca7feea075ae136b779c21c95e881e3ed875352287fdd20ff3b38cb12e8f"}) as unknown as TypedDocumentString<LimitsCreateApiKeyMutation, LimitsCreateApiKeyMutationVariables>;
export const LimitsServicesDocument = new TypedDocumentString(`
    query LimitsServices {
  services {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:614c2213357fa752678559b9ff3eb6a204ed3cb9742b443f663aa8e154cc8e5c"}) as unknown as TypedDocumentString<LimitsServicesQuery, LimitsServicesQueryVariables>;
export const LimitsViewerDocument = new TypedDocumentString(`
    query LimitsViewer {
  viewer {
    kind
  }
}
    `, {"hash":"sha256:34adc4a96364080395cdcca9c994e06d27bd0b2cf306a730808458fabe626485"}) as unknown as TypedDocumentString<LimitsViewerQuery, LimitsViewerQueryVariables>;
export const LimitsProofOfWorkChallengeDocument = new TypedDocumentString(`
    query LimitsProofOfWorkChallenge {
  proofOfWorkChallenge {
    algorithm
    challenge
    maxnumber
    salt
    signature
    required
  }
}
    `, {"hash":"sha256:08a565439cc359ab39afc08c2b5a557d6ad59d120fb191bf3021730d8d25bdef"}) as unknown as TypedDocumentString<LimitsProofOfWorkChallengeQuery, LimitsProofOfWorkChallengeQueryVariables>;
export const LimitsDeepOfficesDocument = new TypedDocumentString(`
    query LimitsDeepOffices {
  offices {
    edges {
      node {
        services {
          service {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:1dd388c28ec021b4c8ab71ecc2352c478a00946c38dd13e8a38e66229c53194f"}) as unknown as TypedDocumentString<LimitsDeepOfficesQuery, LimitsDeepOfficesQueryVariables>;
export const LimitsCostlyServicesDocument = new TypedDocumentString(`
    query LimitsCostlyServices {
  services(first: 200) {
    edges {
      node {
        id
        name
        description
        url
      }
    }
  }
}
    `, {"hash":"sha256:ec09089bbc24d55bf48c21a3c4fcc54bf008b7300578684ec7e513e202294b8d"}) as unknown as TypedDocumentString<LimitsCostlyServicesQuery, LimitsCostlyServicesQueryVariables>;
export const LimitsTwentyServicesDocument = new TypedDocumentString(`
    query LimitsTwentyServices {
  services(first: 20) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:a5dfe5a24376233668a60e0e7dfe5862de9c9865353a056f03a0fde9a834ef74"}) as unknown as TypedDocumentString<LimitsTwentyServicesQuery, LimitsTwentyServicesQueryVariables>;
export const LimitsQueueStatusDocument = new TypedDocumentString(`
    query LimitsQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
  }
}
    `, {"hash":"sha256:bec7870e7c0bcdc6c605f60afac15ee6c1c85f5f2a69f330793fc4449810298e"}) as unknown as TypedDocumentString<LimitsQueueStatusQuery, LimitsQueueStatusQueryVariables>;
export const ClusterAvailabilityChangedDocument = new TypedDocumentString(`
    subscription ClusterAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
    reason
  }
}
    `, {"hash":"sha256:5e29f4d992857101218b60966fe62d8228e7f9b996fcf010afd45b8debae050f"}) as unknown as TypedDocumentString<ClusterAvailabilityChangedSubscription, ClusterAvailabilityChangedSubscriptionVariables>;
export const CustomFieldsUpdateBookingFormDocument = new TypedDocumentString(`
    mutation CustomFieldsUpdateBookingForm($input: UpdateBookingFormInput!) {
  updateBookingForm(input: $input) {
    __typename
    ... on BookingForm {
      remarks
      remarksMaxLength
      fields {
        id
        key
        kind
        required
        maxLength
        label(language: en)
        labels {
          language
          text
        }
        options {
          value
          label
        }
      }
    }
    ... on InvalidInput {
      fieldProblems {
        field
        message
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:0a126a781ec3b709a6c7935fcce92f0b39b0c38e26d57f79c468e9b246dade1c"}) as unknown as TypedDocumentString<CustomFieldsUpdateBookingFormMutation, CustomFieldsUpdateBookingFormMutationVariables>;
export const CustomFieldsBookingFormDocument = new TypedDocumentString(`
    query CustomFieldsBookingForm($id: ID!) {
  office(id: $id) {
    bookingForm {
      remarks
      fields {
        key
        required
        label(language: en)
        options {
          value
          label(language: en)
        }
      }
    }
  }
}
    `, {"hash":"sha256:c6a3c60edf8930eaf9f3559f6fe64a51912b24d64bfb7155bec266d8b7068afb"}) as unknown as TypedDocumentString<CustomFieldsBookingFormQuery, CustomFieldsBookingFormQueryVariables>;
export const CustomFieldsConfirmAppointmentDocument = new TypedDocumentString(`
    mutation CustomFieldsConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on ConfirmedAppointment {
      secret
      appointment {
        id
        number
        remarks
        fields {
          key
          value
          label
          optionLabel(language: en)
        }
      }
    }
    ... on InvalidBookingFields {
      code
      message
      refusedFields {
        key
        reason
        message
        maxLength
        options
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:778838ae5ba0177906aba79cc9f34218e8843c2bcb87240865e1f6c86a0b1bd4"}) as unknown as TypedDocumentString<CustomFieldsConfirmAppointmentMutation, CustomFieldsConfirmAppointmentMutationVariables>;
export const CustomFieldsAppointmentDocument = new TypedDocumentString(`
    query CustomFieldsAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    id
    start
    remarks
    fields {
      key
      value
      label(language: en)
      optionLabel
    }
  }
}
    `, {"hash":"sha256:696b1f525b10d04c37a814665ac8024238ea42a864c1412a95f3e9e2a7cabcc8"}) as unknown as TypedDocumentString<CustomFieldsAppointmentQuery, CustomFieldsAppointmentQueryVariables>;
export const CustomFieldsRescheduleAppointmentDocument = new TypedDocumentString(`
    mutation CustomFieldsRescheduleAppointment($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
    ... on Appointment {
      start
      remarks
      fields {
        key
        value
      }
    }
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:763ca354b710d25f007c9459fc6a648ca2e90a2cadba4622eebf7acb43a07edc"}) as unknown as TypedDocumentString<CustomFieldsRescheduleAppointmentMutation, CustomFieldsRescheduleAppointmentMutationVariables>;
export const CustomFieldsReserveSlotDocument = new TypedDocumentString(`
    mutation CustomFieldsReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      token
    }
  }
}
    `, {"hash":"sha256:95eb3cf93c3a1f2169cf413fd4e32887b85480af4ceeb38160bd0aa30cf5b972"}) as unknown as TypedDocumentString<CustomFieldsReserveSlotMutation, CustomFieldsReserveSlotMutationVariables>;
export const DayPlanOfOfficeDocument = new TypedDocumentString(`
    query DayPlanOfOffice($officeId: ID!, $from: LocalDate!, $days: Int!) {
  dayPlan(officeId: $officeId, from: $from, days: $days) {
    from
    to
    timeZone
    version
    office {
      id
      name
    }
    days {
      date
      appointments {
        id
        number
        start
        status
        channel
        contactName
        contactEmail
        contactPhone
        remarks
        fields {
          key
          value
        }
        services {
          service {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:62095c1d9db7c942c5bf2752e8d7a3380fe320e60847c7c57b84e1c8c33d4465"}) as unknown as TypedDocumentString<DayPlanOfOfficeQuery, DayPlanOfOfficeQueryVariables>;
export const DayPlanExportDocument = new TypedDocumentString(`
    mutation DayPlanExport($input: ExportDayPlanInput!) {
  exportDayPlan(input: $input) {
    __typename
    ... on DayPlanFile {
      fileName
      mediaType
      content
      appointments
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:4131706d0eff0cf47ef93d70abaab090a4827ac0325d88230970f5743879ddc9"}) as unknown as TypedDocumentString<DayPlanExportMutation, DayPlanExportMutationVariables>;
export const DayPlanChangedDocument = new TypedDocumentString(`
    subscription DayPlanChanged($officeId: ID!) {
  dayPlanChanged(officeId: $officeId) {
    officeId
    version
  }
}
    `, {"hash":"sha256:92c02841b50bf54e526fef55e225c3315bd76b4a5995b5e885f25693936b3a4d"}) as unknown as TypedDocumentString<DayPlanChangedSubscription, DayPlanChangedSubscriptionVariables>;
export const DayPlanCreateStaffDocument = new TypedDocumentString(`
    mutation DayPlanCreateStaff($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:f508c821a63bba7033b27688e489ad0487c61ae3e855215a7febaf46c643d1e5"}) as unknown as TypedDocumentString<DayPlanCreateStaffMutation, DayPlanCreateStaffMutationVariables>;
export const DayPlanCreateApiKeyDocument = new TypedDocumentString(`
    mutation DayPlanCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:9ce0bbdfc3bfca037acdf3a22bf0eb4d8e310def45e2778a635b7388e03a91ac"}) as unknown as TypedDocumentString<DayPlanCreateApiKeyMutation, DayPlanCreateApiKeyMutationVariables>;
export const DayPlanNightRuleDocument = new TypedDocumentString(`
    mutation DayPlanNightRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:3b0e3b8fd59bf946e2702e38fb4b83a9c1be6a1161d365212ffe57c23e619e18"}) as unknown as TypedDocumentString<DayPlanNightRuleMutation, DayPlanNightRuleMutationVariables>;
export const DayPlanBookingFormDocument = new TypedDocumentString(`
    mutation DayPlanBookingForm($input: UpdateBookingFormInput!) {
  updateBookingForm(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e6c85b712df7a1a68e846d026515e6405617df4722a87425548ed14bf535aa18"}) as unknown as TypedDocumentString<DayPlanBookingFormMutation, DayPlanBookingFormMutationVariables>;
export const DayPlanAddNoteDocument = new TypedDocumentString(`
    mutation DayPlanAddNote($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:e59983b02d1164508e2dfcb6311c18d726023bcffd8a1f24aa14138a9422c502"}) as unknown as TypedDocumentString<DayPlanAddNoteMutation, DayPlanAddNoteMutationVariables>;
export const EmbeddedDefaultOfficesDocument = new TypedDocumentString(`
    query EmbeddedDefaultOffices {
  offices(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:6db8a3a1f0658e08c22166a2494b0a281fe93b8e051955b10229c08be363e4bc"}) as unknown as TypedDocumentString<EmbeddedDefaultOfficesQuery, EmbeddedDefaultOfficesQueryVariables>;
export const EmbeddedDefaultServicesDocument = new TypedDocumentString(`
    query EmbeddedDefaultServices {
  services(search: "Anmeldung einer Wohnung") {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:528732c7f542482f95ba63f82087fa7285298e0be0cc6a77715c9260538c3b63"}) as unknown as TypedDocumentString<EmbeddedDefaultServicesQuery, EmbeddedDefaultServicesQueryVariables>;
export const EmbeddedDefaultAvailableDaysDocument = new TypedDocumentString(`
    query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
    offices {
      id
    }
  }
}
    `, {"hash":"sha256:c3bbc736f61ee3056fa8ed9dc54e8d99856bfe48f115e2c94da61a3b2e85c778"}) as unknown as TypedDocumentString<EmbeddedDefaultAvailableDaysQuery, EmbeddedDefaultAvailableDaysQueryVariables>;
export const DatabaseOutageCallIssuedDocument = new TypedDocumentString(`
    subscription DatabaseOutageCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    id
    displayNumber
  }
}
    `, {"hash":"sha256:1444f1d1d13416475e023531771733fb12daff15296faaee0c24560241555bf5"}) as unknown as TypedDocumentString<DatabaseOutageCallIssuedSubscription, DatabaseOutageCallIssuedSubscriptionVariables>;
export const DatabaseOutageCreateCounterDocument = new TypedDocumentString(`
    mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:e821a1334543a10e5d6e472863d68706bc1e46e509cd1c5c630f6e1a05406286"}) as unknown as TypedDocumentString<DatabaseOutageCreateCounterMutation, DatabaseOutageCreateCounterMutationVariables>;
export const DatabaseOutageSignInAtCounterDocument = new TypedDocumentString(`
    mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:ec2afc2270bf0abd67d14b5eabf865324852c5057735d706c7e3445353134386"}) as unknown as TypedDocumentString<DatabaseOutageSignInAtCounterMutation, DatabaseOutageSignInAtCounterMutationVariables>;
export const DatabaseOutageIssueTicketDocument = new TypedDocumentString(`
    mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:6cd8676f10ff80903922fef41a13fb2090d39d106b5ade385062c96f62ae7d9f"}) as unknown as TypedDocumentString<DatabaseOutageIssueTicketMutation, DatabaseOutageIssueTicketMutationVariables>;
export const DatabaseOutageCallNextDocument = new TypedDocumentString(`
    mutation DatabaseOutageCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `, {"hash":"sha256:8dcd872e564719a51237baeb025f176a25de732c81d9d255125c663c71a19178"}) as unknown as TypedDocumentString<DatabaseOutageCallNextMutation, DatabaseOutageCallNextMutationVariables>;
export const LimitsUnderConcurrencyLoginDocument = new TypedDocumentString(`
    mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AccountLocked {
      lockedUntil
    }
  }
}
    `, {"hash":"sha256:e0fdff89ba244530239d1c134876a35ae733a0b1171d9813c23526dd03c97107"}) as unknown as TypedDocumentString<LimitsUnderConcurrencyLoginMutation, LimitsUnderConcurrencyLoginMutationVariables>;
export const LimitsUnderConcurrencyCreateStaffAccountDocument = new TypedDocumentString(`
    mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:68dbb5470c3d3f318e46efd69aa5bbb2dc6f52d3655468f23b66ea224de51772"}) as unknown as TypedDocumentString<LimitsUnderConcurrencyCreateStaffAccountMutation, LimitsUnderConcurrencyCreateStaffAccountMutationVariables>;
export const LimitsUnderConcurrencyIssueTicketDocument = new TypedDocumentString(`
    mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    ... on Ticket {
      secret
      entry {
        displayNumber
      }
    }
  }
}
    `, {"hash":"sha256:6cc99bde8cc78c1739012bbab7c48598817f14e44133d2f31ead1464890c969e"}) as unknown as TypedDocumentString<LimitsUnderConcurrencyIssueTicketMutation, LimitsUnderConcurrencyIssueTicketMutationVariables>;
export const LimitsUnderConcurrencyQueueStatusDocument = new TypedDocumentString(`
    query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
  }
}
    `, {"hash":"sha256:09c24087c56811d2147fb71913a57c20ffbf5f2ff08d380fb054f725bdd5445f"}) as unknown as TypedDocumentString<LimitsUnderConcurrencyQueueStatusQuery, LimitsUnderConcurrencyQueueStatusQueryVariables>;
export const ReconnectStormCreateOfficeDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    ... on Office {
      id
    }
  }
}
    `, {"hash":"sha256:620ca880e0ff703ae9b85c0ce4a2e78b059aa241c7509fa4a570991229a07506"}) as unknown as TypedDocumentString<ReconnectStormCreateOfficeMutation, ReconnectStormCreateOfficeMutationVariables>;
export const ReconnectStormSetOpeningHoursDocument = new TypedDocumentString(`
    mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:877da3ad9c1943b3bbc3f528e1a7de9797ab0b7fa67eb2f948e0d8ab17bbb5cb"}) as unknown as TypedDocumentString<ReconnectStormSetOpeningHoursMutation, ReconnectStormSetOpeningHoursMutationVariables>;
export const ReconnectStormCreateServiceDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `, {"hash":"sha256:3f4fe4b6ecada87ebebaf340ec2d063970381a9b45e730c403a9d4eb0a4871f1"}) as unknown as TypedDocumentString<ReconnectStormCreateServiceMutation, ReconnectStormCreateServiceMutationVariables>;
export const ReconnectStormSetOfficeServiceDocument = new TypedDocumentString(`
    mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:f3e89addf0fb1cdd5849f2965f4d52ff23a7421e3dd88015e560b60f210c1ae0"}) as unknown as TypedDocumentString<ReconnectStormSetOfficeServiceMutation, ReconnectStormSetOfficeServiceMutationVariables>;
export const ReconnectStormCreateCounterDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:2327723212e9678b96f06863454baf30cf065a79ef50dbda7207e8c7246a81d3"}) as unknown as TypedDocumentString<ReconnectStormCreateCounterMutation, ReconnectStormCreateCounterMutationVariables>;
export const ReconnectStormSignInAtCounterDocument = new TypedDocumentString(`
    mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:3645d99e3d6b3ae5074255b27edbf4da1c50d3a54538378cc3772e4548c11f2d"}) as unknown as TypedDocumentString<ReconnectStormSignInAtCounterMutation, ReconnectStormSignInAtCounterMutationVariables>;
export const ReconnectStormIssueTicketDocument = new TypedDocumentString(`
    mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:47fe7dd7731bc89d54acb144854d6d80080a4331405f823c05a6813560ff5a91"}) as unknown as TypedDocumentString<ReconnectStormIssueTicketMutation, ReconnectStormIssueTicketMutationVariables>;
export const ReconnectStormCallNextDocument = new TypedDocumentString(`
    mutation ReconnectStormCallNext {
  callNext {
    __typename
  }
}
    `, {"hash":"sha256:1ab0b39880c632e088b53215ef1070b5b25c918312d7f615d29dc8e1e0afeb4f"}) as unknown as TypedDocumentString<ReconnectStormCallNextMutation, ReconnectStormCallNextMutationVariables>;
export const RedisOutageEventsCreateCounterDocument = new TypedDocumentString(`
    mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:0c0b33c17655de14644434358262ae2e0439cc919d170d13a0091cf0a033bd0f"}) as unknown as TypedDocumentString<RedisOutageEventsCreateCounterMutation, RedisOutageEventsCreateCounterMutationVariables>;
export const RedisOutageEventsSignInAtCounterDocument = new TypedDocumentString(`
    mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:ced4219d3097e01cfaba02c945066a875dee94824b76df10c3c7cc4daaceff05"}) as unknown as TypedDocumentString<RedisOutageEventsSignInAtCounterMutation, RedisOutageEventsSignInAtCounterMutationVariables>;
export const RedisOutageEventsRecentCallsDocument = new TypedDocumentString(`
    query RedisOutageEventsRecentCalls($officeId: ID) {
  recentCalls(officeId: $officeId) {
    calls {
      id
      displayNumber
    }
  }
}
    `, {"hash":"sha256:9f9f4e555eabaf600dd0f91bba52076caf823abc750cf6d78c5695a81ca9a597"}) as unknown as TypedDocumentString<RedisOutageEventsRecentCallsQuery, RedisOutageEventsRecentCallsQueryVariables>;
export const RedisOutageEventsCallIssuedDocument = new TypedDocumentString(`
    subscription RedisOutageEventsCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    id
    displayNumber
  }
}
    `, {"hash":"sha256:32dc8131bb682d4246c3a979fa743088e4dd513566ab511fd15364acea0a359f"}) as unknown as TypedDocumentString<RedisOutageEventsCallIssuedSubscription, RedisOutageEventsCallIssuedSubscriptionVariables>;
export const RedisOutageEventsIssueTicketDocument = new TypedDocumentString(`
    mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:862583bdb34471262d6c3847fb27a28e4019d9834861c3845d1c1add2248e400"}) as unknown as TypedDocumentString<RedisOutageEventsIssueTicketMutation, RedisOutageEventsIssueTicketMutationVariables>;
export const RedisOutageEventsCallNextDocument = new TypedDocumentString(`
    mutation RedisOutageEventsCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `, {"hash":"sha256:8ab4214b56f310ee2964e19abbe98843677c3793e030c33a3c4f7f710e8c08bb"}) as unknown as TypedDocumentString<RedisOutageEventsCallNextMutation, RedisOutageEventsCallNextMutationVariables>;
export const RedisOutageLimitsServicesDocument = new TypedDocumentString(`
    query RedisOutageLimitsServices {
  services {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:1d5e345ad2a67983b6441899c25d0cce312f400af5a61aadfc34ed10d076cb2b"}) as unknown as TypedDocumentString<RedisOutageLimitsServicesQuery, RedisOutageLimitsServicesQueryVariables>;
export const RedisOutageLimitsViewerDocument = new TypedDocumentString(`
    query RedisOutageLimitsViewer {
  viewer {
    kind
  }
}
    `, {"hash":"sha256:8616e5a1aaf3f47868418aefa8503e3976b54dda1bfc35df43280fc3471bd52c"}) as unknown as TypedDocumentString<RedisOutageLimitsViewerQuery, RedisOutageLimitsViewerQueryVariables>;
export const RedisOutageLimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:46e28810b2290cab6f2e3d40ac19495d25ab00dd4c82232387318e70f5b2e212"}) as unknown as TypedDocumentString<RedisOutageLimitsCreateApiKeyMutation, RedisOutageLimitsCreateApiKeyMutationVariables>;
export const SocketAbuseCreateOfficeDocument = new TypedDocumentString(`
    mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    ... on Office {
      id
    }
  }
}
    `, {"hash":"sha256:d5edd393453d94ca022b27e321956b5eb27bdf73d65d030378ee632a8f8988f2"}) as unknown as TypedDocumentString<SocketAbuseCreateOfficeMutation, SocketAbuseCreateOfficeMutationVariables>;
export const SocketAbuseCreateDeviceDocument = new TypedDocumentString(`
    mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `, {"hash":"sha256:8df058cbe7e05957298185ad6c715f94c7e3c4074ad0960765ed90d4bccb77fc"}) as unknown as TypedDocumentString<SocketAbuseCreateDeviceMutation, SocketAbuseCreateDeviceMutationVariables>;
export const SocketAbuseServicesDocument = new TypedDocumentString(`
    query SocketAbuseServices {
  services {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:9b0ef68e4cb3d28227150aaad329f0b97dbc82e0a9bdf59c4c449c14955d1e79"}) as unknown as TypedDocumentString<SocketAbuseServicesQuery, SocketAbuseServicesQueryVariables>;
export const SocketAbuseCallIssuedDocument = new TypedDocumentString(`
    subscription SocketAbuseCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    displayNumber
  }
}
    `, {"hash":"sha256:6015d7b65ee95aa1c45dea249d0c14d2b94235cc2d19dc2d9a3f7f852e327f38"}) as unknown as TypedDocumentString<SocketAbuseCallIssuedSubscription, SocketAbuseCallIssuedSubscriptionVariables>;
export const GraphqlHttpCreateApiKeyDocument = new TypedDocumentString(`
    mutation GraphqlHttpCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:424fb9bb55131ae487cab088a64afa16ba6c70a69124e6371129c0cf06caaaff"}) as unknown as TypedDocumentString<GraphqlHttpCreateApiKeyMutation, GraphqlHttpCreateApiKeyMutationVariables>;
export const HostileInputTypenameDocument = new TypedDocumentString(`
    query HostileInputTypename {
  __typename
}
    `, {"hash":"sha256:f2564a3745c569cad6fe730a188fe0332849608df0bc78ec5bf629f352688a85"}) as unknown as TypedDocumentString<HostileInputTypenameQuery, HostileInputTypenameQueryVariables>;
export const HostileInputCreateApiKeyDocument = new TypedDocumentString(`
    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:7ff6db933252baa83c4ef9c069504cb4d5d1488d60505a34bb89f4127f2ec775"}) as unknown as TypedDocumentString<HostileInputCreateApiKeyMutation, HostileInputCreateApiKeyMutationVariables>;
export const InputValidationServicesDocument = new TypedDocumentString(`
    query InputValidationServices {
  services(after: "garbage") {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:1691ca7100c4e9eee6273a1f26a55900d485336059b117e4fdc5b676228f84e7"}) as unknown as TypedDocumentString<InputValidationServicesQuery, InputValidationServicesQueryVariables>;
export const InputValidationCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:55935b4cc2443089cd170ad883726c660c3e36d07262d98beb5352c9a89de2bf"}) as unknown as TypedDocumentString<InputValidationCreateCapacityRuleMutation, InputValidationCreateCapacityRuleMutationVariables>;
export const InputValidationAddClosureDocument = new TypedDocumentString(`
    mutation InputValidationAddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:658f48116686aa6c5e8b891839a6094fcf6bb1936e33f002727e5bae258716d7"}) as unknown as TypedDocumentString<InputValidationAddClosureMutation, InputValidationAddClosureMutationVariables>;
export const InputValidationServices2Document = new TypedDocumentString(`
    query InputValidationServices2 {
  services {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:c5962e6583e59e5a04f46af34bc4e7bc7c2f21dca4eccb3fece68d1320bd1aa5"}) as unknown as TypedDocumentString<InputValidationServices2Query, InputValidationServices2QueryVariables>;
export const InputValidationAuditLogDocument = new TypedDocumentString(`
    query InputValidationAuditLog {
  auditLog(first: 1) {
    edges {
      node {
        action
        details
      }
    }
  }
}
    `, {"hash":"sha256:cd814e208eea3eee819ee3c8fdf37be087d4475611a523861c9e23787d78d5a8"}) as unknown as TypedDocumentString<InputValidationAuditLogQuery, InputValidationAuditLogQueryVariables>;
export const InputValidationCreateServiceDocument = new TypedDocumentString(`
    mutation InputValidationCreateService {
  createService(input: {name: "Gleichzeitig"}) {
    ... on Service {
      id
    }
  }
}
    `, {"hash":"sha256:4fff8f3e0b47a93c7bad482be3f44495e42a8097349943b3126c47dfb61f0d3a"}) as unknown as TypedDocumentString<InputValidationCreateServiceMutation, InputValidationCreateServiceMutationVariables>;
export const InputValidationSetOfficeServiceDocument = new TypedDocumentString(`
    mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
    ... on OfficeService {
      durationSlots
    }
  }
}
    `, {"hash":"sha256:bcc61143a91db642e473fa561e69d1aefb257a0f8a0a0622074dcd58242135a1"}) as unknown as TypedDocumentString<InputValidationSetOfficeServiceMutation, InputValidationSetOfficeServiceMutationVariables>;
export const InputValidationServices3Document = new TypedDocumentString(`
    query InputValidationServices3($after: String) {
  services(first: 2, after: $after, search: "eingabe") {
    edges {
      cursor
      node {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:f171c8e0092dbf217595ebca8bd39bedf652585db6245480d7a54dffb21c45cb"}) as unknown as TypedDocumentString<InputValidationServices3Query, InputValidationServices3QueryVariables>;
export const InputValidationOfficesDocument = new TypedDocumentString(`
    query InputValidationOffices($ids: [ID!]) {
  offices(serviceIds: $ids) {
    edges {
      node {
        name
        services {
          durationSlots
          service {
            id
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:93b939c6123917b81a302c4400a5724a3f65ca0335b13a3cac05ccbe38d0b93c"}) as unknown as TypedDocumentString<InputValidationOfficesQuery, InputValidationOfficesQueryVariables>;
export const InputValidationCreateCounterDocument = new TypedDocumentString(`
    mutation InputValidationCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    __typename
    ... on Counter {
      id
      name
      room
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:eb88404d3ae75fe12db9ee15542e1b12d6ef5628a81c36f584b5334a7ff6c8f7"}) as unknown as TypedDocumentString<InputValidationCreateCounterMutation, InputValidationCreateCounterMutationVariables>;
export const InputValidationCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    __typename
    ... on OfficeGroup {
      id
      name
      offices {
        id
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:ec15ff92cae73b88c25dbaa19a68e287cb5e8fca3b108ffecdd2d9c655f37a9a"}) as unknown as TypedDocumentString<InputValidationCreateOfficeGroupMutation, InputValidationCreateOfficeGroupMutationVariables>;
export const NotesAddInternalNoteDocument = new TypedDocumentString(`
    mutation NotesAddInternalNote($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) {
    __typename
    ... on InternalNote {
      id
      appointmentId
      queueEntryId
      author
      text
      createdAt
    }
    ... on InvalidInput {
      fieldProblems {
        field
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:c868d56daeea89159987a10e73f2f1c64797dfa573bebff3168507257d304133"}) as unknown as TypedDocumentString<NotesAddInternalNoteMutation, NotesAddInternalNoteMutationVariables>;
export const NotesInternalNotesDocument = new TypedDocumentString(`
    query NotesInternalNotes($input: InternalNotesInput!) {
  internalNotes(input: $input) {
    appointmentId
    author
    text
  }
}
    `, {"hash":"sha256:e18b77e12a91df0f13312f306e29a3fcc207f7b513e9cc0bb8c57bb3282e7147"}) as unknown as TypedDocumentString<NotesInternalNotesQuery, NotesInternalNotesQueryVariables>;
export const NotesQueueDocument = new TypedDocumentString(`
    query NotesQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
      displayNumber
      notes {
        text
        appointmentId
        queueEntryId
      }
      remarks
      bookingFields {
        key
        value
      }
    }
  }
}
    `, {"hash":"sha256:378890605500de4b7d06f2c692d59f6db4a46875d09cf7c44946c69d98a39535"}) as unknown as TypedDocumentString<NotesQueueQuery, NotesQueueQueryVariables>;
export const NotesReserveSlotDocument = new TypedDocumentString(`
    mutation NotesReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      token
    }
    ... on ErrorResult {
      message
    }
  }
}
    `, {"hash":"sha256:032d65cb50a59d2ba3b5792c9d7cf4f31d6340098c5915949c0c8666328aa728"}) as unknown as TypedDocumentString<NotesReserveSlotMutation, NotesReserveSlotMutationVariables>;
export const NotesConfirmAppointmentDocument = new TypedDocumentString(`
    mutation NotesConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on ConfirmedAppointment {
      secret
      appointment {
        id
        number
      }
    }
  }
}
    `, {"hash":"sha256:1be1c23f432313d3a499209875cb240c2343895f601913f6baa89fb0809471fe"}) as unknown as TypedDocumentString<NotesConfirmAppointmentMutation, NotesConfirmAppointmentMutationVariables>;
export const NotesAppointmentDocument = new TypedDocumentString(`
    query NotesAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    number
  }
}
    `, {"hash":"sha256:a4ec01e7b13b93c345ed44239125b9b161b7b688d320bcef5c058c5c471e1515"}) as unknown as TypedDocumentString<NotesAppointmentQuery, NotesAppointmentQueryVariables>;
export const NotesRescheduleAppointmentDocument = new TypedDocumentString(`
    mutation NotesRescheduleAppointment($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:1d8791794462b9de0c270e1e10b43b6ee9dcffd35df431d4d35fd7574b78844e"}) as unknown as TypedDocumentString<NotesRescheduleAppointmentMutation, NotesRescheduleAppointmentMutationVariables>;
export const ObservabilityServicesDocument = new TypedDocumentString(`
    query ObservabilityServices {
  services {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:9c2293400c1884ad1b6307844b5cfb0b981171a838d7a032b13b70bb6cd663f3"}) as unknown as TypedDocumentString<ObservabilityServicesQuery, ObservabilityServicesQueryVariables>;
export const ObservabilityAvailabilityChangedDocument = new TypedDocumentString(`
    subscription ObservabilityAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
  }
}
    `, {"hash":"sha256:baf0d226c14968d0696c34ec48f51956192b659139d7d373b3132716f8f2edb1"}) as unknown as TypedDocumentString<ObservabilityAvailabilityChangedSubscription, ObservabilityAvailabilityChangedSubscriptionVariables>;
export const ObservabilityReserveSlotDocument = new TypedDocumentString(`
    mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:a208cf45745fbe3dcc0da6c1be157f071a8e94c038a653583fbdb50f261fec79"}) as unknown as TypedDocumentString<ObservabilityReserveSlotMutation, ObservabilityReserveSlotMutationVariables>;
export const PermissionsCreateStaffAccountDocument = new TypedDocumentString(`
    mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on StaffAccount {
      id
    }
  }
}
    `, {"hash":"sha256:bce4ba5d543f408b6029267dad0d9a4cbd71f4be698aee34e60b4e6de290b0f4"}) as unknown as TypedDocumentString<PermissionsCreateStaffAccountMutation, PermissionsCreateStaffAccountMutationVariables>;
export const PermissionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
      apiKey {
        id
      }
    }
  }
}
    `, {"hash":"sha256:317e6faa99d963b06d37076fe53d760feee21276ffc4b7098eb84aac8237cce0"}) as unknown as TypedDocumentString<PermissionsCreateApiKeyMutation, PermissionsCreateApiKeyMutationVariables>;
export const PermissionsCreateDeviceDocument = new TypedDocumentString(`
    mutation PermissionsCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
      device {
        id
      }
    }
  }
}
    `, {"hash":"sha256:8a967cacdce76edd97840492e22f26bec45dbf8ee5cad0ec130e7ddd4da86c47"}) as unknown as TypedDocumentString<PermissionsCreateDeviceMutation, PermissionsCreateDeviceMutationVariables>;
export const PermissionsCreateServiceDocument = new TypedDocumentString(`
    mutation PermissionsCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `, {"hash":"sha256:e1baec345f07744efd7640f0052aa1861d3fac99dc68267ec40d7053d7915f58"}) as unknown as TypedDocumentString<PermissionsCreateServiceMutation, PermissionsCreateServiceMutationVariables>;
export const PermissionsCreateCounterDocument = new TypedDocumentString(`
    mutation PermissionsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `, {"hash":"sha256:fdc38a65a4587d428a9a7d635ac003f735595697c3ad5afe4831a34bdfc61422"}) as unknown as TypedDocumentString<PermissionsCreateCounterMutation, PermissionsCreateCounterMutationVariables>;
export const PermissionsCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `, {"hash":"sha256:2669e0c3fb9bce78cd9746a5303f68e4f7d0c2051cde2a8bee125a2cbfab9519"}) as unknown as TypedDocumentString<PermissionsCreateOfficeGroupMutation, PermissionsCreateOfficeGroupMutationVariables>;
export const PermissionsCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on CapacityChange {
      rule {
        id
      }
    }
  }
}
    `, {"hash":"sha256:b62044897591b4addf96dbd40bb2f47c725e0f649c4a4f60d4cf50ea182c2330"}) as unknown as TypedDocumentString<PermissionsCreateCapacityRuleMutation, PermissionsCreateCapacityRuleMutationVariables>;
export const PermissionsIssueTicketDocument = new TypedDocumentString(`
    mutation PermissionsIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on Ticket {
      secret
      statusUrl
      entry {
        id
        displayNumber
        status
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:f502d70292a4cfd3e6b97c1c7ca7d9ea3c8eddced9ff0a55967f73e2a3fd3dbf"}) as unknown as TypedDocumentString<PermissionsIssueTicketMutation, PermissionsIssueTicketMutationVariables>;
export const PermissionsSignInAtCounterDocument = new TypedDocumentString(`
    mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:ecff681942c537378ca52560ef8a27f0649bc1063999287cdec02ed7ea574367"}) as unknown as TypedDocumentString<PermissionsSignInAtCounterMutation, PermissionsSignInAtCounterMutationVariables>;
export const PermissionsAddInternalNoteDocument = new TypedDocumentString(`
    mutation PermissionsAddInternalNote($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:9d870ce719979418dcc67e29c2e9b3f1b52b0fd9a24b3e22c6e2f16beac7647e"}) as unknown as TypedDocumentString<PermissionsAddInternalNoteMutation, PermissionsAddInternalNoteMutationVariables>;
export const PermissionsApiKeysDocument = new TypedDocumentString(`
    query PermissionsApiKeys {
  apiKeys {
    id
    name
    level
  }
}
    `, {"hash":"sha256:26053a00755849b24f9fda81bcfdf5f8616cd102fe044fcad55545c43636f665"}) as unknown as TypedDocumentString<PermissionsApiKeysQuery, PermissionsApiKeysQueryVariables>;
export const PermissionsAuditLogDocument = new TypedDocumentString(`
    query PermissionsAuditLog {
  auditLog(first: 5) {
    edges {
      node {
        action
        at
        actorKind
      }
    }
  }
}
    `, {"hash":"sha256:37044aa220d2ba9bac69e90d2f2b94362dec183849ccde6250ef8a40d5b437f7"}) as unknown as TypedDocumentString<PermissionsAuditLogQuery, PermissionsAuditLogQueryVariables>;
export const PermissionsAuditLog2Document = new TypedDocumentString(`
    query PermissionsAuditLog2($officeId: ID) {
  auditLog(first: 5, officeId: $officeId) {
    edges {
      node {
        action
        at
        actorKind
      }
    }
  }
}
    `, {"hash":"sha256:e2ea50425b886154ffea543d748d8b0227238b01e6e53eede89b724c6d7b73d4"}) as unknown as TypedDocumentString<PermissionsAuditLog2Query, PermissionsAuditLog2QueryVariables>;
export const PermissionsCapacityPreviewDocument = new TypedDocumentString(`
    query PermissionsCapacityPreview($input: CapacityPreviewInput!) {
  capacityPreview(input: $input) {
    __typename
    ... on CapacityPreview {
      weekStart
      slots {
        start
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:35b845ddea25f64718b3db8cec5656cb4b1366e396088d7cf833e8d6c4eadeb8"}) as unknown as TypedDocumentString<PermissionsCapacityPreviewQuery, PermissionsCapacityPreviewQueryVariables>;
export const PermissionsOfficeDocument = new TypedDocumentString(`
    query PermissionsOffice($id: ID!) {
  office(id: $id) {
    id
    name
  }
}
    `, {"hash":"sha256:7b347a9757b9bacbbc2f3f278e3c1701af6c7779e7315a06a0443880b7c25b7a"}) as unknown as TypedDocumentString<PermissionsOfficeQuery, PermissionsOfficeQueryVariables>;
export const PermissionsOfficeGroupsDocument = new TypedDocumentString(`
    query PermissionsOfficeGroups {
  officeGroups {
    id
    name
    offices {
      id
    }
  }
}
    `, {"hash":"sha256:6744e61db28f5950146ce299de3ebe97a1727a4a95d57481e455269289224c95"}) as unknown as TypedDocumentString<PermissionsOfficeGroupsQuery, PermissionsOfficeGroupsQueryVariables>;
export const PermissionsOfficesDocument = new TypedDocumentString(`
    query PermissionsOffices {
  offices(first: 5) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:cbd3acb71d5dfbecbf59d648b9b7db67f4e28b421e1ca2e6a6809d2f15eb971b"}) as unknown as TypedDocumentString<PermissionsOfficesQuery, PermissionsOfficesQueryVariables>;
export const PermissionsServicesDocument = new TypedDocumentString(`
    query PermissionsServices {
  services(first: 5) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:3762387f1413f52b61736027646636b4b74667d04731b6e5eeec63080fb2d49f"}) as unknown as TypedDocumentString<PermissionsServicesQuery, PermissionsServicesQueryVariables>;
export const PermissionsStaffAccountsDocument = new TypedDocumentString(`
    query PermissionsStaffAccounts {
  staffAccounts(first: 5) {
    edges {
      node {
        id
        username
      }
    }
  }
}
    `, {"hash":"sha256:0b2095de4f626ebca34fdbf6623a07089a0924146845e6ec96f5c2c6367a9ca0"}) as unknown as TypedDocumentString<PermissionsStaffAccountsQuery, PermissionsStaffAccountsQueryVariables>;
export const PermissionsStaffAccounts2Document = new TypedDocumentString(`
    query PermissionsStaffAccounts2($officeId: ID) {
  staffAccounts(first: 5, officeId: $officeId) {
    edges {
      node {
        id
        username
      }
    }
  }
}
    `, {"hash":"sha256:00d88cea1e7c2453cd10e06f54de22db937c149b0e7e56cdc3439c48c912e444"}) as unknown as TypedDocumentString<PermissionsStaffAccounts2Query, PermissionsStaffAccounts2QueryVariables>;
export const PermissionsStatisticsDocument = new TypedDocumentString(`
    query PermissionsStatistics($input: StatisticsInput!) {
  statistics(input: $input) {
    appointments
    walkIns
    waitingByHour {
      hour
    }
  }
}
    `, {"hash":"sha256:c773f01dbecf80c59712bd7879c338d22f314197f5484283a4a278fc421da6c9"}) as unknown as TypedDocumentString<PermissionsStatisticsQuery, PermissionsStatisticsQueryVariables>;
export const PermissionsViewerDocument = new TypedDocumentString(`
    query PermissionsViewer {
  viewer {
    kind
    name
    account {
      username
    }
  }
}
    `, {"hash":"sha256:cf9b71d032251f1d25422c8922cadeb0bdf844efcf8ddddaf33b824af8c3681b"}) as unknown as TypedDocumentString<PermissionsViewerQuery, PermissionsViewerQueryVariables>;
export const PermissionsReleaseReservationDocument = new TypedDocumentString(`
    mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) {
  releaseReservation(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:1c92b57b65743f0c55546a03fb29a8b3b0b8e977786d6aa032b549226b63ac14"}) as unknown as TypedDocumentString<PermissionsReleaseReservationMutation, PermissionsReleaseReservationMutationVariables>;
export const PermissionsAppointmentByLinkDocument = new TypedDocumentString(`
    query PermissionsAppointmentByLink($input: LinkTokenInput!) {
  appointmentByLink(input: $input) {
    id
  }
}
    `, {"hash":"sha256:f167d4fdc2ab1e8a498d9964286ec0eb49f03d0090a80636b94bd070c2bb32c6"}) as unknown as TypedDocumentString<PermissionsAppointmentByLinkQuery, PermissionsAppointmentByLinkQueryVariables>;
export const PermissionsDayPlanDocument = new TypedDocumentString(`
    query PermissionsDayPlan($officeId: ID!) {
  dayPlan(officeId: $officeId, from: "2026-03-02", days: 7) {
    version
    days {
      date
      appointments {
        number
        contactName
      }
    }
  }
}
    `, {"hash":"sha256:30e6fb6456f332fa2981484594a8741bfb4be77f5368f82a72784daa38086558"}) as unknown as TypedDocumentString<PermissionsDayPlanQuery, PermissionsDayPlanQueryVariables>;
export const PermissionsExportDayPlanDocument = new TypedDocumentString(`
    mutation PermissionsExportDayPlan($input: ExportDayPlanInput!) {
  exportDayPlan(input: $input) {
    __typename
    ... on DayPlanFile {
      fileName
      appointments
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:8fb8f8edf338999c675bd91d7f3d895e756d20b2506dc343084c567e0278141f"}) as unknown as TypedDocumentString<PermissionsExportDayPlanMutation, PermissionsExportDayPlanMutationVariables>;
export const PermissionsDayPlanChangedDocument = new TypedDocumentString(`
    subscription PermissionsDayPlanChanged($officeId: ID!) {
  dayPlanChanged(officeId: $officeId) {
    officeId
    version
  }
}
    `, {"hash":"sha256:284f7a1ef7ddb3ffe5037f3df528a7b84f61966216a91112e1037bb7d820ff14"}) as unknown as TypedDocumentString<PermissionsDayPlanChangedSubscription, PermissionsDayPlanChangedSubscriptionVariables>;
export const PermissionsWaitlistEntryDocument = new TypedDocumentString(`
    query PermissionsWaitlistEntry($input: LinkTokenInput!) {
  waitlistEntry(input: $input) {
    id
  }
}
    `, {"hash":"sha256:0ef72615dcada4649ebff7db91b250dd52f96f7d243d041e9352bbaf3ede0ec6"}) as unknown as TypedDocumentString<PermissionsWaitlistEntryQuery, PermissionsWaitlistEntryQueryVariables>;
export const PermissionsWaitlistOfferDocument = new TypedDocumentString(`
    query PermissionsWaitlistOffer($input: LinkTokenInput!) {
  waitlistOffer(input: $input) {
    id
  }
}
    `, {"hash":"sha256:bdda93b83cb5e12708986f75a4e67ef97b508a6a97be299d335f3b4dd83bf68e"}) as unknown as TypedDocumentString<PermissionsWaitlistOfferQuery, PermissionsWaitlistOfferQueryVariables>;
export const PermissionsLogoutDocument = new TypedDocumentString(`
    mutation PermissionsLogout {
  logout
}
    `, {"hash":"sha256:4130e7591edb0e5a15bbec46c0ce0f53178019865edcf35bcb429f8608a59ea2"}) as unknown as TypedDocumentString<PermissionsLogoutMutation, PermissionsLogoutMutationVariables>;
export const PermissionsSearchSynonymsDocument = new TypedDocumentString(`
    query PermissionsSearchSynonyms {
  searchSynonyms(first: 5) {
    edges {
      node {
        id
        term
      }
    }
  }
}
    `, {"hash":"sha256:d632482cbc942a27164c133919767aa35d03141d5f95a7219e278adf6d9df645"}) as unknown as TypedDocumentString<PermissionsSearchSynonymsQuery, PermissionsSearchSynonymsQueryVariables>;
export const PermissionsAddSearchSynonymDocument = new TypedDocumentString(`
    mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {
  addSearchSynonym(input: $input) {
    ... on SearchSynonym {
      id
    }
  }
}
    `, {"hash":"sha256:dae21b450a523e7c66f65ee17adfc892db70578764c83e4aae08b1374983701b"}) as unknown as TypedDocumentString<PermissionsAddSearchSynonymMutation, PermissionsAddSearchSynonymMutationVariables>;
export const PermissionsSetOfficeServiceDocument = new TypedDocumentString(`
    mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:eb26cf3446b3211202750dbb78d64723250f154a4093a24b139a4d759d4e8ea0"}) as unknown as TypedDocumentString<PermissionsSetOfficeServiceMutation, PermissionsSetOfficeServiceMutationVariables>;
export const PermissionsAvailabilityChangedDocument = new TypedDocumentString(`
    subscription PermissionsAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
    reason
  }
}
    `, {"hash":"sha256:71b9b7b0ce7799a6a2973570c7b42053b613059323d34a87b4f9c545419d418e"}) as unknown as TypedDocumentString<PermissionsAvailabilityChangedSubscription, PermissionsAvailabilityChangedSubscriptionVariables>;
export const PermissionsAddClosureDocument = new TypedDocumentString(`
    mutation PermissionsAddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    ... on CapacityChange {
      closure {
        id
      }
    }
  }
}
    `, {"hash":"sha256:8f1b3eb43295b4108ad10a9f4fd847238fff39507237a6cee3b8f86f08913a85"}) as unknown as TypedDocumentString<PermissionsAddClosureMutation, PermissionsAddClosureMutationVariables>;
export const PermissionsAddClosure2Document = new TypedDocumentString(`
    mutation PermissionsAddClosure2($input: AddClosureInput!) {
  addClosure(input: $input) {
    ... on CapacityChange {
      closure {
        id
      }
    }
  }
}
    `, {"hash":"sha256:6e38df442e1a50760484b81a365ba717a90c06424221c11afb34205f74e6be53"}) as unknown as TypedDocumentString<PermissionsAddClosure2Mutation, PermissionsAddClosure2MutationVariables>;
export const PermissionsUpdateBookingFormDocument = new TypedDocumentString(`
    mutation PermissionsUpdateBookingForm($input: UpdateBookingFormInput!) {
  updateBookingForm(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:592568dbde9032cd9b4447e7d6c6e73df2309854de1ac1e8f52be2253b267850"}) as unknown as TypedDocumentString<PermissionsUpdateBookingFormMutation, PermissionsUpdateBookingFormMutationVariables>;
export const PermissionsInternalNotesDocument = new TypedDocumentString(`
    query PermissionsInternalNotes($input: InternalNotesInput!) {
  internalNotes(input: $input) {
    id
  }
}
    `, {"hash":"sha256:5aafb3726d52ddac6eb7478f8d7b53a336b827ec6236c68b99830d59f5ff258e"}) as unknown as TypedDocumentString<PermissionsInternalNotesQuery, PermissionsInternalNotesQueryVariables>;
export const PermissionsQueueDocument = new TypedDocumentString(`
    query PermissionsQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    version
    entries {
      id
      displayNumber
      status
      position
      estimatedWaitMinutes
      counterName
      allowedActions
    }
  }
}
    `, {"hash":"sha256:1f51dce06da20dda99569588a701249e96401146b264619d0c2abcb341897b5d"}) as unknown as TypedDocumentString<PermissionsQueueQuery, PermissionsQueueQueryVariables>;
export const PermissionsCounterSessionsDocument = new TypedDocumentString(`
    query PermissionsCounterSessions($officeId: ID!) {
  counterSessions(officeId: $officeId) {
    counterId
    counterName
    staffName
    signedInAt
  }
}
    `, {"hash":"sha256:560cbcb94ffc3f07c9c191f790e6886ce9a48b3fa6b49cb5be379d8115b69cd5"}) as unknown as TypedDocumentString<PermissionsCounterSessionsQuery, PermissionsCounterSessionsQueryVariables>;
export const PermissionsOpenAlarmsDocument = new TypedDocumentString(`
    query PermissionsOpenAlarms($officeIds: [ID!]!) {
  openAlarms(officeIds: $officeIds) {
    version
    alarms {
      counterName
    }
  }
}
    `, {"hash":"sha256:ef3afcce18fb32d74800a2db7ed5a3a6ca8f83a7c4c6b7ff9a52ca44afe5ec99"}) as unknown as TypedDocumentString<PermissionsOpenAlarmsQuery, PermissionsOpenAlarmsQueryVariables>;
export const PermissionsAlarmChangedDocument = new TypedDocumentString(`
    subscription PermissionsAlarmChanged($officeIds: [ID!]!) {
  alarmChanged(officeIds: $officeIds) {
    officeId
    version
  }
}
    `, {"hash":"sha256:9e45216bd4f0c9ca379eb899c816d24dd34b40df612097e48bbe750826fce162"}) as unknown as TypedDocumentString<PermissionsAlarmChangedSubscription, PermissionsAlarmChangedSubscriptionVariables>;
export const PermissionsLeadPanelDocument = new TypedDocumentString(`
    query PermissionsLeadPanel($officeId: ID!) {
  leadPanel(officeId: $officeId) {
    version
    waiting
    alert
  }
}
    `, {"hash":"sha256:065d13361d8585407547da5192f6211c1e1c3d108e991c85dbfe07795603c37f"}) as unknown as TypedDocumentString<PermissionsLeadPanelQuery, PermissionsLeadPanelQueryVariables>;
export const PermissionsLeadPanelChangedDocument = new TypedDocumentString(`
    subscription PermissionsLeadPanelChanged($officeId: ID!) {
  leadPanelChanged(officeId: $officeId) {
    officeId
    version
  }
}
    `, {"hash":"sha256:ff00d4f0c96f8150a5a0184432b1306e6fbff0fe649469e81f2fb46463938258"}) as unknown as TypedDocumentString<PermissionsLeadPanelChangedSubscription, PermissionsLeadPanelChangedSubscriptionVariables>;
export const PermissionsQueueChangedDocument = new TypedDocumentString(`
    subscription PermissionsQueueChanged($officeId: ID!) {
  queueChanged(officeId: $officeId) {
    officeId
    version
  }
}
    `, {"hash":"sha256:45f3f946e283c1c85bb9b5ad73bfa91230612c115a8126a763b4cb1473f8e91e"}) as unknown as TypedDocumentString<PermissionsQueueChangedSubscription, PermissionsQueueChangedSubscriptionVariables>;
export const PermissionsProofOfWorkChallengeDocument = new TypedDocumentString(`
    query PermissionsProofOfWorkChallenge {
  proofOfWorkChallenge {
    algorithm
    challenge
    maxnumber
    salt
    signature
    required
  }
}
    `, {"hash":"sha256:5a32e7a9e9bfcded4e973a80ebfacaa01ab39d3647d84c7e699d1f4ffc9a31b6"}) as unknown as TypedDocumentString<PermissionsProofOfWorkChallengeQuery, PermissionsProofOfWorkChallengeQueryVariables>;
export const PermissionsWaitingInfoDocument = new TypedDocumentString(`
    query PermissionsWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    version
    waitingCount
    estimatedWaitMinutes
    countersServing
  }
}
    `, {"hash":"sha256:16c4a23a8da15cac20beb70707b61593284154cd4824b7d8a6a91b726e9448fe"}) as unknown as TypedDocumentString<PermissionsWaitingInfoQuery, PermissionsWaitingInfoQueryVariables>;
export const PermissionsRecentCallsDocument = new TypedDocumentString(`
    query PermissionsRecentCalls($officeId: ID, $groupId: ID) {
  recentCalls(officeId: $officeId, groupId: $groupId) {
    versions {
      officeId
      version
    }
    calls {
      id
      displayNumber
      counterName
      room
      calledAt
      callCount
      office {
        id
      }
    }
  }
}
    `, {"hash":"sha256:80bc8766068f0dc10ad7cbdd172f3e238317ed461bfc8292369d9fcbbbca7013"}) as unknown as TypedDocumentString<PermissionsRecentCallsQuery, PermissionsRecentCallsQueryVariables>;
export const PermissionsRecentCalls2Document = new TypedDocumentString(`
    query PermissionsRecentCalls2($officeId: ID, $groupId: ID) {
  recentCalls(officeId: $officeId, groupId: $groupId) {
    versions {
      officeId
      version
    }
    calls {
      id
      displayNumber
    }
  }
}
    `, {"hash":"sha256:7e60b771eb3ba3a1cd034e66f1958143408512a572f25d8673063659d3e450e7"}) as unknown as TypedDocumentString<PermissionsRecentCalls2Query, PermissionsRecentCalls2QueryVariables>;
export const PermissionsCallIssuedDocument = new TypedDocumentString(`
    subscription PermissionsCallIssued($officeId: ID, $groupId: ID) {
  callIssued(officeId: $officeId, groupId: $groupId) {
    id
    displayNumber
    counterName
    room
    callCount
    version
    office {
      id
    }
  }
}
    `, {"hash":"sha256:a9b56548c6d4c5ba44401491817a1ea917f17b6575b7256a789f38f7cea55c6b"}) as unknown as TypedDocumentString<PermissionsCallIssuedSubscription, PermissionsCallIssuedSubscriptionVariables>;
export const PermissionsCallIssued2Document = new TypedDocumentString(`
    subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {
  callIssued(officeId: $officeId, groupId: $groupId) {
    id
    displayNumber
  }
}
    `, {"hash":"sha256:82645b80bcc139de5cca159d764680a3d7e70aa8df309b9ded9fdb58464b149b"}) as unknown as TypedDocumentString<PermissionsCallIssued2Subscription, PermissionsCallIssued2SubscriptionVariables>;
export const PermissionsWaitingRoomDocument = new TypedDocumentString(`
    query PermissionsWaitingRoom($officeId: ID, $groupId: ID) {
  waitingRoom(officeId: $officeId, groupId: $groupId) {
    groupId
    name
    offices {
      version
      displayMessage
      waitingCount
      estimatedWaitMinutes
      countersServing
      open
      ticketsLeft
      office {
        id
      }
    }
  }
}
    `, {"hash":"sha256:29bab169cd4661dffdce06d58cdd983ba8f539d849d83af7fc6615f881a83799"}) as unknown as TypedDocumentString<PermissionsWaitingRoomQuery, PermissionsWaitingRoomQueryVariables>;
export const PermissionsWaitingRoomChangedDocument = new TypedDocumentString(`
    subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) {
  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {
    version
    waitingCount
    office {
      id
    }
  }
}
    `, {"hash":"sha256:665ece7aea4af938434dc29538b02756a601f8dd4bd0b4eb1c0aac2a9ebd0a30"}) as unknown as TypedDocumentString<PermissionsWaitingRoomChangedSubscription, PermissionsWaitingRoomChangedSubscriptionVariables>;
export const PermissionsQueueStatusDocument = new TypedDocumentString(`
    query PermissionsQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    version
    displayNumber
    status
    position
    estimatedWaitMinutes
    counterName
    room
  }
}
    `, {"hash":"sha256:657e4a3cf65d2c4274e5f7393b797fc56b78bbbb06386c40b2592cabf27ab964"}) as unknown as TypedDocumentString<PermissionsQueueStatusQuery, PermissionsQueueStatusQueryVariables>;
export const PermissionsMyQueueStatusDocument = new TypedDocumentString(`
    subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    version
    displayNumber
    status
    position
  }
}
    `, {"hash":"sha256:37a363ff3092da2605cde755fe37efeb4982ec5d71df794e0e72f43e1952d33c"}) as unknown as TypedDocumentString<PermissionsMyQueueStatusSubscription, PermissionsMyQueueStatusSubscriptionVariables>;
export const PermissionsSignOutOfCounterDocument = new TypedDocumentString(`
    mutation PermissionsSignOutOfCounter {
  signOutOfCounter
}
    `, {"hash":"sha256:51f57407aebfbb84b7db17b121c69f97aa8dafe331ba8ab3936e937422b75b85"}) as unknown as TypedDocumentString<PermissionsSignOutOfCounterMutation, PermissionsSignOutOfCounterMutationVariables>;
export const PermissionsCallNextDocument = new TypedDocumentString(`
    mutation PermissionsCallNext {
  callNext {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `, {"hash":"sha256:8f995be54f8fb7885ca48d2068440cd0414e5ebcc361ca6b1fc6b63e8f36f369"}) as unknown as TypedDocumentString<PermissionsCallNextMutation, PermissionsCallNextMutationVariables>;
export const PermissionsSetOpeningHoursDocument = new TypedDocumentString(`
    mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:fead61436c6da294abdde357d80d82ded778c19158d91963a0fe83de76d4b22f"}) as unknown as TypedDocumentString<PermissionsSetOpeningHoursMutation, PermissionsSetOpeningHoursMutationVariables>;
export const PermissionsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:49c6c66722da6760afd79e5f2b6fdc6053e2b5f798fdeb14e396ebc5d48284c0"}) as unknown as TypedDocumentString<PermissionsUpdateOfficeSettingsMutation, PermissionsUpdateOfficeSettingsMutationVariables>;
export const PermissionsOffice2Document = new TypedDocumentString(`
    query PermissionsOffice2($id: ID!) {
  office(id: $id) {
    capacityRules {
      id
    }
  }
}
    `, {"hash":"sha256:478fcc5a8fc73203f7ad7ddf676699d140a9abf3c864653830d87bc58803767a"}) as unknown as TypedDocumentString<PermissionsOffice2Query, PermissionsOffice2QueryVariables>;
export const PermissionsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation PermissionsRevokeApiKey($input: RevokeInput!) {
  revokeApiKey(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:a2ba44a14fb6c88c96c1aff6f5601367554cd5971d9660b8857e3ba5be665bb9"}) as unknown as TypedDocumentString<PermissionsRevokeApiKeyMutation, PermissionsRevokeApiKeyMutationVariables>;
export const PermissionsViewer2Document = new TypedDocumentString(`
    query PermissionsViewer2 {
  viewer {
    kind
  }
}
    `, {"hash":"sha256:226d7122408e49c1de07c66be60bc332b33ccf91a6d497179843b983154160a2"}) as unknown as TypedDocumentString<PermissionsViewer2Query, PermissionsViewer2QueryVariables>;
export const PermissionsLogout2Document = new TypedDocumentString(`
    mutation PermissionsLogout2 {
  logout
}
    `, {"hash":"sha256:d6cdb9a209c37d17c2659f7dca2f832a735b89976a1b857ba4f412b30c546179"}) as unknown as TypedDocumentString<PermissionsLogout2Mutation, PermissionsLogout2MutationVariables>;
export const PermissionsViewer3Document = new TypedDocumentString(`
    query PermissionsViewer3 {
  viewer {
    kind
  }
}
    `, {"hash":"sha256:6e542f3d69facbd6a7ca360ca9a2d128ccd3b1cca42e4aa7f9aa07b6c1989899"}) as unknown as TypedDocumentString<PermissionsViewer3Query, PermissionsViewer3QueryVariables>;
export const PermissionsQueue2Document = new TypedDocumentString(`
    query PermissionsQueue2($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
    }
  }
}
    `, {"hash":"sha256:386b4bcfc420ec8bb0aecb6a395f8c174335c4d6edfa15b4091f2938cb21ce19"}) as unknown as TypedDocumentString<PermissionsQueue2Query, PermissionsQueue2QueryVariables>;
export const PermissionsQueue3Document = new TypedDocumentString(`
    query PermissionsQueue3($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
      status
      calledCount
    }
  }
}
    `, {"hash":"sha256:73c0bcad54ee11d8828b4aac003db63cf8a622594597bf936b7db09248f74d7d"}) as unknown as TypedDocumentString<PermissionsQueue3Query, PermissionsQueue3QueryVariables>;
export const PermissionsQueue4Document = new TypedDocumentString(`
    query PermissionsQueue4($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      status
      allowedActions
    }
  }
}
    `, {"hash":"sha256:ab51c5c4aa3438c9c2fe8630814c005f13ba75ed49184b5b8a0d85c1aef66555"}) as unknown as TypedDocumentString<PermissionsQueue4Query, PermissionsQueue4QueryVariables>;
export const SdkExampleCreateApiKeyDocument = new TypedDocumentString(`
    mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:2f108c52320eeca700adca59d6be018fafbc335ea23fd3971442d5bc8b4d425a"}) as unknown as TypedDocumentString<SdkExampleCreateApiKeyMutation, SdkExampleCreateApiKeyMutationVariables>;
export const SdkExampleSetOfficeServiceDocument = new TypedDocumentString(`
    mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:557881d3d6c082024e8a16753c97ce31c7b586124bbeeeb9fac34a156488425c"}) as unknown as TypedDocumentString<SdkExampleSetOfficeServiceMutation, SdkExampleSetOfficeServiceMutationVariables>;
export const TenancyCreateOrganisationDocument = new TypedDocumentString(`
    mutation TenancyCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    __typename
    ... on Organisation {
      id
      slug
      hosts
      departments {
        id
        name
      }
      roles {
        id
        name
        permissions
      }
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:45e9dbc94e557f50a55062ca12286771927dd0c61d2318058735ac88be53da2a"}) as unknown as TypedDocumentString<TenancyCreateOrganisationMutation, TenancyCreateOrganisationMutationVariables>;
export const TenancyCreateDepartmentDocument = new TypedDocumentString(`
    mutation TenancyCreateDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    __typename
    ... on Department {
      id
      name
    }
  }
}
    `, {"hash":"sha256:085b94ef099770a23e84ed7cc90b565f5dab336b2d5b28144f3a65770d996821"}) as unknown as TypedDocumentString<TenancyCreateDepartmentMutation, TenancyCreateDepartmentMutationVariables>;
export const TenancyOrganisationsDocument = new TypedDocumentString(`
    query TenancyOrganisations {
  organisations {
    id
    name
    slug
    departments {
      id
      name
    }
    roles {
      id
      name
    }
  }
}
    `, {"hash":"sha256:e11f5f3ccc21db3ea8f36e999c6800431bb1860b90418cc3730fa89f8ea7077e"}) as unknown as TypedDocumentString<TenancyOrganisationsQuery, TenancyOrganisationsQueryVariables>;
export const TenancyCreateOfficeDocument = new TypedDocumentString(`
    mutation TenancyCreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    __typename
    ... on Office {
      id
      organisation {
        slug
      }
      department {
        name
      }
    }
    ... on ErrorResult {
      code
    }
  }
}
    `, {"hash":"sha256:6a1f87c7a39819a0b7ebaa6c2ce4d1d3ed71dc5199ad12133edc59dcf6bccc4c"}) as unknown as TypedDocumentString<TenancyCreateOfficeMutation, TenancyCreateOfficeMutationVariables>;
export const TenancyOfficesDocument = new TypedDocumentString(`
    query TenancyOffices {
  offices(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:899e8cca6863d58c24687afd12862195c5998634c8b95610f79efcd703ad3718"}) as unknown as TypedDocumentString<TenancyOfficesQuery, TenancyOfficesQueryVariables>;
export const TenancyCreateStaffDocument = new TypedDocumentString(`
    mutation TenancyCreateStaff($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on StaffAccount {
      id
      assignments {
        role {
          name
        }
        department {
          name
        }
        office {
          id
        }
      }
    }
    ... on InvalidInput {
      problems
    }
    ... on NotFound {
      message
    }
  }
}
    `, {"hash":"sha256:29520f3327ee0f6bb217905b8704fd2f038d80e48a06e33feedfdacbe5348ca7"}) as unknown as TypedDocumentString<TenancyCreateStaffMutation, TenancyCreateStaffMutationVariables>;
export const TenancyUpdateSettingsDocument = new TypedDocumentString(`
    mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:72a02ba163cae57adf1eacaff0a75775b53742b7c33e227ffc3cae8e832592b2"}) as unknown as TypedDocumentString<TenancyUpdateSettingsMutation, TenancyUpdateSettingsMutationVariables>;
export const TenancyStaffAccountsDocument = new TypedDocumentString(`
    query TenancyStaffAccounts {
  staffAccounts(first: 100) {
    edges {
      node {
        username
      }
    }
  }
}
    `, {"hash":"sha256:2eb0eae6588dfd59e586b5236bcb75d6526a03d587b44322527c57dd1452e3d5"}) as unknown as TypedDocumentString<TenancyStaffAccountsQuery, TenancyStaffAccountsQueryVariables>;
export const TenancyViewerOfficesDocument = new TypedDocumentString(`
    query TenancyViewerOffices {
  viewer {
    workOffices: offices(permission: workQueue) {
      name
    }
    statisticsOffices: offices(permission: viewStatistics) {
      name
    }
  }
}
    `, {"hash":"sha256:52bec1dee6906433f5fcff1505906d5f2325b12418cb667d85401847b4d0daea"}) as unknown as TypedDocumentString<TenancyViewerOfficesQuery, TenancyViewerOfficesQueryVariables>;
export const TenancyDefineRoleDocument = new TypedDocumentString(`
    mutation TenancyDefineRole($input: DefineRoleInput!) {
  defineRole(input: $input) {
    __typename
    ... on Role {
      id
      name
      permissions
    }
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:876bee5117fbf6fd4f2db24adbd3c295aa07d89407ff384b34dc48fe87e3cd26"}) as unknown as TypedDocumentString<TenancyDefineRoleMutation, TenancyDefineRoleMutationVariables>;
export const TenancyCreateGroupDocument = new TypedDocumentString(`
    mutation TenancyCreateGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `, {"hash":"sha256:2e9e5f0d803280c3443ac66fafa1e16815a78cb2b4a325b4ae38891deef7d9b5"}) as unknown as TypedDocumentString<TenancyCreateGroupMutation, TenancyCreateGroupMutationVariables>;
export const TenancyCreateKeyDocument = new TypedDocumentString(`
    mutation TenancyCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:30554bb5dc233f764a4286cd70aaafbb8f4da0b4352cae94dad5e135a0c03fee"}) as unknown as TypedDocumentString<TenancyCreateKeyMutation, TenancyCreateKeyMutationVariables>;
export const TrustedDocumentsCreateApiKeyDocument = new TypedDocumentString(`
    mutation TrustedDocumentsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `, {"hash":"sha256:577b0805fb9d260c6e0bca27c8a9b7402757c4d3ebf3d21df44ce0040f9743bc"}) as unknown as TypedDocumentString<TrustedDocumentsCreateApiKeyMutation, TrustedDocumentsCreateApiKeyMutationVariables>;
export const PortalBookingFormAppointmentDocument = new TypedDocumentString(`
    query PortalBookingFormAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    remarks
    fields {
      key
      value
    }
  }
}
    `, {"hash":"sha256:a0c575c6e23a6a8fbb29ed27c5423a7f59aa65a80705f2dd9704e543e1e7edb2"}) as unknown as TypedDocumentString<PortalBookingFormAppointmentQuery, PortalBookingFormAppointmentQueryVariables>;
export const PortalBookingAppointmentDocument = new TypedDocumentString(`
    query PortalBookingAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    start
    office {
      name
    }
  }
}
    `, {"hash":"sha256:5a1eeb5acac931adacd77ff574ec837b036e78df91644c939e20f9405e172caa"}) as unknown as TypedDocumentString<PortalBookingAppointmentQuery, PortalBookingAppointmentQueryVariables>;
export const PortalDeadEndsConfirmAppointmentDocument = new TypedDocumentString(`
    mutation PortalDeadEndsConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on TooManyAppointments {
      code
      limit
    }
  }
}
    `, {"hash":"sha256:8842cb16c792e11b85a25102460969e4a41e7544ff994fb82259ba5685263f0f"}) as unknown as TypedDocumentString<PortalDeadEndsConfirmAppointmentMutation, PortalDeadEndsConfirmAppointmentMutationVariables>;
export const PortalDrawAppointmentDocument = new TypedDocumentString(`
    query PortalDrawAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    contactName
  }
}
    `, {"hash":"sha256:e53b511ddbebdfd51e3c4cac106c524f94d3a1f441cc493427f3949b2c3650f7"}) as unknown as TypedDocumentString<PortalDrawAppointmentQuery, PortalDrawAppointmentQueryVariables>;
export const PortalLiveAvailableDaysDocument = new TypedDocumentString(`
    query PortalLiveAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
  }
}
    `, {"hash":"sha256:f564d8e8db3957d0f4b270b966b4e78d22d97c76157976ce382a2b0383931cb0"}) as unknown as TypedDocumentString<PortalLiveAvailableDaysQuery, PortalLiveAvailableDaysQueryVariables>;
export const PortalLiveReserveSlotDocument = new TypedDocumentString(`
    mutation PortalLiveReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      token
    }
  }
}
    `, {"hash":"sha256:e8236713ad727013adf08b6e5c8d2700d6713d3ea0184f29a5173d0abf68a611"}) as unknown as TypedDocumentString<PortalLiveReserveSlotMutation, PortalLiveReserveSlotMutationVariables>;
export const PortalLiveConfirmAppointmentDocument = new TypedDocumentString(`
    mutation PortalLiveConfirmAppointment($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on ConfirmedAppointment {
      secret
      appointment {
        number
      }
    }
  }
}
    `, {"hash":"sha256:fd93367aef5a8657e0be5477709cf757e41b1a192eb510163aa8fb33a0e9c624"}) as unknown as TypedDocumentString<PortalLiveConfirmAppointmentMutation, PortalLiveConfirmAppointmentMutationVariables>;
export const PortalLiveAvailableSlotsDocument = new TypedDocumentString(`
    query PortalLiveAvailableSlots($input: AvailableSlotsInput!) {
  availableSlots(input: $input) {
    startTimes
  }
}
    `, {"hash":"sha256:2155d6470bcaab82d23b107c068fe1b2753873293d34a675b260b3bf5f86aa86"}) as unknown as TypedDocumentString<PortalLiveAvailableSlotsQuery, PortalLiveAvailableSlotsQueryVariables>;
export const PortalLiveCancelAppointmentDocument = new TypedDocumentString(`
    mutation PortalLiveCancelAppointment($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:6fc5afdb783828a103b779d8d9ad0697a1c4dce27950deb531ec7348a44efef1"}) as unknown as TypedDocumentString<PortalLiveCancelAppointmentMutation, PortalLiveCancelAppointmentMutationVariables>;
export const PortalMailLinksAppointmentDocument = new TypedDocumentString(`
    query PortalMailLinksAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    start
    office {
      name
    }
  }
}
    `, {"hash":"sha256:91d4b9c93b8027f826e0a8fba9866f5bee0b6485feab37e2df735e3275d20bb8"}) as unknown as TypedDocumentString<PortalMailLinksAppointmentQuery, PortalMailLinksAppointmentQueryVariables>;
export const PortalMailLinksWaitlistEntryDocument = new TypedDocumentString(`
    query PortalMailLinksWaitlistEntry($input: LinkTokenInput!) {
  waitlistEntry(input: $input) {
    status
  }
}
    `, {"hash":"sha256:a1fad11eb7cb5c08dfa92172ee7986b650a1768482c17939c89e913dd22001c9"}) as unknown as TypedDocumentString<PortalMailLinksWaitlistEntryQuery, PortalMailLinksWaitlistEntryQueryVariables>;
export const PortalMailLinksJoinWaitlistDocument = new TypedDocumentString(`
    mutation PortalMailLinksJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:0caf7402af3c526192326ce777807cd7ea4d5a537ccc76f9d818be7f6945e44a"}) as unknown as TypedDocumentString<PortalMailLinksJoinWaitlistMutation, PortalMailLinksJoinWaitlistMutationVariables>;
export const PortalPersonsAppointmentDocument = new TypedDocumentString(`
    query PortalPersonsAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    id
    persons
    start
    end
    office {
      name
    }
    services {
      quantity
    }
  }
}
    `, {"hash":"sha256:f6b72fda3bfddd3a7870ad06f2dc748e8636b76fcf4fcce6bed7091ea095fb85"}) as unknown as TypedDocumentString<PortalPersonsAppointmentQuery, PortalPersonsAppointmentQueryVariables>;
export const WidgetBookedAppointmentDocument = new TypedDocumentString(`
    query WidgetBookedAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    number
    status
    office {
      name
    }
    services {
      service {
        name
      }
    }
  }
}
    `, {"hash":"sha256:f297ff8f1311526562ddc858cae6b74b126aaf09ab5dfc2ca624f17c4acd83dd"}) as unknown as TypedDocumentString<WidgetBookedAppointmentQuery, WidgetBookedAppointmentQueryVariables>;
export const StaffCatalogueServicesDocument = new TypedDocumentString(`
    query StaffCatalogueServices($search: String) {
  services(first: 50, search: $search) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:2dbcbd9726fccfefdec7e69946d56bed95845d2c336db58d00b14f10f6a1ee82"}) as unknown as TypedDocumentString<StaffCatalogueServicesQuery, StaffCatalogueServicesQueryVariables>;
export const StaffCatalogueServices2Document = new TypedDocumentString(`
    query StaffCatalogueServices2 {
  services(first: 200) {
    edges {
      node {
        id
        name(language: en)
      }
    }
  }
}
    `, {"hash":"sha256:0e5e8620a67f1f57a78cafdfa3827a1a008f1db66ce06212e7f6f413fab8ddd5"}) as unknown as TypedDocumentString<StaffCatalogueServices2Query, StaffCatalogueServices2QueryVariables>;
export const StaffCatalogueServices3Document = new TypedDocumentString(`
    query StaffCatalogueServices3 {
  services(first: 200) {
    edges {
      node {
        id
        name(language: de)
        whatToBring(language: en)
      }
    }
  }
}
    `, {"hash":"sha256:562ccdc928187dfabca0ddd0e335f5770dde054f9b37fb399531a22fdcd29d71"}) as unknown as TypedDocumentString<StaffCatalogueServices3Query, StaffCatalogueServices3QueryVariables>;
export const StaffClosuresAvailableDaysDocument = new TypedDocumentString(`
    query StaffClosuresAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
  }
}
    `, {"hash":"sha256:c3225fff4aa072a0bc0442513400d97238c7c4cb5dac519c713ca6c13c3edbbc"}) as unknown as TypedDocumentString<StaffClosuresAvailableDaysQuery, StaffClosuresAvailableDaysQueryVariables>;
export const StaffHolidaysAvailableDaysDocument = new TypedDocumentString(`
    query StaffHolidaysAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
  }
}
    `, {"hash":"sha256:b814b53c38e71f6805a1d17b29de9760f08fd33cf586ab391c12b9f8be0f74be"}) as unknown as TypedDocumentString<StaffHolidaysAvailableDaysQuery, StaffHolidaysAvailableDaysQueryVariables>;
export const StaffDrawVerifyRegistrationDocument = new TypedDocumentString(`
    mutation StaffDrawVerifyRegistration($token: String!) {
  verifyDrawRegistration(token: $token) {
    __typename
  }
}
    `, {"hash":"sha256:78e45e2df16c7f1f1df18281d3555edbafb22f586c60f378b4c227d8ea2eb65b"}) as unknown as TypedDocumentString<StaffDrawVerifyRegistrationMutation, StaffDrawVerifyRegistrationMutationVariables>;
export const OidcBrowserConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {
  configureIdentityProvider(input: $input) {
    __typename
  }
}
    `, {"hash":"sha256:12006c2422045c0c59f3aac38218d01f6b2b1a116ce027ef7f75f8a7c18eb9b6"}) as unknown as TypedDocumentString<OidcBrowserConfigureIdentityProviderMutation, OidcBrowserConfigureIdentityProviderMutationVariables>;
export const TestKitLoginDocument = new TypedDocumentString(`
    mutation TestKitLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on Session {
      token
    }
  }
}
    `, {"hash":"sha256:d77291b39b2b4cd5dbaabdb4f9f4bc673851f9e9d6124b1b4b0e850c59107a87"}) as unknown as TypedDocumentString<TestKitLoginMutation, TestKitLoginMutationVariables>;
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
    `, {"hash":"sha256:b3d1a4c157b4a1b84606134687a93548a5092408bf4ec188a485d092fd70ba9a"}) as unknown as TypedDocumentString<ReserveSlotMutation, ReserveSlotMutationVariables>;
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
    `, {"hash":"sha256:889651960bdee636fc357dc9967f4dcb85157627603198160eed202f0f85fea5"}) as unknown as TypedDocumentString<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
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
    `, {"hash":"sha256:3cd3a8ae4096cfcb5c4b896f44331216d017541a704fd4ba443a284bef175c01"}) as unknown as TypedDocumentString<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
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
    `, {"hash":"sha256:d381448a0378e52e23a95ae41e67a28c3a43f6ef878bed7481ac2f6f8a2c35e3"}) as unknown as TypedDocumentString<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
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
    `, {"hash":"sha256:3a0eb747ce50e8b5be753eb0c52fc92c3a736ff715b27da46ccc348d02bf46c3"}) as unknown as TypedDocumentString<AppointmentQuery, AppointmentQueryVariables>;
export const AvailableDaysDocument = new TypedDocumentString(`
    query AvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
    offices {
      id
    }
  }
}
    `, {"hash":"sha256:049d1be0a4699ef1dd56e8fc2e5bcd6d20fb2a80bac8eeaf7f786db8d05781c8"}) as unknown as TypedDocumentString<AvailableDaysQuery, AvailableDaysQueryVariables>;
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
    `, {"hash":"sha256:930defa4ef001e3d58ac3263623049bbe94164ced3d39fca769f5dd9afd02a63"}) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
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
    `, {"hash":"sha256:2b15483a09683047fddb03e65e2768ff77718728da57be376210926b170f50a3"}) as unknown as TypedDocumentString<AddClosureMutation, AddClosureMutationVariables>;
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
    `, {"hash":"sha256:65e70bd2877d28af96849a3817d5a65d9d522c0ba52b45c8def5a8e4c5f97259"}) as unknown as TypedDocumentString<UpdateCapacityRuleMutation, UpdateCapacityRuleMutationVariables>;