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

/** Booked appointments on closed days that the office keeps: they are served as booked and no longer listed as open. */
export type KeepClosureAppointmentsInput = {
  /** Appointments of Closure.openAppointments to keep. */
  appointmentIds: Array<string | number>;
  /** The closure. */
  closureId: string | number;
};

/** A signed token from a link in a mail (the fragment `#token=…` of the portal page). */
export type LinkTokenInput = {
  /** The token, as the link carried it. */
  token: string;
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

/** Language of the mails and SMS to the citizen. */
export type MessageLanguage =
  /** German (the default). */
  | 'de'
  /** English. */
  | 'en';

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
  /** Whose public holidays close the office, e.g. "DE-BE", "DE-BY" or "DE-BY-A" (Augsburg); a change rebuilds its slots. */
  holidayRegion?: string | null | undefined;
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

export type PermissionsQueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsQueueQuery = { queue: { version: number, entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, allowedActions: Array<QueueAction> }> } };

export type PermissionsCounterSessionsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type PermissionsCounterSessionsQuery = { counterSessions: Array<{ counterId: string, counterName: string, staffName: string, signedInAt: string }> };

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

export type OidcBrowserConfigureIdentityProviderMutationVariables = Exact<{
  input: ConfigureIdentityProviderInput;
}>;


export type OidcBrowserConfigureIdentityProviderMutation = { configureIdentityProvider:
    | { __typename: 'IdentityProviderSettings' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
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

export const AccountsCliViewerDocument = new TypedDocumentString(`
    query AccountsCliViewer {
  viewer {
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<AccountsCliViewerQuery, AccountsCliViewerQueryVariables>;
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
    `) as unknown as TypedDocumentString<AccountsCreateStaffAccountMutation, AccountsCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccountsUpdateStaffAccountMutation, AccountsUpdateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccountsViewerQuery, AccountsViewerQueryVariables>;
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
    `) as unknown as TypedDocumentString<AccountsCreateApiKeyMutation, AccountsCreateApiKeyMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccountsCreateDeviceMutation, AccountsCreateDeviceMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccountsAuditLogQuery, AccountsAuditLogQueryVariables>;
export const AccountsLogoutDocument = new TypedDocumentString(`
    mutation AccountsLogout {
  logout
}
    `) as unknown as TypedDocumentString<AccountsLogoutMutation, AccountsLogoutMutationVariables>;
export const AccountsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AccountsRevokeApiKey($input: RevokeInput!) {
  revokeApiKey(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AccountsRevokeApiKeyMutation, AccountsRevokeApiKeyMutationVariables>;
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
    `) as unknown as TypedDocumentString<OidcConfigureIdentityProviderMutation, OidcConfigureIdentityProviderMutationVariables>;
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
    `) as unknown as TypedDocumentString<OidcIdentityProviderQuery, OidcIdentityProviderQueryVariables>;
export const OidcSignInProvidersDocument = new TypedDocumentString(`
    query OidcSignInProviders($organisation: String) {
  signInProviders(organisation: $organisation) {
    organisationSlug
    displayName
    loginPath
  }
}
    `) as unknown as TypedDocumentString<OidcSignInProvidersQuery, OidcSignInProvidersQueryVariables>;
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
    `) as unknown as TypedDocumentString<OidcViewerQuery, OidcViewerQueryVariables>;
export const OidcQueueDocument = new TypedDocumentString(`
    query OidcQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    computedAt
  }
}
    `) as unknown as TypedDocumentString<OidcQueueQuery, OidcQueueQueryVariables>;
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
    `) as unknown as TypedDocumentString<SetupCompleteSetupMutation, SetupCompleteSetupMutationVariables>;
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
    `) as unknown as TypedDocumentString<CapacityPreviewCapacityPreviewQuery, CapacityPreviewCapacityPreviewQueryVariables>;
export const CapacityPreviewOfficeDocument = new TypedDocumentString(`
    query CapacityPreviewOffice($id: ID!) {
  office(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<CapacityPreviewOfficeQuery, CapacityPreviewOfficeQueryVariables>;
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
    `) as unknown as TypedDocumentString<CapacityPreviewOffice2Query, CapacityPreviewOffice2QueryVariables>;
