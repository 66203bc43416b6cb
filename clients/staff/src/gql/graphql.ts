/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** Services of one appointment, 1..10, in the order they are served; their durations add up. */
  serviceIds: Array<string | number>;
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

/** Booked appointments on closed days that the office keeps: they are served as booked and no longer listed as open. */
export type KeepClosureAppointmentsInput = {
  /** Appointments of Closure.openAppointments to keep. */
  appointmentIds: Array<string | number>;
  /** The closure. */
  closureId: string | number;
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

/** Replaces the host names of an organisation (platform admins). */
export type SetOrganisationHostsInput = {
  /** Host names, lower case, without port. */
  hosts: Array<string>;
  /** The organisation. */
  organisationId: string | number;
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

export type CapacityRuleFieldsFragment = { id: string, weekdays: Array<number>, startTime: string, endTime: string, validFrom: string, validUntil: string | null, repeatEveryWeeks: number, slotMinutes: number, publicCounters: number, internCounters: number, startInDays: number, endInDays: number };

export type AffectedAppointmentFragment = { id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> };

export type OfficeAdministrationQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeAdministrationQuery = { office: { id: string, name: string, version: number, department: { id: string, name: string }, organisation: { id: string, name: string, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string, permissions: Array<Permission> }> }, settings: { reservationMinutes: number, releaseDelayMinutes: number, doubleOptIn: boolean, maxServicesPerAppointment: number, ticketPrefix: string, ticketFirstNumber: number, ticketLastNumber: number, ticketDailyContingent: number, checkInEarlyMinutes: number, checkInLateMinutes: number, maxCalls: number, displayMessage: string, noShowLimit: number, contactRetentionDays: number, holidayRegion: string }, openingHours: Array<{ weekdays: Array<number>, open: string, close: string }>, capacityRules: Array<{ id: string, weekdays: Array<number>, startTime: string, endTime: string, validFrom: string, validUntil: string | null, repeatEveryWeeks: number, slotMinutes: number, publicCounters: number, internCounters: number, startInDays: number, endInDays: number }>, closures: Array<{ id: string, date: string, until: string, reason: string, openAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }>, keptAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }>, services: Array<{ durationSlots: number, bookableOnline: boolean, service: { id: string, name: string } }>, counters: Array<{ id: string, name: string, room: string | null }>, devices: Array<{ id: string, name: string, kind: DeviceKind, keyPrefix: string, createdAt: string, revokedAt: string | null, group: { id: string, name: string } | null }> } | null };

export type FieldFailureFragment = { fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> };

export type UpdateOfficeSettingsMutationVariables = Exact<{
  input: UpdateOfficeSettingsInput;
}>;


export type UpdateOfficeSettingsMutation = { updateOfficeSettings:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Office' }
   };

export type SetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type SetOpeningHoursMutation = { setOpeningHours:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Office' }
   };

export type CapacityPreviewQueryVariables = Exact<{
  input: CapacityPreviewInput;
}>;


