import { ArrayMaxSize, IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { QueueAction, QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import {
  CheckInRefused,
  ErrorCode,
  ErrorResult,
  InvalidInput,
  InvalidTransition,
  NoShowLimitReached,
  NotAtCounter,
  NotFound,
  OfficeClosed,
  ProofOfWorkRequired,
  QueueEmpty,
  RemoteTicketHeld,
  RemoteTicketsOff,
  TicketsExhausted,
} from '../../platform/graphql/errors';

registerEnumType(QueueEntryStatus, {
  name: 'QueueEntryStatus',
  description: 'Where a customer is in the queue of the day.',
  valuesConfig: {
    expected: { description: 'A remote ticket drawn from home, not yet checked in at the kiosk or counter: never called, ahead of nobody, until `checkInUntil`.' },
    waiting: { description: 'Waiting to be called.' },
    called: { description: 'Called to a counter, not yet served.' },
    inService: { description: 'Being served at a counter.' },
    parked: { description: 'Set aside by staff (e.g. a document is missing) until requeued.' },
    missed: { description: 'Did not answer the calls; staff may requeue until the day ends.' },
    finished: { description: 'Served.' },
    redirected: { description: 'Handed on to another office or service; a new entry with the same number continues.' },
    cancelled: { description: 'Withdrawn while waiting.' },
    noShow: { description: 'A remote ticket whose citizen never checked in: counted as a no-show.' },
  },
});

registerEnumType(QueueAction, {
  name: 'QueueAction',
  description: 'A step staff may take with a queue entry, named after the mutation that takes it.',
  valuesConfig: {
    checkInRemoteTicket: { description: 'Check a remote ticket in: it joins the calling order as a walk-in arriving now (checkInRemoteTicket).' },
    callEntry: { description: "Call it to the caller's counter (callEntry)." },
    recallEntry: { description: 'Call it again; after maxCalls calls it counts as missed (recallEntry).' },
    markMissed: { description: 'Mark it missed: no answer (markMissed).' },
    requeueEntry: { description: 'Put it back into the queue (requeueEntry).' },
    parkEntry: { description: 'Set it aside until requeued (parkEntry).' },
    startService: { description: 'Start serving it (startService).' },
    finishService: { description: 'End its service (finishService).' },
    redirectEntry: { description: 'Hand it on to another office or service (redirectEntry).' },
    setEntryPriority: { description: 'Make it urgent, or normal again (setEntryPriority).' },
  },
});

@ObjectType('QueueEntry', { description: 'A customer in the queue: a checked-in appointment or a walk-in ticket.' })
export class QueueEntryView {
  @Field(() => ID, { description: 'Opaque id of the entry; pass to the call and service mutations.' })
  id!: string;

  officeId!: number;

  @Field(() => String, { description: 'The number displays show and staff call out.' })
  displayNumber!: string;

  @Field(() => QueueEntryStatus, { description: 'Where the entry is in the queue.' })
  status!: QueueEntryStatus;

  @Field(() => Int, { description: '1 urgent, 2 with appointment, 3 walk-in.' })
  priority!: number;

  @Field(() => Boolean, { description: 'Whether the customer has an appointment (checked in) rather than a walk-in ticket.' })
  withAppointment!: boolean;

  @Field(() => Date, { nullable: true, description: 'Start of the appointment; null for walk-ins.' })
  appointmentStart!: Date | null;

  @Field(() => Date, { description: 'When the ticket was drawn or the appointment checked in.' })
  arrivedAt!: Date;

  @Field(() => Int, { description: "How often the entry has been called; after the office's maxCalls it counts as missed." })
  calledCount!: number;

  @Field(() => Date, { nullable: true, description: 'When it was last called; null if never.' })
  lastCalledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The counter it was called to.' })
  counterName!: string | null;

  /** What the citizen came for, in the order booked or chosen; the `services` field resolves them. */
  serviceIds!: number[];

  /** The checked-in appointment, whose contact name `citizenName` reads; null for walk-ins. */
  appointmentId!: number | null;

  @Field(() => Boolean, { description: 'Whether the ticket was drawn from home (a remote ticket), before and after its check-in.' })
  remote!: boolean;

  @Field(() => Date, { nullable: true, description: 'Until when a remote ticket may check in at the kiosk (staff may check it in later); null for other entries.' })
  checkInUntil!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Place among those waiting in the calling order of a counter serving every service, 1 = called next; null when not waiting.' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimated minutes until called; null when not waiting.' })
  estimatedWaitMinutes!: number | null;

  @Field(() => Date, { nullable: true, description: 'For a waiting entry called before (requeued): when its recall skip ends; until then everyone else waiting goes first. May lie in the past; null otherwise.' })
  skippedUntil!: Date | null;
}

