import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { ReleaseModeService } from './release-mode.service';
import { ServiceReleaseView, SetServiceReleaseModeInput, SetServiceReleaseModeResult } from './release-mode.types';

export function createReleaseModeResolvers(releaseModes: ReleaseModeService) {
  @Resolver()
  class ReleaseModeResolver {
    @Query(() => [ServiceReleaseView], { description: 'How each service of these offices is released: first come, or by draw up to which day (anyone).' })
    serviceReleases(@Ctx() ctx: RequestContext, @Arg('officeIds', () => [ID], { description: 'The offices, at most 100.' }) officeIds: string[]) {
      return releaseModes.serviceReleases(ctx, officeIds);
    }

    @Mutation(() => SetServiceReleaseModeResult, { description: "Sets whether an office hands out a service's newly released days first come or by draw (manageOffice; audited)." })
    setServiceReleaseMode(@Ctx() ctx: RequestContext, @Arg('input', () => SetServiceReleaseModeInput, { description: 'The office, the service and the mode.' }) input: SetServiceReleaseModeInput) {
      return releaseModes.setServiceReleaseMode(ctx, input);
    }
  }
  return [ReleaseModeResolver] as const;
}
