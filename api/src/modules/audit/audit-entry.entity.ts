import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who changed what, when, at which office. Holds no contact data of citizens.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['officeId', 'at'] })
@Index({ name: 'audit_entry_organisation_id_id_index', properties: ['organisationId', 'id'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Opaque id of the entry.' })
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  @Index()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  at!: Date;

  @Field(() => String, { description: 'staff, apiKey or device.' })
  @Property({ type: 'text' })
  actorKind!: string;

  @Field(() => String, { description: 'Id of the account, key or device.' })
  @Property({ type: 'text' })
  actorId!: string;

  @Field(() => String, { description: 'Username or name of the actor at the time.' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => String, { description: 'The operation, e.g. createCapacityRule.' })
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: new BigIntType('number'), nullable: true })
  officeId: number | null = null;

  /** Filled by the database from the office or what the entry names (ADR 0009); null for the platform's own entries. */
  @Property({ type: new BigIntType('number'), nullable: true })
  organisationId: number | null = null;

  @Field(() => JSONObjectResolver, { description: 'What was changed: ids, numbers, settings and the client address; never contact data.' })
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}