export type CapacityPreviewQuery = { capacityPreview:
    | { __typename: 'CapacityPreview', weekStart: string, slots: Array<{ start: string, end: string, date: string, publicCapacity: number, internCapacity: number, taken: number }>, affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

type CapacityChangeFields_CapacityChange_Fragment = { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> };

type CapacityChangeFields_InvalidInput_Fragment = { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> };

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
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type UpdateCapacityRuleMutationVariables = Exact<{
  input: UpdateCapacityRuleInput;
}>;


export type UpdateCapacityRuleMutation = { updateCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type DeleteCapacityRuleMutationVariables = Exact<{
  input: DeleteCapacityRuleInput;
}>;


export type DeleteCapacityRuleMutation = { deleteCapacityRule:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type AddClosureMutationVariables = Exact<{
  input: AddClosureInput;
}>;


export type AddClosureMutation = { addClosure:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type RemoveClosureMutationVariables = Exact<{
  input: RemoveClosureInput;
}>;


export type RemoveClosureMutation = { removeClosure:
    | { __typename: 'CapacityChange', affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, services: Array<{ service: { id: string, name: string } }> }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type CancelOfficeAppointmentsMutationVariables = Exact<{
  input: CancelOfficeAppointmentsInput;
}>;


export type CancelOfficeAppointmentsMutation = { cancelOfficeAppointments:
    | { __typename: 'CancelledAppointments', appointments: Array<{ id: string }> }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type KeepClosureAppointmentsMutationVariables = Exact<{
  input: KeepClosureAppointmentsInput;
}>;


export type KeepClosureAppointmentsMutation = { keepClosureAppointments:
    | { __typename: 'Closure' }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type ServiceCatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ServiceCatalogueQuery = { services: { edges: Array<{ node: { id: string, name: string } }> } };

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
    | { __typename: 'CreatedDevice', key: string, device: { id: string, name: string } }
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


export type StaffAccountsQuery = { staffAccounts: { edges: Array<{ node: { id: string, username: string, displayName: string, disabled: boolean, isAdmin: boolean, assignments: Array<{ id: string, source: AssignmentSource, role: { id: string, name: string, permissions: Array<Permission> }, department: { id: string, name: string } | null, office: { id: string, name: string, department: { id: string } } | null }> } }> } };

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


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, action: string, actorKind: string, actorName: string, details: Record<string, unknown> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SearchSynonymsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SearchSynonymsQuery = { searchSynonyms: { edges: Array<{ node: { id: string, term: string, means: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AddSearchSynonymMutationVariables = Exact<{
  input: AddSearchSynonymInput;
}>;


export type AddSearchSynonymMutation = { addSearchSynonym:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
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


export type ServiceTextsQuery = { services: { edges: Array<{ node: { id: string, nameDe: string, descriptionDe: string | null, whatToBringDe: string | null, nameEn: string, descriptionEn: string | null, whatToBringEn: string | null } }> } };

export type SetServiceTextMutationVariables = Exact<{
  input: SetServiceTextInput;
}>;


export type SetServiceTextMutation = { setServiceText:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Service' }
   };

export type CounterOfficeQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterOfficeQuery = { office: { id: string, name: string, counters: Array<{ id: string, name: string, room: string | null }>, services: Array<{ durationSlots: number, service: { id: string, name: string } }> } | null };

export type CounterSessionFieldsFragment = { counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string };

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


export type CounterSessionsQuery = { counterSessions: Array<{ counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string }> };

export type SignOutOfCounterMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutOfCounterMutation = { signOutOfCounter: boolean };

export type QueueEntryFieldsFragment = { id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> };

type QueueEntryOutcome_InvalidInput_Fragment = { __typename: 'InvalidInput', code: ErrorCode, message: string };

type QueueEntryOutcome_InvalidTransition_Fragment = { __typename: 'InvalidTransition', code: ErrorCode, message: string };

type QueueEntryOutcome_NotFound_Fragment = { __typename: 'NotFound', code: ErrorCode, message: string };

type QueueEntryOutcome_QueueEntry_Fragment = { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> };

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

type CallOutcome_QueueEntry_Fragment = { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> };

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


export type QueueQuery = { queue: { version: number, computedAt: string, nextChangeAt: string | null, entries: Array<{ id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }>, myCounter: { callingOrder: Array<string>, session: { counterId: string, counterName: string, officeId: string, serviceIds: Array<string> | null, staffName: string, signedInAt: string } } | null } };

export type QueueChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type QueueChangedSubscription = { queueChanged: { officeId: string, version: number } };

export type CallNextMutationVariables = Exact<{ [key: string]: never; }>;


export type CallNextMutation = { callNext:
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEmpty', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type CallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type CallEntryMutation = { callEntry:
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotAtCounter', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEmpty', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type RecallEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type RecallEntryMutation = { recallEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type MarkMissedMutationVariables = Exact<{
  input: EntryInput;
}>;


export type MarkMissedMutation = { markMissed:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type RequeueEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type RequeueEntryMutation = { requeueEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type ParkEntryMutationVariables = Exact<{
  input: EntryInput;
}>;


export type ParkEntryMutation = { parkEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type StartServiceMutationVariables = Exact<{
  input: EntryInput;
}>;


export type StartServiceMutation = { startService:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type FinishServiceMutationVariables = Exact<{
  input: FinishServiceInput;
}>;


export type FinishServiceMutation = { finishService:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type RedirectEntryMutationVariables = Exact<{
  input: RedirectEntryInput;
}>;


export type RedirectEntryMutation = { redirectEntry:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type SetEntryPriorityMutationVariables = Exact<{
  input: SetEntryPriorityInput;
}>;


export type SetEntryPriorityMutation = { setEntryPriority:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'InvalidTransition', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type IssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type IssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'Ticket', statusUrl: string, entry: { id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, status: QueueEntryStatus, priority: number, withAppointment: boolean, appointmentStart: string | null, arrivedAt: string, calledCount: number, lastCalledAt: string | null, counterName: string | null, position: number | null, estimatedWaitMinutes: number | null, skippedUntil: string | null, citizenName: string | null, allowedActions: Array<QueueAction>, services: Array<{ id: string, name: string }> }
   };

export type OnSiteSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type OnSiteSlotsQuery = { availableSlots: Array<{ version: number, startTimes: Array<string> }> };

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
    | { __typename: 'ConfirmedAppointment', appointment: { number: number, start: string } }
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NoShowLimitReached', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'ReservationExpired', code: ErrorCode, message: string }
    | { __typename: 'TooManyAppointments', code: ErrorCode, message: string }
   };

export type OrganisationHolidayFieldsFragment = { id: string, day: string, name: string };

export type HolidayAppointmentFragment = { id: string, number: number, start: string, channel: Channel, contactName: string | null, office: { id: string, name: string }, services: Array<{ service: { id: string, name: string } }> };

export type OrganisationHolidaysQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationHolidaysQuery = { organisationHolidays:
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidays', organisationId: string, days: Array<{ id: string, day: string, name: string }> }
   };

export type AddOrganisationHolidayMutationVariables = Exact<{
  input: AddOrganisationHolidayInput;
}>;


export type AddOrganisationHolidayMutation = { addOrganisationHoliday:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string, fieldProblems: Array<{ field: string, message: string, min: number | null, max: number | null }> }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { id: string, day: string, name: string }, holidays: { organisationId: string, days: Array<{ id: string, day: string, name: string }> }, affectedAppointments: Array<{ id: string, number: number, start: string, channel: Channel, contactName: string | null, office: { id: string, name: string }, services: Array<{ service: { id: string, name: string } }> }> }
   };

export type RemoveOrganisationHolidayMutationVariables = Exact<{
  input: RemoveOrganisationHolidayInput;
}>;


export type RemoveOrganisationHolidayMutation = { removeOrganisationHoliday:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OrganisationHolidayChange', holiday: { id: string, day: string, name: string }, holidays: { organisationId: string, days: Array<{ id: string, day: string, name: string }> } }
   };

export type SignInProvidersQueryVariables = Exact<{
  organisation?: string | null | undefined;
}>;


export type SignInProvidersQuery = { signInProviders: Array<{ organisationSlug: string, organisationName: string, displayName: string, loginPath: string }> };

export type SessionSignInProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionSignInProviderQuery = { sessionSignInProvider: { displayName: string } | null };

type Failure_AccountLocked_Fragment = { code: ErrorCode, message: string };

type Failure_CheckInRefused_Fragment = { code: ErrorCode, message: string };

type Failure_CounterOccupied_Fragment = { code: ErrorCode, message: string };

type Failure_InvalidCredentials_Fragment = { code: ErrorCode, message: string };

type Failure_InvalidInput_Fragment = { problems: Array<string>, code: ErrorCode, message: string };

type Failure_InvalidTransition_Fragment = { code: ErrorCode, message: string };

type Failure_NoShowLimitReached_Fragment = { code: ErrorCode, message: string };

type Failure_NotAtCounter_Fragment = { code: ErrorCode, message: string };

type Failure_NotFound_Fragment = { code: ErrorCode, message: string };

type Failure_OfficeClosed_Fragment = { code: ErrorCode, message: string };

type Failure_OutsideBookingWindow_Fragment = { code: ErrorCode, message: string };

type Failure_ProofOfWorkRequired_Fragment = { code: ErrorCode, message: string };

type Failure_QueueEmpty_Fragment = { code: ErrorCode, message: string };

type Failure_ReservationExpired_Fragment = { code: ErrorCode, message: string };

type Failure_SlotUnavailable_Fragment = { code: ErrorCode, message: string };

type Failure_TicketsExhausted_Fragment = { code: ErrorCode, message: string };

type Failure_TooManyAppointments_Fragment = { code: ErrorCode, message: string };

export type FailureFragment =
  | Failure_AccountLocked_Fragment
  | Failure_CheckInRefused_Fragment
  | Failure_CounterOccupied_Fragment
  | Failure_InvalidCredentials_Fragment
  | Failure_InvalidInput_Fragment
  | Failure_InvalidTransition_Fragment
  | Failure_NoShowLimitReached_Fragment
  | Failure_NotAtCounter_Fragment
  | Failure_NotFound_Fragment
  | Failure_OfficeClosed_Fragment
  | Failure_OutsideBookingWindow_Fragment
  | Failure_ProofOfWorkRequired_Fragment
  | Failure_QueueEmpty_Fragment
  | Failure_ReservationExpired_Fragment
  | Failure_SlotUnavailable_Fragment
  | Failure_TicketsExhausted_Fragment
  | Failure_TooManyAppointments_Fragment
;

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, name: string | null, account: { id: string, displayName: string, username: string, isAdmin: boolean } | null, workOffices: Array<{ id: string, name: string }>, statisticsOffices: Array<{ id: string, name: string }> } };

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


export type OfficeListQuery = { offices: { edges: Array<{ node: { id: string, name: string } }> } };

export type CompleteSetupMutationVariables = Exact<{
  input: CompleteSetupInput;
}>;


export type CompleteSetupMutation = { completeSetup:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'StaffAccount', id: string, username: string }
   };

export type OfficeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeGroupsQuery = { officeGroups: Array<{ id: string, name: string, offices: Array<{ id: string, name: string }> }> };

export type StatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type StatisticsQuery = { statistics: { from: string, to: string, appointments: number, cancelled: number, noShows: number, walkIns: number, served: number, missed: number, offices: Array<{ id: string, name: string }>, appointmentsByChannel: Array<{ channel: Channel, appointments: number }>, waitingByHour: Array<{ hour: number, customers: number, meanMinutes: number, p90Minutes: number }>, serviceTimes: Array<{ customers: number, meanMinutes: number, service: { id: string, name: string } }>, utilisation: Array<{ date: string, offered: number, booked: number }> } };

export type RoleFieldsFragment = { id: string, name: string, permissions: Array<Permission> };

export type AssignmentFieldsFragment = { id: string, source: AssignmentSource, role: { id: string, name: string, permissions: Array<Permission> }, department: { id: string, name: string } | null, office: { id: string, name: string, department: { id: string } } | null };

export type OrganisationFieldsFragment = { id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string, permissions: Array<Permission> }> };

export type AdministeredOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministeredOfficesQuery = { viewer: { account: { id: string, isAdmin: boolean, assignments: Array<{ id: string, source: AssignmentSource, role: { id: string, name: string, permissions: Array<Permission> }, department: { id: string, name: string } | null, office: { id: string, name: string, department: { id: string } } | null }> } | null }, offices: { edges: Array<{ node: { id: string, name: string, department: { id: string, name: string }, organisation: { id: string, name: string } } }> } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string, permissions: Array<Permission> }> }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation:
    | { __typename: 'InvalidInput', problems: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'Organisation', id: string, name: string, slug: string, hosts: Array<string>, departments: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string, permissions: Array<Permission> }> }
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
    | { __typename: 'Office', id: string, name: string, department: { id: string, name: string } }
   };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, level: ApiKeyLevel, keyPrefix: string, createdAt: string, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreatedApiKey', key: string, apiKey: { id: string, name: string } }
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

export const CapacityRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"repeatEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"publicCounters"}},{"kind":"Field","name":{"kind":"Name","value":"internCounters"}},{"kind":"Field","name":{"kind":"Name","value":"startInDays"}},{"kind":"Field","name":{"kind":"Name","value":"endInDays"}}]}}]} as unknown as DocumentNode<CapacityRuleFieldsFragment, unknown>;
export const AffectedAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AffectedAppointmentFragment, unknown>;
export const FailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<FailureFragment, unknown>;
export const FieldFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<FieldFailureFragment, unknown>;
export const CapacityChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<CapacityChangeFieldsFragment, unknown>;
export const CounterSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}}]} as unknown as DocumentNode<CounterSessionFieldsFragment, unknown>;
export const QueueEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<QueueEntryFieldsFragment, unknown>;
export const QueueEntryOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<QueueEntryOutcomeFragment, unknown>;
export const CallOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CallOutcomeFragment, unknown>;
export const OrganisationHolidayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OrganisationHolidayFieldsFragment, unknown>;
export const HolidayAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HolidayAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HolidayAppointmentFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const OfficeAdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDelayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"doubleOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"maxServicesPerAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"ticketPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"ticketFirstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLastNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketDailyContingent"}},{"kind":"Field","name":{"kind":"Name","value":"checkInEarlyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInLateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxCalls"}},{"kind":"Field","name":{"kind":"Name","value":"displayMessage"}},{"kind":"Field","name":{"kind":"Name","value":"noShowLimit"}},{"kind":"Field","name":{"kind":"Name","value":"contactRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keptAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"bookableOnline"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"room"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"repeatEveryWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"publicCounters"}},{"kind":"Field","name":{"kind":"Name","value":"internCounters"}},{"kind":"Field","name":{"kind":"Name","value":"startInDays"}},{"kind":"Field","name":{"kind":"Name","value":"endInDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeAdministrationQuery, OfficeAdministrationQueryVariables>;
export const UpdateOfficeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<UpdateOfficeSettingsMutation, UpdateOfficeSettingsMutationVariables>;
export const SetOpeningHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOpeningHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOpeningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<SetOpeningHoursMutation, SetOpeningHoursMutationVariables>;
export const CapacityPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"publicCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"internCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<CapacityPreviewQuery, CapacityPreviewQueryVariables>;
export const CreateCapacityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<CreateCapacityRuleMutation, CreateCapacityRuleMutationVariables>;
export const UpdateCapacityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<UpdateCapacityRuleMutation, UpdateCapacityRuleMutationVariables>;
export const DeleteCapacityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapacityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCapacityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapacityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<DeleteCapacityRuleMutation, DeleteCapacityRuleMutationVariables>;
export const AddClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<AddClosureMutation, AddClosureMutationVariables>;
export const RemoveClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]} as unknown as DocumentNode<RemoveClosureMutation, RemoveClosureMutationVariables>;
export const CancelOfficeAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOfficeAppointmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOfficeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelledAppointments"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CancelOfficeAppointmentsMutation, CancelOfficeAppointmentsMutationVariables>;
export const KeepClosureAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeepClosureAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeepClosureAppointmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keepClosureAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<KeepClosureAppointmentsMutation, KeepClosureAppointmentsMutationVariables>;
export const ServiceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceCatalogueQuery, ServiceCatalogueQueryVariables>;
export const SetOfficeServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfficeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfficeServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<SetOfficeServiceMutation, SetOfficeServiceMutationVariables>;
export const RemoveOfficeServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOfficeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOfficeServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOfficeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RemoveOfficeServiceMutation, RemoveOfficeServiceMutationVariables>;
export const CreateCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateCounterMutation, CreateCounterMutationVariables>;
export const UpdateCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<UpdateCounterMutation, UpdateCounterMutationVariables>;
export const DeleteCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<DeleteCounterMutation, DeleteCounterMutationVariables>;
export const CreateOfficeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateOfficeGroupMutation, CreateOfficeGroupMutationVariables>;
export const UpdateOfficeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<UpdateOfficeGroupMutation, UpdateOfficeGroupMutationVariables>;
export const DeleteOfficeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOfficeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOfficeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOfficeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<DeleteOfficeGroupMutation, DeleteOfficeGroupMutationVariables>;
export const CreateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateDeviceMutation, CreateDeviceMutationVariables>;
export const RevokeDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RevokeDeviceMutation, RevokeDeviceMutationVariables>;
export const StaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const UpdateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<UpdateStaffAccountMutation, UpdateStaffAccountMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const SearchSynonymsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSynonyms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSynonyms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"means"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSynonymsQuery, SearchSynonymsQueryVariables>;
export const AddSearchSynonymDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<AddSearchSynonymMutation, AddSearchSynonymMutationVariables>;
export const RemoveSearchSynonymDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RemoveSearchSynonymMutation, RemoveSearchSynonymMutationVariables>;
export const ServiceTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"nameDe"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"descriptionDe"},"name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"whatToBringDe"},"name":{"kind":"Name","value":"whatToBring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"de"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","alias":{"kind":"Name","value":"descriptionEn"},"name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]},{"kind":"Field","alias":{"kind":"Name","value":"whatToBringEn"},"name":{"kind":"Name","value":"whatToBring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"en"}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceTextsQuery, ServiceTextsQueryVariables>;
export const SetServiceTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<SetServiceTextMutation, SetServiceTextMutationVariables>;
export const CounterOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"room"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSlots"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CounterOfficeQuery, CounterOfficeQueryVariables>;
export const SignInAtCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAtCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInAtCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInAtCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOccupied"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"canTakeOver"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<SignInAtCounterMutation, SignInAtCounterMutationVariables>;
export const CounterSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}}]} as unknown as DocumentNode<CounterSessionsQuery, CounterSessionsQueryVariables>;
export const SignOutOfCounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutOfCounter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutOfCounter"}}]}}]} as unknown as DocumentNode<SignOutOfCounterMutation, SignOutOfCounterMutationVariables>;
export const QueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Queue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCounter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callingOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterId"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}}]} as unknown as DocumentNode<QueueQuery, QueueQueryVariables>;
export const QueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const CallNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]} as unknown as DocumentNode<CallNextMutation, CallNextMutationVariables>;
export const CallEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]} as unknown as DocumentNode<CallEntryMutation, CallEntryMutationVariables>;
export const RecallEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecallEntryMutation, RecallEntryMutationVariables>;
export const MarkMissedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMissed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMissed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MarkMissedMutation, MarkMissedMutationVariables>;
export const RequeueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequeueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequeueEntryMutation, RequeueEntryMutationVariables>;
export const ParkEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParkEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ParkEntryMutation, ParkEntryMutationVariables>;
export const StartServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartServiceMutation, StartServiceMutationVariables>;
export const FinishServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FinishServiceMutation, FinishServiceMutationVariables>;
export const RedirectEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedirectEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedirectEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RedirectEntryMutation, RedirectEntryMutationVariables>;
export const SetEntryPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEntryPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntryResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SetEntryPriorityMutation, SetEntryPriorityMutationVariables>;
export const IssueTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueTicketMutation, IssueTicketMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueEntryFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"withAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const OnSiteSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnSiteSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startTimes"}}]}}]}}]} as unknown as DocumentNode<OnSiteSlotsQuery, OnSiteSlotsQueryVariables>;
export const ReserveOnSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveOnSiteMutation, ReserveOnSiteMutationVariables>;
export const ConfirmOnSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmedAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<ConfirmOnSiteMutation, ConfirmOnSiteMutationVariables>;
export const OrganisationHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidays"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<OrganisationHolidaysQuery, OrganisationHolidaysQueryVariables>;
export const AddOrganisationHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganisationHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganisationHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganisationHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidayChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HolidayAppointment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffectedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HolidayAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffectedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<AddOrganisationHolidayMutation, AddOrganisationHolidayMutationVariables>;
export const RemoveOrganisationHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganisationHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOrganisationHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganisationHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHolidayChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationHolidayFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationHolidayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationHoliday"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RemoveOrganisationHolidayMutation, RemoveOrganisationHolidayMutationVariables>;
export const SignInProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSlug"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"loginPath"}}]}}]}}]} as unknown as DocumentNode<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const SessionSignInProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionSignInProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionSignInProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SessionSignInProviderQuery, SessionSignInProviderQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"workOffices"},"name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"workQueue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statisticsOffices"},"name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"viewStatistics"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLocked"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OfficeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeListQuery, OfficeListQueryVariables>;
export const CompleteSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CompleteSetupMutation, CompleteSetupMutationVariables>;
export const OfficeGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeGroupsQuery, OfficeGroupsQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingByHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const AdministeredOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministeredOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdministeredOfficesQuery, AdministeredOfficesQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const SetOrganisationHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationHostsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationHostsMutation, SetOrganisationHostsMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const DefineRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<DefineRoleMutation, DefineRoleMutationVariables>;
export const CreateOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Office"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateOfficeMutation, CreateOfficeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;