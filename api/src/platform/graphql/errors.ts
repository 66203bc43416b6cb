import { GraphQLError } from 'graphql';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

export enum ErrorCode {
  SLOT_UNAVAILABLE = 'SLOT_UNAVAILABLE',
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  RESERVATION_EXPIRED = 'RESERVATION_EXPIRED',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of the expected failures that mutations answer with.' });

@InterfaceType({ description: 'An expected failure, answered as a member of a result union.' })
export abstract class ErrorResult {
  @Field(() => ErrorCode)
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

@ObjectType({ implements: ErrorResult, description: 'Well-typed input that breaks a rule; `problems` lists each.' })
export class InvalidInput extends ErrorResult {
  @Field(() => [String])
  problems: string[];

  constructor(problems: string[]) {
    super();
    this.code = ErrorCode.INVALID_INPUT;
    this.message = problems.join(' ');
    this.problems = problems;
  }
}

/** Malformed input that the schema cannot express (e.g. a date range too long for a query). */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function unauthenticated(message = 'Authentication required.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Not allowed.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
