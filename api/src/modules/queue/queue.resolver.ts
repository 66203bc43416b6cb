import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { QueueAction } from '../../domain/queue/queue-entry-lifecycle';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import { QueueChangedEvent, type QueueEvents } from './queue.events';
import type { QueueServices } from './queue.services';
import {
  CallResult,
  CallView,
  CheckInInput,
  CheckInRemoteTicketInput,
  CheckInResult,
  CounterSessionView,
  DrawRemoteTicketInput,
  DrawRemoteTicketResult,
  EntryInput,
  FinishServiceInput,
  IssueTicketInput,
  IssueTicketResult,
  QueueAccessInput,
  QueueEntryResult,
  QueueEntryView,
  QueueSnapshot,
  QueueStatus,
  RecentCalls,
  RedirectEntryInput,
  SetEntryPriorityInput,
  SignInAtCounterInput,
  SignInAtCounterResult,
  WaitingInfo,
} from './queue.types';

type Args<T> = SubscribeResolverData<unknown, T, RequestContext>;

export function createQueueResolvers(queue: QueueServices, events: QueueEvents) {
  @Resolver()
  class QueueResolver {
    @Query(() => QueueSnapshot, { complexity: 30, description: "Today's queue of an office in calling order, with estimated waits (its staff)." })
    queue(@Ctx() ctx: RequestContext, @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string) {
      return queue.queries.queue(ctx, officeId);
    }

    @Query(() => [CounterSessionView], { complexity: 10, description: 'Who works at which counter of an office now (its staff).' })
    counterSessions(@Ctx() ctx: RequestContext, @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string) {
      return queue.queries.counterSessions(ctx, officeId);
    }

    @Query(() => WaitingInfo, { description: 'How many wait at an office and how long a walk-in would wait.' })
    waitingInfo(@Ctx() ctx: RequestContext, @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string) {
      return queue.queries.waitingInfo(ctx, officeId);
    }

    @Query(() => RecentCalls, { description: 'The latest calls of an office or an office group (displays, kiosks, staff).' })
    recentCalls(
      @Ctx() ctx: RequestContext,
      @Arg('officeId', () => ID, { nullable: true, description: 'One office; give this or groupId.' }) officeId?: string,
      @Arg('groupId', () => ID, { nullable: true, description: 'An office group; give this or officeId.' }) groupId?: string,
    ) {
      return queue.queries.recentCalls(ctx, officeId, groupId);
    }

    @Query(() => QueueStatus, { nullable: true, description: "A citizen's place in the queue, by ticket or appointment number and its secret." })
    queueStatus(@Ctx() ctx: RequestContext, @Arg('input', () => QueueAccessInput, { description: 'Number and secret of the ticket or appointment.' }) input: QueueAccessInput) {
      return queue.queries.queueStatus(ctx, input);
    }

    @Mutation(() => IssueTicketResult, { description: 'Draws a wait ticket for a walk-in (kiosk during opening hours, or staff).' })
    issueTicket(@Ctx() ctx: RequestContext, @Arg('input', () => IssueTicketInput, { description: 'The office and the services wanted.' }) input: IssueTicketInput) {
      return queue.tickets.issueTicket(ctx, input);
    }

    @Mutation(() => DrawRemoteTicketResult, { description: "Joins an office's queue of today from home (citizens, while it is open and allows it): a ticket of the day's contingent that is called only after checkInRemoteTicket." })
    drawRemoteTicket(@Ctx() ctx: RequestContext, @Arg('input', () => DrawRemoteTicketInput, { description: 'The office, the services wanted, an optional email and the proof of work.' }) input: DrawRemoteTicketInput) {
      return queue.tickets.drawRemoteTicket(ctx, input);
    }

    @Mutation(() => CheckInResult, { description: 'Checks a remote ticket of today in on arrival (kiosk within its window, staff at any time): it joins the calling order as a walk-in arriving now.' })
    checkInRemoteTicket(@Ctx() ctx: RequestContext, @Arg('input', () => CheckInRemoteTicketInput, { description: 'The office and the ticket number.' }) input: CheckInRemoteTicketInput) {
      return queue.checkIn.checkInRemoteTicket(ctx, input);
    }

    @Mutation(() => CheckInResult, { description: 'Checks a confirmed appointment of today in, within the office tolerance.' })
    checkIn(@Ctx() ctx: RequestContext, @Arg('input', () => CheckInInput, { description: 'The office and the appointment number.' }) input: CheckInInput) {
      return queue.checkIn.checkIn(ctx, input);
    }

    @Mutation(() => SignInAtCounterResult, { description: 'Staff sign in at a counter, with the services they serve.' })
    signInAtCounter(@Ctx() ctx: RequestContext, @Arg('input', () => SignInAtCounterInput, { description: 'The counter and the services served there.' }) input: SignInAtCounterInput) {
      return queue.counterWork.signInAtCounter(ctx, input);
    }

    @Mutation(() => Boolean, { description: 'Leaves the counter; answers whether the caller was signed in.' })
    signOutOfCounter(@Ctx() ctx: RequestContext) {
      return queue.counterWork.signOutOfCounter(ctx);
    }

    @Mutation(() => CallResult, { description: 'Calls the next customer this counter serves, in queue order.' })
    callNext(@Ctx() ctx: RequestContext) {
      return queue.counterWork.callNext(ctx);
    }

    @Mutation(() => CallResult, { description: 'Calls a chosen entry to this counter.' })
    callEntry(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The entry to call.' }) input: EntryInput) {
      return queue.counterWork.callEntry(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Calls again; after maxCalls calls the entry counts as missed.' })
    recallEntry(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The called entry.' }) input: EntryInput) {
      return queue.counterWork.recallEntry(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Marks a called entry as missed (no answer).' })
    markMissed(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The called entry.' }) input: EntryInput) {
      return queue.counterWork.markMissed(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Puts a missed or parked entry back into the queue (skipped for 5 minutes).' })
    requeueEntry(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The missed or parked entry.' }) input: EntryInput) {
      return queue.counterWork.requeueEntry(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Parks a waiting or called entry (e.g. a document is missing); requeueEntry brings it back.' })
    parkEntry(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The entry to park.' }) input: EntryInput) {
      return queue.counterWork.parkEntry(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Starts serving a called entry at the counter.' })
    startService(@Ctx() ctx: RequestContext, @Arg('input', () => EntryInput, { description: 'The called entry.' }) input: EntryInput) {
      return queue.counterWork.startService(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Ends the service of an entry.' })
    finishService(@Ctx() ctx: RequestContext, @Arg('input', () => FinishServiceInput, { description: 'The entry in service and what was served.' }) input: FinishServiceInput) {
      return queue.counterWork.finishService(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Hands the entry on to another office or service, keeping the number shown.' })
    redirectEntry(@Ctx() ctx: RequestContext, @Arg('input', () => RedirectEntryInput, { description: 'The entry and where it goes.' }) input: RedirectEntryInput) {
      return queue.counterWork.redirectEntry(ctx, input);
    }

    @Mutation(() => QueueEntryResult, { description: 'Staff may make an entry urgent (1) or normal again.' })
    setEntryPriority(@Ctx() ctx: RequestContext, @Arg('input', () => SetEntryPriorityInput, { description: 'The entry and its priority.' }) input: SetEntryPriorityInput) {
      return queue.counterWork.setEntryPriority(ctx, input);
    }

    @Subscription(() => QueueChangedEvent, {
      description: "Every committed change of an office's queue (its staff): subscribe, then query `queue`, apply newer versions.",
      subscribe: ({ args, context }: Args<{ officeId: string }>) => events.queueChanged(context, args.officeId),
    })
    queueChanged(@Root() event: QueueChangedEvent, @Arg('officeId', () => ID, { description: 'The office.' }) _officeId: string): QueueChangedEvent {
      return event;
    }

    @Subscription(() => CallView, {
      description: 'Calls of an office or group as they happen (displays, kiosks, staff).',
      subscribe: ({ args, context }: Args<{ officeId?: string | null; groupId?: string | null }>) => events.callIssued(context, args.officeId, args.groupId),
    })
    callIssued(
      @Root() call: CallView,
      @Arg('officeId', () => ID, { nullable: true, description: 'One office; give this or groupId.' }) _officeId?: string,
      @Arg('groupId', () => ID, { nullable: true, description: 'An office group; give this or officeId.' }) _groupId?: string,
    ): CallView {
      return call;
    }

    @Subscription(() => QueueStatus, {
      description: "A citizen's place in the queue, live: position, estimated wait, and where to go when called.",
      subscribe: ({ args, context }: Args<{ input: QueueAccessInput }>) => events.myQueueStatus(context, args.input),
    })
    myQueueStatus(@Root() status: QueueStatus, @Arg('input', () => QueueAccessInput, { description: 'Number and secret of the ticket or appointment.' }) _input: QueueAccessInput): QueueStatus {
      return status;
    }
  }

  @Resolver(() => CallView)
  class CallViewResolver {
    @FieldResolver(() => Office, { description: 'The office of the call.' })
    office(@Root() call: CallView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(call.officeId);
    }
  }

  @Resolver(() => QueueEntryView)
  class QueueEntryResolver {
    @FieldResolver(() => [Service], { description: 'What the citizen came for: the services booked or chosen with the ticket.' })
    async services(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      const services = await ctx.loaders.service.loadMany(entry.serviceIds);
      return services.filter((service): service is Service => service instanceof Service);
    }

    @FieldResolver(() => [QueueAction], {
      description:
        "What the caller may do with the entry now, by its status and the caller's rights: the mutations that would take the step (callEntry only at a counter of the entry's office); empty for callers who do not work the office's queue.",
    })
    allowedActions(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      return queue.counterWork.allowedActions(ctx, entry);
    }

    @FieldResolver(() => String, { nullable: true, description: "The name the appointment was booked under, for the office's staff only (others are refused); null for walk-ins and when none was given." })
    citizenName(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      return queue.counterWork.citizenName(ctx, entry);
    }
  }

  return [QueueResolver, CallViewResolver, QueueEntryResolver] as const;
}
