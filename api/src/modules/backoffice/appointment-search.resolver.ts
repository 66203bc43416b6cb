import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../platform/graphql/connection';
import type { RequestContext } from '../../platform/request-context';
import type { AppointmentSearchService } from './appointment-search.service';
import { AppointmentConnection, AppointmentSearchInput } from './appointment-search.types';

export function createAppointmentSearchResolvers(search: AppointmentSearchService) {
  @Resolver()
  class AppointmentSearchResolver {
    @Query(() => AppointmentConnection, {
      complexity: 20,
      description:
        'Staff (manageAppointments) find appointments of their offices by number, name, email, phone, dates, status and service, in time order. Each page that shows appointments is in the audit log (who, when, which office, which kinds of term; never the terms).',
    })
    appointmentSearch(@Ctx() ctx: RequestContext, @Arg('filter', () => AppointmentSearchInput, { description: 'What to find.' }) filter: AppointmentSearchInput, @Args(() => PageArgs) page: PageArgs) {
      return search.appointmentSearch(ctx, filter, page.first, page.after);
    }
  }

  return [AppointmentSearchResolver] as const;
}
