import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccountsService } from '../../modules/accounts/accounts.service';
import { BookingService } from '../../modules/booking/booking.service';
import { QueueService } from '../../modules/queue/queue.service';
import { AvailabilityService } from '../../modules/slots/availability.service';
import { CapacityService } from '../../modules/capacity/capacity.service';
import { CatalogService } from '../../modules/catalog/catalog.service';
import { StatisticsService } from '../../modules/statistics/statistics.service';
import { createPubSub } from '@graphql-yoga/subscription';
import { createMessaging } from '../../modules/notifications/messaging';
import { loadConfig } from '../config';
import { buildApiSchema, printApiSchema } from './schema';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../schema/schema.graphql');

/** The SDL the code defines now; the services are only bound, never called, so no configuration is needed. */
export async function currentSchemaText(): Promise<string> {
  const messaging = createMessaging(loadConfig({}));
  const services = { queue: new QueueService('http://localhost'), accounts: new AccountsService(12), booking: new BookingService('http://localhost', messaging.notifications, messaging.waitlist), waitlist: messaging.waitlist, availability: new AvailabilityService(), capacity: new CapacityService(), catalog: new CatalogService(), statistics: new StatisticsService() };
  return printApiSchema(await buildApiSchema(services, createPubSub()));
}
