import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Organisation } from '../catalog/organisation.entity';
import { Role } from './account.entity';
import { DefineRoleInput, RoleResult } from './accounts.types';
import type { RolesService } from './roles';

export function createRolesResolvers(roles: RolesService) {
  @Resolver(() => Organisation)
  class OrganisationRolesResolver {
    @FieldResolver(() => [Role], { description: 'Its roles (for those who manage its staff or the organisation).' })
    roles(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
      return roles.roles(ctx, organisation);
    }
  }

  @Resolver(() => Role)
  class RoleMutations {
    @Mutation(() => RoleResult, { description: "Defines a role of an organisation, or changes its permissions when the name exists (the organisation's admins). Takes effect at each holder's next request." })
    defineRole(@Ctx() ctx: RequestContext, @Arg('input', () => DefineRoleInput, { description: 'Organisation, name and permissions.' }) input: DefineRoleInput) {
      return roles.defineRole(ctx, input);
    }
  }

  return [OrganisationRolesResolver, RoleMutations] as const;
}
