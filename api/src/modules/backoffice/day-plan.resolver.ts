import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import type { DayPlanService } from './day-plan.service';
import { DayPlan, DayPlanChangedEvent, ExportDayPlanInput, ExportDayPlanResult } from './day-plan.types';

type Args<T> = SubscribeResolverData<unknown, T, RequestContext>;

export function createDayPlanResolvers(dayPlans: DayPlanService) {
  @Resolver(() => DayPlan)
  class DayPlanResolver {
    @Query(() => DayPlan, { complexity: 30, description: "An office's appointments for a day or up to a week, with contact data (its staff: manageAppointments)." })
    dayPlan(
      @Ctx() ctx: RequestContext,
      @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
      @Arg('from', () => LocalDateScalar, { description: "The first day, in the office's time zone." }) from: string,
      @Arg('days', () => Int, { defaultValue: 1, description: 'How many days, 1 (a day) to 7 (a week).' }) days: number,
    ) {
      return dayPlans.dayPlan(ctx, officeId, from, days);
    }

    @Mutation(() => ExportDayPlanResult, { complexity: 50, description: "An office's day plan as a CSV or XLSX file (its staff); each export is audited, without what it holds." })
    exportDayPlan(@Ctx() ctx: RequestContext, @Arg('input', () => ExportDayPlanInput, { description: 'Office, days and format.' }) input: ExportDayPlanInput) {
      return dayPlans.exportDayPlan(ctx, input);
    }

    @Subscription(() => DayPlanChangedEvent, {
      description: "Every committed change of an office's appointments or queue (its staff): subscribe, then query `dayPlan`, apply newer versions.",
      subscribe: ({ args, context }: Args<{ officeId: string }>) => dayPlans.dayPlanChanged(context, args.officeId),
    })
    dayPlanChanged(@Root() event: DayPlanChangedEvent, @Arg('officeId', () => ID, { description: 'The office.' }) _officeId: string): DayPlanChangedEvent {
      return event;
    }

    @FieldResolver(() => Office, { description: 'The office of the plan.' })
    office(@Root() plan: DayPlan, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(plan.officeId);
    }
  }

  return [DayPlanResolver] as const;
}
