import { tenantOf } from '../catalog/tenancy';
import { map, pipe } from '@graphql-yoga/subscription';
import { Repeater } from '@repeaterjs/repeater';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../domain/accounts/principal';
import { Topic, type TopicPayloads } from '../../platform/events/topics';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { CoalescedReads } from '../../platform/coalesced-reads';
import { computeQueue, type ComputedQueue, type QueueQueries } from './queue-read-model';
import { CallView, QueueStatus, type QueueAccessInput } from './queue.types';

@ObjectType({ description: 'The queue of an office changed: refetch `queue` if the version is newer than yours.' })
export class QueueChangedEvent {
  @Field(() => ID, { description: 'The office whose queue changed.' })
  officeId!: string;

  @Field(() => Int, { description: 'The office version after the change.' })
  version!: number;
}

// One view per event, so that every display's subscription shares one execution of it.
const callViews = new WeakMap<TopicPayloads[Topic.callIssued], CallView>();
function callViewOf(call: TopicPayloads[Topic.callIssued]): CallView {
  let view = callViews.get(call);
  if (!view) {
    view = Object.assign(new CallView(), {
      id: call.callId,
      officeId: call.officeId,
      version: call.version,
      displayNumber: call.displayNumber,
      counterName: call.counterName,
      room: call.room,
      calledAt: new Date(call.calledAt),
      callCount: call.callCount,
    });
    callViews.set(call, view);
  }
  return view;
}

/** The live streams of the queue, each checked once at subscription time. */
export class QueueEvents {
  /**
   * Every status page of an office recomputes the queue after each change of it: pages asking
   * while one computation runs share the next (never an older one), so a burst from many pages
   * costs two computations, not one each.
   */
  private readonly queues = new CoalescedReads<number, ComputedQueue>();

  constructor(private readonly queries: QueueQueries) {}

  async queueChanged(ctx: RequestContext, officeIdText: string): Promise<AsyncIterable<QueueChangedEvent>> {
    const officeId = parseId(officeIdText);
    if (officeId === null) throw badUserInput('There is no such office.');
    authorize(ctx, Permission.workQueue, officeId);
    const [exists] = await ctx.em.execute('select 1 from office where id = ?', [officeId]);
    if (!exists) throw badUserInput('There is no such office.');
    // Mapped by a repeater, not an async generator: ending it must not wait for the next event,
    // or a closed socket would keep its listener until the office changes again.
    return pipe(
      ctx.bus.subscribe(Topic.queueChanged, officeId),
      map((change) => Object.assign(new QueueChangedEvent(), { officeId: String(change.officeId), version: change.version })),
    );
  }

  async callIssued(ctx: RequestContext, officeIdText: string | null | undefined, groupIdText: string | null | undefined): Promise<AsyncIterable<CallView>> {
    const officeIds = await this.queries.displayedOffices(ctx, officeIdText, groupIdText);
    return pipe(Repeater.merge(officeIds.map((officeId) => ctx.bus.subscribe(Topic.callIssued, officeId))), map(callViewOf));
  }

  /** The citizen's status now, then again after every change of the office's queue. */
  async myQueueStatus(ctx: RequestContext, access: QueueAccessInput): Promise<AsyncIterable<QueueStatus>> {
    const entry = await this.queries.entryByAccess(ctx.em, ctx, access, ctx.clock.now());
    if (!entry) throw badUserInput('No ticket or appointment in a queue matches this number and secret.');
    const organisationId = await tenantOf(ctx);
    const changes = ctx.bus.subscribe(Topic.queueChanged, entry.office_id);
    const queries = this.queries;
    const queues = this.queues;
    // Looked up anew at every change: a redirect within the office moves the citizen to a new entry.
    const current = async () => {
      const em = ctx.em.fork();
      const now = ctx.clock.now();
      // The secret was proven (and charged) when subscribing: looking again costs no attempt.
      const found = await queries.entryMatching(em, organisationId, access, now);
      const sharedQueueOf = async (officeId: number) => {
        const computed = await queues.read([officeId], async (officeIds) => {
          const at = ctx.clock.now();
          return new Map(await Promise.all(officeIds.map(async (id) => [id, await computeQueue(em, id, at)] as const)));
        });
        return computed.get(officeId)!;
      };
      return found ? queries.statusOf(em, found.id, now, sharedQueueOf) : null;
    };
    return new Repeater<QueueStatus>(async (push, stop) => {
      const iterator = changes[Symbol.asyncIterator]();
      void stop.then(() => iterator.return?.());
      let shown = -1;
      const first = await current();
      if (first) {
        shown = first.version;
        await push(first);
      }
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (next.value.version <= shown) continue;
        const status = await current();
        if (!status) break;
        shown = status.version;
        await push(status);
      }
      stop();
    });
  }
}