@ObjectType('CounterSession', { description: 'A staff member signed in at a counter.' })
export class CounterSessionView {
  @Field(() => ID, { description: 'The office of the counter.' })
  officeId!: string;

  @Field(() => ID, { description: 'The counter signed in at.' })
  counterId!: string;

  @Field(() => String, { description: 'Name of the counter.' })
  counterName!: string;

  @Field(() => [ID], { nullable: true, description: 'Services served; null serves all.' })
  serviceIds!: string[] | null;

  @Field(() => String, { description: 'Who works at the counter: the display name of the staff account.' })
  staffName!: string;

  @Field(() => Date, { description: 'When they signed in at it.' })
  signedInAt!: Date;
}

@ObjectType({ description: "The caller's counter at the office of a queue snapshot, and the order it calls in." })
export class CounterQueue {
  @Field(() => CounterSessionView, { description: 'The counter the caller works at, with the services it serves.' })
  session!: CounterSessionView;

  @Field(() => [ID], {
    description:
      'The waiting entries this counter serves, in the order its callNext calls them at `computedAt`: the first is called next. Entries of services it does not serve are left out, so with a counter of some services a place here is the place at this counter, not in the office.',
  })
  callingOrder!: string[];
}

@ObjectType({ description: "An office's queue of today in calling order, at the version it reflects." })
export class QueueSnapshot {
  @Field(() => Int, { description: 'The office version this snapshot reflects; apply only queueChanged events newer than it.' })
  version!: number;

  @Field(() => [QueueEntryView], { description: 'The open entries of today in calling order: called and in service first, then waiting, parked and missed.' })
  entries!: QueueEntryView[];

  @Field(() => Date, { description: 'The instant places and estimates were computed for. Both move with time alone (estimates each minute): ask again at `nextChangeAt` and at least every minute.' })
  computedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the order next changes by itself, without a change to the queue (an appointment becomes due, a recall skip ends); null when nothing waits for such a moment.' })
  nextChangeAt!: Date | null;

  @Field(() => CounterQueue, { nullable: true, description: 'The counter the caller works at in this office and its calling order; null when the caller works at no counter here.' })
  myCounter!: CounterQueue | null;
}

@ObjectType({ description: 'What the waiting room and the portal show: how many wait and how long a walk-in would wait.' })
export class WaitingInfo {
  @Field(() => Int, { description: 'The office version this answer reflects.' })
  version!: number;

  @Field(() => Int, { description: 'How many customers are waiting.' })
  waitingCount!: number;

  @Field(() => Int, { description: 'Minutes a walk-in drawing a ticket now would wait, estimated.' })
  estimatedWaitMinutes!: number;

  @Field(() => Int, { description: 'How many counters have staff signed in now.' })
  countersServing!: number;
}

@ObjectType('Call', { description: 'A call of a customer to a counter.' })
export class CallView {
  @Field(() => ID, { description: 'Opaque id of the call.' })
  id!: string;

  officeId!: number;

  @Field(() => Int, { description: 'The version of its office: after the call in events, at the snapshot in recentCalls.' })
  version!: number;

  @Field(() => String, { description: 'The number called, as displays show it (with the office prefix for tickets).' })
  displayNumber!: string;

  @Field(() => String, { description: 'The counter to go to.' })
  counterName!: string;

  @Field(() => String, { nullable: true, description: 'The room of the counter; null when it has none.' })
  room!: string | null;

