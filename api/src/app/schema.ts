import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema, type OperationTypeNode } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { createAlarmResolvers } from '../modules/alarms/alarm.resolver';
import { createAccountsResolvers } from '../modules/accounts/accounts.resolver';
import { createRolesResolvers } from '../modules/accounts/roles.resolver';
import { createOidcResolvers } from '../modules/accounts/oidc/oidc.resolver';
import { createOrganisationsResolvers } from '../modules/catalog/organisations.resolver';
import { createBookingResolvers } from '../modules/booking/booking.resolver';
import { createOnBehalfResolvers } from '../modules/booking/on-behalf.resolver';
import { createAppointmentSearchResolvers } from '../modules/backoffice/appointment-search.resolver';
import { createBookingFormResolvers } from '../modules/booking/custom-fields.resolver';
import { createNotesResolvers } from '../modules/notes/notes.resolver';
import { createCapacityResolvers } from '../modules/capacity/capacity.resolver';
import { createDayPlanResolvers } from '../modules/backoffice/day-plan.resolver';
import { createOrganisationHolidaysResolvers } from '../modules/capacity/organisation-holidays.resolver';
import { createCatalogResolvers } from '../modules/catalog/catalog.resolver';
import { createMessageTemplatesResolvers } from '../modules/notifications/message-templates.resolver';
import { createNotificationsResolvers } from '../modules/notifications/notifications.resolver';
import { createTicketContactsResolvers } from '../modules/notifications/ticket-contacts.resolver';
import { createQueueResolvers } from '../modules/queue/queue.resolver';
import { createWaitingRoomResolvers } from '../modules/queue/waiting-room.resolver';
import { createAvailabilityResolvers } from '../modules/slots/availability.resolver';
import { createLeadPanelResolvers } from '../modules/statistics/lead-panel.resolver';
import { createStatisticsResolvers } from '../modules/statistics/statistics.resolver';
import { createWaitlistResolvers } from '../modules/waitlist/waitlist.resolver';
import { createDrawResolvers } from '../modules/draw/draw.resolver';
import { createWebhooksResolvers } from '../modules/webhooks/webhooks.resolver';
import { createMaintenanceResolvers } from '../modules/maintenance/maintenance.resolver';
import { createReleaseModeResolvers } from '../modules/draw/release-mode.resolver';
import { loadConfig } from '../platform/config';
import { withOpaqueIds } from '../platform/graphql/opaque-ids';
import { DateTimeScalar } from '../platform/graphql/scalars';
import { validateArgument } from '../platform/graphql/validate-argument';
import { buildServices, type Services } from './services';

/** type-graphql has no option for them: the root types get their descriptions once built. */
const rootTypeDescriptions = {
  query: 'Reads: the catalogue, free days and times, appointments, queues, accounts. What a caller may read depends on its credential (`Authorization: Bearer <key>`, or none).',
  mutation: 'Changes: each takes one `input` and answers with a result union of the outcome and its expected failures (ErrorResult).',
  subscription: 'Live events over graphql-ws on /graphql. Subscribe first, then query the snapshot, and apply only events with a newer office version.',
};

function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const [operation, description] of Object.entries(rootTypeDescriptions)) {
    const type = schema.getRootType(operation as OperationTypeNode);
    if (type) type.description = description;
  }
  return schema;
}

export async function buildApiSchema(services: Services, pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    pubSub,
    resolvers: [
      ...createCatalogResolvers(services.catalog),
      ...createOrganisationsResolvers(services.organisations),
      ...createRolesResolvers(services.roles),
      ...createAvailabilityResolvers(services.availability),
      ...createCapacityResolvers(services.capacity),
      ...createOrganisationHolidaysResolvers(services.organisationHolidays),
      ...createBookingResolvers(services.reservations, services.appointmentChanges),
      ...createOnBehalfResolvers(services.onBehalf),
      ...createAppointmentSearchResolvers(services.appointmentSearch),
      ...createBookingFormResolvers(services.bookingForms),
      ...createNotesResolvers(services.notes, services.bookingForms),
      ...createAccountsResolvers(services.accounts),
      ...createOidcResolvers(services.oidc),
      ...createQueueResolvers(services.queue, services.queue.streams),
      ...createWaitingRoomResolvers(services.queue.waitingRoom),
      ...createStatisticsResolvers(services.statistics),
      ...createNotificationsResolvers(services.notifications),
      ...createMessageTemplatesResolvers(services.messageTemplates),
      ...createTicketContactsResolvers(services.ticketContacts),
      ...createWaitlistResolvers(services.waitlist),
      ...createDrawResolvers(services.draws),
      ...createWebhooksResolvers(services.webhooks),
      ...createAlarmResolvers(services.alarms),
      ...createLeadPanelResolvers(services.leadPanels),
      ...createDayPlanResolvers(services.dayPlans),
      ...createMaintenanceResolvers(services.maintenance),
      ...createReleaseModeResolvers(services.releaseModes),
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateArgument,
  });
  return withOpaqueIds(describeRootTypes(schema), services.ids);
}

/** The SDL as checked in: sorted, so that a diff shows what changed, not where. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');

/** The SDL the code defines now; the services are only bound, never called, so the default configuration does. */
export async function currentSchemaText(): Promise<string> {
  return printApiSchema(await buildApiSchema(buildServices(loadConfig({})), createPubSub()));
}
