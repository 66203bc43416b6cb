import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../../platform/graphql/errors';

@ObjectType({ description: 'One line of the mapping: staff whose groups claim holds the value get the role, in the whole organisation, a department or an office.' })
export class ClaimMapping {
  @Field(() => String, { description: 'A value of the groups claim, e.g. "zms-counter-mitte" or an AD group name.' })
  claimValue!: string;

  @Field(() => String, { description: "The organisation's role it gives, by name (counter, reception, lead, admin, or one of its own)." })
  roleName!: string;

  @Field(() => ID, { nullable: true, description: 'The department where the role holds; null with officeId null: the whole organisation.' })
  departmentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The office where the role holds; null with departmentId null: the whole organisation.' })
  officeId!: string | null;
}

@ObjectType({ description: "An organisation's OpenID Connect provider (Keycloak, Active Directory FS, …) for staff sign-in. The client secret is never answered." })
export class IdentityProviderSettings {
  @Field(() => ID, { description: 'Opaque id of the provider settings.' })
  id!: string;

  @Field(() => ID, { description: 'The organisation whose staff sign in with it.' })
  organisationId!: string;

  @Field(() => String, { description: 'Shown on the sign-in button ("Sign in with …").' })
  displayName!: string;

  @Field(() => String, { description: 'The issuer identifier; its discovery document is read from <issuer>/.well-known/openid-configuration.' })
  issuer!: string;

  @Field(() => String, { description: 'Our client id at the provider.' })
  clientId!: string;

  @Field(() => Boolean, { description: 'Whether a client secret is stored (it is never answered); false for a public client.' })
  hasClientSecret!: boolean;

  @Field(() => [String], { description: 'Scopes asked for at sign-in; always with openid.' })
  scopes!: string[];

  @Field(() => String, { description: 'The claim of the ID token (or userinfo) whose values the mapping looks up; dots reach into objects, e.g. realm_access.roles.' })
  groupsClaim!: string;

  @Field(() => [ClaimMapping], { description: 'What the values give, in the order given.' })
  mappings!: ClaimMapping[];

  @Field(() => Date, { description: 'When the settings were last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A way to sign in with an organisation’s identity provider, for the sign-in screen.' })
export class SignInProvider {
  @Field(() => String, { description: 'The organisation’s name.' })
  organisationName!: string;

  @Field(() => String, { description: 'The organisation’s short name in paths.' })
  organisationSlug!: string;

  @Field(() => String, { description: 'The provider’s name for the button.' })
  displayName!: string;

  @Field(() => String, { description: 'Where the browser goes to sign in (this origin): add ?return=<path of ours> to come back there.' })
  loginPath!: string;
}

@InputType({ description: 'One line of the mapping. Give departmentId or officeId or neither (the whole organisation), not both.' })
export class ClaimMappingInput {
  @Field(() => String, { description: 'A value of the groups claim.' })
  @MaxLength(300)
  claimValue!: string;

  @Field(() => String, { description: "The organisation's role, by name." })
  @MaxLength(100)
  roleName!: string;

  @Field(() => ID, { nullable: true, description: 'A department of the organisation.' })
  @IsOptional()
  @MaxLength(40)
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An office of the organisation.' })
  @IsOptional()
  @MaxLength(40)
  officeId?: string | null;
}

@InputType({ description: "Sets an organisation's identity provider (replacing its settings and mapping); the issuer's discovery document is read first." })
export class ConfigureIdentityProviderInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(40)
  organisationId!: string;

  @Field(() => String, { description: 'Shown on the sign-in button.' })
  @MaxLength(200)
  displayName!: string;

  @Field(() => String, { description: 'The issuer identifier (https; http only in tests and development), e.g. https://login.berlin.de/realms/staff.' })
  @MaxLength(500)
  issuer!: string;

  @Field(() => String, { description: 'Our client id at the provider.' })
  @MaxLength(300)
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'The client secret; omitted keeps the stored one, an empty string removes it (a public client, PKCE alone). Never answered.' })
  @IsOptional()
  @MaxLength(1000)
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Scopes to ask for; default openid profile email. openid is added when missing.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  scopes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The claim that carries the groups; default groups.' })
  @IsOptional()
  @MaxLength(100)
  groupsClaim?: string | null;

  @Field(() => [ClaimMappingInput], { description: 'What the values of the groups claim give; replaces the mapping. A sign-in whose values give nothing is refused.' })
  @ArrayMaxSize(500)
  @ValidateNested()
  mappings!: ClaimMappingInput[];
}

@InputType({ description: "Removes an organisation's identity provider: its staff sign in with passwords only; their accounts and local roles stay, the roles from claims go." })
export class RemoveIdentityProviderInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(40)
  organisationId!: string;
}

@ObjectType({ description: 'The identity provider was removed.' })
export class RemovedIdentityProvider {
  @Field(() => ID, { description: 'The organisation it belonged to.' })
  organisationId!: string;
}

export const ConfigureIdentityProviderResult = createUnionType({
  name: 'ConfigureIdentityProviderResult',
  description: 'The settings as stored, or why not: InvalidInput also when the issuer cannot be discovered (field issuer).',
  types: () => [IdentityProviderSettings, InvalidInput, NotFound] as const,
});

export const RemoveIdentityProviderResult = createUnionType({ name: 'RemoveIdentityProviderResult', description: 'Removed, or why not.', types: () => [RemovedIdentityProvider, NotFound] as const });