export const CapacityPreviewCreateStaffAccountDocument = new TypedDocumentString(`
    mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CapacityPreviewCreateStaffAccountMutation, CapacityPreviewCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresAddClosureMutation, ClosuresAddClosureMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresOfficeQuery, ClosuresOfficeQueryVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresCancelOfficeAppointmentsMutation, ClosuresCancelOfficeAppointmentsMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresKeepClosureAppointmentsMutation, ClosuresKeepClosureAppointmentsMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresUpdateCapacityRuleMutation, ClosuresUpdateCapacityRuleMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClosuresCapacityPreviewQuery, ClosuresCapacityPreviewQueryVariables>;
export const ClosuresRemoveClosureDocument = new TypedDocumentString(`
    mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {
  removeClosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ClosuresRemoveClosureMutation, ClosuresRemoveClosureMutationVariables>;
export const ClosuresCreateStaffAccountDocument = new TypedDocumentString(`
    mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ClosuresCreateStaffAccountMutation, ClosuresCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationHolidaysListQuery, OrganisationHolidaysListQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationHolidaysAddMutation, OrganisationHolidaysAddMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationHolidaysRemoveMutation, OrganisationHolidaysRemoveMutationVariables>;
export const OrganisationHolidaysCreateStaffAccountDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on ErrorResult {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationHolidaysCreateStaffAccountMutation, OrganisationHolidaysCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationHolidaysOrganisationsQuery, OrganisationHolidaysOrganisationsQueryVariables>;
export const OrganisationHolidaysCreateOrganisationDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    __typename
    ... on Organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationHolidaysCreateOrganisationMutation, OrganisationHolidaysCreateOrganisationMutationVariables>;
export const OrganisationHolidaysUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<OrganisationHolidaysUpdateOfficeSettingsMutation, OrganisationHolidaysUpdateOfficeSettingsMutationVariables>;
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
    `) as unknown as TypedDocumentString<OfficeSettingsUpdateOfficeSettingsMutation, OfficeSettingsUpdateOfficeSettingsMutationVariables>;
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
    `) as unknown as TypedDocumentString<OfficeSettingsSetOpeningHoursMutation, OfficeSettingsSetOpeningHoursMutationVariables>;
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
    `) as unknown as TypedDocumentString<OfficeSettingsCreateCapacityRuleMutation, OfficeSettingsCreateCapacityRuleMutationVariables>;
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
    `) as unknown as TypedDocumentString<OfficeSettingsOfficeQuery, OfficeSettingsOfficeQueryVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchServicesQuery, ServiceSearchServicesQueryVariables>;
export const ServiceSearchCreateServiceDocument = new TypedDocumentString(`
    mutation ServiceSearchCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceSearchCreateServiceMutation, ServiceSearchCreateServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchSetServiceTextMutation, ServiceSearchSetServiceTextMutationVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchServices2Query, ServiceSearchServices2QueryVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchAddSearchSynonymMutation, ServiceSearchAddSearchSynonymMutationVariables>;
export const ServiceSearchRemoveSearchSynonymDocument = new TypedDocumentString(`
    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {
  removeSearchSynonym(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ServiceSearchRemoveSearchSynonymMutation, ServiceSearchRemoveSearchSynonymMutationVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchSearchSynonymsQuery, ServiceSearchSearchSynonymsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchSearchSynonyms2Query, ServiceSearchSearchSynonyms2QueryVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchCreateOfficeMutation, ServiceSearchCreateOfficeMutationVariables>;
export const ServiceSearchSetOfficeServiceDocument = new TypedDocumentString(`
    mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ServiceSearchSetOfficeServiceMutation, ServiceSearchSetOfficeServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchServices3Query, ServiceSearchServices3QueryVariables>;
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
    `) as unknown as TypedDocumentString<ServiceSearchOfficesQuery, ServiceSearchOfficesQueryVariables>;
export const NotificationsAppointmentByLinkDocument = new TypedDocumentString(`
    query NotificationsAppointmentByLink($input: LinkTokenInput!) {
  appointmentByLink(input: $input) {
    number
    status
    start
  }
}
    `) as unknown as TypedDocumentString<NotificationsAppointmentByLinkQuery, NotificationsAppointmentByLinkQueryVariables>;
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
    `) as unknown as TypedDocumentString<NotificationsCancelAppointmentByLinkMutation, NotificationsCancelAppointmentByLinkMutationVariables>;
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
    `) as unknown as TypedDocumentString<NotificationsConfirmAppointmentByLinkMutation, NotificationsConfirmAppointmentByLinkMutationVariables>;
export const NotificationsCreateServiceDocument = new TypedDocumentString(`
    mutation NotificationsCreateService {
  createService(input: {name: "Personalausweis beantragen"}) {
    ... on Service {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCreateServiceMutation, NotificationsCreateServiceMutationVariables>;
export const NotificationsSetServiceTextDocument = new TypedDocumentString(`
    mutation NotificationsSetServiceText($input: SetServiceTextInput!) {
  setServiceText(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsSetServiceTextMutation, NotificationsSetServiceTextMutationVariables>;
export const NotificationsSetOfficeServiceDocument = new TypedDocumentString(`
    mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsSetOfficeServiceMutation, NotificationsSetOfficeServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<NotificationsCancelOfficeAppointmentsMutation, NotificationsCancelOfficeAppointmentsMutationVariables>;
export const NotificationsAppointmentDocument = new TypedDocumentString(`
    query NotificationsAppointment($input: AppointmentAccessInput!) {
  appointment(input: $input) {
    status
    confirmBy
  }
}
    `) as unknown as TypedDocumentString<NotificationsAppointmentQuery, NotificationsAppointmentQueryVariables>;
export const NotificationsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsUpdateOfficeSettingsMutation, NotificationsUpdateOfficeSettingsMutationVariables>;
export const NotificationsAvailabilityChangedDocument = new TypedDocumentString(`
    subscription NotificationsAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    reason
    dates
  }
}
    `) as unknown as TypedDocumentString<NotificationsAvailabilityChangedSubscription, NotificationsAvailabilityChangedSubscriptionVariables>;
export const NotificationsSetOpeningHoursDocument = new TypedDocumentString(`
    mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsSetOpeningHoursMutation, NotificationsSetOpeningHoursMutationVariables>;
export const NotificationsCheckInDocument = new TypedDocumentString(`
    mutation NotificationsCheckIn($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on QueueEntry {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCheckInMutation, NotificationsCheckInMutationVariables>;
export const NotificationsCreateCounterDocument = new TypedDocumentString(`
    mutation NotificationsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCreateCounterMutation, NotificationsCreateCounterMutationVariables>;
export const NotificationsSignInAtCounterDocument = new TypedDocumentString(`
    mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsSignInAtCounterMutation, NotificationsSignInAtCounterMutationVariables>;
export const NotificationsQueueDocument = new TypedDocumentString(`
    query NotificationsQueue($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
      position
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQueueQuery, NotificationsQueueQueryVariables>;
export const NotificationsCallNextDocument = new TypedDocumentString(`
    mutation NotificationsCallNext {
  callNext {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsCallNextMutation, NotificationsCallNextMutationVariables>;
export const NotificationsCallNext2Document = new TypedDocumentString(`
    mutation NotificationsCallNext2 {
  callNext {
    __typename
  }
}
    `) as unknown as TypedDocumentString<NotificationsCallNext2Mutation, NotificationsCallNext2MutationVariables>;
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
    `) as unknown as TypedDocumentString<RetentionUpdateOfficeSettingsMutation, RetentionUpdateOfficeSettingsMutationVariables>;
export const RetentionJoinWaitlistDocument = new TypedDocumentString(`
    mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RetentionJoinWaitlistMutation, RetentionJoinWaitlistMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkQueueQuery, CounterWorkQueueQueryVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkIssueTicketMutation, CounterWorkIssueTicketMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkCheckInMutation, CounterWorkCheckInMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkSignInAtCounterMutation, CounterWorkSignInAtCounterMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkCallNextMutation, CounterWorkCallNextMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkStepMarkMissedMutation, CounterWorkStepMarkMissedMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkStepRequeueEntryMutation, CounterWorkStepRequeueEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkStepStartServiceMutation, CounterWorkStepStartServiceMutationVariables>;
export const CounterWorkSetEntryPriorityDocument = new TypedDocumentString(`
    mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {
  setEntryPriority(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CounterWorkSetEntryPriorityMutation, CounterWorkSetEntryPriorityMutationVariables>;
export const CounterWorkSetOpeningHoursDocument = new TypedDocumentString(`
    mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CounterWorkSetOpeningHoursMutation, CounterWorkSetOpeningHoursMutationVariables>;
export const CounterWorkCreateCounterDocument = new TypedDocumentString(`
    mutation CounterWorkCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CounterWorkCreateCounterMutation, CounterWorkCreateCounterMutationVariables>;
export const CounterWorkCreateStaffAccountDocument = new TypedDocumentString(`
    mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CounterWorkCreateStaffAccountMutation, CounterWorkCreateStaffAccountMutationVariables>;
export const CounterWorkWaitingInfoDocument = new TypedDocumentString(`
    query CounterWorkWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    estimatedWaitMinutes
  }
}
    `) as unknown as TypedDocumentString<CounterWorkWaitingInfoQuery, CounterWorkWaitingInfoQueryVariables>;
export const CounterWorkCreateDeviceDocument = new TypedDocumentString(`
    mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CounterWorkCreateDeviceMutation, CounterWorkCreateDeviceMutationVariables>;
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
    `) as unknown as TypedDocumentString<CounterWorkCheckIn2Mutation, CounterWorkCheckIn2MutationVariables>;
export const CounterWorkCounterSessionsDocument = new TypedDocumentString(`
    query CounterWorkCounterSessions($officeId: ID!) {
  counterSessions(officeId: $officeId) {
    counterName
    staffName
  }
}
    `) as unknown as TypedDocumentString<CounterWorkCounterSessionsQuery, CounterWorkCounterSessionsQueryVariables>;
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
    `) as unknown as TypedDocumentString<QueueEventsCallIssuedSubscription, QueueEventsCallIssuedSubscriptionVariables>;
export const QueueEventsCreateCounterDocument = new TypedDocumentString(`
    mutation QueueEventsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueueEventsCreateCounterMutation, QueueEventsCreateCounterMutationVariables>;
export const QueueEventsSignInAtCounterDocument = new TypedDocumentString(`
    mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueEventsSignInAtCounterMutation, QueueEventsSignInAtCounterMutationVariables>;
export const QueueEventsIssueTicketDocument = new TypedDocumentString(`
    mutation QueueEventsIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<QueueEventsIssueTicketMutation, QueueEventsIssueTicketMutationVariables>;
export const QueueEventsCallNextDocument = new TypedDocumentString(`
    mutation QueueEventsCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `) as unknown as TypedDocumentString<QueueEventsCallNextMutation, QueueEventsCallNextMutationVariables>;
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
    `) as unknown as TypedDocumentString<QueueStepRecallEntryMutation, QueueStepRecallEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<QueueStepRequeueEntryMutation, QueueStepRequeueEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<QueueStepStartServiceMutation, QueueStepStartServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoomQuery, WaitingRoomWaitingRoomQueryVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChangedSubscription, WaitingRoomWaitingRoomChangedSubscriptionVariables>;
export const WaitingRoomIssueTicketDocument = new TypedDocumentString(`
    mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomIssueTicketMutation, WaitingRoomIssueTicketMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomUpdateOfficeSettingsMutation, WaitingRoomUpdateOfficeSettingsMutationVariables>;
export const WaitingRoomCreateDeviceDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomCreateDeviceMutation, WaitingRoomCreateDeviceMutationVariables>;
export const WaitingRoomWaitingRoom2Document = new TypedDocumentString(`
    query WaitingRoomWaitingRoom2($officeId: ID) {
  waitingRoom(officeId: $officeId) {
    offices {
      open
      opensAt
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoom2Query, WaitingRoomWaitingRoom2QueryVariables>;
export const WaitingRoomSetOpeningHoursDocument = new TypedDocumentString(`
    mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomSetOpeningHoursMutation, WaitingRoomSetOpeningHoursMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomAddClosureMutation, WaitingRoomAddClosureMutationVariables>;
export const WaitingRoomRemoveClosureDocument = new TypedDocumentString(`
    mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {
  removeClosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomRemoveClosureMutation, WaitingRoomRemoveClosureMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomStepMarkMissedMutation, WaitingRoomStepMarkMissedMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomStepParkEntryMutation, WaitingRoomStepParkEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomStepRequeueEntryMutation, WaitingRoomStepRequeueEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<WaitingRoomCheckInMutation, WaitingRoomCheckInMutationVariables>;
export const WaitingRoomSetOpeningHours2Document = new TypedDocumentString(`
    mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomSetOpeningHours2Mutation, WaitingRoomSetOpeningHours2MutationVariables>;
export const WaitingRoomCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomCreateOfficeGroupMutation, WaitingRoomCreateOfficeGroupMutationVariables>;
export const WaitingRoomWaitingRoomChanged2Document = new TypedDocumentString(`
    subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {
  waitingRoomChanged(officeId: $officeId) {
    version
    open
    opensAt
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChanged2Subscription, WaitingRoomWaitingRoomChanged2SubscriptionVariables>;
export const WaitingRoomCreateCounterDocument = new TypedDocumentString(`
    mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomCreateCounterMutation, WaitingRoomCreateCounterMutationVariables>;
export const WaitingRoomSignInAtCounterDocument = new TypedDocumentString(`
    mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomSignInAtCounterMutation, WaitingRoomSignInAtCounterMutationVariables>;
export const WaitingRoomWaitingRoom3Document = new TypedDocumentString(`
    query WaitingRoomWaitingRoom3($officeId: ID) {
  waitingRoom(officeId: $officeId) {
    offices {
      withdrawnNumbers
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoom3Query, WaitingRoomWaitingRoom3QueryVariables>;
export const WaitingRoomCallNextDocument = new TypedDocumentString(`
    mutation WaitingRoomCallNext {
  callNext {
    ... on QueueEntry {
      id
      displayNumber
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomCallNextMutation, WaitingRoomCallNextMutationVariables>;
export const WaitingRoomWaitingRoomChanged3Document = new TypedDocumentString(`
    subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {
  waitingRoomChanged(officeId: $officeId) {
    withdrawnNumbers
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomWaitingRoomChanged3Subscription, WaitingRoomWaitingRoomChanged3SubscriptionVariables>;
export const WaitingRoomCallEntryDocument = new TypedDocumentString(`
    mutation WaitingRoomCallEntry($input: EntryInput!) {
  callEntry(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WaitingRoomCallEntryMutation, WaitingRoomCallEntryMutationVariables>;
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
    `) as unknown as TypedDocumentString<AvailabilityEventsAvailabilityChangedSubscription, AvailabilityEventsAvailabilityChangedSubscriptionVariables>;
export const AvailabilitySetOfficeServiceDocument = new TypedDocumentString(`
    mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AvailabilitySetOfficeServiceMutation, AvailabilitySetOfficeServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<AvailabilityAvailableDaysQuery, AvailabilityAvailableDaysQueryVariables>;
export const AvailabilityCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<AvailabilityCreateCapacityRuleMutation, AvailabilityCreateCapacityRuleMutationVariables>;
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
    `) as unknown as TypedDocumentString<HolidayRegionsUpdateOfficeSettingsMutation, HolidayRegionsUpdateOfficeSettingsMutationVariables>;
export const HolidayRegionsOfficeDocument = new TypedDocumentString(`
    query HolidayRegionsOffice($id: ID!) {
  office(id: $id) {
    settings {
      holidayRegion
    }
  }
}
    `) as unknown as TypedDocumentString<HolidayRegionsOfficeQuery, HolidayRegionsOfficeQueryVariables>;
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
    `) as unknown as TypedDocumentString<StatisticsStatisticsQuery, StatisticsStatisticsQueryVariables>;
export const StatisticsCreateStaffAccountDocument = new TypedDocumentString(`
    mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<StatisticsCreateStaffAccountMutation, StatisticsCreateStaffAccountMutationVariables>;
export const StatisticsCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsCreateOfficeGroupMutation, StatisticsCreateOfficeGroupMutationVariables>;
export const StatisticsCreateOfficeGroup2Document = new TypedDocumentString(`
    mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsCreateOfficeGroup2Mutation, StatisticsCreateOfficeGroup2MutationVariables>;
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
export const LimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateApiKeyMutation, LimitsCreateApiKeyMutationVariables>;
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
    `) as unknown as TypedDocumentString<LimitsServicesQuery, LimitsServicesQueryVariables>;
export const LimitsViewerDocument = new TypedDocumentString(`
    query LimitsViewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<LimitsViewerQuery, LimitsViewerQueryVariables>;
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
    `) as unknown as TypedDocumentString<LimitsProofOfWorkChallengeQuery, LimitsProofOfWorkChallengeQueryVariables>;
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
    `) as unknown as TypedDocumentString<LimitsDeepOfficesQuery, LimitsDeepOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<LimitsCostlyServicesQuery, LimitsCostlyServicesQueryVariables>;
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
    `) as unknown as TypedDocumentString<LimitsTwentyServicesQuery, LimitsTwentyServicesQueryVariables>;
export const LimitsQueueStatusDocument = new TypedDocumentString(`
    query LimitsQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<LimitsQueueStatusQuery, LimitsQueueStatusQueryVariables>;
export const ClusterAvailabilityChangedDocument = new TypedDocumentString(`
    subscription ClusterAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
    reason
  }
}
    `) as unknown as TypedDocumentString<ClusterAvailabilityChangedSubscription, ClusterAvailabilityChangedSubscriptionVariables>;
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
    `) as unknown as TypedDocumentString<EmbeddedDefaultOfficesQuery, EmbeddedDefaultOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<EmbeddedDefaultServicesQuery, EmbeddedDefaultServicesQueryVariables>;
export const EmbeddedDefaultAvailableDaysDocument = new TypedDocumentString(`
    query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {
  availableDays(input: $input) {
    date
    offices {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddedDefaultAvailableDaysQuery, EmbeddedDefaultAvailableDaysQueryVariables>;
export const DatabaseOutageCallIssuedDocument = new TypedDocumentString(`
    subscription DatabaseOutageCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    id
    displayNumber
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageCallIssuedSubscription, DatabaseOutageCallIssuedSubscriptionVariables>;
export const DatabaseOutageCreateCounterDocument = new TypedDocumentString(`
    mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageCreateCounterMutation, DatabaseOutageCreateCounterMutationVariables>;
export const DatabaseOutageSignInAtCounterDocument = new TypedDocumentString(`
    mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageSignInAtCounterMutation, DatabaseOutageSignInAtCounterMutationVariables>;
export const DatabaseOutageIssueTicketDocument = new TypedDocumentString(`
    mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageIssueTicketMutation, DatabaseOutageIssueTicketMutationVariables>;
export const DatabaseOutageCallNextDocument = new TypedDocumentString(`
    mutation DatabaseOutageCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageCallNextMutation, DatabaseOutageCallNextMutationVariables>;
export const LimitsUnderConcurrencyLoginDocument = new TypedDocumentString(`
    mutation LimitsUnderConcurrencyLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AccountLocked {
      lockedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsUnderConcurrencyLoginMutation, LimitsUnderConcurrencyLoginMutationVariables>;
export const LimitsUnderConcurrencyCreateStaffAccountDocument = new TypedDocumentString(`
    mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LimitsUnderConcurrencyCreateStaffAccountMutation, LimitsUnderConcurrencyCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<LimitsUnderConcurrencyIssueTicketMutation, LimitsUnderConcurrencyIssueTicketMutationVariables>;
export const LimitsUnderConcurrencyQueueStatusDocument = new TypedDocumentString(`
    query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) {
  queueStatus(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<LimitsUnderConcurrencyQueueStatusQuery, LimitsUnderConcurrencyQueueStatusQueryVariables>;
export const ReconnectStormCreateOfficeDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    ... on Office {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormCreateOfficeMutation, ReconnectStormCreateOfficeMutationVariables>;
export const ReconnectStormSetOpeningHoursDocument = new TypedDocumentString(`
    mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormSetOpeningHoursMutation, ReconnectStormSetOpeningHoursMutationVariables>;
export const ReconnectStormCreateServiceDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormCreateServiceMutation, ReconnectStormCreateServiceMutationVariables>;
export const ReconnectStormSetOfficeServiceDocument = new TypedDocumentString(`
    mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormSetOfficeServiceMutation, ReconnectStormSetOfficeServiceMutationVariables>;
export const ReconnectStormCreateCounterDocument = new TypedDocumentString(`
    mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormCreateCounterMutation, ReconnectStormCreateCounterMutationVariables>;
export const ReconnectStormSignInAtCounterDocument = new TypedDocumentString(`
    mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormSignInAtCounterMutation, ReconnectStormSignInAtCounterMutationVariables>;
export const ReconnectStormIssueTicketDocument = new TypedDocumentString(`
    mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormIssueTicketMutation, ReconnectStormIssueTicketMutationVariables>;
export const ReconnectStormCallNextDocument = new TypedDocumentString(`
    mutation ReconnectStormCallNext {
  callNext {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReconnectStormCallNextMutation, ReconnectStormCallNextMutationVariables>;
export const RedisOutageEventsCreateCounterDocument = new TypedDocumentString(`
    mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsCreateCounterMutation, RedisOutageEventsCreateCounterMutationVariables>;
export const RedisOutageEventsSignInAtCounterDocument = new TypedDocumentString(`
    mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) {
  signInAtCounter(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsSignInAtCounterMutation, RedisOutageEventsSignInAtCounterMutationVariables>;
export const RedisOutageEventsRecentCallsDocument = new TypedDocumentString(`
    query RedisOutageEventsRecentCalls($officeId: ID) {
  recentCalls(officeId: $officeId) {
    calls {
      id
      displayNumber
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsRecentCallsQuery, RedisOutageEventsRecentCallsQueryVariables>;
export const RedisOutageEventsCallIssuedDocument = new TypedDocumentString(`
    subscription RedisOutageEventsCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    id
    displayNumber
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsCallIssuedSubscription, RedisOutageEventsCallIssuedSubscriptionVariables>;
export const RedisOutageEventsIssueTicketDocument = new TypedDocumentString(`
    mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsIssueTicketMutation, RedisOutageEventsIssueTicketMutationVariables>;
export const RedisOutageEventsCallNextDocument = new TypedDocumentString(`
    mutation RedisOutageEventsCallNext {
  callNext {
    __typename
    ... on QueueEntry {
      displayNumber
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageEventsCallNextMutation, RedisOutageEventsCallNextMutationVariables>;
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
    `) as unknown as TypedDocumentString<RedisOutageLimitsServicesQuery, RedisOutageLimitsServicesQueryVariables>;
export const RedisOutageLimitsViewerDocument = new TypedDocumentString(`
    query RedisOutageLimitsViewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RedisOutageLimitsViewerQuery, RedisOutageLimitsViewerQueryVariables>;
export const RedisOutageLimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageLimitsCreateApiKeyMutation, RedisOutageLimitsCreateApiKeyMutationVariables>;
export const SocketAbuseCreateOfficeDocument = new TypedDocumentString(`
    mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    ... on Office {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SocketAbuseCreateOfficeMutation, SocketAbuseCreateOfficeMutationVariables>;
export const SocketAbuseCreateDeviceDocument = new TypedDocumentString(`
    mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    ... on CreatedDevice {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<SocketAbuseCreateDeviceMutation, SocketAbuseCreateDeviceMutationVariables>;
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
    `) as unknown as TypedDocumentString<SocketAbuseServicesQuery, SocketAbuseServicesQueryVariables>;
export const SocketAbuseCallIssuedDocument = new TypedDocumentString(`
    subscription SocketAbuseCallIssued($officeId: ID) {
  callIssued(officeId: $officeId) {
    displayNumber
  }
}
    `) as unknown as TypedDocumentString<SocketAbuseCallIssuedSubscription, SocketAbuseCallIssuedSubscriptionVariables>;
export const HostileInputCreateApiKeyDocument = new TypedDocumentString(`
    mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreatedApiKey {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<HostileInputCreateApiKeyMutation, HostileInputCreateApiKeyMutationVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationServicesQuery, InputValidationServicesQueryVariables>;
export const InputValidationCreateCapacityRuleDocument = new TypedDocumentString(`
    mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {
  createCapacityRule(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<InputValidationCreateCapacityRuleMutation, InputValidationCreateCapacityRuleMutationVariables>;
export const InputValidationAddClosureDocument = new TypedDocumentString(`
    mutation InputValidationAddClosure($input: AddClosureInput!) {
  addClosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<InputValidationAddClosureMutation, InputValidationAddClosureMutationVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationServices2Query, InputValidationServices2QueryVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationAuditLogQuery, InputValidationAuditLogQueryVariables>;
export const InputValidationCreateServiceDocument = new TypedDocumentString(`
    mutation InputValidationCreateService {
  createService(input: {name: "Gleichzeitig"}) {
    ... on Service {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InputValidationCreateServiceMutation, InputValidationCreateServiceMutationVariables>;
export const InputValidationSetOfficeServiceDocument = new TypedDocumentString(`
    mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
    ... on OfficeService {
      durationSlots
    }
  }
}
    `) as unknown as TypedDocumentString<InputValidationSetOfficeServiceMutation, InputValidationSetOfficeServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationServices3Query, InputValidationServices3QueryVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationOfficesQuery, InputValidationOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationCreateCounterMutation, InputValidationCreateCounterMutationVariables>;
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
    `) as unknown as TypedDocumentString<InputValidationCreateOfficeGroupMutation, InputValidationCreateOfficeGroupMutationVariables>;
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
    `) as unknown as TypedDocumentString<ObservabilityServicesQuery, ObservabilityServicesQueryVariables>;
export const ObservabilityAvailabilityChangedDocument = new TypedDocumentString(`
    subscription ObservabilityAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
  }
}
    `) as unknown as TypedDocumentString<ObservabilityAvailabilityChangedSubscription, ObservabilityAvailabilityChangedSubscriptionVariables>;
export const ObservabilityReserveSlotDocument = new TypedDocumentString(`
    mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ObservabilityReserveSlotMutation, ObservabilityReserveSlotMutationVariables>;
export const PermissionsCreateStaffAccountDocument = new TypedDocumentString(`
    mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ... on StaffAccount {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateStaffAccountMutation, PermissionsCreateStaffAccountMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCreateApiKeyMutation, PermissionsCreateApiKeyMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCreateDeviceMutation, PermissionsCreateDeviceMutationVariables>;
export const PermissionsCreateServiceDocument = new TypedDocumentString(`
    mutation PermissionsCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    ... on Service {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateServiceMutation, PermissionsCreateServiceMutationVariables>;
export const PermissionsCreateCounterDocument = new TypedDocumentString(`
    mutation PermissionsCreateCounter($input: CreateCounterInput!) {
  createCounter(input: $input) {
    ... on Counter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateCounterMutation, PermissionsCreateCounterMutationVariables>;
export const PermissionsCreateOfficeGroupDocument = new TypedDocumentString(`
    mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    ... on OfficeGroup {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateOfficeGroupMutation, PermissionsCreateOfficeGroupMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCreateCapacityRuleMutation, PermissionsCreateCapacityRuleMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsIssueTicketMutation, PermissionsIssueTicketMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsSignInAtCounterMutation, PermissionsSignInAtCounterMutationVariables>;
export const PermissionsApiKeysDocument = new TypedDocumentString(`
    query PermissionsApiKeys {
  apiKeys {
    id
    name
    level
  }
}
    `) as unknown as TypedDocumentString<PermissionsApiKeysQuery, PermissionsApiKeysQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsAuditLogQuery, PermissionsAuditLogQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsAuditLog2Query, PermissionsAuditLog2QueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCapacityPreviewQuery, PermissionsCapacityPreviewQueryVariables>;
export const PermissionsOfficeDocument = new TypedDocumentString(`
    query PermissionsOffice($id: ID!) {
  office(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PermissionsOfficeQuery, PermissionsOfficeQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsOfficeGroupsQuery, PermissionsOfficeGroupsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsOfficesQuery, PermissionsOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsServicesQuery, PermissionsServicesQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsStaffAccountsQuery, PermissionsStaffAccountsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsStaffAccounts2Query, PermissionsStaffAccounts2QueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsStatisticsQuery, PermissionsStatisticsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsViewerQuery, PermissionsViewerQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsReleaseReservationMutation, PermissionsReleaseReservationMutationVariables>;
export const PermissionsAppointmentByLinkDocument = new TypedDocumentString(`
    query PermissionsAppointmentByLink($input: LinkTokenInput!) {
  appointmentByLink(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PermissionsAppointmentByLinkQuery, PermissionsAppointmentByLinkQueryVariables>;
export const PermissionsWaitlistEntryDocument = new TypedDocumentString(`
    query PermissionsWaitlistEntry($input: LinkTokenInput!) {
  waitlistEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PermissionsWaitlistEntryQuery, PermissionsWaitlistEntryQueryVariables>;
export const PermissionsWaitlistOfferDocument = new TypedDocumentString(`
    query PermissionsWaitlistOffer($input: LinkTokenInput!) {
  waitlistOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PermissionsWaitlistOfferQuery, PermissionsWaitlistOfferQueryVariables>;
export const PermissionsLogoutDocument = new TypedDocumentString(`
    mutation PermissionsLogout {
  logout
}
    `) as unknown as TypedDocumentString<PermissionsLogoutMutation, PermissionsLogoutMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsSearchSynonymsQuery, PermissionsSearchSynonymsQueryVariables>;
export const PermissionsAddSearchSynonymDocument = new TypedDocumentString(`
    mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) {
  addSearchSynonym(input: $input) {
    ... on SearchSynonym {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsAddSearchSynonymMutation, PermissionsAddSearchSynonymMutationVariables>;
export const PermissionsSetOfficeServiceDocument = new TypedDocumentString(`
    mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PermissionsSetOfficeServiceMutation, PermissionsSetOfficeServiceMutationVariables>;
export const PermissionsAvailabilityChangedDocument = new TypedDocumentString(`
    subscription PermissionsAvailabilityChanged($officeId: ID!) {
  availabilityChanged(officeId: $officeId) {
    version
    reason
  }
}
    `) as unknown as TypedDocumentString<PermissionsAvailabilityChangedSubscription, PermissionsAvailabilityChangedSubscriptionVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsAddClosureMutation, PermissionsAddClosureMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsAddClosure2Mutation, PermissionsAddClosure2MutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsQueueQuery, PermissionsQueueQueryVariables>;
export const PermissionsCounterSessionsDocument = new TypedDocumentString(`
    query PermissionsCounterSessions($officeId: ID!) {
  counterSessions(officeId: $officeId) {
    counterId
    counterName
    staffName
    signedInAt
  }
}
    `) as unknown as TypedDocumentString<PermissionsCounterSessionsQuery, PermissionsCounterSessionsQueryVariables>;
export const PermissionsQueueChangedDocument = new TypedDocumentString(`
    subscription PermissionsQueueChanged($officeId: ID!) {
  queueChanged(officeId: $officeId) {
    officeId
    version
  }
}
    `) as unknown as TypedDocumentString<PermissionsQueueChangedSubscription, PermissionsQueueChangedSubscriptionVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsProofOfWorkChallengeQuery, PermissionsProofOfWorkChallengeQueryVariables>;
export const PermissionsWaitingInfoDocument = new TypedDocumentString(`
    query PermissionsWaitingInfo($officeId: ID!) {
  waitingInfo(officeId: $officeId) {
    version
    waitingCount
    estimatedWaitMinutes
    countersServing
  }
}
    `) as unknown as TypedDocumentString<PermissionsWaitingInfoQuery, PermissionsWaitingInfoQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsRecentCallsQuery, PermissionsRecentCallsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsRecentCalls2Query, PermissionsRecentCalls2QueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCallIssuedSubscription, PermissionsCallIssuedSubscriptionVariables>;
export const PermissionsCallIssued2Document = new TypedDocumentString(`
    subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) {
  callIssued(officeId: $officeId, groupId: $groupId) {
    id
    displayNumber
  }
}
    `) as unknown as TypedDocumentString<PermissionsCallIssued2Subscription, PermissionsCallIssued2SubscriptionVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsWaitingRoomQuery, PermissionsWaitingRoomQueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsWaitingRoomChangedSubscription, PermissionsWaitingRoomChangedSubscriptionVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsQueueStatusQuery, PermissionsQueueStatusQueryVariables>;
export const PermissionsMyQueueStatusDocument = new TypedDocumentString(`
    subscription PermissionsMyQueueStatus($input: QueueAccessInput!) {
  myQueueStatus(input: $input) {
    version
    displayNumber
    status
    position
  }
}
    `) as unknown as TypedDocumentString<PermissionsMyQueueStatusSubscription, PermissionsMyQueueStatusSubscriptionVariables>;
export const PermissionsSignOutOfCounterDocument = new TypedDocumentString(`
    mutation PermissionsSignOutOfCounter {
  signOutOfCounter
}
    `) as unknown as TypedDocumentString<PermissionsSignOutOfCounterMutation, PermissionsSignOutOfCounterMutationVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsCallNextMutation, PermissionsCallNextMutationVariables>;
export const PermissionsSetOpeningHoursDocument = new TypedDocumentString(`
    mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) {
  setOpeningHours(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PermissionsSetOpeningHoursMutation, PermissionsSetOpeningHoursMutationVariables>;
export const PermissionsUpdateOfficeSettingsDocument = new TypedDocumentString(`
    mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PermissionsUpdateOfficeSettingsMutation, PermissionsUpdateOfficeSettingsMutationVariables>;
export const PermissionsOffice2Document = new TypedDocumentString(`
    query PermissionsOffice2($id: ID!) {
  office(id: $id) {
    capacityRules {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsOffice2Query, PermissionsOffice2QueryVariables>;
export const PermissionsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation PermissionsRevokeApiKey($input: RevokeInput!) {
  revokeApiKey(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PermissionsRevokeApiKeyMutation, PermissionsRevokeApiKeyMutationVariables>;
export const PermissionsViewer2Document = new TypedDocumentString(`
    query PermissionsViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<PermissionsViewer2Query, PermissionsViewer2QueryVariables>;
export const PermissionsLogout2Document = new TypedDocumentString(`
    mutation PermissionsLogout2 {
  logout
}
    `) as unknown as TypedDocumentString<PermissionsLogout2Mutation, PermissionsLogout2MutationVariables>;
export const PermissionsViewer3Document = new TypedDocumentString(`
    query PermissionsViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<PermissionsViewer3Query, PermissionsViewer3QueryVariables>;
export const PermissionsQueue2Document = new TypedDocumentString(`
    query PermissionsQueue2($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsQueue2Query, PermissionsQueue2QueryVariables>;
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
    `) as unknown as TypedDocumentString<PermissionsQueue3Query, PermissionsQueue3QueryVariables>;
export const PermissionsQueue4Document = new TypedDocumentString(`
    query PermissionsQueue4($officeId: ID!) {
  queue(officeId: $officeId) {
    entries {
      status
      allowedActions
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsQueue4Query, PermissionsQueue4QueryVariables>;
export const SdkExampleCreateApiKeyDocument = new TypedDocumentString(`
    mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<SdkExampleCreateApiKeyMutation, SdkExampleCreateApiKeyMutationVariables>;
export const SdkExampleSetOfficeServiceDocument = new TypedDocumentString(`
    mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {
  setOfficeService(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SdkExampleSetOfficeServiceMutation, SdkExampleSetOfficeServiceMutationVariables>;
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
    `) as unknown as TypedDocumentString<TenancyCreateOrganisationMutation, TenancyCreateOrganisationMutationVariables>;
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
    `) as unknown as TypedDocumentString<TenancyCreateDepartmentMutation, TenancyCreateDepartmentMutationVariables>;
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
    `) as unknown as TypedDocumentString<TenancyOrganisationsQuery, TenancyOrganisationsQueryVariables>;
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
    `) as unknown as TypedDocumentString<TenancyCreateOfficeMutation, TenancyCreateOfficeMutationVariables>;
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
    `) as unknown as TypedDocumentString<TenancyOfficesQuery, TenancyOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<TenancyCreateStaffMutation, TenancyCreateStaffMutationVariables>;
export const TenancyUpdateSettingsDocument = new TypedDocumentString(`
    mutation TenancyUpdateSettings($input: UpdateOfficeSettingsInput!) {
  updateOfficeSettings(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TenancyUpdateSettingsMutation, TenancyUpdateSettingsMutationVariables>;
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
    `) as unknown as TypedDocumentString<TenancyStaffAccountsQuery, TenancyStaffAccountsQueryVariables>;
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
    `) as unknown as TypedDocumentString<TenancyViewerOfficesQuery, TenancyViewerOfficesQueryVariables>;
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
    `) as unknown as TypedDocumentString<TenancyDefineRoleMutation, TenancyDefineRoleMutationVariables>;
export const TenancyCreateGroupDocument = new TypedDocumentString(`
    mutation TenancyCreateGroup($input: OfficeGroupInput!) {
  createOfficeGroup(input: $input) {
    __typename
    ... on InvalidInput {
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<TenancyCreateGroupMutation, TenancyCreateGroupMutationVariables>;
export const TenancyCreateKeyDocument = new TypedDocumentString(`
    mutation TenancyCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<TenancyCreateKeyMutation, TenancyCreateKeyMutationVariables>;
export const OidcBrowserConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {
  configureIdentityProvider(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<OidcBrowserConfigureIdentityProviderMutation, OidcBrowserConfigureIdentityProviderMutationVariables>;
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