  @Field(() => Date, { description: 'When the call was made.' })
  calledAt!: Date;

  @Field(() => Int, { description: '1 for the first call of the customer, more for recalls.' })
  callCount!: number;
}

@ObjectType({ description: 'The version of one office a snapshot reflects.' })
export class OfficeVersion {
  @Field(() => ID, { description: 'The office.' })
  officeId!: string;

  @Field(() => Int, { description: 'Its version at the snapshot.' })
  version!: number;
}

@ObjectType({ description: 'The latest calls of an office or group, newest first, with the version of each office they reflect.' })
export class RecentCalls {
  @Field(() => [OfficeVersion], { description: 'Apply only callIssued events newer than the version of their office.' })
  versions!: OfficeVersion[];

  @Field(() => [CallView], { description: 'The latest calls (up to 20, of the last 24 hours), newest first.' })
  calls!: CallView[];
}

@ObjectType({ description: 'A drawn wait ticket (Wartemarke) for a walk-in; the secret opens its status page (QR code).' })
export class Ticket {
  @Field(() => QueueEntryView, { description: 'The queue entry of the ticket, with its number to show.' })
  entry!: QueueEntryView;

  @Field(() => String, { description: 'Shown once, with the number it lets the citizen follow the queue.' })
  secret!: string;

  @Field(() => String, { description: 'Link to the status page of the ticket (for the QR code); holds the secret.' })
  statusUrl!: string;
}

@ObjectType({ description: 'The state of one citizen in the queue, for the status page.' })
export class QueueStatus {
  @Field(() => Int, { description: 'The office version this status reflects.' })
  version!: number;

  @Field(() => String, { description: 'The number displays show for this citizen.' })
  displayNumber!: string;

  @Field(() => QueueEntryStatus, { description: 'Where the entry is in the queue.' })
  status!: QueueEntryStatus;

  @Field(() => Int, { nullable: true, description: 'Place among those waiting, 1 = next; null when not waiting.' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimated minutes until called; null when not waiting.' })
  estimatedWaitMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'Where to go when called.' })
  counterName!: string | null;

  @Field(() => String, { nullable: true, description: 'Room of the counter, when called; null otherwise.' })
  room!: string | null;

  @Field(() => Boolean, { description: 'Whether it is a remote ticket, drawn from home.' })
  remote!: boolean;

  @Field(() => Date, { nullable: true, description: 'For a remote ticket not yet checked in (`expected`): from when it may check in at the kiosk or counter; null otherwise.' })
  checkInFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'For a remote ticket not yet checked in (`expected`): until when it may check in at the kiosk; null otherwise.' })
  checkInUntil!: Date | null;
}

@ObjectType({ implements: ErrorResult, description: 'Someone else works at the counter: one person per counter. Whoever may take it over (office admins, admins) signs in again with takeOver.' })
export class CounterOccupied extends ErrorResult {
  @Field(() => String, { description: 'Who works there: the display name of the staff account.' })
  staffName: string;

  @Field(() => Date, { description: 'Since when they work there.' })
  since: Date;

  @Field(() => Boolean, { description: 'Whether the caller may take the counter over (signInAtCounter with takeOver), e.g. one left open after its session expired.' })
  canTakeOver: boolean;

  constructor(staffName: string, since: Date, canTakeOver: boolean) {
    super();
    this.code = ErrorCode.COUNTER_OCCUPIED;
    this.message = canTakeOver ? 'Someone else works at this counter; sign in with takeOver to take it over.' : 'Someone else works at this counter; an office admin can take it over.';
    this.staffName = staffName;
    this.since = since;
    this.canTakeOver = canTakeOver;
  }
}

@InputType({ description: 'A wait ticket (Wartemarke) for a walk-in at one office.' })
export class IssueTicketInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { description: 'What the walk-in comes for.' })
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds!: string[];
}

