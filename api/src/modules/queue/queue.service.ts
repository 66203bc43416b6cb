import { DomainEvents } from '../../platform/events/domain-events';
import { QueueQueries } from './queue-read-model';
import { createQueueServices, type QueueServices } from './queue.services';

/**
 * The queue's former single service, kept only until the composition root builds the queue with
 * `createQueueServices`: it is the read model (what QueueEvents and WaitingRoomService take) and
 * the set of services at once.
 */
export class QueueService extends QueueQueries implements QueueServices {
  readonly queries: QueueServices['queries'];
  readonly tickets: QueueServices['tickets'];
  readonly checkIn: QueueServices['checkIn'];
  readonly counterWork: QueueServices['counterWork'];
  readonly dayEnd: QueueServices['dayEnd'];
  readonly streams: QueueServices['streams'];
  readonly waitingRoom: QueueServices['waitingRoom'];
  readonly endDay: QueueServices['endDay'];

  constructor(publicBaseUrl: string, events = new DomainEvents()) {
    super();
    const services = createQueueServices({ publicBaseUrl, events });
    this.queries = services.queries;
    this.tickets = services.tickets;
    this.checkIn = services.checkIn;
    this.counterWork = services.counterWork;
    this.dayEnd = services.dayEnd;
    this.streams = services.streams;
    this.waitingRoom = services.waitingRoom;
    this.endDay = services.endDay;
  }
}
