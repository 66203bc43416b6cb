import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { CatalogService } from './catalog.service';
import {
  CounterResult,
  CreateCounterInput,
  CreateOfficeInput,
  CreateServiceInput,
  DeleteCounterInput,
  DeleteOfficeGroupInput,
  DeleteResult,
  OfficeConnection,
  OfficeGroupInput,
  OfficeGroupResult,
  OfficeResult,
  OfficeServiceResult,
  OfficesArgs,
  RemoveOfficeServiceInput,
  ServiceConnection,
  ServiceResult,
  ServicesArgs,
  SetOfficeServiceInput,
  SetOpeningHoursInput,
  UpdateCounterInput,
  UpdateOfficeGroupInput,
  UpdateOfficeSettingsInput,
} from './catalog.types';
import { Counter } from './counter.entity';
import { OfficeGroup } from './office-group.entity';
import { Office } from './office.entity';
import { OfficeService } from './service.entity';

export function createCatalogResolvers(catalog: CatalogService) {
  @Resolver()
  class CatalogResolver {
    @Query(() => ServiceConnection, { description: 'The service catalogue, by name.' })
    services(@Ctx() ctx: RequestContext, @Args(() => ServicesArgs) args: ServicesArgs) {
      return catalog.services(ctx, args);
    }

    @Query(() => OfficeConnection, { description: 'Offices, by name; optionally only those offering all given services.' })
    offices(@Ctx() ctx: RequestContext, @Args(() => OfficesArgs) args: OfficesArgs) {
      return catalog.offices(ctx, args);
    }

    @Query(() => Office, { nullable: true })
    office(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
      return catalog.office(ctx, id);
    }

    @Query(() => [OfficeGroup], { description: 'Groups of offices sharing a display, a kiosk or a search.' })
    officeGroups(@Ctx() ctx: RequestContext) {
      return catalog.officeGroups(ctx);
    }
  }

  @Resolver()
  class CatalogAdminResolver {
    @Mutation(() => OfficeResult)
    createOffice(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOfficeInput) input: CreateOfficeInput) {
      return catalog.createOffice(ctx, input);
    }

    @Mutation(() => OfficeResult, { description: "Changes an office's settings (hold, release delay, window, tickets, check-in, …)." })
    updateOfficeSettings(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOfficeSettingsInput) input: UpdateOfficeSettingsInput) {
      return catalog.updateOfficeSettings(ctx, input);
    }

    @Mutation(() => OfficeResult, { description: 'Replaces the weekly opening hours of an office.' })
    setOpeningHours(@Ctx() ctx: RequestContext, @Arg('input', () => SetOpeningHoursInput) input: SetOpeningHoursInput) {
      return catalog.setOpeningHours(ctx, input);
    }

    @Mutation(() => ServiceResult)
    createService(@Ctx() ctx: RequestContext, @Arg('input', () => CreateServiceInput) input: CreateServiceInput) {
      return catalog.createService(ctx, input);
    }

    @Mutation(() => OfficeServiceResult, { description: 'Offers a service at an office with its duration, or changes it.' })
    setOfficeService(@Ctx() ctx: RequestContext, @Arg('input', () => SetOfficeServiceInput) input: SetOfficeServiceInput) {
      return catalog.setOfficeService(ctx, input);
    }

    @Mutation(() => DeleteResult)
    removeOfficeService(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveOfficeServiceInput) input: RemoveOfficeServiceInput) {
      return catalog.removeOfficeService(ctx, input);
    }

    @Mutation(() => CounterResult)
    createCounter(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCounterInput) input: CreateCounterInput) {
      return catalog.createCounter(ctx, input);
    }

    @Mutation(() => CounterResult)
    updateCounter(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCounterInput) input: UpdateCounterInput) {
      return catalog.updateCounter(ctx, input);
    }

    @Mutation(() => DeleteResult)
    deleteCounter(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteCounterInput) input: DeleteCounterInput) {
      return catalog.deleteCounter(ctx, input);
    }

    @Mutation(() => OfficeGroupResult)
    createOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => OfficeGroupInput) input: OfficeGroupInput) {
      return catalog.createOfficeGroup(ctx, input);
    }

    @Mutation(() => OfficeGroupResult)
    updateOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOfficeGroupInput) input: UpdateOfficeGroupInput) {
      return catalog.updateOfficeGroup(ctx, input);
    }

    @Mutation(() => DeleteResult)
    deleteOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteOfficeGroupInput) input: DeleteOfficeGroupInput) {
      return catalog.deleteOfficeGroup(ctx, input);
    }
  }

  @Resolver(() => Office)
  class OfficeResolver {
    @FieldResolver(() => [OfficeService], { description: 'The services the office offers, with their durations.' })
    services(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return ctx.loaders.officeServices.load(office.id);
    }

    @FieldResolver(() => [Counter])
    counters(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return catalog.counters(ctx, office);
    }
  }

  @Resolver(() => OfficeGroup)
  class OfficeGroupResolver {
    @FieldResolver(() => [Office])
    offices(@Root() group: OfficeGroup) {
      return group.offices.getItems();
    }
  }

  return [CatalogResolver, CatalogAdminResolver, OfficeResolver, OfficeGroupResolver] as const;
}
