import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** The tenant: a Land, a city, or one town of an IT provider's installation. Everything it runs belongs to it. */
@ObjectType({ description: 'The authority that runs offices: a Land, a city, or a town hosted by an IT provider.' })
@Entity({ tableName: 'organisation' })
export class Organisation {
  @Field(() => ID, { description: 'Opaque id of the organisation.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Its name, e.g. "Land Berlin".' })
  @Unique()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Short name in paths: a request to /o/<slug>/graphql is a request to this organisation.' })
  @Unique()
  @Property({ type: 'text' })
  slug!: string;
}

/** A host name that names an organisation: requests to it are the organisation's. */
@Entity({ tableName: 'organisation_host' })
export class OrganisationHost {
  @PrimaryKey({ type: 'text' })
  host!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade', index: true })
  organisation!: Organisation;
}
