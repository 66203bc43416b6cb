import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Office } from './office.entity';

/** A service citizens book; its own texts are German, other languages are ServiceTranslations. */
@ObjectType({ description: 'A service citizens book (Dienstleistung), such as registering a flat.' })
@Entity({ tableName: 'service' })
export class Service {
  @Field(() => ID, { description: 'Opaque id of the service.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  @Index()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatToBring: string | null = null;

  @Field(() => String, { nullable: true, description: 'Page with what to bring and what it costs.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;
}

/** A service's texts in a language other than German. */
@Entity({ tableName: 'service_translation' })
@Unique({ properties: ['service', 'language'] })
export class ServiceTranslation {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  /** A MessageLanguage other than German. */
  @Property({ type: 'text' })
  language!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatToBring: string | null = null;
}

/**
 * A word citizens search for and what it stands for in the catalogue's names ("Ummeldung" for
 * "Anmeldung", "identity card" for "Personalausweis"): catalogue data that admins edit.
 */
@ObjectType({ description: 'A search word and the words of the catalogue it stands for, e.g. "Ummeldung" → "Anmeldung".' })
@Entity({ tableName: 'search_synonym' })
@Unique({ properties: ['term', 'means'] })
export class SearchSynonym {
  @Field(() => ID, { description: 'Opaque id of the synonym.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'What citizens type, e.g. "Ummeldung"; matched as whole words, forgiving case, accents and small slips.' })
  @Property({ type: 'text' })
  term!: string;

  @Field(() => String, { description: 'What the search then also looks for in service names, e.g. "Anmeldung".' })
  @Property({ type: 'text' })
  means!: string;
}

@ObjectType({ description: 'A service as one office offers it.' })
@Entity({ tableName: 'office_service' })
@Unique({ properties: ['office', 'service'] })
export class OfficeService {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
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
