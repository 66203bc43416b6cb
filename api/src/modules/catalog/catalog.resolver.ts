import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { MessageLanguage } from '../../platform/graphql/languages';
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
  SetOfficeServiceInput,
  SetOpeningHoursInput,
  UpdateCounterInput,
  UpdateOfficeGroupInput,
  UpdateOfficeSettingsInput,
} from './catalog.types';
import { Counter } from './counter.entity';
import { OfficeGroup } from './office-group.entity';
import { Office } from './office.entity';
import { ServiceCatalog } from './service-catalog';
import { OfficeService, Service } from './service.entity';
import { AddSearchSynonymInput, RemoveSearchSynonymInput, SearchSynonymConnection, SearchSynonymResult, SearchSynonymsArgs, ServicesArgs, ServiceTextResult, SetServiceTextInput } from './service.types';

const languageArg = { nullable: true, description: 'The language wanted; German when omitted or where the catalogue has no translation.' } as const;

export function createCatalogResolvers(catalog: CatalogService, serviceCatalog = new ServiceCatalog()) {
  @Resolver()
  class CatalogResolver {
    @Query(() => ServiceConnection, { description: 'The service catalogue: by name, or the hits of a search, best first.' })
    services(@Ctx() ctx: RequestContext, @Args(() => ServicesArgs) args: ServicesArgs) {
      return serviceCatalog.services(ctx, args);
    }

    @Query(() => SearchSynonymConnection, { description: 'The synonyms the service search knows, by term (admins).' })
    searchSynonyms(@Ctx() ctx: RequestContext, @Args(() => SearchSynonymsArgs) args: SearchSynonymsArgs) {
      return serviceCatalog.searchSynonyms(ctx, args);
    }

    @Query(() => OfficeConnection, { description: 'Offices, by name; optionally only those offering all given services.' })
    offices(@Ctx() ctx: RequestContext, @Args(() => OfficesArgs) args: OfficesArgs) {
      return catalog.offices(ctx, args);
    }

    @Query(() => Office, { nullable: true, description: 'One office by id; null when there is none.' })
    office(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the office.' }) id: string) {
      return catalog.office(ctx, id);
    }

    @Query(() => [OfficeGroup], { description: 'Groups of offices sharing a display, a kiosk or a search.' })
    officeGroups(@Ctx() ctx: RequestContext) {
      return catalog.officeGroups(ctx);
    }
  }

  @Resolver()
  class CatalogAdminResolver {
    @Mutation(() => OfficeResult, { description: 'Creates an office (admins).' })
    createOffice(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOfficeInput, { description: 'The new office.' }) input: CreateOfficeInput) {
      return catalog.createOffice(ctx, input);
    }

    @Mutation(() => OfficeResult, { description: "Changes an office's settings (hold, release delay, window, tickets, check-in, …)." })
    updateOfficeSettings(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOfficeSettingsInput, { description: 'The office and the settings to change.' }) input: UpdateOfficeSettingsInput) {
      return catalog.updateOfficeSettings(ctx, input);
    }

    @Mutation(() => OfficeResult, { description: 'Replaces the weekly opening hours of an office.' })
    setOpeningHours(@Ctx() ctx: RequestContext, @Arg('input', () => SetOpeningHoursInput, { description: 'The office and its new opening hours.' }) input: SetOpeningHoursInput) {
      return catalog.setOpeningHours(ctx, input);
    }

    @Mutation(() => ServiceResult, { description: 'Adds a service to the catalogue (admins).' })
    createService(@Ctx() ctx: RequestContext, @Arg('input', () => CreateServiceInput, { description: 'The new service.' }) input: CreateServiceInput) {
      return catalog.createService(ctx, input);
    }

    @Mutation(() => ServiceTextResult, { description: "Sets a service's name, description and what to bring in one language (admins)." })
    setServiceText(@Ctx() ctx: RequestContext, @Arg('input', () => SetServiceTextInput, { description: 'The service, the language and its texts.' }) input: SetServiceTextInput) {
      return serviceCatalog.setServiceText(ctx, input);
    }

    @Mutation(() => SearchSynonymResult, { description: 'Teaches the service search a word citizens use (admins).' })
    addSearchSynonym(@Ctx() ctx: RequestContext, @Arg('input', () => AddSearchSynonymInput, { description: 'The word and what it stands for.' }) input: AddSearchSynonymInput) {
      return serviceCatalog.addSearchSynonym(ctx, input);
    }

    @Mutation(() => DeleteResult, { description: 'Removes a search synonym (admins).' })
    removeSearchSynonym(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveSearchSynonymInput, { description: 'The synonym.' }) input: RemoveSearchSynonymInput) {
      return serviceCatalog.removeSearchSynonym(ctx, input);
    }

    @Mutation(() => OfficeServiceResult, { description: 'Offers a service at an office with its duration, or changes it.' })
    setOfficeService(@Ctx() ctx: RequestContext, @Arg('input', () => SetOfficeServiceInput, { description: 'The office, the service and how it is offered.' }) input: SetOfficeServiceInput) {
      return catalog.setOfficeService(ctx, input);
    }

    @Mutation(() => DeleteResult, { description: 'Stops offering a service at an office; booked appointments stay.' })
    removeOfficeService(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveOfficeServiceInput, { description: 'The office and the service.' }) input: RemoveOfficeServiceInput) {
      return catalog.removeOfficeService(ctx, input);
    }

    @Mutation(() => CounterResult, { description: 'Adds a counter (workstation) to an office.' })
    createCounter(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCounterInput, { description: 'The new counter.' }) input: CreateCounterInput) {
      return catalog.createCounter(ctx, input);
    }

    @Mutation(() => CounterResult, { description: 'Renames a counter or changes its room.' })
    updateCounter(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCounterInput, { description: 'The counter and its new name and room.' }) input: UpdateCounterInput) {
      return catalog.updateCounter(ctx, input);
    }

    @Mutation(() => DeleteResult, { description: 'Deletes a counter.' })
    deleteCounter(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteCounterInput, { description: 'The counter.' }) input: DeleteCounterInput) {
      return catalog.deleteCounter(ctx, input);
    }

    @Mutation(() => OfficeGroupResult, { description: 'Groups offices (ZMS cluster) for a shared display, kiosk or search; needs the admin right at each office.' })
    createOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => OfficeGroupInput, { description: 'Name and offices of the group.' }) input: OfficeGroupInput) {
      return catalog.createOfficeGroup(ctx, input);
    }

    @Mutation(() => OfficeGroupResult, { description: 'Renames a group and replaces its offices; needs the admin right at each office, old and new.' })
    updateOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOfficeGroupInput, { description: 'The group, its new name and offices.' }) input: UpdateOfficeGroupInput) {
      return catalog.updateOfficeGroup(ctx, input);
    }

    @Mutation(() => DeleteResult, { description: 'Deletes an office group: its offices stay, displays and kiosks bound to the group go with it. Needs the admin right at each office.' })
    deleteOfficeGroup(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteOfficeGroupInput, { description: 'The group.' }) input: DeleteOfficeGroupInput) {
      return catalog.deleteOfficeGroup(ctx, input);
    }
  }

  @Resolver(() => Office)
  class OfficeResolver {
    @FieldResolver(() => [OfficeService], { description: 'The services the office offers, with their durations.' })
    services(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return ctx.loaders.officeServices.load(office.id);
    }

    @FieldResolver(() => [Counter], { description: 'The counters (workstations) of the office, by name.' })
    counters(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return catalog.counters(ctx, office);
    }
  }

  @Resolver(() => Service)
  class ServiceResolver {
    @FieldResolver(() => String, { description: 'Name shown to citizens, e.g. "Anmeldung einer Wohnung" (en: "Registering a flat").' })
    async name(@Root() service: Service, @Ctx() ctx: RequestContext, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return (await serviceCatalog.texts(ctx, service, language)).name;
    }

    @FieldResolver(() => String, { nullable: true, description: 'What the service is, for citizens.' })
    async description(@Root() service: Service, @Ctx() ctx: RequestContext, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return (await serviceCatalog.texts(ctx, service, language)).description;
    }

    @FieldResolver(() => String, { nullable: true, description: 'What to bring to the appointment, one item a line; null when the catalogue does not say.' })
    async whatToBring(@Root() service: Service, @Ctx() ctx: RequestContext, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return (await serviceCatalog.texts(ctx, service, language)).whatToBring;
    }

    @FieldResolver(() => Boolean, { description: 'Whether some office offers it for booking online; if not, citizens go without an appointment (offices offering it) or call 115.' })
    bookableOnline(@Root() service: Service, @Ctx() ctx: RequestContext) {
      return serviceCatalog.bookableOnline(ctx, service);
    }
  }

  @Resolver(() => OfficeGroup)
  class OfficeGroupResolver {
    @FieldResolver(() => [Office], { description: 'The offices of the group.' })
    offices(@Root() group: OfficeGroup) {
      return group.offices.getItems();
    }
  }

  return [CatalogResolver, CatalogAdminResolver, OfficeResolver, ServiceResolver, OfficeGroupResolver] as const;
}
