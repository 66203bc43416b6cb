import { GraphQLError } from 'graphql';
import { Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

export enum ErrorCode {
  SLOT_UNAVAILABLE = 'SLOT_UNAVAILABLE',
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  RESERVATION_EXPIRED = 'RESERVATION_EXPIRED',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  OFFICE_CLOSED = 'OFFICE_CLOSED',
  TICKETS_EXHAUSTED = 'TICKETS_EXHAUSTED',
  CHECK_IN_REFUSED = 'CHECK_IN_REFUSED',
  NOT_AT_COUNTER = 'NOT_AT_COUNTER',
  QUEUE_EMPTY = 'QUEUE_EMPTY',
  COUNTER_OCCUPIED = 'COUNTER_OCCUPIED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  PROOF_OF_WORK_REQUIRED = 'PROOF_OF_WORK_REQUIRED',
  TOO_MANY_APPOINTMENTS = 'TOO_MANY_APPOINTMENTS',
  NO_SHOW_LIMIT_REACHED = 'NO_SHOW_LIMIT_REACHED',
  UNKNOWN_PLACEHOLDER = 'UNKNOWN_PLACEHOLDER',
  LINK_NOT_ALLOWED = 'LINK_NOT_ALLOWED',
  INVALID_BOOKING_FIELDS = 'INVALID_BOOKING_FIELDS',
  REMOTE_TICKETS_OFF = 'REMOTE_TICKETS_OFF',
  REMOTE_TICKET_HELD = 'REMOTE_TICKET_HELD',
  DUPLICATE_REGISTRATION = 'DUPLICATE_REGISTRATION',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of the expected failures that mutations answer with.' });

@InterfaceType({ description: 'An expected failure, answered as a member of a result union.' })
export abstract class ErrorResult {
  @Field(() => ErrorCode, { description: 'Which failure it is, for programs: each error type has one code.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'What went wrong, for people (English).' })
  message!: string;
}

@ObjectType({ implements: ErrorResult, description: 'The requested slots are taken, gone or do not exist.' })
export class SlotUnavailable extends ErrorResult {
  constructor(message = 'The requested time is no longer available.') {
    super();
    this.code = ErrorCode.SLOT_UNAVAILABLE;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: "The time is outside the caller's booking window (too far ahead, inside the lead time, or past)." })
export class OutsideBookingWindow extends ErrorResult {
  constructor(message = 'The requested time is outside the booking window.') {
    super();
    this.code = ErrorCode.OUTSIDE_BOOKING_WINDOW;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The reservation was not confirmed in time; its slots were freed.' })
export class ReservationExpired extends ErrorResult {
  constructor(message = 'The reservation has expired. Please choose a time again.') {
    super();
    this.code = ErrorCode.RESERVATION_EXPIRED;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'Nothing matches the given id, number or secret.' })
export class NotFound extends ErrorResult {
  constructor(message = 'Not found.') {
    super();
    this.code = ErrorCode.NOT_FOUND;
    this.message = message;
  }
}

/** A broken rule of one input field, as a validation names it. */
export interface FieldProblemSpec {
  field: string;
  message: string;
  min?: number | null;
  max?: number | null;
}

@ObjectType({ description: 'A broken rule of one input field, so that a form can show it next to that field.' })
export class FieldProblem {
  @Field(() => String, { description: 'The field of the input, by its name in the input type (e.g. "reservationMinutes"); a field of a list item as "hours.0.open".' })
  field!: string;

  @Field(() => String, { description: 'What is wrong and what is allowed, one sentence (English); also in `problems`.' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'Least value allowed, where the rule is a range of whole numbers; null otherwise.' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'Greatest value allowed, where the rule is a range of whole numbers with an upper end; null otherwise.' })
  max!: number | null;
}

@ObjectType({ implements: ErrorResult, description: 'Well-typed input that breaks a rule; `problems` lists each.' })
export class InvalidInput extends ErrorResult {
  @Field(() => [String], { description: 'Each broken rule, one sentence each (English); `message` joins them.' })
  problems: string[];

  @Field(() => [FieldProblem], { description: 'The broken rules that concern one input field each, with the field named (their sentences are in `problems` too); empty when none does.' })
  fieldProblems: FieldProblem[];

  /** Sentences, or problems of named fields, which also give their sentence to `problems`. */
  constructor(problems: (string | FieldProblemSpec)[]) {
    super();
    this.code = ErrorCode.INVALID_INPUT;
    this.problems = problems.map((problem) => (typeof problem === 'string' ? problem : problem.message));
    this.message = this.problems.join(' ');
    this.fieldProblems = problems
      .filter((problem): problem is FieldProblemSpec => typeof problem !== 'string')
      .map((problem) => Object.assign(new FieldProblem(), { field: problem.field, message: problem.message, min: problem.min ?? null, max: problem.max ?? null }));
  }
}

/** An expected failure named by its code; the message says what to do. */
function namedError(code: ErrorCode, description: string, name: string) {
  @ObjectType(name, { implements: ErrorResult, description })
  class QueueError extends ErrorResult {
    constructor(message: string) {
      super();
      this.code = code;
      this.message = message;
    }
  }
  return QueueError;
}

export const OfficeClosed = namedError(ErrorCode.OFFICE_CLOSED, 'The office is closed now: kiosks issue tickets during opening hours only.', 'OfficeClosed');
export const RemoteTicketsOff = namedError(ErrorCode.REMOTE_TICKETS_OFF, 'The office does not let citizens join its queue from home: come by and draw a ticket at the kiosk.', 'RemoteTicketsOff');
export const RemoteTicketHeld = namedError(ErrorCode.REMOTE_TICKET_HELD, 'This email address already holds a remote ticket of this office today that is not yet served.', 'RemoteTicketHeld');
export const DuplicateRegistration = namedError(
  ErrorCode.DUPLICATE_REGISTRATION,
  'The same person (email address or phone number) has an open registration for this service already: this later one is refused (docs/draw.md).',
  'DuplicateRegistration',
);
export const TicketsExhausted = namedError(ErrorCode.TICKETS_EXHAUSTED, "Today's tickets are used up, or every number of the range is in use.", 'TicketsExhausted');
export enum CheckInRefusalReason {
  NOT_TODAY = 'NOT_TODAY',
  TOO_EARLY = 'TOO_EARLY',
  TOO_LATE = 'TOO_LATE',
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}
registerEnumType(CheckInRefusalReason, {
  name: 'CheckInRefusalReason',
  description: 'Why an appointment cannot be checked in now, so that a kiosk can say what to do.',
  valuesConfig: {
    NOT_TODAY: { description: 'The appointment is on another day.' },
    TOO_EARLY: { description: 'Check-in opens later: see `opensAt`.' },
    TOO_LATE: { description: 'The check-in window of the appointment has passed.' },
    ALREADY_CHECKED_IN: { description: 'The appointment is checked in already (waiting, called or in service).' },
    NOT_CONFIRMED: { description: 'The appointment is not confirmed (not yet opted in, cancelled, expired, or over).' },
  },
});

@ObjectType({ implements: ErrorResult, description: 'The appointment cannot be checked in now: `reason` says why.' })
export class CheckInRefused extends ErrorResult {
  @Field(() => CheckInRefusalReason, { description: 'Why not.' })
  reason: CheckInRefusalReason;

  @Field(() => Date, { nullable: true, description: 'When check-in opens, for TOO_EARLY; null otherwise.' })
  opensAt: Date | null;

  constructor(reason: CheckInRefusalReason, message: string, opensAt: Date | null = null) {
    super();
    this.code = ErrorCode.CHECK_IN_REFUSED;
    this.message = message;
    this.reason = reason;
    this.opensAt = opensAt;
  }
}
export const NotAtCounter = namedError(ErrorCode.NOT_AT_COUNTER, 'Sign in at a counter of the office first.', 'NotAtCounter');
export const QueueEmpty = namedError(ErrorCode.QUEUE_EMPTY, 'Nobody this counter serves is waiting.', 'QueueEmpty');
export const ProofOfWorkRequired = namedError(ErrorCode.PROOF_OF_WORK_REQUIRED, 'Solve a fresh proofOfWorkChallenge and send it as proofOfWork: anonymous reservations need one.', 'ProofOfWorkRequired');
@ObjectType({ implements: ErrorResult, description: 'The email address already holds as many future appointments at this office as allowed; the limit counts per office.' })
export class TooManyAppointments extends ErrorResult {
  @Field(() => Int, { description: 'Future appointments one email address may hold at one office.' })
  limit: number;

  constructor(limit: number, message: string) {
    super();
    this.code = ErrorCode.TOO_MANY_APPOINTMENTS;
    this.message = message;
    this.limit = limit;
  }
}
export const NoShowLimitReached = namedError(ErrorCode.NO_SHOW_LIMIT_REACHED, 'Appointments were missed with this email address recently: it may hold no more open bookings at this office now.', 'NoShowLimitReached');
export const InvalidTransition = namedError(ErrorCode.INVALID_TRANSITION, 'The entry is not in a state that allows this step.', 'InvalidTransition');

/** Malformed input that the schema cannot express (e.g. a date range too long for a query). */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** No credentials where some are needed. */
export function unauthenticated(message = 'Sign in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** A credential that is unknown, expired or revoked: refused, never taken for anonymous; 401 where HTTP carries it. */
export function invalidCredentials(overHttp = false): GraphQLError {
  return new GraphQLError('The credentials are not valid (unknown, expired or revoked).', { extensions: { code: 'UNAUTHENTICATED', ...(overHttp ? { http: { status: 401 } } : {}) } });
}

/** Credentials that lack the right. */
export function forbidden(message = 'Not allowed for this caller.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** A public request to an installation of several organisations that names none of them. */
export function organisationRequired(): GraphQLError {
  return new GraphQLError('This installation serves several organisations: name one by its host name or the path /o/<slug>/graphql.', { extensions: { code: 'ORGANISATION_REQUIRED', http: { status: 400 } } });
}

/** A request that names an organisation there is none of. */
export function unknownOrganisation(): GraphQLError {
  return new GraphQLError('No organisation has this name.', { extensions: { code: 'UNKNOWN_ORGANISATION', http: { status: 404 } } });
}

/** A document this caller may not send: its own text where only trusted documents are taken, or a hash no manifest has. */
export function trustedDocumentRequired(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 400 } } });
}
