import type { DomainEvents } from '../../platform/events/domain-events';
import type { JobHandler } from '../../platform/jobs/job-queue';
import { CheckInService } from './check-in.service';
import { CounterWorkService } from './counter-work.service';
import { DayEndService } from './day-end.service';
import { QueueQueries } from './queue-read-model';
import { QueueEvents } from './queue.events';
import { TicketService } from './ticket.service';
import { WaitingRoomService } from './waiting-room.service';

/** The queue module's services, by operation, as the composition root wires them. */
export interface QueueServices {
  queries: QueueQueries;
  tickets: TicketService;
  checkIn: CheckInService;
  counterWork: CounterWorkService;
  dayEnd: DayEndService;
  /** The live streams: queue changes, calls, a citizen's status. */
  streams: QueueEvents;
  waitingRoom: WaitingRoomService;
  /** The handler of `JobKind.endDay`. */
  endDay: JobHandler;
}

export interface QueueOptions {
  /** Where the portal lives: a ticket's status link points there. */
  publicBaseUrl: string;
  /** The key of contact digests, so that a remote ticket's contact is counted with the same digest as its appointments. */
  linkSecret: string;
  /** Where the queue publishes its facts (ticket issued, checked in, called, finished, no-show). */
  events: DomainEvents;
}

export function createQueueServices({ publicBaseUrl, linkSecret, events }: QueueOptions): QueueServices {
  const queries = new QueueQueries();
  const dayEnd = new DayEndService(events);
  return {
    queries,
    tickets: new TicketService(publicBaseUrl, linkSecret, events),
    checkIn: new CheckInService(events),
    counterWork: new CounterWorkService(events),
    dayEnd,
    streams: new QueueEvents(queries),
    waitingRoom: new WaitingRoomService(queries),
    endDay: (em, officeKey, now) => dayEnd.endDay(em, officeKey, now),
  };
}
