import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Office } from './office.entity';

@ObjectType({ description: 'A service citizens book (Dienstleistung), such as registering a flat.' })
@Entity({ tableName: 'service' })
export class Service {
  @Field(() => ID, { description: 'Opaque id of the service.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  @Field(() => String, { description: 'Name shown to citizens, e.g. "Anmeldung einer Wohnung".' })
  @Index()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is, for citizens.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: 'Page with what to bring and what it costs.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;
}

@ObjectType({ description: 'A service as one office offers it.' })
@Entity({ tableName: 'office_service' })
@Unique({ properties: ['office', 'service'] })
export class OfficeService {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  @Field(() => Service, { description: 'The service of the catalogue.' })
  @ManyToOne(() => Service, { deleteRule: 'cascade', index: true })
  service!: Service;

  @Field(() => Int, { description: 'Consecutive slots the service needs at this office.' })
  @Property({ type: 'integer' })
  durationSlots: number = 1;

  @Field(() => Boolean, { description: 'Whether citizens may book it online (portal, partners, 115).' })
  @Property({ type: 'boolean' })
  bookableOnline: boolean = true;
}
