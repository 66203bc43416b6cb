import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import type { LeadPanelService } from './lead-panel.service';
import { LeadPanel, LeadPanelChangedEvent, LeadPanelCounter, ServiceWaiting } from './lead-panel.types';

type Args<T> = SubscribeResolverData<unknown, T, RequestContext>;

export function createLeadPanelResolvers(panels: LeadPanelService) {
  @Resolver(() => LeadPanel)
  class LeadPanelResolver {
    @Query(() => LeadPanel, { complexity: 50, description: "An office's day at a glance (who holds viewStatistics there, as the lead role does): counters, waiting, appointments, the alert, today against the same weekday." })
    leadPanel(@Ctx() ctx: RequestContext, @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string) {
      return panels.leadPanel(ctx, officeId);
    }

    @Subscription(() => LeadPanelChangedEvent, {
      description: "Every committed change an office's lead panel shows (who holds viewStatistics there): subscribe, then query `leadPanel`, apply newer versions.",
      subscribe: ({ args, context }: Args<{ officeId: string }>) => panels.leadPanelChanged(context, args.officeId),
    })
    leadPanelChanged(@Root() event: LeadPanelChangedEvent, @Arg('officeId', () => ID, { description: 'The office.' }) _officeId: string): LeadPanelChangedEvent {
      return event;
    }

    @FieldResolver(() => Office, { description: 'The office.' })
    office(@Root() panel: LeadPanel, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(panel.officeId);
    }
  }

  @Resolver(() => LeadPanelCounter)
  class LeadPanelCounterResolver {
    @FieldResolver(() => [Service], { nullable: true, description: 'The services it serves; null serves all.' })
    async services(@Root() counter: LeadPanelCounter, @Ctx() ctx: RequestContext) {
      if (counter.serviceIds === null) return null;
      const services = await ctx.loaders.service.loadMany(counter.serviceIds.map(Number));
      return services.filter((service): service is Service => service instanceof Service);
    }
  }

  @Resolver(() => ServiceWaiting)
  class ServiceWaitingResolver {
    @FieldResolver(() => Service, { description: 'The service waited for.' })
    service(@Root() waiting: ServiceWaiting, @Ctx() ctx: RequestContext) {
      return ctx.loaders.service.load(Number(waiting.serviceId));
    }
  }

  return [LeadPanelResolver, LeadPanelCounterResolver, ServiceWaitingResolver] as const;
}
