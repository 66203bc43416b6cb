import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { CacheableFields } from '../../platform/graphql/response-cache';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import type { AvailabilityService } from './availability.service';
import { AvailabilityEvent, AvailableDay, AvailableDaysInput, AvailableSlotsInput, OfficeSlots } from './availability.types';

/**
 * What a cached response of the availability queries may contain (response-cache.ts): the
 * answer's rows and its offices' own columns, all covered by the versions of the offices in the
 * answer, which every committed change of an office raises. An office's services, department or
 * rules are not: a document asking for them runs every time.
 */
export const cacheableAvailabilityFields: CacheableFields = {
  Query: ['availableDays', 'availableSlots'],
  AvailableDay: ['date', 'officeCount', 'offices'],
  OfficeSlots: ['office', 'version', 'startTimes'],
  Office: ['id', 'name', 'timeZone', 'url', 'version'],
};

export function createAvailabilityResolvers(availability: AvailabilityService) {
  @Resolver()
  class AvailabilityResolver {
    @Query(() => [AvailableDay], { complexity: 100, description: "Days on which the services can be booked in the caller's contingent, with the offices that have room." })
    availableDays(@Ctx() ctx: RequestContext, @Arg('input', () => AvailableDaysInput, { description: 'Services, offices and the range of days.' }) input: AvailableDaysInput) {
      return availability.availableDays(ctx, input);
    }

    @Query(() => [OfficeSlots], { complexity: 30, description: 'Start times per office on one day at which the services can be booked.' })
    availableSlots(@Ctx() ctx: RequestContext, @Arg('input', () => AvailableSlotsInput, { description: 'Services, offices and the day.' }) input: AvailableSlotsInput) {
      return availability.availableSlots(ctx, input);
    }
  }

  @Resolver(() => AvailabilityEvent)
  class AvailabilityEventResolver {
    @Subscription(() => AvailabilityEvent, {
      description: "Committed changes of an office's free capacity (taken, freed, calendar). Subscribe first, then query availableSlots, and apply only events newer than its version.",
      subscribe: ({ args, context }: SubscribeResolverData<unknown, { officeId: string; serviceId?: string | null }, RequestContext>) => availability.subscribeChanges(context, args.officeId, args.serviceId),
    })
    availabilityChanged(
      @Root() event: AvailabilityEvent,
      @Arg('officeId', () => ID, { description: 'The office to follow.' }) _officeId: string,
      @Arg('serviceId', () => ID, { nullable: true, description: 'Only changes that can concern this service.' }) _serviceId?: string,
    ): AvailabilityEvent {
      return event;
    }

    @FieldResolver(() => Office, { description: 'The office whose capacity changed.' })
    office(@Root() event: AvailabilityEvent, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(event.officeId);
    }
  }

  @Resolver(() => AvailableDay)
  class AvailableDayResolver {
    @FieldResolver(() => [Office], { description: 'The offices that have room for the request on this day.' })
    offices(@Root() day: AvailableDay, @Ctx() ctx: RequestContext) {
      return availability.officesOf(ctx, day);
    }
  }

  @Resolver(() => OfficeSlots)
  class OfficeSlotsResolver {
    @FieldResolver(() => Office, { description: 'The office these start times are at.' })
    office(@Root() slots: OfficeSlots, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(slots.officeId);
    }
  }

  return [AvailabilityResolver, AvailabilityEventResolver, AvailableDayResolver, OfficeSlotsResolver] as const;
}
