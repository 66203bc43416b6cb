import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { OrganisationHolidaysService } from './organisation-holidays.service';
import { AddOrganisationHolidayInput, OrganisationHolidayChangeResult, OrganisationHolidaysResult, RemoveOrganisationHolidayInput } from './organisation-holidays.types';

export function createOrganisationHolidaysResolvers(holidays: OrganisationHolidaysService) {
  @Resolver()
  class OrganisationHolidaysResolver {
    @Query(() => OrganisationHolidaysResult, { description: "An organisation's own public holidays from today on, beside its offices' regional ones (whoever sees the administration of one of its offices, and its organisation admins)." })
    organisationHolidays(@Ctx() ctx: RequestContext, @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string) {
      return holidays.organisationHolidays(ctx, organisationId);
    }

    @Mutation(() => OrganisationHolidayChangeResult, {
      description: "Adds a public holiday to every office of an organisation (e.g. a one-off Land holiday): their slots of that day go; lists the booked appointments on it, to cancel or keep (the organisation's admins).",
    })
    addOrganisationHoliday(@Ctx() ctx: RequestContext, @Arg('input', () => AddOrganisationHolidayInput, { description: 'The organisation, the day and its name.' }) input: AddOrganisationHolidayInput) {
      return holidays.addOrganisationHoliday(ctx, input);
    }

    @Mutation(() => OrganisationHolidayChangeResult, { description: "Removes one of an organisation's own public holidays: its offices open on that day again as their rules say (the organisation's admins)." })
    removeOrganisationHoliday(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveOrganisationHolidayInput, { description: 'The day.' }) input: RemoveOrganisationHolidayInput) {
      return holidays.removeOrganisationHoliday(ctx, input);
    }
  }

  return [OrganisationHolidaysResolver] as const;
}
