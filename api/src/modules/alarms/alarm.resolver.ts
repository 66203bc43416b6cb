import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import type { AlarmService } from './alarm.service';
import { AcknowledgeAlarmInput, AcknowledgeAlarmResult, AlarmChangedEvent, AlarmView, OfficeAlarms, RaiseAlarmResult } from './alarm.types';

type Args<T> = SubscribeResolverData<unknown, T, RequestContext>;

export function createAlarmResolvers(alarms: AlarmService) {
  @Resolver()
  class AlarmResolver {
    @Query(() => [OfficeAlarms], { complexity: 10, description: 'The open alarms of offices, each with its office version (staff who work the queue of each office).' })
    openAlarms(@Ctx() ctx: RequestContext, @Arg('officeIds', () => [ID], { description: 'The offices, 1 to 50.' }) officeIds: string[]) {
      return alarms.openAlarms(ctx, officeIds);
    }

    @Mutation(() => RaiseAlarmResult, { description: "Raises a silent alarm from the caller's counter: the office's staff see it, its displays and kiosks never. Raising again while it is open answers the open one." })
    raiseAlarm(@Ctx() ctx: RequestContext) {
      return alarms.raiseAlarm(ctx);
    }

    @Mutation(() => AcknowledgeAlarmResult, { description: 'Acknowledges an alarm of an office whose queue the caller works: it stops on every staff client.' })
    acknowledgeAlarm(@Ctx() ctx: RequestContext, @Arg('input', () => AcknowledgeAlarmInput, { description: 'The alarm.' }) input: AcknowledgeAlarmInput) {
      return alarms.acknowledgeAlarm(ctx, input);
    }

    @Subscription(() => AlarmChangedEvent, {
      description: 'Alarms of offices raised and acknowledged (staff who work the queue of each office): subscribe, then query `openAlarms`, apply newer versions.',
      subscribe: ({ args, context }: Args<{ officeIds: string[] }>) => alarms.alarmChanged(context, args.officeIds),
    })
    alarmChanged(@Root() event: AlarmChangedEvent, @Arg('officeIds', () => [ID], { description: 'The offices, 1 to 50.' }) _officeIds: string[]): AlarmChangedEvent {
      return event;
    }
  }

  @Resolver(() => AlarmView)
  class AlarmViewResolver {
    @FieldResolver(() => Office, { description: 'The office of the alarm.' })
    office(@Root() alarm: AlarmView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(alarm.officeId);
    }
  }

  @Resolver(() => OfficeAlarms)
  class OfficeAlarmsResolver {
    @FieldResolver(() => Office, { description: 'The office.' })
    office(@Root() alarms: OfficeAlarms, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(alarms.officeId);
    }
  }

  return [AlarmResolver, AlarmViewResolver, OfficeAlarmsResolver] as const;
}
