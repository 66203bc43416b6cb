import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Department } from './department.entity';
import { Office } from './office.entity';
import { LegalSettings, Organisation } from './organisation.entity';
import type { OrganisationsService } from './organisations.service';
import { CreateDepartmentInput, CreateOrganisationInput, DepartmentResult, LegalInformation, OrganisationResult, SetOrganisationHostsInput, SetOrganisationLegalSettingsInput } from './organisations.types';

export function createOrganisationsResolvers(organisations: OrganisationsService) {
  @Resolver(() => Organisation)
  class OrganisationResolver {
    @Query(() => [Organisation], { description: "Organisations: all for platform admins, the caller's own for staff, keys and devices, the one the request names for everyone else." })
    organisations(@Ctx() ctx: RequestContext) {
      return organisations.organisations(ctx);
    }

    @Mutation(() => OrganisationResult, { description: 'Creates an organisation with a first department of its name and the built-in roles (platform admins).' })
    createOrganisation(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOrganisationInput, { description: 'Name, slug and host names.' }) input: CreateOrganisationInput) {
      return organisations.createOrganisation(ctx, input);
    }

    @Mutation(() => OrganisationResult, { description: 'Replaces the host names that name an organisation (platform admins).' })
    setOrganisationHosts(@Ctx() ctx: RequestContext, @Arg('input', () => SetOrganisationHostsInput, { description: 'The organisation and its host names.' }) input: SetOrganisationHostsInput) {
      return organisations.setOrganisationHosts(ctx, input);
    }

    @Mutation(() => DepartmentResult, { description: 'Creates a department of an organisation (its organisation admins).' })
    createDepartment(@Ctx() ctx: RequestContext, @Arg('input', () => CreateDepartmentInput, { description: 'The organisation and the name.' }) input: CreateDepartmentInput) {
      return organisations.createDepartment(ctx, input);
    }

    @Query(() => LegalInformation, { description: "What the portal's imprint, privacy and accessibility links and pages say for the organisation the request names (anyone; answered during maintenance, too)." })
    legalInformation(@Ctx() ctx: RequestContext) {
      return organisations.legalInformation(ctx);
    }

    @Mutation(() => OrganisationResult, { description: "Sets an organisation's own imprint, privacy and accessibility settings; empty fields take the installation's (its organisation admins; audited)." })
    setOrganisationLegalSettings(@Ctx() ctx: RequestContext, @Arg('input', () => SetOrganisationLegalSettingsInput, { description: 'The organisation and its settings.' }) input: SetOrganisationLegalSettingsInput) {
      return organisations.setOrganisationLegalSettings(ctx, input);
    }

    @FieldResolver(() => LegalSettings, { nullable: true, description: 'Its own legal and accessibility settings, unset ones null (its organisation admins; null for others).' })
    legalSettings(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
      return organisations.legalSettings(ctx, organisation);
    }

    @FieldResolver(() => [String], { description: 'Host names that name it (its organisation admins; empty for others).' })
    hosts(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
      return organisations.hosts(ctx, organisation);
    }

    @FieldResolver(() => [Department], { description: 'Its departments the caller administers something in.' })
    departments(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
      return organisations.departments(ctx, organisation);
    }
  }

  @Resolver(() => Department)
  class DepartmentResolver {
    @FieldResolver(() => Organisation, { description: 'The organisation it is part of.' })
    organisation(@Root() department: Department, @Ctx() ctx: RequestContext) {
      return ctx.em.findOneOrFail(Organisation, department.organisation.id);
    }
  }

  @Resolver(() => Office)
  class OfficeTenancyResolver {
    @FieldResolver(() => Organisation, { description: 'The organisation that runs it.' })
    organisation(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return ctx.em.findOneOrFail(Organisation, office.organisation.id);
    }

    @FieldResolver(() => Department, { description: 'The department it belongs to.' })
    department(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return ctx.em.findOneOrFail(Department, office.department.id);
    }
  }

  return [OrganisationResolver, DepartmentResolver, OfficeTenancyResolver] as const;
}
