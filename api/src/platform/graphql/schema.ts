import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { createAccountsResolvers } from '../../modules/accounts/accounts.resolver';
import type { AccountsService } from '../../modules/accounts/accounts.service';
import { createBookingResolvers } from '../../modules/booking/booking.resolver';
import { QueueEvents } from '../../modules/queue/queue.events';
import { createQueueResolvers } from '../../modules/queue/queue.resolver';
import type { QueueService } from '../../modules/queue/queue.service';
import type { BookingService } from '../../modules/booking/booking.service';
import type { AvailabilityService } from '../../modules/capacity/availability.service';
import { createCapacityResolvers } from '../../modules/capacity/capacity.resolver';
import type { CapacityService } from '../../modules/capacity/capacity.service';
import { createCatalogResolvers } from '../../modules/catalog/catalog.resolver';
import type { CatalogService } from '../../modules/catalog/catalog.service';
import { rejectNulBytes } from './reject-nul-bytes';
import { DateTimeScalar } from './scalars';

export interface Services {
  queue: QueueService;
  accounts: AccountsService;
  booking: BookingService;
  availability: AvailabilityService;
  capacity: CapacityService;
  catalog: CatalogService;
}

export async function buildApiSchema(services: Services, pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub,
    resolvers: [
      ...createCatalogResolvers(services.catalog),
      ...createCapacityResolvers(services.availability, services.capacity),
      ...createBookingResolvers(services.booking),
      ...createAccountsResolvers(services.accounts),
      ...createQueueResolvers(services.queue, new QueueEvents(services.queue)),
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [rejectNulBytes],
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL as checked in: sorted, so that a diff shows what changed, not where. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
