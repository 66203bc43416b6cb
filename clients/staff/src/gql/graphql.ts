/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How far the portal conforms to BITV 2.0 (and EN 301 549). */
export type AccessibilityConformance =
  /** Fully conformant. */
  | 'FULL'
  /** Not conformant. */
  | 'NONE'
  /** Partly conformant: the statement lists what is not. */
  | 'PARTIAL';

/** The alarm to acknowledge. */
export type AcknowledgeAlarmInput = {
  /** The alarm, as raiseAlarm, openAlarms or alarmChanged gave it. */
  alarmId: string | number;
};

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

/** The appointment to act on: staff name it by id; the 115 by its number with the email address or phone number the caller gives. */
export type AppointmentReferenceInput = {
  /** The 115: the email address of the booking, as the caller gives it. */
  email?: string | null | undefined;
  /** Staff: the appointment, from appointmentSearch. */
  id?: string | number | null | undefined;
  /** The 115: the appointment number the caller gives. */
  number?: number | null | undefined;
  /** The 115: the phone number of the booking, as the caller gives it (any spelling). */
  phone?: string | null | undefined;
};

/** What to find appointments by; the terms given must all match. Name the appointment (number, name, email, phone) or give a date range of at most 31 days. */
export type AppointmentSearchInput = {
  /** The email address or its start, regardless of case. */
  email?: string | null | undefined;
  /** From this day on (the office's time zone). */
  from?: string | null | undefined;
  /** Part of the name (at least 2 characters), regardless of case, accents and umlauts written out. */
  name?: string | null | undefined;
  /** The appointment number. */
  number?: number | null | undefined;
  /** Only these offices; default every office where the caller holds manageAppointments. */
  officeIds?: Array<string | number> | null | undefined;
  /** The phone number in any spelling (030 …, +49 30 …, 0049 (0)30 …). */
  phone?: string | null | undefined;
  /** Only appointments with this service. */
  serviceId?: string | number | null | undefined;
  /** Only appointments in one of these statuses. */
  statuses?: Array<AppointmentStatus> | null | undefined;
  /** Up to this day, included (the office's time zone). */
  to?: string | null | undefined;
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

/** An answer to one of the office's booking fields (Office.bookingForm). */
export type BookingFieldValueInput = {
  /** The field's key. */
  key: string;
  /** The answer: text, the value of an option, or "true"/"false" for a checkbox. At most 4000 characters here; the field's maxLength is answered as InvalidBookingFields. */
  value: string;
};

/** Cancels an appointment on the citizen's behalf. */
export type CancelAppointmentOnBehalfInput = {
  /** Which appointment. */
  appointment: AppointmentReferenceInput;
  /** Why, in words for the citizen (put in the notice); staff must give one. */
  reason?: string | null | undefined;
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

/** Checks in a remote ticket on arrival, by the number it shows. */
export type CheckInRemoteTicketInput = {
  /** The ticket number with its prefix, as the ticket shows it (e.g. "A12"). */
  number: string;
  /** The office the citizen arrived at. */
  officeId: string | number;
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

/** Staff correct the contact data of a booking (a typo in the address, a new phone number). */
export type CorrectAppointmentContactInput = {
  /** The appointment, from appointmentSearch. */
  appointmentId: string | number;
  /** The whole contact as it should be, checked by the booking channel's rules. */
  contact: ContactInput;
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

/** Deletes a capacity rule. */
export type DeleteCapacityRuleInput = {
  /** The rule to delete. */
  ruleId: string | number;
};

/** Deletes a counter. */
export type DeleteCounterInput = {
  /** The counter. */
  counterId: string | number;
};

/** Deletes an office group; displays and kiosks bound to it go with it. */
export type DeleteOfficeGroupInput = {
  /** The group. */
  groupId: string | number;
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

/** A wait ticket (Wartemarke) for a walk-in at one office. */
export type IssueTicketInput = {
  /** The office. */
  officeId: string | number;
  /** What the walk-in comes for. */
  serviceIds: Array<string | number>;
};

/** Booked appointments on closed days that the office keeps: they are served as booked and no longer listed as open. */
export type KeepClosureAppointmentsInput = {
  /** Appointments of Closure.openAppointments to keep. */
  appointmentIds: Array<string | number>;
  /** The closure. */
  closureId: string | number;
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

/** Stops offering a service at an office. Booked appointments stay. */
export type RemoveOfficeServiceInput = {
  /** The office. */
  officeId: string | number;
  /** The service the office stops offering. */
  serviceId: string | number;
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

/** Moves an appointment on the citizen's behalf, atomically: it keeps its old time unless the new one is secured. */
export type RescheduleAppointmentOnBehalfInput = {
  /** Which appointment. */
  appointment: AppointmentReferenceInput;
  /** Another office; default the current one. */
  officeId?: string | number | null | undefined;
  /** Other services, one person each; default the current ones. Not with services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Other services or other numbers of persons; default the current ones. Not with serviceIds. */
  services?: Array<ServiceQuantityInput> | null | undefined;
  /** The new start, one of availableSlots' startTimes (staff: of the intern contingent). */
  start: string;
};

/** Sends the confirmation of a booked appointment again, with a fresh code that replaces the old one. */
export type ResendAppointmentConfirmationInput = {
  /** Which appointment. */
  appointment: AppointmentReferenceInput;
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

/** Turns maintenance mode on or off (platform admins). */
export type SetMaintenanceModeInput = {
  /** On or off. */
  active: boolean;
  /** When maintenance is expected to end; must lie ahead. Retry-After counts down to it. */
  expectedEndAt?: string | null | undefined;
  /** What citizens are told, e.g. "Wegen Wartungsarbeiten bis 14 Uhr nicht erreichbar."; at most 500 characters. */
  message?: string;
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

/** Replaces the host names of an organisation (platform admins). */
export type SetOrganisationHostsInput = {
  /** Host names, lower case, without port. */
  hosts: Array<string>;
  /** The organisation. */
  organisationId: string | number;
};

/** An organisation's own legal and accessibility settings (its organisation admins); a null or empty field takes the installation's setting. */
export type SetOrganisationLegalSettingsInput = {
  /** How far the portal conforms to BITV 2.0. */
  accessibilityConformance?: AccessibilityConformance | null | undefined;
  /** Email address for feedback on barriers. */
  accessibilityContactEmail?: string | null | undefined;
  /** Who runs the enforcement procedure. */
  accessibilityEnforcementBody?: string | null | undefined;
  /** Address of the enforcement body's page, http(s). */
  accessibilityEnforcementUrl?: string | null | undefined;
  /** What is not yet accessible, one item a line (German). */
  accessibilityKnownBarriers?: string | null | undefined;
  /** When the statement was prepared. */
  accessibilityPreparedOn?: string | null | undefined;
  /** When the statement was last reviewed. */
  accessibilityReviewedOn?: string | null | undefined;
  /** Address of its imprint, http(s). */
  imprintUrl?: string | null | undefined;
  /** The organisation. */
  organisationId: string | number;
  /** Address of its privacy notice, http(s). */
  privacyUrl?: string | null | undefined;
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

/** Staff enter a walk-in's phone number or email (or neither, to forget them) for a queue entry. */
export type SetTicketContactInput = {
  /** Email address for the notice. */
  email?: string | null | undefined;
  /** The queue entry. */
  entryId: string | number;
  /** Language of the notice. */
  language: MessageLanguage;
  /** Phone number for the SMS (with area code). */
  phone?: string | null | undefined;
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

/** Renames a counter or changes its room. */
export type UpdateCounterInput = {
  /** The counter. */
  counterId: string | number;
  /** Name shown on call displays, unique within the office. */
  name: string;
  /** Room or place; null for none. */
  room?: string | null | undefined;
};

/** Renames an office group and replaces its offices. */
export type UpdateOfficeGroupInput = {
  /** The group. */
  groupId: string | number;
  /** Unique name of the group. */
  name: string;
  /** The member offices; they replace the current ones. */
  officeIds: Array<string | number>;
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

export type CapacityRuleFieldsFragment = { __typename: 'CapacityRule', id: string, weekdays: Array<number>, startTime: string, endTime: string, validFrom: string, validUntil: string | null, repeatEveryWeeks: number, slotMinutes: number, publicCounters: number, internCounters: number, startInDays: number, endInDays: number };

export type AffectedAppointmentFragment = { __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> };

export type OfficeAdministrationQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeAdministrationQuery = { office: { __typename: 'Office', id: string, name: string, version: number, department: { __typename: 'Department', id: string, name: string }, organisation: { __typename: 'Organisation', id: string, name: string, departments: Array<{ __typename: 'Department', id: string, name: string }>, roles: Array<{ __typename: 'Role', id: string, name: string, permissions: Array<Permission> }> }, settings: { __typename: 'OfficeSettings', reservationMinutes: number, releaseDelayMinutes: number, doubleOptIn: boolean, maxServicesPerAppointment: number, ticketPrefix: string, ticketFirstNumber: number, ticketLastNumber: number, ticketDailyContingent: number, checkInEarlyMinutes: number, checkInLateMinutes: number, maxCalls: number, displayMessage: string, noShowLimit: number, contactRetentionDays: number, holidayRegion: string, waitAlertMinutes: number, maxPersonsPerService: number, headsUpWhenAhead: number, headsUpWhenMinutes: number, remoteTickets: boolean }, openingHours: Array<{ __typename: 'OpeningHours', weekdays: Array<number>, open: string, close: string }>, capacityRules: Array<{ __typename: 'CapacityRule', id: string, weekdays: Array<number>, startTime: string, endTime: string, validFrom: string, validUntil: string | null, repeatEveryWeeks: number, slotMinutes: number, publicCounters: number, internCounters: number, startInDays: number, endInDays: number }>, closures: Array<{ __typename: 'Closure', id: string, date: string, until: string, reason: string, openAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }>, keptAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }>, services: Array<{ __typename: 'OfficeService', durationSlots: number, bookableOnline: boolean, service: { __typename: 'Service', id: string, name: string } }>, counters: Array<{ __typename: 'Counter', id: string, name: string, room: string | null }>, devices: Array<{ __typename: 'Device', id: string, name: string, kind: DeviceKind, keyPrefix: string, createdAt: string, revokedAt: string | null, group: { __typename: 'OfficeGroup', id: string, name: string } | null }> } | null };

export type FieldFailureFragment = { __typename: 'InvalidInput', fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> };

export type UpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type UpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Office' }
   };

export type SetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type SetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Office' }
   };

export type CapacityPreviewQueryVariables = Exact<{
  input: CapacityPreviewInput;
}>;


export type CapacityPreviewQuery = { capacityPreview:
    | { __typename: 'CapacityPreview', weekStart: string, slots: Array<{ __typename: 'PreviewSlot', start: string, end: string, date: string, publicCapacity: number, internCapacity: number, taken: number }>, affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

type CapacityChangeFields_CapacityChange_Fragment = { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> };

type CapacityChangeFields_InvalidInput_Fragment = { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> };

type CapacityChangeFields_NotFound_Fragment = { __typename: 'NotFound', code: ErrorCode, message: string };

export type CapacityChangeFieldsFragment =
  | CapacityChangeFields_CapacityChange_Fragment
  | CapacityChangeFields_InvalidInput_Fragment
  | CapacityChangeFields_NotFound_Fragment
;

export type CreateCapacityRuleMutationVariables = Exact<{
  input: CreateCapacityRuleInput;
}>;


export type CreateCapacityRuleMutation = { createCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type UpdateCapacityRuleMutationVariables = Exact<{
  input: UpdateCapacityRuleInput;
}>;


export type UpdateCapacityRuleMutation = { updateCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DeleteCapacityRuleMutationVariables = Exact<{
  input: DeleteCapacityRuleInput;
}>;


export type DeleteCapacityRuleMutation = { deleteCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type AddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type AddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RemoveClosureMutationVariables = Exact<{
  input: RemoveClosureInput;
}>;


export type RemoveClosureMutation = { removeClosure:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CancelOfficeAppointmentsMutationVariables = Exact<{
  input: CancelOfficeAppointmentsInput;
}>;


export type CancelOfficeAppointmentsMutation = { cancelOfficeAppointments:
    | { __typename: 'CancelledAppointments', appointments: Array<{ __typename: 'Appointment', id: string }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type KeepClosureAppointmentsMutationVariables = Exact<{
  input: KeepClosureAppointmentsInput;
}>;


export type KeepClosureAppointmentsMutation = { keepClosureAppointments:
    | { __typename: 'Closure' }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type ServiceCatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ServiceCatalogueQuery = { services: { __typename: 'ServiceConnection', edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string } }> } };

export type SetOfficeServiceMutationVariables = Exact<{
  input: SetOfficeServiceInput;
}>;


export type SetOfficeServiceMutation = { setOfficeService:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeService' }
   };

export type RemoveOfficeServiceMutationVariables = Exact<{
  input: RemoveOfficeServiceInput;
}>;


export type RemoveOfficeServiceMutation = { removeOfficeService:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type CreateCounterMutation = { createCounter:
    | { __typename: 'Counter' }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type UpdateCounterMutationVariables = Exact<{
  input: UpdateCounterInput;
}>;


export type UpdateCounterMutation = { updateCounter:
    | { __typename: 'Counter' }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DeleteCounterMutationVariables = Exact<{
  input: DeleteCounterInput;
}>;


export type DeleteCounterMutation = { deleteCounter:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CreateOfficeGroupMutationVariables = Exact<{
  input: OfficeGroupInput;
}>;


export type CreateOfficeGroupMutation = { createOfficeGroup:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeGroup' }
   };

export type UpdateOfficeGroupMutationVariables = Exact<{
  input: UpdateOfficeGroupInput;
}>;


export type UpdateOfficeGroupMutation = { updateOfficeGroup:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeGroup' }
   };

export type DeleteOfficeGroupMutationVariables = Exact<{
  input: DeleteOfficeGroupInput;
}>;


export type DeleteOfficeGroupMutation = { deleteOfficeGroup:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type CreateDeviceMutation = { createDevice:
    | { __typename: 'CreatedDevice', key: string, device: { __typename: 'Device', id: string, name: string } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RevokeDeviceMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type RevokeDeviceMutation = { revokeDevice:
    | { __typename: 'Device' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type StaffAccountsQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type StaffAccountsQuery = { staffAccounts: { __typename: 'StaffAccountConnection', edges: Array<{ __typename: 'StaffAccountEdge', node: { __typename: 'StaffAccount', id: string, username: string, displayName: string, disabled: boolean, isAdmin: boolean, assignments: Array<{ __typename: 'RoleAssignment', id: string, source: AssignmentSource, role: { __typename: 'Role', id: string, name: string, permissions: Array<Permission> }, department: { __typename: 'Department', id: string, name: string } | null, office: { __typename: 'Office', id: string, name: string, department: { __typename: 'Department', id: string } } | null }> } }> } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'StaffAccount' }
   };

export type UpdateStaffAccountMutationVariables = Exact<{
  input: UpdateStaffAccountInput;
}>;


export type UpdateStaffAccountMutation = { updateStaffAccount:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'StaffAccount' }
   };

export type AuditLogQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { __typename: 'AuditEntryConnection', edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorName: string, details: Record<string, unknown> } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type AlarmFieldsFragment = { __typename: 'Alarm', id: string, counterName: string, room: string | null, raisedAt: string, raisedBy: string | null, acknowledgedAt: string | null, office: { __typename: 'Office', id: string, name: string } };

export type OpenAlarmsQueryVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type OpenAlarmsQuery = { openAlarms: Array<{ __typename: 'OfficeAlarms', version: number, office: { __typename: 'Office', id: string }, alarms: Array<{ __typename: 'Alarm', id: string, counterName: string, room: string | null, raisedAt: string, raisedBy: string | null, acknowledgedAt: string | null, office: { __typename: 'Office', id: string, name: string } }> }> };

export type AlarmChangedSubscriptionVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type AlarmChangedSubscription = { alarmChanged: { __typename: 'AlarmChangedEvent', officeId: string, version: number, alarm: { __typename: 'Alarm', id: string, counterName: string, room: string | null, raisedAt: string, raisedBy: string | null, acknowledgedAt: string | null, office: { __typename: 'Office', id: string, name: string } } } };

export type RaiseAlarmMutationVariables = Exact<{ [key: string]: never; }>;


export type RaiseAlarmMutation = { raiseAlarm:
    | { __typename: 'Alarm', id: string, counterName: string, room: string | null, raisedAt: string, raisedBy: string | null, acknowledgedAt: string | null, office: { __typename: 'Office', id: string, name: string } }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
   };

export type AcknowledgeAlarmMutationVariables = Exact<{
  input: AcknowledgeAlarmInput;
}>;


export type AcknowledgeAlarmMutation = { acknowledgeAlarm:
    | { __typename: 'Alarm', id: string, counterName: string, room: string | null, raisedAt: string, raisedBy: string | null, acknowledgedAt: string | null, office: { __typename: 'Office', id: string, name: string } }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type FoundAppointmentFragment = { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> };

export type AppointmentSearchQueryVariables = Exact<{
  filter: AppointmentSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppointmentSearchQuery = { appointmentSearch: { __typename: 'AppointmentConnection', edges: Array<{ __typename: 'AppointmentEdge', node: { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CancelOnBehalfMutationVariables = Exact<{
  input: CancelAppointmentOnBehalfInput;
}>;


export type CancelOnBehalfMutation = { cancelAppointmentOnBehalf:
    | { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RescheduleOnBehalfMutationVariables = Exact<{
  input: RescheduleAppointmentOnBehalfInput;
}>;


export type RescheduleOnBehalfMutation = { rescheduleAppointmentOnBehalf:
    | { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string }
    | { __typename: 'SlotUnavailable', code: ErrorCode, message: string }
   };

export type CorrectContactMutationVariables = Exact<{
  input: CorrectAppointmentContactInput;
}>;


export type CorrectContactMutation = { correctAppointmentContact:
    | { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type ResendConfirmationMutationVariables = Exact<{
  input: ResendAppointmentConfirmationInput;
}>;


export type ResendConfirmationMutation = { resendAppointmentConfirmation:
    | { __typename: 'Appointment', id: string, number: number, status: AppointmentStatus, channel: Channel, start: string, end: string, date: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type BookingFormDefinitionFragment = { __typename: 'BookingForm', remarks: RemarksMode, remarksMaxLength: number, fields: Array<{ __typename: 'BookingField', id: string, key: string, kind: BookingFieldKind, required: boolean, maxLength: number | null, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'BookingFieldOptionView', value: string, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> }> };

export type AdminBookingFormQueryVariables = Exact<{
  officeId: string | number;
}>;


export type AdminBookingFormQuery = { office: { __typename: 'Office', id: string, bookingForm: { __typename: 'BookingForm', remarks: RemarksMode, remarksMaxLength: number, fields: Array<{ __typename: 'BookingField', id: string, key: string, kind: BookingFieldKind, required: boolean, maxLength: number | null, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'BookingFieldOptionView', value: string, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> }> } } | null };

export type UpdateBookingFormMutationVariables = Exact<{
  input: UpdateBookingFormInput;
}>;


export type UpdateBookingFormMutation = { updateBookingForm:
    | { __typename: 'BookingForm', remarks: RemarksMode, remarksMaxLength: number, fields: Array<{ __typename: 'BookingField', id: string, key: string, kind: BookingFieldKind, required: boolean, maxLength: number | null, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'BookingFieldOptionView', value: string, labels: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type InternalNoteFieldsFragment = { __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string };

export type AddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type AddInternalNoteMutation = { addInternalNote:
    | { __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type SearchSynonymsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SearchSynonymsQuery = { searchSynonyms: { __typename: 'SearchSynonymConnection', edges: Array<{ __typename: 'SearchSynonymEdge', node: { __typename: 'SearchSynonym', id: string, term: string, means: string } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type AddSearchSynonymMutationVariables = Exact<{
  input: AddSearchSynonymInput;
}>;


export type AddSearchSynonymMutation = { addSearchSynonym:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'SearchSynonym' }
   };

export type RemoveSearchSynonymMutationVariables = Exact<{
  input: RemoveSearchSynonymInput;
}>;


export type RemoveSearchSynonymMutation = { removeSearchSynonym:
    | { __typename: 'Deleted' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type ServiceTextsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ServiceTextsQuery = { services: { __typename: 'ServiceConnection', edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, nameDe: string, descriptionDe: string | null, whatToBringDe: string | null, nameEn: string, descriptionEn: string | null, whatToBringEn: string | null } }> } };

export type SetServiceTextMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type SetServiceTextMutation = { setServiceText:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Service' }
   };

export type CounterOfficeQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterOfficeQuery = { office: { __typename: 'Office', id: string, name: string, counters: Array<{ __typename: 'Counter', id: string, name: string, room: string | null }>, services: Array<{ __typename: 'OfficeService', durationSlots: number, service: { __typename: 'Service', id: string, name: string } }> } | null };

export type CounterSessionFieldsFragment = { __typename: 'CounterSession', counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string };

export type SignInAtCounterMutationVariables = Exact<{
  input: SignInAtCounterInput;
}>;


export type SignInAtCounterMutation = { signInAtCounter:
    | { __typename: 'CounterOccupied', staffName: string, since: string, canTakeOver: boolean, code: ErrorCode, message: string }
    | { __typename: 'CounterSession', counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CounterSessionsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterSessionsQuery = { counterSessions: Array<{ __typename: 'CounterSession', counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string }> };

export type SignOutOfCounterMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutOfCounterMutation = { signOutOfCounter: boolean };

export type QueueEntryFieldsFragment = { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> };

type QueueEntryOutcome_InvalidInput_Fragment = { __typename: 'InvalidInput', code: ErrorCode, message: string };

type QueueEntryOutcome_InvalidTransition_Fragment = { __typename: 'InvalidTransition', code: ErrorCode, message: string };

type QueueEntryOutcome_NotFound_Fragment = { __typename: 'NotFound', code: ErrorCode, message: string };

type QueueEntryOutcome_QueueEntry_Fragment = { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> };

export type QueueEntryOutcomeFragment =
  | QueueEntryOutcome_InvalidInput_Fragment
  | QueueEntryOutcome_InvalidTransition_Fragment
  | QueueEntryOutcome_NotFound_Fragment
  | QueueEntryOutcome_QueueEntry_Fragment
;

type CallOutcome_InvalidTransition_Fragment = { __typename: 'InvalidTransition', code: ErrorCode, message: string };

type CallOutcome_NotAtCounter_Fragment = { __typename: 'NotAtCounter', code: ErrorCode, message: string };

type CallOutcome_NotFound_Fragment = { __typename: 'NotFound', code: ErrorCode, message: string };

type CallOutcome_QueueEmpty_Fragment = { __typename: 'QueueEmpty', code: ErrorCode, message: string };

type CallOutcome_QueueEntry_Fragment = { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> };

export type CallOutcomeFragment =
  | CallOutcome_InvalidTransition_Fragment
  | CallOutcome_NotAtCounter_Fragment
  | CallOutcome_NotFound_Fragment
  | CallOutcome_QueueEmpty_Fragment
  | CallOutcome_QueueEntry_Fragment
;

export type QueueQueryVariables = Exact<{
  officeId: string | number;
}>;


export type QueueQuery = { queue: { __typename: 'QueueSnapshot', version: number, computedAt: string, nextChangeAt: string | null, entries: Array<{ __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }>, myCounter: { __typename: 'CounterQueue', callingOrder: Array<string>, session: { __typename: 'CounterSession', counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string } } | null } };

export type QueueChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type QueueChangedSubscription = { queueChanged: { __typename: 'QueueChangedEvent', officeId: string, version: number } };

export type CallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type CallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEmpty', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type CallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type CallEntryMutation = { callEntry:
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEmpty', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type RecallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type RecallEntryMutation = { recallEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type MarkMissedMutationVariables = Exact<{
  input: EntryInput;
}>;


export type MarkMissedMutation = { markMissed:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type RequeueEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type RequeueEntryMutation = { requeueEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type ParkEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type ParkEntryMutation = { parkEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type StartServiceMutationVariables = Exact<{
  input: EntryInput;
}>;


export type StartServiceMutation = { startService:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type FinishServiceMutationVariables = Exact<{
  input: FinishServiceInput;
}>;


export type FinishServiceMutation = { finishService:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type RedirectEntryMutationVariables = Exact<{
  input: RedirectEntryInput;
}>;


export type RedirectEntryMutation = { redirectEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type SetEntryPriorityMutationVariables = Exact<{
  input: SetEntryPriorityInput;
}>;


export type SetEntryPriorityMutation = { setEntryPriority:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type IssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type IssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'Ticket', statusUrl: string, entry: { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, remote: boolean, checkInUntil: string | null, allowedActions: Array<QueueAction>, remarks: string | null, services: Array<{ __typename: 'Service', id: string, name: string }>, bookedServices: Array<{ __typename: 'BookedService', quantity: number, service: { __typename: 'Service', id: string, name: string } }>, bookingFields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null, labelEn: string, optionLabelEn: string | null }>, notes: Array<{ __typename: 'InternalNote', id: string, author: string, createdAt: string, text: string }> }
   };

export type OnSiteSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type OnSiteSlotsQuery = { availableSlots: Array<{ __typename: 'OfficeSlots', version: number, startTimes: Array<string> }> };

export type OnSitePersonsLimitQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OnSitePersonsLimitQuery = { office: { __typename: 'Office', id: string, settings: { __typename: 'OfficeSettings', maxPersonsPerService: number } } | null };

export type ReserveOnSiteMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type ReserveOnSiteMutation = { reserveSlot:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string }
    | { __typename: 'Reservation', token: string, start: string }
    | { __typename: 'SlotUnavailable', code: ErrorCode, message: string }
   };

export type ConfirmOnSiteMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type ConfirmOnSiteMutation = { confirmAppointment:
    | { __typename: 'ConfirmedAppointment', appointment: { __typename: 'Appointment', number: number, start: string } }
    | { __typename: 'InvalidBookingFields', code: ErrorCode, message: string }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ReservationExpired', code: ErrorCode, message: string }
    | { __typename: 'TooManyAppointments', code: ErrorCode, message: string }
   };

export type DayPlanQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  days: number;
  language?: MessageLanguage | null | undefined;
}>;


export type DayPlanQuery = { dayPlan: { __typename: 'DayPlan', from: string, to: string, timeZone: string, version: number, office: { __typename: 'Office', id: string, name: string }, days: Array<{ __typename: 'DayPlanDay', date: string, appointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, end: string, status: AppointmentStatus, channel: Channel, contactName: string | null, contactEmail: string | null, contactPhone: string | null, remarks: string | null, fields: Array<{ __typename: 'BookingFieldValue', key: string, kind: BookingFieldKind, value: string, label: string, optionLabel: string | null }>, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }> } };

export type DayPlanNotesQueryVariables = Exact<{
  appointmentIds: Array<string | number> | string | number;
}>;


export type DayPlanNotesQuery = { internalNotes: Array<{ __typename: 'InternalNote', id: string, appointmentId: string | null, author: string, text: string }> };

export type DayPlanChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DayPlanChangedSubscription = { dayPlanChanged: { __typename: 'DayPlanChangedEvent', officeId: string, version: number } };

export type ExportDayPlanMutationVariables = Exact<{
  input: ExportDayPlanInput;
}>;


export type ExportDayPlanMutation = { exportDayPlan:
    | { __typename: 'DayPlanFile', fileName: string, mediaType: string, content: string, appointments: number }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DayPlanOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type DayPlanOfficesQuery = { viewer: { __typename: 'Viewer', dayPlanOffices: Array<{ __typename: 'Office', id: string, name: string }> } };

export type ServiceReleaseFieldsFragment = { __typename: 'ServiceRelease', officeId: string, serviceId: string, mode: ReleaseMode, releasedUntil: string | null };

export type DrawFieldsFragment = { __typename: 'Draw', id: string, status: DrawStatus, registrationOpensAt: string, registrationClosesAt: string, drawAt: string, releaseAt: string, slotsFrom: string, slotsTo: string, offerHoldHours: number, urgentQuota: number | null, commitment: string, seed: string | null, registrations: number | null, service: { __typename: 'Service', id: string, name: string }, offices: Array<{ __typename: 'Office', id: string, name: string }>, statistics: { __typename: 'DrawStatistics', offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number, medianDaysToAppointment: number | null } | null };

export type DrawAdministrationQueryVariables = Exact<{
  officeId: string | number;
}>;


export type DrawAdministrationQuery = { office: { __typename: 'Office', id: string, timeZone: string, services: Array<{ __typename: 'OfficeService', service: { __typename: 'Service', id: string, name: string } }> } | null, draws: Array<{ __typename: 'Draw', id: string, status: DrawStatus, registrationOpensAt: string, registrationClosesAt: string, drawAt: string, releaseAt: string, slotsFrom: string, slotsTo: string, offerHoldHours: number, urgentQuota: number | null, commitment: string, seed: string | null, registrations: number | null, service: { __typename: 'Service', id: string, name: string }, offices: Array<{ __typename: 'Office', id: string, name: string }>, statistics: { __typename: 'DrawStatistics', offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number, medianDaysToAppointment: number | null } | null }> };

export type ServiceReleasesQueryVariables = Exact<{
  officeIds: Array<string | number> | string | number;
}>;


export type ServiceReleasesQuery = { serviceReleases: Array<{ __typename: 'ServiceRelease', officeId: string, serviceId: string, mode: ReleaseMode, releasedUntil: string | null }> };

export type SetServiceReleaseModeMutationVariables = Exact<{
  input: SetServiceReleaseModeInput;
}>;


export type SetServiceReleaseModeMutation = { setServiceReleaseMode:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ServiceRelease', officeId: string, serviceId: string, mode: ReleaseMode, releasedUntil: string | null }
   };

export type ScheduleDrawMutationVariables = Exact<{
  input: ScheduleDrawInput;
}>;


export type ScheduleDrawMutation = { scheduleDraw:
    | { __typename: 'Draw', id: string, status: DrawStatus, registrationOpensAt: string, registrationClosesAt: string, drawAt: string, releaseAt: string, slotsFrom: string, slotsTo: string, offerHoldHours: number, urgentQuota: number | null, commitment: string, seed: string | null, registrations: number | null, service: { __typename: 'Service', id: string, name: string }, offices: Array<{ __typename: 'Office', id: string, name: string }>, statistics: { __typename: 'DrawStatistics', offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number, medianDaysToAppointment: number | null } | null }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CancelDrawMutationVariables = Exact<{
  drawId: string | number;
}>;


export type CancelDrawMutation = { cancelDraw:
    | { __typename: 'Draw', id: string, status: DrawStatus, registrationOpensAt: string, registrationClosesAt: string, drawAt: string, releaseAt: string, slotsFrom: string, slotsTo: string, offerHoldHours: number, urgentQuota: number | null, commitment: string, seed: string | null, registrations: number | null, service: { __typename: 'Service', id: string, name: string }, offices: Array<{ __typename: 'Office', id: string, name: string }>, statistics: { __typename: 'DrawStatistics', offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number, medianDaysToAppointment: number | null } | null }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DrawRegistrationStaffFieldsFragment = { __typename: 'DrawRegistrationStaffView', name: string, channel: string, urgentReason: string | null, createdAt: string, verifiedAt: string | null, registration: { __typename: 'DrawRegistrationView', id: string, status: DrawRegistrationStatus, entryDigest: string, dateFrom: string, dateTo: string, persons: number, urgent: boolean, position: number | null } };

export type DrawRegistrationsQueryVariables = Exact<{
  drawId: string | number;
}>;


export type DrawRegistrationsQuery = { drawRegistrations: Array<{ __typename: 'DrawRegistrationStaffView', name: string, channel: string, urgentReason: string | null, createdAt: string, verifiedAt: string | null, registration: { __typename: 'DrawRegistrationView', id: string, status: DrawRegistrationStatus, entryDigest: string, dateFrom: string, dateTo: string, persons: number, urgent: boolean, position: number | null } }> };

export type SetDrawRegistrationUrgentMutationVariables = Exact<{
  registrationId: string | number;
  urgent: boolean;
  reason?: string | null | undefined;
}>;


export type SetDrawRegistrationUrgentMutation = { setDrawRegistrationUrgent:
    | { __typename: 'DrawRegistrationStaffView', name: string, channel: string, urgentReason: string | null, createdAt: string, verifiedAt: string | null, registration: { __typename: 'DrawRegistrationView', id: string, status: DrawRegistrationStatus, entryDigest: string, dateFrom: string, dateTo: string, persons: number, urgent: boolean, position: number | null } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CounterDrawsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterDrawsQuery = { office: { __typename: 'Office', id: string, timeZone: string, settings: { __typename: 'OfficeSettings', maxPersonsPerService: number } } | null, draws: Array<{ __typename: 'Draw', id: string, status: DrawStatus, registrationOpensAt: string, registrationClosesAt: string, drawAt: string, releaseAt: string, slotsFrom: string, slotsTo: string, offerHoldHours: number, urgentQuota: number | null, commitment: string, seed: string | null, registrations: number | null, service: { __typename: 'Service', id: string, name: string }, offices: Array<{ __typename: 'Office', id: string, name: string }>, statistics: { __typename: 'DrawStatistics', offerableSlots: number, registrations: number, offersMade: number, booked: number, declined: number, lapsed: number, fillRate: number, medianDaysToAppointment: number | null } | null }> };

export type RegisterForDrawOnBehalfMutationVariables = Exact<{
  input: RegisterForDrawInput;
}>;


export type RegisterForDrawOnBehalfMutation = { registerForDraw:
    | { __typename: 'DrawRegistered', registration: { __typename: 'DrawRegistrationView', id: string, status: DrawRegistrationStatus, entryDigest: string } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string }
   };

export type CounterTicketContactQueryVariables = Exact<{
  entryId: string | number;
}>;


export type CounterTicketContactQuery = { ticketContactOfEntry: { __typename: 'TicketContact', phone: string | null, email: string | null, language: MessageLanguage } | null };

export type CounterSetTicketContactMutationVariables = Exact<{
  input: SetTicketContactInput;
}>;


export type CounterSetTicketContactMutation = { setTicketContact:
    | { __typename: 'InvalidInput', code: ErrorCode, fieldProblems: Array<{ __typename: 'FieldProblem', field: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'TicketContact', phone: string | null, email: string | null, language: MessageLanguage }
   };

export type OrganisationHolidayFieldsFragment = { __typename: 'OrganisationHoliday', id: string, day: string, name: string };

export type HolidayAppointmentFragment = { __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> };

export type OrganisationHolidaysQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationHolidaysQuery = { organisationHolidays:
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidays', organisationId: string, days: Array<{ __typename: 'OrganisationHoliday', id: string, day: string, name: string }> }
   };

export type AddOrganisationHolidayMutationVariables = Exact<{
  input: AddOrganisationHolidayInput;
}>;


export type AddOrganisationHolidayMutation = { addOrganisationHoliday:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { __typename: 'OrganisationHoliday', id: string, day: string, name: string }, holidays: { __typename: 'OrganisationHolidays', organisationId: string, days: Array<{ __typename: 'OrganisationHoliday', id: string, day: string, name: string }> }, affectedAppointments: Array<{ __typename: 'Appointment', id: string, number: number, start: string, channel: Channel, contactName: string | null, office: { __typename: 'Office', id: string, name: string }, services: Array<{ __typename: 'BookedService', service: { __typename: 'Service', id: string, name: string } }> }> }
   };

export type RemoveOrganisationHolidayMutationVariables = Exact<{
  input: RemoveOrganisationHolidayInput;
}>;


export type RemoveOrganisationHolidayMutation = { removeOrganisationHoliday:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { __typename: 'OrganisationHoliday', id: string, day: string, name: string }, holidays: { __typename: 'OrganisationHolidays', organisationId: string, days: Array<{ __typename: 'OrganisationHoliday', id: string, day: string, name: string }> } }
   };

export type LeadPanelQueryVariables = Exact<{
  officeId: string | number;
}>;


export type LeadPanelQuery = { leadPanel: { __typename: 'LeadPanel', version: number, computedAt: string, waiting: number, longestWaitMinutes: number | null, waitAlertMinutes: number, alert: boolean, alertAt: string | null, missed: number, counters: Array<{ __typename: 'LeadPanelCounter', counterId: string, counterName: string, room: string | null, staffName: string, signedInAt: string, services: Array<{ __typename: 'Service', id: string, name: string }> | null, serving: { __typename: 'CounterServing', entryId: string, displayNumber: string, status: QueueEntryStatus, since: string } | null }>, waitingByService: Array<{ __typename: 'ServiceWaiting', waiting: number, longestWaitMinutes: number, service: { __typename: 'Service', id: string, name: string } }>, appointments: { __typename: 'AppointmentProgress', booked: number, due: number, checkedIn: number, noShows: number }, today: { __typename: 'DaySoFar', arrived: number, walkIns: number, served: number, noShows: number, meanWaitMinutes: number | null }, weekdayAverage: { __typename: 'WeekdayAverage', days: number, arrived: number, walkIns: number, served: number, noShows: number, meanWaitMinutes: number | null } | null } };

export type LeadPanelChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type LeadPanelChangedSubscription = { leadPanelChanged: { __typename: 'LeadPanelChangedEvent', officeId: string, version: number } };

export type OrganisationLegalFragment = { __typename: 'LegalSettings', imprintUrl: string | null, privacyUrl: string | null, accessibilityContactEmail: string | null, accessibilityConformance: AccessibilityConformance | null, accessibilityKnownBarriers: string | null, accessibilityPreparedOn: string | null, accessibilityReviewedOn: string | null, accessibilityEnforcementBody: string | null, accessibilityEnforcementUrl: string | null };

export type OrganisationLegalSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationLegalSettingsQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, legalSettings: { __typename: 'LegalSettings', imprintUrl: string | null, privacyUrl: string | null, accessibilityContactEmail: string | null, accessibilityConformance: AccessibilityConformance | null, accessibilityKnownBarriers: string | null, accessibilityPreparedOn: string | null, accessibilityReviewedOn: string | null, accessibilityEnforcementBody: string | null, accessibilityEnforcementUrl: string | null } | null }> };

export type SetOrganisationLegalSettingsMutationVariables = Exact<{
  input: SetOrganisationLegalSettingsInput;
}>;


export type SetOrganisationLegalSettingsMutation = { setOrganisationLegalSettings:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Organisation', id: string, legalSettings: { __typename: 'LegalSettings', imprintUrl: string | null, privacyUrl: string | null, accessibilityContactEmail: string | null, accessibilityConformance: AccessibilityConformance | null, accessibilityKnownBarriers: string | null, accessibilityPreparedOn: string | null, accessibilityReviewedOn: string | null, accessibilityEnforcementBody: string | null, accessibilityEnforcementUrl: string | null } | null }
   };

export type MaintenanceSwitchQueryVariables = Exact<{ [key: string]: never; }>;


export type MaintenanceSwitchQuery = { maintenanceMode: { __typename: 'MaintenanceModeView', active: boolean, message: string, expectedEndAt: string | null, changedAt: string | null } };

export type SetMaintenanceModeMutationVariables = Exact<{
  input: SetMaintenanceModeInput;
}>;


export type SetMaintenanceModeMutation = { setMaintenanceMode:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'MaintenanceModeView', active: boolean, message: string, expectedEndAt: string | null, changedAt: string | null }
   };

export type MessageTemplateFieldsFragment = { __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string };

export type OfficeMessagesFieldsFragment = { __typename: 'OfficeMessages', officeId: string, organisationId: string, allowedLinkHosts: Array<string>, reminderOffsetsMinutes: Array<number> | null, defaultReminderOffsetsMinutes: Array<number>, copyEmail: string | null, surveyUrl: string | null, templates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, organisationTemplates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, kinds: Array<{ __typename: 'MessageTemplateKindInfo', kind: MessageTemplateKind, placeholders: Array<string> }> };

type TemplateRefusal_AccountLocked_Fragment = { __typename: 'AccountLocked' };

type TemplateRefusal_CheckInRefused_Fragment = { __typename: 'CheckInRefused' };

type TemplateRefusal_CounterOccupied_Fragment = { __typename: 'CounterOccupied' };

type TemplateRefusal_DuplicateRegistration_Fragment = { __typename: 'DuplicateRegistration' };

type TemplateRefusal_InvalidBookingFields_Fragment = { __typename: 'InvalidBookingFields' };

type TemplateRefusal_InvalidCredentials_Fragment = { __typename: 'InvalidCredentials' };

type TemplateRefusal_InvalidInput_Fragment = { __typename: 'InvalidInput' };

type TemplateRefusal_InvalidTransition_Fragment = { __typename: 'InvalidTransition' };

type TemplateRefusal_LinkNotAllowed_Fragment = { __typename: 'LinkNotAllowed', host: string, field: string };

type TemplateRefusal_NoShowLimitReached_Fragment = { __typename: 'NoShowLimitReached' };

type TemplateRefusal_NotAtCounter_Fragment = { __typename: 'NotAtCounter' };

type TemplateRefusal_NotFound_Fragment = { __typename: 'NotFound' };

type TemplateRefusal_OfficeClosed_Fragment = { __typename: 'OfficeClosed' };

type TemplateRefusal_OutsideBookingWindow_Fragment = { __typename: 'OutsideBookingWindow' };

type TemplateRefusal_ProofOfWorkRequired_Fragment = { __typename: 'ProofOfWorkRequired' };

type TemplateRefusal_QueueEmpty_Fragment = { __typename: 'QueueEmpty' };

type TemplateRefusal_RemoteTicketHeld_Fragment = { __typename: 'RemoteTicketHeld' };

type TemplateRefusal_RemoteTicketsOff_Fragment = { __typename: 'RemoteTicketsOff' };

type TemplateRefusal_ReservationExpired_Fragment = { __typename: 'ReservationExpired' };

type TemplateRefusal_SlotUnavailable_Fragment = { __typename: 'SlotUnavailable' };

type TemplateRefusal_TicketsExhausted_Fragment = { __typename: 'TicketsExhausted' };

type TemplateRefusal_TooManyAppointments_Fragment = { __typename: 'TooManyAppointments' };

type TemplateRefusal_UnknownPlaceholder_Fragment = { __typename: 'UnknownPlaceholder', placeholder: string, field: string };

export type TemplateRefusalFragment =
  | TemplateRefusal_AccountLocked_Fragment
  | TemplateRefusal_CheckInRefused_Fragment
  | TemplateRefusal_CounterOccupied_Fragment
  | TemplateRefusal_DuplicateRegistration_Fragment
  | TemplateRefusal_InvalidBookingFields_Fragment
  | TemplateRefusal_InvalidCredentials_Fragment
  | TemplateRefusal_InvalidInput_Fragment
  | TemplateRefusal_InvalidTransition_Fragment
  | TemplateRefusal_LinkNotAllowed_Fragment
  | TemplateRefusal_NoShowLimitReached_Fragment
  | TemplateRefusal_NotAtCounter_Fragment
  | TemplateRefusal_NotFound_Fragment
  | TemplateRefusal_OfficeClosed_Fragment
  | TemplateRefusal_OutsideBookingWindow_Fragment
  | TemplateRefusal_ProofOfWorkRequired_Fragment
  | TemplateRefusal_QueueEmpty_Fragment
  | TemplateRefusal_RemoteTicketHeld_Fragment
  | TemplateRefusal_RemoteTicketsOff_Fragment
  | TemplateRefusal_ReservationExpired_Fragment
  | TemplateRefusal_SlotUnavailable_Fragment
  | TemplateRefusal_TicketsExhausted_Fragment
  | TemplateRefusal_TooManyAppointments_Fragment
  | TemplateRefusal_UnknownPlaceholder_Fragment
;

export type OfficeMessagesQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeMessagesQuery = { officeMessages:
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeMessages', officeId: string, organisationId: string, allowedLinkHosts: Array<string>, reminderOffsetsMinutes: Array<number> | null, defaultReminderOffsetsMinutes: Array<number>, copyEmail: string | null, surveyUrl: string | null, templates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, organisationTemplates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, kinds: Array<{ __typename: 'MessageTemplateKindInfo', kind: MessageTemplateKind, placeholders: Array<string> }> }
   };

export type PreviewMessageQueryVariables = Exact<{
  input: PreviewMessageInput;
}>;


export type PreviewMessageQuery = { previewMessage:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'LinkNotAllowed', code: ErrorCode, message: string, host: string, field: string }
    | { __typename: 'MessagePreview', source: MessageTextSource, subject: string, text: string, html: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'UnknownPlaceholder', code: ErrorCode, message: string, placeholder: string, field: string }
   };

export type SaveMessageTemplateMutationVariables = Exact<{
  input: SaveMessageTemplateInput;
}>;


export type SaveMessageTemplateMutation = { saveMessageTemplate:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'LinkNotAllowed', code: ErrorCode, message: string, host: string, field: string }
    | { __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'UnknownPlaceholder', code: ErrorCode, message: string, placeholder: string, field: string }
   };

export type RemoveMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateScopeInput;
}>;


export type RemoveMessageTemplateMutation = { removeMessageTemplate:
    | { __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type UpdateOfficeMessageSettingsMutationVariables = Exact<{
  input: UpdateOfficeMessageSettingsInput;
}>;


export type UpdateOfficeMessageSettingsMutation = { updateOfficeMessageSettings:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ __typename: 'FieldProblem', field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'LinkNotAllowed', code: ErrorCode, message: string, host: string, field: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeMessages', officeId: string, organisationId: string, allowedLinkHosts: Array<string>, reminderOffsetsMinutes: Array<number> | null, defaultReminderOffsetsMinutes: Array<number>, copyEmail: string | null, surveyUrl: string | null, templates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, organisationTemplates: Array<{ __typename: 'MessageTemplateText', kind: MessageTemplateKind, language: MessageLanguage, subject: string, body: string, updatedAt: string }>, kinds: Array<{ __typename: 'MessageTemplateKindInfo', kind: MessageTemplateKind, placeholders: Array<string> }> }
   };

export type SignInProvidersQueryVariables = Exact<{
  organisation?: string | null | undefined;
}>;


export type SignInProvidersQuery = { signInProviders: Array<{ __typename: 'SignInProvider', organisationSlug: string, organisationName: string, displayName: string, loginPath: string }> };

export type SessionSignInProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionSignInProviderQuery = { sessionSignInProvider: { __typename: 'SignInProvider', displayName: string } | null };

export type StaffCheckInRemoteTicketMutationVariables = Exact<{
  input: CheckInRemoteTicketInput;
}>;


export type StaffCheckInRemoteTicketMutation = { checkInRemoteTicket:
    | { __typename: 'CheckInRefused', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, status: QueueEntryStatus }
   };

type Failure_AccountLocked_Fragment = { __typename: 'AccountLocked', code: ErrorCode, message: string };

type Failure_CheckInRefused_Fragment = { __typename: 'CheckInRefused', code: ErrorCode, message: string };

type Failure_CounterOccupied_Fragment = { __typename: 'CounterOccupied', code: ErrorCode, message: string };

type Failure_DuplicateRegistration_Fragment = { __typename: 'DuplicateRegistration', code: ErrorCode, message: string };

type Failure_InvalidBookingFields_Fragment = { __typename: 'InvalidBookingFields', code: ErrorCode, message: string };

type Failure_InvalidCredentials_Fragment = { __typename: 'InvalidCredentials', code: ErrorCode, message: string };

type Failure_InvalidInput_Fragment = { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string };

type Failure_InvalidTransition_Fragment = { __typename: 'InvalidTransition', code: ErrorCode, message: string };

type Failure_LinkNotAllowed_Fragment = { __typename: 'LinkNotAllowed', code: ErrorCode, message: string };

type Failure_NoShowLimitReached_Fragment = { __typename: 'NoShowLimitReached', code: ErrorCode, message: string };

type Failure_NotAtCounter_Fragment = { __typename: 'NotAtCounter', code: ErrorCode, message: string };

type Failure_NotFound_Fragment = { __typename: 'NotFound', code: ErrorCode, message: string };

type Failure_OfficeClosed_Fragment = { __typename: 'OfficeClosed', code: ErrorCode, message: string };

type Failure_OutsideBookingWindow_Fragment = { __typename: 'OutsideBookingWindow', code: ErrorCode, message: string };

type Failure_ProofOfWorkRequired_Fragment = { __typename: 'ProofOfWorkRequired', code: ErrorCode, message: string };

type Failure_QueueEmpty_Fragment = { __typename: 'QueueEmpty', code: ErrorCode, message: string };

type Failure_RemoteTicketHeld_Fragment = { __typename: 'RemoteTicketHeld', code: ErrorCode, message: string };

type Failure_RemoteTicketsOff_Fragment = { __typename: 'RemoteTicketsOff', code: ErrorCode, message: string };

type Failure_ReservationExpired_Fragment = { __typename: 'ReservationExpired', code: ErrorCode, message: string };

type Failure_SlotUnavailable_Fragment = { __typename: 'SlotUnavailable', code: ErrorCode, message: string };

type Failure_TicketsExhausted_Fragment = { __typename: 'TicketsExhausted', code: ErrorCode, message: string };

type Failure_TooManyAppointments_Fragment = { __typename: 'TooManyAppointments', code: ErrorCode, message: string };

type Failure_UnknownPlaceholder_Fragment = { __typename: 'UnknownPlaceholder', code: ErrorCode, message: string };

export type FailureFragment =
  | Failure_AccountLocked_Fragment
  | Failure_CheckInRefused_Fragment
  | Failure_CounterOccupied_Fragment
  | Failure_DuplicateRegistration_Fragment
  | Failure_InvalidBookingFields_Fragment
  | Failure_InvalidCredentials_Fragment
  | Failure_InvalidInput_Fragment
  | Failure_InvalidTransition_Fragment
  | Failure_LinkNotAllowed_Fragment
  | Failure_NoShowLimitReached_Fragment
  | Failure_NotAtCounter_Fragment
  | Failure_NotFound_Fragment
  | Failure_OfficeClosed_Fragment
  | Failure_OutsideBookingWindow_Fragment
  | Failure_ProofOfWorkRequired_Fragment
  | Failure_QueueEmpty_Fragment
  | Failure_RemoteTicketHeld_Fragment
  | Failure_RemoteTicketsOff_Fragment
  | Failure_ReservationExpired_Fragment
  | Failure_SlotUnavailable_Fragment
  | Failure_TicketsExhausted_Fragment
  | Failure_TooManyAppointments_Fragment
  | Failure_UnknownPlaceholder_Fragment
;

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Viewer', kind: string, name: string | null, account: { __typename: 'StaffAccount', id: string, displayName: string, username: string, isAdmin: boolean } | null, workOffices: Array<{ __typename: 'Office', id: string, name: string }>, statisticsOffices: Array<{ __typename: 'Office', id: string, name: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AccountLocked', lockedUntil: string, code: ErrorCode, message: string }
    | { __typename: 'InvalidCredentials', code: ErrorCode, message: string }
    | { __typename: 'Session', expiresAt: string }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type OfficeListQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeListQuery = { offices: { __typename: 'OfficeConnection', edges: Array<{ __typename: 'OfficeEdge', node: { __typename: 'Office', id: string, name: string } }> } };

export type CompleteSetupMutationVariables = Exact<{
  input: CompleteSetupInput;
}>;


export type CompleteSetupMutation = { completeSetup:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'StaffAccount', id: string, username: string }
   };

export type OfficeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeGroupsQuery = { officeGroups: Array<{ __typename: 'OfficeGroup', id: string, name: string, offices: Array<{ __typename: 'Office', id: string, name: string }> }> };

export type StatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type StatisticsQuery = { statistics: { __typename: 'Statistics', from: string, to: string, appointments: number, cancelled: number, noShows: number, walkIns: number, served: number, missed: number, offices: Array<{ __typename: 'Office', id: string, name: string }>, appointmentsByChannel: Array<{ __typename: 'ChannelCount', channel: Channel, appointments: number }>, waitingByHour: Array<{ __typename: 'HourlyWaiting', hour: number, customers: number, meanMinutes: number, p90Minutes: number }>, serviceTimes: Array<{ __typename: 'ServiceTime', customers: number, meanMinutes: number, service: { __typename: 'Service', id: string, name: string } }>, utilisation: Array<{ __typename: 'DayUtilisation', date: string, offered: number, booked: number }> } };

export type RoleFieldsFragment = { __typename: 'Role', id: string, name: string, permissions: Array<Permission> };

export type AssignmentFieldsFragment = { __typename: 'RoleAssignment', id: string, source: AssignmentSource, role: { __typename: 'Role', id: string, name: string, permissions: Array<Permission> }, department: { __typename: 'Department', id: string, name: string } | null, office: { __typename: 'Office', id: string, name: string, department: { __typename: 'Department', id: string } } | null };

export type OrganisationFieldsFragment = { __typename: 'Organisation', id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ __typename: 'Department', id: string, name: string }>, roles: Array<{ __typename: 'Role', id: string, name: string, permissions: Array<Permission> }> };

export type AdministeredOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministeredOfficesQuery = { viewer: { __typename: 'Viewer', account: { __typename: 'StaffAccount', id: string, isAdmin: boolean, assignments: Array<{ __typename: 'RoleAssignment', id: string, source: AssignmentSource, role: { __typename: 'Role', id: string, name: string, permissions: Array<Permission> }, department: { __typename: 'Department', id: string, name: string } | null, office: { __typename: 'Office', id: string, name: string, department: { __typename: 'Department', id: string } } | null }> } | null }, offices: { __typename: 'OfficeConnection', edges: Array<{ __typename: 'OfficeEdge', node: { __typename: 'Office', id: string, name: string, department: { __typename: 'Department', id: string, name: string }, organisation: { __typename: 'Organisation', id: string, name: string } } }> } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ __typename: 'Department', id: string, name: string }>, roles: Array<{ __typename: 'Role', id: string, name: string, permissions: Array<Permission> }> }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Organisation', id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ __typename: 'Department', id: string, name: string }>, roles: Array<{ __typename: 'Role', id: string, name: string, permissions: Array<Permission> }> }
   };

export type SetOrganisationHostsMutationVariables = Exact<{
  input: SetOrganisationHostsInput;
}>;


export type SetOrganisationHostsMutation = { setOrganisationHosts:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Organisation', id: string, hosts: Array<string> }
   };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment:
    | { __typename: 'Department', id: string, name: string }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DefineRoleMutationVariables = Exact<{
  input: DefineRoleInput;
}>;


export type DefineRoleMutation = { defineRole:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Role', id: string, name: string, permissions: Array<Permission> }
   };

export type CreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type CreateOfficeMutation = { createOffice:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Office', id: string, name: string, department: { __typename: 'Department', id: string, name: string } }
   };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ __typename: 'ApiKey', id: string, name: string, level: ApiKeyLevel, keyPrefix: string, createdAt: string, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string, apiKey: { __typename: 'ApiKey', id: string, name: string } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey' }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export const CapacityRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"repeatEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"publicCounters"}},{"kind":"Field","name":{"kind":"Name","value":"internCounters"}},{"kind":"Field","name":{"kind":"Name","value":"startInDays"}},{"kind":"Field","name":{"kind":"Name","value":"endInDays"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CapacityRuleFieldsFragment, unknown>;
export const AffectedAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AffectedAppointmentFragment, unknown>;
export const FailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FailureFragment, unknown>;
export const FieldFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FieldFailureFragment, unknown>;
export const CapacityChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CapacityChangeFieldsFragment, unknown>;
export const AlarmFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlarmFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AlarmFieldsFragment, unknown>;
export const FoundAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FoundAppointmentFragment, unknown>;
export const BookingFormDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFormDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"remarksMaxLength"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<BookingFormDefinitionFragment, unknown>;
export const CounterSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CounterSessionFieldsFragment, unknown>;
export const InternalNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InternalNoteFieldsFragment, unknown>;
export const QueueEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<QueueEntryFieldsFragment, unknown>;
export const QueueEntryOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<QueueEntryOutcomeFragment, unknown>;
export const CallOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CallOutcomeFragment, unknown>;
export const ServiceReleaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ServiceReleaseFieldsFragment, unknown>;
export const DrawFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTo"}},{"kind":"Field","name":{"kind":"Name","value":"offerHoldHours"}},{"kind":"Field","name":{"kind":"Name","value":"urgentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerableSlots"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DrawFieldsFragment, unknown>;
export const DrawRegistrationStaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawRegistrationStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRegistrationStaffView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgentReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryDigest"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DrawRegistrationStaffFieldsFragment, unknown>;
export const OrganisationHolidayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationHolidayFieldsFragment, unknown>;
export const HolidayAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HolidayAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HolidayAppointmentFragment, unknown>;
export const OrganisationLegalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationLegal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imprintUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityConformance"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityKnownBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityPreparedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementBody"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationLegalFragment, unknown>;
export const MessageTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MessageTemplateFieldsFragment, unknown>;
export const OfficeMessagesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeMessagesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeMessages"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedLinkHosts"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"copyEmail"}},{"kind":"Field","name":{"kind":"Name","value":"surveyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OfficeMessagesFieldsFragment, unknown>;
export const TemplateRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownPlaceholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkNotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TemplateRefusalFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const OfficeAdministrationDocument = {"__meta__":{"hash":"sha256:fb8d0c145135d907b918c6650206edd9f55e04cbea8acc1217d3b596735f4fd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDelayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"doubleOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"maxServicesPerAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"ticketPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"ticketFirstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLastNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketDailyContingent"}},{"kind":"Field","name":{"kind":"Name","value":"checkInEarlyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInLateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxCalls"}},{"kind":"Field","name":{"kind":"Name","value":"displayMessage"}},{"kind":"Field","name":{"kind":"Name","value":"noShowLimit"}},{"kind":"Field","name":{"kind":"Name","value":"contactRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRegion"}},{"kind":"Field","name":{"kind":"Name","value":"waitAlertMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxPersonsPerService"}},{"kind":"Field","name":{"kind":"Name","value":"headsUpWhenAhead"}},{"kind":"Field","name":{"kind":"Name","value":"headsUpWhenMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remoteTickets"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityRuleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keptAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"bookableOnline"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"repeatEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"publicCounters"}},{"kind":"Field","name":{"kind":"Name","value":"internCounters"}},{"kind":"Field","name":{"kind":"Name","value":"startInDays"}},{"kind":"Field","name":{"kind":"Name","value":"endInDays"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OfficeAdministrationQuery, OfficeAdministrationQueryVariables>;
export const UpdateOfficeSettingsDocument = {"__meta__":{"hash":"sha256:bdc49f561a3a950ee2c8bafdb90d1f0cef5d86235d877d54363e77697f2479cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateOfficeSettingsMutation, UpdateOfficeSettingsMutationVariables>;
export const SetOpeningHoursDocument = {"__meta__":{"hash":"sha256:d310d4da17904e7361286a6462343bb6a477543133bb3a4313df11ac779d30b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOpeningHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOpeningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetOpeningHoursMutation, SetOpeningHoursMutationVariables>;
export const CapacityPreviewDocument = {"__meta__":{"hash":"sha256:b9fff7e594efc01fc87cbe934e6f1fbb718f3b2588edb479c6b9ae6ca620fa87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"publicCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"internCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CapacityPreviewQuery, CapacityPreviewQueryVariables>;
export const CreateCapacityRuleDocument = {"__meta__":{"hash":"sha256:f73036d43218fc65532664a7619e92737ee6288c967233bbc2de7c237d997281"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<CreateCapacityRuleMutation, CreateCapacityRuleMutationVariables>;
export const UpdateCapacityRuleDocument = {"__meta__":{"hash":"sha256:0b8241e52eef28568b4db761a2c24be1e96bea482a683e8736f2c3d7d7b2ad66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<UpdateCapacityRuleMutation, UpdateCapacityRuleMutationVariables>;
export const DeleteCapacityRuleDocument = {"__meta__":{"hash":"sha256:21bc31d92cd511c96dcfe8ebf656ca0f806165375a67fc2fa38d96880074f304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<DeleteCapacityRuleMutation, DeleteCapacityRuleMutationVariables>;
export const AddClosureDocument = {"__meta__":{"hash":"sha256:756df1c1ee7332b454a9e01a7cd2ca6ee0c1f158778f52deabffba8356312ec5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<AddClosureMutation, AddClosureMutationVariables>;
export const RemoveClosureDocument = {"__meta__":{"hash":"sha256:efcbe953affa0efc3ae49bf9d019e86ff5f795e87e8f6dbb2afbada9309aa5f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<RemoveClosureMutation, RemoveClosureMutationVariables>;
export const CancelOfficeAppointmentsDocument = {"__meta__":{"hash":"sha256:8d03128c7960b3556a051bb941f987d5fe62798035360584a88b1d4a26cdfe03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOfficeAppointmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOfficeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelledAppointments"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CancelOfficeAppointmentsMutation, CancelOfficeAppointmentsMutationVariables>;
export const KeepClosureAppointmentsDocument = {"__meta__":{"hash":"sha256:92d1a23a53402cad54d2342fffe5080ac9aa6eccb5f6ca4bf7c7b93bc3d2ff99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeepClosureAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeepClosureAppointmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keepClosureAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KeepClosureAppointmentsMutation, KeepClosureAppointmentsMutationVariables>;
export const ServiceCatalogueDocument = {"__meta__":{"hash":"sha256:c57156bc83f0e271567d965e8389442914c4dae36a2a236574e107436b54e3c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ServiceCatalogueQuery, ServiceCatalogueQueryVariables>;
export const SetOfficeServiceDocument = {"__meta__":{"hash":"sha256:c3d608ac77ec8b7984b7f3ba1db632a5813c500a498975a932eed24be51e0cad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfficeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfficeServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetOfficeServiceMutation, SetOfficeServiceMutationVariables>;
export const RemoveOfficeServiceDocument = {"__meta__":{"hash":"sha256:523aabd8b4917e04b75609928de97877a999cc9bf15d1427982f163ea41a6227"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOfficeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOfficeServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOfficeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RemoveOfficeServiceMutation, RemoveOfficeServiceMutationVariables>;
export const CreateCounterDocument = {"__meta__":{"hash":"sha256:bd9c56384c73f8356f57660f4dcf479231d61e3d85473f86af3f753d8d13a803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateCounterMutation, CreateCounterMutationVariables>;
export const UpdateCounterDocument = {"__meta__":{"hash":"sha256:d52fa2ba15a2f3dbf6f5af0e3d6cdef7b84e9e3b5d2c88618c6f2de47ec72442"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateCounterMutation, UpdateCounterMutationVariables>;
export const DeleteCounterDocument = {"__meta__":{"hash":"sha256:d87c6596bf385c2aa00a02dcf98b258e4de10e005b9ded1c9e2017ec6cbd9772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteCounterMutation, DeleteCounterMutationVariables>;
export const CreateOfficeGroupDocument = {"__meta__":{"hash":"sha256:42da223ab9cbd377582a5d6de1dd91d995338c8f1cf866edb3e19d6e3051d52f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateOfficeGroupMutation, CreateOfficeGroupMutationVariables>;
export const UpdateOfficeGroupDocument = {"__meta__":{"hash":"sha256:ee4904cc5e9bd5afa347114530de716d93ebe89c2ac11247d5a71992b199ac7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateOfficeGroupMutation, UpdateOfficeGroupMutationVariables>;
export const DeleteOfficeGroupDocument = {"__meta__":{"hash":"sha256:5acc09ed5de6f4884b2ed9ab0e0635167a15852e1b83d19e07b12ccfc44b7832"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteOfficeGroupMutation, DeleteOfficeGroupMutationVariables>;
export const CreateDeviceDocument = {"__meta__":{"hash":"sha256:8bbe881f9ce9d45bd3bc36c587033787c4a8a2d7a8c0e914cc9000d8fe524af9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateDeviceMutation, CreateDeviceMutationVariables>;
export const RevokeDeviceDocument = {"__meta__":{"hash":"sha256:9724c6c50e0ffd66a713205468e8106dfd1586ac181d1bca3e874c9262494b57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RevokeDeviceMutation, RevokeDeviceMutationVariables>;
export const StaffAccountsDocument = {"__meta__":{"hash":"sha256:cc93436049e7c7e03a953e028b40c81816490262e655f3bcd6ec30da6a98b8fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = {"__meta__":{"hash":"sha256:30df66840cb5519fa9153cceb9b3a750cfb7b7958ea18c52febc858deb359bab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const UpdateStaffAccountDocument = {"__meta__":{"hash":"sha256:47fa45fa2e838fcd11c86e97551d5220a7e21504f23b51bf3c1c7112c64cb915"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateStaffAccountMutation, UpdateStaffAccountMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:9f09caa2ceb50c37c97fdf0ed2c4386480b910c1afd0cd2a68e7c445b8feb20d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const OpenAlarmsDocument = {"__meta__":{"hash":"sha256:10db97b9ec831b4a1cb0b25a8330a79fcd89abeb905ba0664215810cd62ada23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenAlarms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAlarms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlarmFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlarmFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OpenAlarmsQuery, OpenAlarmsQueryVariables>;
export const AlarmChangedDocument = {"__meta__":{"hash":"sha256:90c8653ccc79a12c2902672a1726eb87bb16667a293ff4e686dbd51673be51ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlarmChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alarmChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"alarm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlarmFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlarmFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AlarmChangedSubscription, AlarmChangedSubscriptionVariables>;
export const RaiseAlarmDocument = {"__meta__":{"hash":"sha256:0bf5fee267a1c92f4cfe89d9bfc57133f9c815722b8ab629227412d345165ae6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseAlarm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseAlarm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlarmFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlarmFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RaiseAlarmMutation, RaiseAlarmMutationVariables>;
export const AcknowledgeAlarmDocument = {"__meta__":{"hash":"sha256:fa3d0ebab9823a87a79e4c1133fa0df3af2bd843193cec0c9cf64502044e6ede"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlarm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeAlarmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlarm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlarmFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlarmFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alarm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AcknowledgeAlarmMutation, AcknowledgeAlarmMutationVariables>;
export const AppointmentSearchDocument = {"__meta__":{"hash":"sha256:6ad8660f4bd803bceebe6bf0ccddc79c9e057b59f9814dec977410cae23fe303"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentSearchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AppointmentSearchQuery, AppointmentSearchQueryVariables>;
export const CancelOnBehalfDocument = {"__meta__":{"hash":"sha256:cfb66f47668b5658d7600f2de4fc65b62fa9272daf79d24987be5fa3bd13701b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentOnBehalfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointmentOnBehalf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CancelOnBehalfMutation, CancelOnBehalfMutationVariables>;
export const RescheduleOnBehalfDocument = {"__meta__":{"hash":"sha256:6705df9cc45ba095442939d7ed9a8860278f76d44700a2045c1b17846feebb41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentOnBehalfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointmentOnBehalf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RescheduleOnBehalfMutation, RescheduleOnBehalfMutationVariables>;
export const CorrectContactDocument = {"__meta__":{"hash":"sha256:d3d9418512d159ceeee5918fbcf08948acdd2fe2724c60503d1187528ef6dc12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectAppointmentContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctAppointmentContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CorrectContactMutation, CorrectContactMutationVariables>;
export const ResendConfirmationDocument = {"__meta__":{"hash":"sha256:6cc0331726864707ad623b4ee4bd2e4ee4e8bb3e9fb432f7c05fdad5138de570"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendAppointmentConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendAppointmentConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ResendConfirmationMutation, ResendConfirmationMutationVariables>;
export const AdminBookingFormDocument = {"__meta__":{"hash":"sha256:c34cf25c0cfbb4f707c19e2ef33e1dfe775bba950bef0094cd9f03abbffd0b7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBookingForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFormDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFormDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"remarksMaxLength"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdminBookingFormQuery, AdminBookingFormQueryVariables>;
export const UpdateBookingFormDocument = {"__meta__":{"hash":"sha256:33837edacd8fa284cb4e0947d3e14e89891cf161c7494082136d295f2367031e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBookingForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBookingFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBookingForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingFormDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingFormDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"remarksMaxLength"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateBookingFormMutation, UpdateBookingFormMutationVariables>;
export const AddInternalNoteDocument = {"__meta__":{"hash":"sha256:890e073220cf10fccb9186b2c675051e97a0b65126cefaafa83caa7ae23e4010"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInternalNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInternalNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AddInternalNoteMutation, AddInternalNoteMutationVariables>;
export const SearchSynonymsDocument = {"__meta__":{"hash":"sha256:c5db57d0612e09a0b3d7f99c04284c29b89401d32f4a0fce468bb6fda59d7d0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSynonyms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSynonyms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"means"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SearchSynonymsQuery, SearchSynonymsQueryVariables>;
export const AddSearchSynonymDocument = {"__meta__":{"hash":"sha256:c4f3cb018c09bd029e781d7a90c749fa4a3b2d43cb14f959adbbc646d3da8835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AddSearchSynonymMutation, AddSearchSynonymMutationVariables>;
export const RemoveSearchSynonymDocument = {"__meta__":{"hash":"sha256:3bcdbbaf7c068ce560b483a2434fda3bd5ef29fcd44801ffb2a012701ebcef69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RemoveSearchSynonymMutation, RemoveSearchSynonymMutationVariables>;
export const ServiceTextsDocument = {"__meta__":{"hash":"sha256:798b8488e94443aec99232c170858321da2e0dffec48c3cda0cc9c6339d5b980"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"nameDe"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"descriptionDe"},"name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"whatToBringDe"},"name":{"kind":"Name","value":"whatToBring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","alias":{"kind":"Name","value":"descriptionEn"},"name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","alias":{"kind":"Name","value":"whatToBringEn"},"name":{"kind":"Name","value":"whatToBring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ServiceTextsQuery, ServiceTextsQueryVariables>;
export const SetServiceTextDocument = {"__meta__":{"hash":"sha256:295552339a67ccda69d27fade2e2854bd861cc52e7106735cc03ebe4cdd8177a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetServiceTextMutation, SetServiceTextMutationVariables>;
export const CounterOfficeDocument = {"__meta__":{"hash":"sha256:3542da30399632fd05c95ff33c877d7335880551fc106ce9d3e54029cb880b30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CounterOfficeQuery, CounterOfficeQueryVariables>;
export const SignInAtCounterDocument = {"__meta__":{"hash":"sha256:e2add76e58e4514abb74b4f7a764e28b2638fd81120ced5d6c65576119cedfaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAtCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInAtCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInAtCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOccupied"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"canTakeOver"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SignInAtCounterMutation, SignInAtCounterMutationVariables>;
export const CounterSessionsDocument = {"__meta__":{"hash":"sha256:c4c771dd613834ebe829b77b158d59a2ef889c99988c33ff3888f9ae03e986d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CounterSessionsQuery, CounterSessionsQueryVariables>;
export const SignOutOfCounterDocument = {"__meta__":{"hash":"sha256:71a6b03d81199be2b1cd610167fd7fea9a00b1d9cc7da04f947544c2ca23b4f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutOfCounter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutOfCounter"}}]}}]} as unknown as DocumentNode<SignOutOfCounterMutation, SignOutOfCounterMutationVariables>;
export const QueueDocument = {"__meta__":{"hash":"sha256:10ecefb8b7a8efb4e568a4ad3f4f746494de0aa490108ecf7431ed133875a9b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Queue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCounter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callingOrder"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<QueueQuery, QueueQueryVariables>;
export const QueueChangedDocument = {"__meta__":{"hash":"sha256:647e5bbc4f9efd371bd80f4fb3101995ebec7f3a1376a18b298a7f258ce40f6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const CallNextDocument = {"__meta__":{"hash":"sha256:828c0fcbd368b112f17d8b916d5ce4c76df5fcef93c5f163ee7e2d1431c98ffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]} as unknown as DocumentNode<CallNextMutation, CallNextMutationVariables>;
export const CallEntryDocument = {"__meta__":{"hash":"sha256:a54f7247ef480b5d86e38fd66cd1ec1ee8b66a5fb267d7635b1825a96a4100c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]} as unknown as DocumentNode<CallEntryMutation, CallEntryMutationVariables>;
export const RecallEntryDocument = {"__meta__":{"hash":"sha256:6c619e15dd23539647b115c37f6b3a2d2b74de2e9114119a6d6bf7649b870502"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecallEntryMutation, RecallEntryMutationVariables>;
export const MarkMissedDocument = {"__meta__":{"hash":"sha256:393a9c6a725558926804ef11b0d2032496a51bbbcd902a63215e70f74dfaffd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMissed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMissed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkMissedMutation, MarkMissedMutationVariables>;
export const RequeueEntryDocument = {"__meta__":{"hash":"sha256:35be2a35b15cbfdfc6cdc62c8dba3777a0d50210b722e0c6533b1e2e493d5746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequeueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequeueEntryMutation, RequeueEntryMutationVariables>;
export const ParkEntryDocument = {"__meta__":{"hash":"sha256:b7b7764eec17f15dc2bb2fb06345a542730a6172197a0918c41ec38fff092d49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParkEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ParkEntryMutation, ParkEntryMutationVariables>;
export const StartServiceDocument = {"__meta__":{"hash":"sha256:2dc9d85bf06eafb8204a6b991ae41c90bd202180865d248984efe26375df01ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StartServiceMutation, StartServiceMutationVariables>;
export const FinishServiceDocument = {"__meta__":{"hash":"sha256:610f5652fd95c8457900ad4cb0d554da9bc5bae854f48a93e13656fbfeb764d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FinishServiceMutation, FinishServiceMutationVariables>;
export const RedirectEntryDocument = {"__meta__":{"hash":"sha256:5d17ade25b847035aebceb6c9ef6471efed89bea58f394bcca99faf79b397aa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedirectEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedirectEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RedirectEntryMutation, RedirectEntryMutationVariables>;
export const SetEntryPriorityDocument = {"__meta__":{"hash":"sha256:8678c88152b00ac28fa0bc5e77d1de62c628d65540db40b0672dbb56585a4a56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEntryPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetEntryPriorityMutation, SetEntryPriorityMutationVariables>;
export const IssueTicketDocument = {"__meta__":{"hash":"sha256:9231ad88c77ae374d272f96aac465396dd97d51b157e1730a035fd7fadb28dd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<IssueTicketMutation, IssueTicketMutationVariables>;
export const CheckInDocument = {"__meta__":{"hash":"sha256:83aaa323970ca759c6db9e36efe98c805b223e9007d215ac758a57e834837748"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternalNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"checkInUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"bookingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"optionLabelEn"},"name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternalNoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const OnSiteSlotsDocument = {"__meta__":{"hash":"sha256:42063cfa7506c2cc21c9c8bda66f7c61394a6a303a44ae5a39567ab47fcf0945"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnSiteSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startTimes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OnSiteSlotsQuery, OnSiteSlotsQueryVariables>;
export const OnSitePersonsLimitDocument = {"__meta__":{"hash":"sha256:c61d3fb4cbf92f627786840c5079da56dbdda059437103057f4117876dc32fd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnSitePersonsLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPersonsPerService"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OnSitePersonsLimitQuery, OnSitePersonsLimitQueryVariables>;
export const ReserveOnSiteDocument = {"__meta__":{"hash":"sha256:9e5c3cdbb459838ad2962234792e9e1a1eb3bf9140c9eefb48aaa58be246b7f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveOnSiteMutation, ReserveOnSiteMutationVariables>;
export const ConfirmOnSiteDocument = {"__meta__":{"hash":"sha256:e5d58cc87bafcc08e2975763759a3e82e9ec68af8604d0822d8ff9f49a5837ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmedAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConfirmOnSiteMutation, ConfirmOnSiteMutationVariables>;
export const DayPlanDocument = {"__meta__":{"hash":"sha256:3505ef071fd9d9a72ac2e1c76af390bd5b801287253ca8fef81ddd78bc393147"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"optionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DayPlanQuery, DayPlanQueryVariables>;
export const DayPlanNotesDocument = {"__meta__":{"hash":"sha256:fb2e4b77a20a84579b0236d2dc1f28cbeb859d15cd9977d39c63aa44f90c315c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayPlanNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internalNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"appointmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DayPlanNotesQuery, DayPlanNotesQueryVariables>;
export const DayPlanChangedDocument = {"__meta__":{"hash":"sha256:084f2da67c844e00148b5d87725e7b5167a018f4850301ffb2a53c1d851bcdd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DayPlanChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayPlanChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DayPlanChangedSubscription, DayPlanChangedSubscriptionVariables>;
export const ExportDayPlanDocument = {"__meta__":{"hash":"sha256:128cca81bb36d8cb7c3b893a9ea61a3449c02ee267a08d4102968d3c2e277e6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportDayPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportDayPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportDayPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DayPlanFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ExportDayPlanMutation, ExportDayPlanMutationVariables>;
export const DayPlanOfficesDocument = {"__meta__":{"hash":"sha256:8c82d21c1ebc3f6ac9e58f45c4065a8d4440bd86d4672f4364d6347e746f55e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayPlanOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dayPlanOffices"},"name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"manageAppointments"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DayPlanOfficesQuery, DayPlanOfficesQueryVariables>;
export const DrawAdministrationDocument = {"__meta__":{"hash":"sha256:a3eeb70d02cb017b0f324304e8de695355602bdf9942bd9feb4f797a06b4cb42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTo"}},{"kind":"Field","name":{"kind":"Name","value":"offerHoldHours"}},{"kind":"Field","name":{"kind":"Name","value":"urgentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerableSlots"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DrawAdministrationQuery, DrawAdministrationQueryVariables>;
export const ServiceReleasesDocument = {"__meta__":{"hash":"sha256:99d6291127c4eaa7a3e040973f9fca4d8b22aed17084905d959eba7db8bb9a4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceReleases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReleases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceReleaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ServiceReleasesQuery, ServiceReleasesQueryVariables>;
export const SetServiceReleaseModeDocument = {"__meta__":{"hash":"sha256:1c678527decef0232fc7b50b8540b69373689cf9c4931bcf220152f9cc0b109c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceReleaseMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceReleaseModeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceReleaseMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceReleaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"releasedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetServiceReleaseModeMutation, SetServiceReleaseModeMutationVariables>;
export const ScheduleDrawDocument = {"__meta__":{"hash":"sha256:ba7a8a305453a33614f9677ec82b0902cabcaffa2e5b32a283f9c73352e0dfcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTo"}},{"kind":"Field","name":{"kind":"Name","value":"offerHoldHours"}},{"kind":"Field","name":{"kind":"Name","value":"urgentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerableSlots"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ScheduleDrawMutation, ScheduleDrawMutationVariables>;
export const CancelDrawDocument = {"__meta__":{"hash":"sha256:e5fe838ed92b8b36b59165c54e37ad2f4a9b268a95b37117d6f4b1127fbdd3d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drawId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drawId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drawId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTo"}},{"kind":"Field","name":{"kind":"Name","value":"offerHoldHours"}},{"kind":"Field","name":{"kind":"Name","value":"urgentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerableSlots"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CancelDrawMutation, CancelDrawMutationVariables>;
export const DrawRegistrationsDocument = {"__meta__":{"hash":"sha256:8a0367a1d1ae27123cfd52964ba9019104449bc3ab8a4f5adeb4670b5c4ac769"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drawId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drawId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drawId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawRegistrationStaffFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawRegistrationStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRegistrationStaffView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgentReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryDigest"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DrawRegistrationsQuery, DrawRegistrationsQueryVariables>;
export const SetDrawRegistrationUrgentDocument = {"__meta__":{"hash":"sha256:6f0839cfec64a744badadfd5e1dde725185184e91710033238c3d9fb322a3286"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDrawRegistrationUrgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDrawRegistrationUrgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"urgent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRegistrationStaffView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawRegistrationStaffFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawRegistrationStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRegistrationStaffView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgentReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryDigest"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetDrawRegistrationUrgentMutation, SetDrawRegistrationUrgentMutationVariables>;
export const CounterDrawsDocument = {"__meta__":{"hash":"sha256:08d5d2e451876a87a491002f5832cb5e20a9e48b5f899b631d9f8ba812c2ef00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterDraws"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPersonsPerService"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTo"}},{"kind":"Field","name":{"kind":"Name","value":"offerHoldHours"}},{"kind":"Field","name":{"kind":"Name","value":"urgentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerableSlots"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CounterDrawsQuery, CounterDrawsQueryVariables>;
export const RegisterForDrawOnBehalfDocument = {"__meta__":{"hash":"sha256:9cec8d649fbc45e42fb28543afb6d5b37ec50b3feea8f9096849bd219728c1fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForDrawOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryDigest"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RegisterForDrawOnBehalfMutation, RegisterForDrawOnBehalfMutationVariables>;
export const CounterTicketContactDocument = {"__meta__":{"hash":"sha256:3413e0d02325f172316d25f76e0e254e7c3ab81c38418034cbb87f1d0704c70a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterTicketContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketContactOfEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CounterTicketContactQuery, CounterTicketContactQueryVariables>;
export const CounterSetTicketContactDocument = {"__meta__":{"hash":"sha256:d380b5f1103a93baf7b4d275220954dad1fc782013ff870d8ee6ed3c337d14b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterSetTicketContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<CounterSetTicketContactMutation, CounterSetTicketContactMutationVariables>;
export const OrganisationHolidaysDocument = {"__meta__":{"hash":"sha256:a7459695a339e38aec9752ef43482031e64fc5e42c635f7878f7c911407488e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidays"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationHolidaysQuery, OrganisationHolidaysQueryVariables>;
export const AddOrganisationHolidayDocument = {"__meta__":{"hash":"sha256:13525d2b7b716a3240794f43b8fe397712871cd25192da969f5344120bfb3e6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganisationHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganisationHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganisationHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidayChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HolidayAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HolidayAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AddOrganisationHolidayMutation, AddOrganisationHolidayMutationVariables>;
export const RemoveOrganisationHolidayDocument = {"__meta__":{"hash":"sha256:a32ec3750e1c38119bd749d79ecd5c42508c3cf53dc5c3c14454446998092578"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganisationHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOrganisationHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganisationHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidayChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RemoveOrganisationHolidayMutation, RemoveOrganisationHolidayMutationVariables>;
export const LeadPanelDocument = {"__meta__":{"hash":"sha256:ba7e8b6ca209587478aa885767cebefaa2b086cd8640969cb7c662a0df8e004b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadPanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"waitingByService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"waitAlertMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"alertAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrived"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekdayAverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"arrived"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LeadPanelQuery, LeadPanelQueryVariables>;
export const LeadPanelChangedDocument = {"__meta__":{"hash":"sha256:74e51ffd5042a042fae57491f7a8db588d9fdde912e1dbc0a5de6654a36945b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadPanelChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadPanelChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LeadPanelChangedSubscription, LeadPanelChangedSubscriptionVariables>;
export const OrganisationLegalSettingsDocument = {"__meta__":{"hash":"sha256:a397b41cbcb28d9816cc352a52656ec606787324cd3d44a0908a10c55237ece6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationLegalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationLegal"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationLegal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imprintUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityConformance"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityKnownBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityPreparedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementBody"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationLegalSettingsQuery, OrganisationLegalSettingsQueryVariables>;
export const SetOrganisationLegalSettingsDocument = {"__meta__":{"hash":"sha256:4a570f7141474bc36d74de26f18b15efc724fb8e232d2091873b91ece63fdf97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationLegalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationLegalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationLegalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationLegal"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationLegal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imprintUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityConformance"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityKnownBarriers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityPreparedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementBody"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityEnforcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetOrganisationLegalSettingsMutation, SetOrganisationLegalSettingsMutationVariables>;
export const MaintenanceSwitchDocument = {"__meta__":{"hash":"sha256:085099a3fcd00f15f600e8764ce73e1b25e7a6ecb7395de04601e6ab5edc52f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceSwitch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MaintenanceSwitchQuery, MaintenanceSwitchQueryVariables>;
export const SetMaintenanceModeDocument = {"__meta__":{"hash":"sha256:56863d1dd1f9075f01b80c18b64d9dc3b1da53bdc76ebc9c4f4d71ee7dc40af6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaintenanceMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaintenanceModeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaintenanceMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceModeView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetMaintenanceModeMutation, SetMaintenanceModeMutationVariables>;
export const OfficeMessagesDocument = {"__meta__":{"hash":"sha256:ad9ca6f43566365f32091eaec54eb15eec1ebce98838d622b2fcd2c28b5a469e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeMessagesFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeMessagesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeMessages"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedLinkHosts"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"copyEmail"}},{"kind":"Field","name":{"kind":"Name","value":"surveyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OfficeMessagesQuery, OfficeMessagesQueryVariables>;
export const PreviewMessageDocument = {"__meta__":{"hash":"sha256:55968eb7c8dc5f68b92239ab8051e42dc7a05689aaffc2667f813dae9e2698b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessagePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownPlaceholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkNotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PreviewMessageQuery, PreviewMessageQueryVariables>;
export const SaveMessageTemplateDocument = {"__meta__":{"hash":"sha256:ce1f48eccad3895f05bb80fc23b5ef9c74c1c1526ceee1c151f088542da07e8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownPlaceholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkNotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SaveMessageTemplateMutation, SaveMessageTemplateMutationVariables>;
export const RemoveMessageTemplateDocument = {"__meta__":{"hash":"sha256:39cab7f2207e8db6f8503c9117d733591d3201bab764f6a72ad0bb56abfa4312"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RemoveMessageTemplateMutation, RemoveMessageTemplateMutationVariables>;
export const UpdateOfficeMessageSettingsDocument = {"__meta__":{"hash":"sha256:626bf5c9b3dbf78fe8c5122bd27dfb4f61239b0296b608dfb10bf2e8df79be02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficeMessageSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeMessageSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficeMessageSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeMessagesFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeMessagesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeMessages"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedLinkHosts"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReminderOffsetsMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"copyEmail"}},{"kind":"Field","name":{"kind":"Name","value":"surveyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownPlaceholder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkNotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateOfficeMessageSettingsMutation, UpdateOfficeMessageSettingsMutationVariables>;
export const SignInProvidersDocument = {"__meta__":{"hash":"sha256:5a1ad66b63acc18288a95fb257d445cf38761a4972dcf7f9b1e212e9bada5bd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSlug"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"loginPath"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const SessionSignInProviderDocument = {"__meta__":{"hash":"sha256:4a8509d50823b787c9eb7e530d8084c9af9cd1d5950fe5fb1abc808c62816e29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionSignInProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionSignInProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SessionSignInProviderQuery, SessionSignInProviderQueryVariables>;
export const StaffCheckInRemoteTicketDocument = {"__meta__":{"hash":"sha256:35b61695e57f007f147d5e52940985b9b7866c6fde3e7e0b7888caf9e30b29a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCheckInRemoteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInRemoteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInRemoteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCheckInRemoteTicketMutation, StaffCheckInRemoteTicketMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:e62199087a674206e08386c87eeb91880787217ce3162bf778706b3081b19a43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"workOffices"},"name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"workQueue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statisticsOffices"},"name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"viewStatistics"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:5925a3491202a25fb0194b2442f1c50cb177c56a65890a0de0165857a9a52290"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLocked"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OfficeListDocument = {"__meta__":{"hash":"sha256:34e4e8e18a8e0f269ca25d5f1daf06c19ded1b58358598f75b95299ee6b3ac50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeListQuery, OfficeListQueryVariables>;
export const CompleteSetupDocument = {"__meta__":{"hash":"sha256:47cfbef35c355cc2f877ee7a7616ed3c161b14360d38ac78528a3b4b9a1c9215"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CompleteSetupMutation, CompleteSetupMutationVariables>;
export const OfficeGroupsDocument = {"__meta__":{"hash":"sha256:6f9022eed85596741b1a6b3cb1bfcf67eb40daa1bb0ee8abf97a765bc58c3c0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeGroupsQuery, OfficeGroupsQueryVariables>;
export const StatisticsDocument = {"__meta__":{"hash":"sha256:ea8fcbfb1fd0d45e6676097284f29a0f72653eb4f60e5b585dbb9cbbf23e65a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingByHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const AdministeredOfficesDocument = {"__meta__":{"hash":"sha256:8b40192c7db32f20c4fa30fdb86417ba75220c0f851b6ae88c9e60578529331c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministeredOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AdministeredOfficesQuery, AdministeredOfficesQueryVariables>;
export const OrganisationsDocument = {"__meta__":{"hash":"sha256:cbc27dad5b639be7ff6f26d33ddcfe6d4ebe749e4ba0112d245ce4a25b4a4062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"__meta__":{"hash":"sha256:f828c1e1643e8728bed42ebee30de7b92d539ae1b254bf66045a59ad4168eb35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const SetOrganisationHostsDocument = {"__meta__":{"hash":"sha256:1d4bdaa24bd0cbbec659639388f3617a08fba9dc50933c2d84e0aa448875e760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationHostsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetOrganisationHostsMutation, SetOrganisationHostsMutationVariables>;
export const CreateDepartmentDocument = {"__meta__":{"hash":"sha256:1f7015420da14e831f3297afaf5b1757fefc6665b7013d7c09d08e1a279518b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const DefineRoleDocument = {"__meta__":{"hash":"sha256:aa2990259010318dc2f74c7f15721776720b0acae3e6e75089aff3254b065f64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DefineRoleMutation, DefineRoleMutationVariables>;
export const CreateOfficeDocument = {"__meta__":{"hash":"sha256:a40578073125fd8ae8cf3047c426fd5520c90da44f643e675ca204dca483190d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Office"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateOfficeMutation, CreateOfficeMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"sha256:64f5111e5646007523d30afeffcf4df7169f76a6f4d05dcd99ddb11296484eb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"sha256:52803dc0f2b0d336c6bd2a5ffc06678337c4ca3176948c8354947d65a59bdaba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"sha256:122e3b7e8110966eab2b92be788197fe87499ec7314d4894d4a4e33d7cc55045"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;