import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import type { WaitingRoomService } from './waiting-room.service';
import { WaitingRoom, WaitingRoomOffice } from './waiting-room.types';

type Args<T> = SubscribeResolverData<unknown, T, RequestContext>;

export function createWaitingRoomResolvers(waitingRoom: WaitingRoomService) {
  @Resolver()
  class WaitingRoomResolver {
    @Query(() => WaitingRoom, {
      description: 'The waiting room of an office or group as its call displays and kiosks show it (displays, kiosks, staff); a display or kiosk that gives neither gets the one it serves.',
    })
    waitingRoom(
      @Ctx() ctx: RequestContext,
      @Arg('officeId', () => ID, { nullable: true, description: 'One office; give this or groupId.' }) officeId?: string,
      @Arg('groupId', () => ID, { nullable: true, description: 'An office group; give this or officeId.' }) groupId?: string,
    ) {
      return waitingRoom.waitingRoom(ctx, officeId, groupId);
    }

    @Subscription(() => WaitingRoomOffice, {
      description: 'An office of a waiting room anew after every committed change of its queue or settings: subscribe, then query `waitingRoom`, apply newer versions.',
      subscribe: ({ args, context }: Args<{ officeId?: string | null; groupId?: string | null }>) => waitingRoom.waitingRoomChanged(context, args.officeId, args.groupId),
    })
    waitingRoomChanged(
      @Root() office: WaitingRoomOffice,
      @Arg('officeId', () => ID, { nullable: true, description: 'One office; give this or groupId.' }) _officeId?: string,
      @Arg('groupId', () => ID, { nullable: true, description: 'An office group; give this or officeId.' }) _groupId?: string,
    ): WaitingRoomOffice {
      return office;
    }
  }

  @Resolver(() => WaitingRoomOffice)
  class WaitingRoomOfficeResolver {
    @FieldResolver(() => Office, { description: 'The office.' })
    office(@Root() state: WaitingRoomOffice, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(state.officeId);
    }
  }

  return [WaitingRoomResolver, WaitingRoomOfficeResolver] as const;
}
