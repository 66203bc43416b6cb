import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { MaintenanceService } from './maintenance.service';
import { MaintenanceModeResult, MaintenanceModeView, SetMaintenanceModeInput } from './maintenance.types';

export function createMaintenanceResolvers(maintenance: MaintenanceService) {
  @Resolver()
  class MaintenanceResolver {
    @Query(() => MaintenanceModeView, { description: 'Whether the installation is down for maintenance, and until when (anyone; answered during maintenance, too).' })
    maintenanceMode(@Ctx() ctx: RequestContext) {
      return maintenance.maintenanceMode(ctx);
    }

    @Mutation(() => MaintenanceModeResult, { description: 'Turns maintenance mode on or off for the whole installation, at once in every API process (platform admins; audited).' })
    setMaintenanceMode(@Ctx() ctx: RequestContext, @Arg('input', () => SetMaintenanceModeInput, { description: 'On or off, the message, the expected end.' }) input: SetMaintenanceModeInput) {
      return maintenance.setMaintenanceMode(ctx, input);
    }
  }
  return [MaintenanceResolver] as const;
}
