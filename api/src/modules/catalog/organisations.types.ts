import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { Department } from './department.entity';
import { AccessibilityConformance, Organisation } from './organisation.entity';

@InputType({ description: 'A new organisation (platform admins): a Land, a city, or a town of a hosting provider.' })
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Its name, unique in the installation.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name in paths (/o/<slug>/graphql): lower case letters, digits, dashes; default from the name.' })
  @IsOptional()
  @MaxLength(63)
  slug?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Host names whose requests are this organisation\'s, e.g. "termine.muenchen.de".' })
  @ArrayMaxSize(20)
  @MaxLength(253, { each: true })
  hosts!: string[];
}

@InputType({ description: 'Replaces the host names of an organisation (platform admins).' })
export class SetOrganisationHostsInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(20)
  organisationId!: string;

  @Field(() => [String], { description: 'Host names, lower case, without port.' })
  @ArrayMaxSize(20)
  @MaxLength(253, { each: true })
  hosts!: string[];
}

@InputType({ description: 'A new department of an organisation, e.g. a Bezirksamt.' })
export class CreateDepartmentInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(20)
  organisationId!: string;

  @Field(() => String, { description: 'Its name, unique in the organisation.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

@ObjectType({ description: "What the portal's legal pages say: the organisation's own settings, each empty one taken from the installation's." })
export class LegalInformation {
  @Field(() => String, { nullable: true, description: 'The organisation the request names; null where it names none.' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the imprint (Impressum); null where none is configured.' })
  imprintUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the privacy notice (Datenschutzerklärung); null where none is configured.' })
  privacyUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to report barriers (the feedback contact of the accessibility statement).' })
  accessibilityContactEmail!: string | null;

  @Field(() => AccessibilityConformance, { description: 'How far the portal conforms to BITV 2.0.' })
  accessibilityConformance!: AccessibilityConformance;

  @Field(() => [String], { description: 'What is not yet accessible, one item each (German).' })
  accessibilityKnownBarriers!: string[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the statement was prepared.' })
  accessibilityPreparedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the statement was last reviewed.' })
  accessibilityReviewedOn!: string | null;

  @Field(() => String, { description: 'Who runs the enforcement procedure (Durchsetzungsverfahren), e.g. the Landesbeauftragte für digitale Barrierefreiheit.' })
  accessibilityEnforcementBody!: string;

  @Field(() => String, { nullable: true, description: "Address of the enforcement body's page." })
  accessibilityEnforcementUrl!: string | null;
}

@InputType({ description: "An organisation's own legal and accessibility settings (its organisation admins); a null or empty field takes the installation's setting." })
export class SetOrganisationLegalSettingsInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(20)
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'Address of its imprint, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  imprintUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of its privacy notice, http(s).' })
  @IsOptional()
  @MaxLength(2000)
  privacyUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address for feedback on barriers.' })
  @IsOptional()
  @MaxLength(254)
  accessibilityContactEmail?: string | null;

  @Field(() => AccessibilityConformance, { nullable: true, description: 'How far the portal conforms to BITV 2.0.' })
  @IsOptional()
  accessibilityConformance?: AccessibilityConformance | null;

  @Field(() => String, { nullable: true, description: 'What is not yet accessible, one item a line (German).' })
  @IsOptional()
  @MaxLength(5000)
  accessibilityKnownBarriers?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the statement was prepared.' })
  @IsOptional()
  accessibilityPreparedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the statement was last reviewed.' })
  @IsOptional()
  accessibilityReviewedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Who runs the enforcement procedure.' })
  @IsOptional()
  @MaxLength(300)
  accessibilityEnforcementBody?: string | null;

  @Field(() => String, { nullable: true, description: "Address of the enforcement body's page, http(s)." })
  @IsOptional()
  @MaxLength(2000)
  accessibilityEnforcementUrl?: string | null;
}

export const OrganisationResult = createUnionType({ name: 'OrganisationResult', description: 'The organisation, or why not.', types: () => [Organisation, NotFound, InvalidInput] as const });
export const DepartmentResult = createUnionType({ name: 'DepartmentResult', description: 'The department, or why not.', types: () => [Department, NotFound, InvalidInput] as const });
