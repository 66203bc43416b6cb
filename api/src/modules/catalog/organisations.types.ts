import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { Department } from './department.entity';
import { Organisation } from './organisation.entity';

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

export const OrganisationResult = createUnionType({ name: 'OrganisationResult', description: 'The organisation, or why not.', types: () => [Organisation, NotFound, InvalidInput] as const });
export const DepartmentResult = createUnionType({ name: 'DepartmentResult', description: 'The department, or why not.', types: () => [Department, NotFound, InvalidInput] as const });