@InputType({ description: "A remote ticket: joining an office's queue of today from home." })
export class DrawRemoteTicketInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { description: 'What the citizen comes for.' })
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds!: string[];

  @Field(() => String, { nullable: true, description: "Optional email address: one remote ticket per address and office is open at a time, and the office's no-show limit applies to it. Only its keyed digest is kept." })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The solved proofOfWorkChallenge (base64 ALTCHA payload); anonymous callers need it while the challenge says required.' })
  @IsOptional()
  @MaxLength(4000)
  proofOfWork?: string | null;
}

@InputType({ description: 'Checks in a remote ticket on arrival, by the number it shows.' })
export class CheckInRemoteTicketInput {
  @Field(() => ID, { description: 'The office the citizen arrived at.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => String, { description: 'The ticket number with its prefix, as the ticket shows it (e.g. "A12").' })
  @MaxLength(20)
  number!: string;
}

@InputType({ description: 'Checks in a citizen with an appointment on arrival.' })
export class CheckInInput {
  @Field(() => ID, { description: 'The office the citizen arrived at.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => Int, { description: 'The appointment number.' })
  number!: number;
}

@InputType({ description: 'A counter to work at; signing in again moves the caller to the new counter.' })
export class SignInAtCounterInput {
  @Field(() => ID, { description: 'The counter.' })
  @MaxLength(20)
  counterId!: string;

  @Field(() => [ID], { nullable: true, description: 'Services this counter serves now; omitted serves all.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Take the counter over from whoever works there (office admins of its office and admins only); omitted, an occupied counter answers CounterOccupied.' })
  @IsOptional()
  takeOver?: boolean | null;
}

@InputType({ description: 'One entry of a queue.' })
export class EntryInput {
  @Field(() => ID, { description: 'The queue entry.' })
  @MaxLength(20)
  entryId!: string;
}

@InputType({ description: 'Ends the service of an entry, with what was served (for statistics).' })
export class FinishServiceInput extends EntryInput {
  @Field(() => [ID], { nullable: true, description: 'The services actually served; default those it came for.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  servedServiceIds?: string[] | null;
}

@InputType({ description: 'Hands an entry on to another office or other services; the citizen keeps the number.' })
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

@InputType({ description: 'Makes an entry urgent, or normal again.' })
export class SetEntryPriorityInput extends EntryInput {
  @Field(() => Int, { description: '1 urgent; 2 or 3 back to normal.' })
  @IsIn([1, 2, 3])
  priority!: number;
}

@InputType({ description: 'A ticket (its number) or an appointment (its number), with its secret.' })
export class QueueAccessInput {
  @Field(() => String, { description: 'The number shown to the citizen: the ticket number with its prefix, or the appointment number.' })
  @MaxLength(20)
  number!: string;

  @Field(() => String, { description: 'The secret of the ticket or appointment.' })
  @MaxLength(100)
  secret!: string;
}

export const IssueTicketResult = createUnionType({ name: 'IssueTicketResult', description: 'The ticket, or why none was issued.', types: () => [Ticket, OfficeClosed, TicketsExhausted, NotFound, InvalidInput] as const });
export const DrawRemoteTicketResult = createUnionType({
  name: 'DrawRemoteTicketResult',
  description: 'The remote ticket, or why none was issued.',
  types: () => [Ticket, RemoteTicketsOff, OfficeClosed, TicketsExhausted, ProofOfWorkRequired, RemoteTicketHeld, NoShowLimitReached, NotFound, InvalidInput] as const,
});
export const CheckInResult = createUnionType({ name: 'CheckInResult', description: 'The new queue entry, or why not.', types: () => [QueueEntryView, CheckInRefused, NotFound] as const });
export const SignInAtCounterResult = createUnionType({ name: 'SignInAtCounterResult', description: 'The counter session, or why not.', types: () => [CounterSessionView, CounterOccupied, NotFound] as const });
export const CallResult = createUnionType({ name: 'CallResult', description: 'The entry called, or why nobody was.', types: () => [QueueEntryView, QueueEmpty, NotAtCounter, InvalidTransition, NotFound] as const });
export const QueueEntryResult = createUnionType({ name: 'QueueEntryResult', description: 'The entry after the step, or why the step was refused.', types: () => [QueueEntryView, InvalidTransition, NotFound, InvalidInput] as const });
