import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import type { StatisticsService } from './statistics.service';
import { ServiceTime, Statistics, StatisticsInput } from './statistics.types';

export function createStatisticsResolvers(statistics: StatisticsService) {
  @Resolver(() => Statistics)
  class StatisticsResolver {
    @Query(() => Statistics, {
      complexity: 100,
      description: 'Figures of an office or group over a range of days (who holds viewStatistics at each of its offices): channels, walk-ins, no-shows, waiting and service times, slot utilisation.',
    })
    statistics(@Ctx() ctx: RequestContext, @Arg('input', () => StatisticsInput, { description: 'The office or group and the days.' }) input: StatisticsInput) {
      return statistics.statistics(ctx, input);
    }

    @FieldResolver(() => [Office], { description: 'The offices counted.' })
    async offices(@Root() figures: Statistics, @Ctx() ctx: RequestContext) {
      return (await ctx.loaders.office.loadMany(figures.officeIds)).filter((office) => office instanceof Office);
    }
  }

  @Resolver(() => ServiceTime)
  class ServiceTimeResolver {
    @FieldResolver(() => Service, { description: 'The service served.' })
    service(@Root() time: ServiceTime, @Ctx() ctx: RequestContext) {
      return ctx.loaders.service.load(time.serviceId);
    }
  }

  return [StatisticsResolver, ServiceTimeResolver] as const;
}
