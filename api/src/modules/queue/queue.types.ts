import { ArrayMaxSize, IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { CheckInRefused, InvalidInput, InvalidTransition, NotAtCounter, NotFound, OfficeClosed, QueueEmpty, TicketsExhausted } from '../../platform/graphql/errors';

registerEnumType(QueueEntryStatus, { name: 'QueueEntryStatus', description: 'Where a customer is in the queue of the day.' });

@ObjectType('QueueEntry', { description: 'A customer in the queue: a checked-in appointment or a walk-in ticket.' })
export class QueueEntryView {
  @Field(() => ID)
  id!: string;

  officeId!: number;

  @Field(() => String, { description: 'The number displays show and staff call out.' })
  displayNumber!: string;

  @Field(() => QueueEntryStatus)
  status!: QueueEntryStatus;

  @Field(() => Int, { description: '1 urgent, 2 with appointment, 3 walk-in.' })
  priority!: number;

  @Field(() => Boolean)
  withAppointment!: boolean;

  @Field(() => Date, { nullable: true })
  appointmentStart!: Date | null;

  @Field(() => Date)
  arrivedAt!: Date;

  @Field(() => Int)
  calledCount!: number;

  @Field(() => Date, { nullable: true })
  lastCalledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The counter it was called to.' })
  counterName!: string | null;

  serviceIds!: number[];

  @Field(() => Int, { nullable: true, description: 'Place among those waiting, 1 = next; null when not waiting.' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimated minutes until called; null when not waiting.' })
  estimatedWaitMinutes!: number | null;
}

@ObjectType({ description: "An office's queue of today in calling order, at the version it reflects." })
export class QueueSnapshot {
  @Field(() => Int)
  version!: number;

  @Field(() => [QueueEntryView])
  entries!: QueueEntryView[];
}

@ObjectType({ description: 'What the waiting room and the portal show: how many wait and how long a walk-in would wait.' })
export class WaitingInfo {
  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  waitingCount!: number;

  @Field(() => Int, { description: 'Minutes a walk-in drawing a ticket now would wait, estimated.' })
  estimatedWaitMinutes!: number;

  @Field(() => Int)
  countersServing!: number;
}

@ObjectType('Call', { description: 'A call of a customer to a counter.' })
export class CallView {
  @Field(() => ID)
  id!: string;

  officeId!: number;

  @Field(() => Int, { description: 'The version of its office: after the call in events, at the snapshot in recentCalls.' })
  version!: number;

  @Field(() => String)
  displayNumber!: string;

  @Field(() => String)
  counterName!: string;

  @Field(() => String, { nullable: true })
  room!: string | null;

  @Field(() => Date)
  calledAt!: Date;

  @Field(() => Int, { description: '1 for the first call of the customer, more for recalls.' })
  callCount!: number;
}

@ObjectType({ description: 'The version of one office a snapshot reflects.' })
export class OfficeVersion {
  @Field(() => ID)
  officeId!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'The latest calls of an office or group, newest first, with the version of each office they reflect.' })
export class RecentCalls {
  @Field(() => [OfficeVersion], { description: 'Apply only callIssued events newer than the version of their office.' })
  versions!: OfficeVersion[];

  @Field(() => [CallView])
  calls!: CallView[];
}

@ObjectType({ description: 'A drawn wait ticket; the secret opens its status page (QR code).' })
export class Ticket {
  @Field(() => QueueEntryView)
  entry!: QueueEntryView;

  @Field(() => String, { description: 'Shown once, with the number it lets the citizen follow the queue.' })
  secret!: string;

  @Field(() => String)
  statusUrl!: string;
}

@ObjectType({ description: 'The state of one citizen in the queue, for the status page.' })
export class QueueStatus {
  @Field(() => Int)
  version!: number;

  @Field(() => String)
  displayNumber!: string;

  @Field(() => QueueEntryStatus)
  status!: QueueEntryStatus;

  @Field(() => Int, { nullable: true })
  position!: number | null;

  @Field(() => Int, { nullable: true })
  estimatedWaitMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'Where to go when called.' })
  counterName!: string | null;

  @Field(() => String, { nullable: true })
  room!: string | null;
}

@ObjectType('CounterSession', { description: 'A staff member signed in at a counter.' })
export class CounterSessionView {
  @Field(() => ID)
  officeId!: string;

  @Field(() => ID)
  counterId!: string;

  @Field(() => String)
  counterName!: string;

  @Field(() => [ID], { nullable: true, description: 'Services served; null serves all.' })
  serviceIds!: string[] | null;
}

@InputType()
export class IssueTicketInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { description: 'What the walk-in comes for.' })
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds!: string[];
}

@InputType()
export class CheckInInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => Int, { description: 'The appointment number.' })
  number!: number;
}

@InputType()
export class SignInAtCounterInput {
  @Field(() => ID)
  @MaxLength(20)
  counterId!: string;

  @Field(() => [ID], { nullable: true, description: 'Services this counter serves now; omitted serves all.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;
}

@InputType()
export class EntryInput {
  @Field(() => ID)
  @MaxLength(20)
  entryId!: string;
}

@InputType()
export class FinishServiceInput extends EntryInput {
  @Field(() => [ID], { nullable: true, description: 'The services actually served; default those it came for.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  servedServiceIds?: string[] | null;
}

@InputType()
export class RedirectEntryInput extends EntryInput {
  @Field(() => ID, { nullable: true, description: 'Another office; default this one.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other services; default the same.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;
}

@InputType()
export class SetEntryPriorityInput extends EntryInput {
  @Field(() => Int, { description: '1 urgent; 2 or 3 back to normal.' })
  @IsIn([1, 2, 3])
  priority!: number;
}

@InputType({ description: 'A ticket (its number) or an appointment (its number), with its secret.' })
export class QueueAccessInput {
  @Field(() => String)
  @MaxLength(20)
  number!: string;

  @Field(() => String)
  @MaxLength(100)
  secret!: string;
}

export const IssueTicketResult = createUnionType({ name: 'IssueTicketResult', types: () => [Ticket, OfficeClosed, TicketsExhausted, NotFound, InvalidInput] as const });
export const CheckInResult = createUnionType({ name: 'CheckInResult', types: () => [QueueEntryView, CheckInRefused, NotFound] as const });
export const SignInAtCounterResult = createUnionType({ name: 'SignInAtCounterResult', types: () => [CounterSessionView, NotFound] as const });
export const CallResult = createUnionType({ name: 'CallResult', types: () => [QueueEntryView, QueueEmpty, NotAtCounter, InvalidTransition, NotFound] as const });
export const QueueEntryResult = createUnionType({ name: 'QueueEntryResult', types: () => [QueueEntryView, InvalidTransition, NotFound, InvalidInput] as const });
