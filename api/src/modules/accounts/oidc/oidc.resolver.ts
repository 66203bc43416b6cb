import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/request-context';
import type { OidcService } from './oidc.service';
import { ConfigureIdentityProviderInput, ConfigureIdentityProviderResult, IdentityProviderSettings, RemoveIdentityProviderInput, RemoveIdentityProviderResult, SignInProvider } from './oidc.types';

@ArgsType()
class OrganisationArgs {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(40)
  organisationId!: string;
}

@ArgsType()
class SignInProvidersArgs {
  @Field(() => String, { nullable: true, description: "An organisation's short name (slug); default the one the request names (path prefix or host), else every organisation with a provider." })
  @IsOptional()
  @MaxLength(100)
  organisation?: string | null;
}

export function createOidcResolvers(oidc: OidcService) {
  @Resolver()
  class OidcResolver {
    @Query(() => IdentityProviderSettings, { nullable: true, description: "An organisation's OpenID Connect provider for staff sign-in, for its administrators (manageOrganisation); null without one." })
    identityProvider(@Ctx() ctx: RequestContext, @Args(() => OrganisationArgs) args: OrganisationArgs) {
      return oidc.identityProvider(ctx, args.organisationId);
    }

    @Query(() => [SignInProvider], { description: 'The sign-in buttons of identity providers, for the staff sign-in screen (anyone).' })
    signInProviders(@Ctx() ctx: RequestContext, @Args(() => SignInProvidersArgs) args: SignInProvidersArgs) {
      return oidc.signInProviders(ctx, args.organisation);
    }

    @Query(() => SignInProvider, {
      nullable: true,
      description: "The identity provider the caller's session came from: its logout goes through POST /auth/logout, which ends the provider's session too. Null for a password session and for other callers.",
    })
    sessionSignInProvider(@Ctx() ctx: RequestContext) {
      return oidc.sessionSignInProvider(ctx);
    }

    @Mutation(() => ConfigureIdentityProviderResult, { description: "Sets an organisation's identity provider and its mapping from claims to roles (manageOrganisation of the organisation)." })
    configureIdentityProvider(@Ctx() ctx: RequestContext, @Arg('input', () => ConfigureIdentityProviderInput, { description: 'The provider and the mapping.' }) input: ConfigureIdentityProviderInput) {
      return oidc.configure(ctx, input);
    }

    @Mutation(() => RemoveIdentityProviderResult, { description: "Removes an organisation's identity provider (manageOrganisation of the organisation)." })
    removeIdentityProvider(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveIdentityProviderInput, { description: 'The organisation.' }) input: RemoveIdentityProviderInput) {
      return oidc.remove(ctx, input);
    }
  }
  return [OidcResolver] as const;
}
