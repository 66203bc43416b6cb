import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { QueueAccessInput } from '../queue/queue.types';
import type { TicketContactsService } from './ticket-contacts.service';
import { LeaveTicketContactInput, SetTicketContactInput, SubscribeTicketPushInput, TicketContactResult, TicketContactView } from './ticket-contacts.types';

/** The heads-up contacts of queue entries: left by the citizen (with the ticket's secret) or by staff. */
export function createTicketContactsResolvers(contacts: TicketContactsService) {
  @Resolver()
  class TicketContactsResolver {
    @Query(() => String, { nullable: true, description: 'The VAPID public key a browser subscribes to browser notices with (applicationServerKey); null when they are off.' })
    webPushPublicKey() {
      return contacts.vapidPublicKey();
    }

    @Query(() => TicketContactView, { nullable: true, description: 'What the holder of a ticket left to be told that their turn nears, by number and secret.' })
    ticketContact(@Ctx() ctx: RequestContext, @Arg('input', () => QueueAccessInput, { description: 'Number and secret of the ticket or appointment.' }) input: QueueAccessInput) {
      return contacts.contactByAccess(ctx, input);
    }

    @Query(() => TicketContactView, { nullable: true, description: "A queue entry's heads-up contact (its office's staff)." })
    ticketContactOfEntry(@Ctx() ctx: RequestContext, @Arg('entryId', () => ID, { description: 'The queue entry.' }) entryId: string) {
      return contacts.contactOfEntry(ctx, entryId);
    }

    @Mutation(() => TicketContactResult, { description: 'A waiting citizen leaves a phone number or an email (or removes them) to be told once that their turn nears; kept until the day ends.' })
    leaveTicketContact(@Ctx() ctx: RequestContext, @Arg('input', () => LeaveTicketContactInput, { description: 'The ticket, its secret and the contact.' }) input: LeaveTicketContactInput) {
      return contacts.leaveContact(ctx, input);
    }

    @Mutation(() => TicketContactResult, { description: "Staff enter a walk-in's phone number or email (or remove them) for the heads-up." })
    setTicketContact(@Ctx() ctx: RequestContext, @Arg('input', () => SetTicketContactInput, { description: 'The entry and the contact.' }) input: SetTicketContactInput) {
      return contacts.setContactByStaff(ctx, input);
    }

    @Mutation(() => TicketContactResult, { description: 'Subscribes a browser (Web Push) to the heads-up of a ticket; kept until the day ends.' })
    subscribeTicketPush(@Ctx() ctx: RequestContext, @Arg('input', () => SubscribeTicketPushInput, { description: "The ticket, its secret and the browser's subscription." }) input: SubscribeTicketPushInput) {
      return contacts.subscribePush(ctx, input);
    }
  }
  return [TicketContactsResolver] as const;
}
