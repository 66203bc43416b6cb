import { BigIntType, Embeddable, Embedded, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';

/** How far the portal conforms to BITV 2.0, in the words of an accessibility statement. */
export enum AccessibilityConformance {
  FULL = 'full',
  PARTIAL = 'partial',
  NONE = 'none',
}
registerEnumType(AccessibilityConformance, {
  name: 'AccessibilityConformance',
  description: 'How far the portal conforms to BITV 2.0 (and EN 301 549).',
  valuesConfig: { FULL: { description: 'Fully conformant.' }, PARTIAL: { description: 'Partly conformant: the statement lists what is not.' }, NONE: { description: 'Not conformant.' } },
});

/**
 * What an organisation's public pages say about it (imprint, privacy, the accessibility statement
 * of BITV 2.0). Each field it leaves empty falls back to the installation's setting (config.ts).
 */
@ObjectType({ description: "An organisation's own legal and accessibility settings; a null field takes the installation's setting." })
@Embeddable()
export class LegalSettings {
  @Field(() => String, { nullable: true, description: 'Address of its imprint (Impressum).' })
  @Property({ type: 'text', nullable: true })
  imprintUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'Address of its privacy notice (Datenschutzerklärung).' })
  @Property({ type: 'text', nullable: true })
  privacyUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'Email address for feedback on barriers (the feedback contact of the accessibility statement).' })
  @Property({ type: 'text', nullable: true })
  accessibilityContactEmail: string | null = null;

  @Field(() => AccessibilityConformance, { nullable: true, description: 'How far the portal conforms to BITV 2.0.' })
  @Property({ type: 'text', nullable: true })
  accessibilityConformance: AccessibilityConformance | null = null;

  @Field(() => String, { nullable: true, description: 'What is not yet accessible, and why (German, one item a line).' })
  @Property({ type: 'text', nullable: true })
  accessibilityKnownBarriers: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the accessibility statement was prepared.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  accessibilityPreparedOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the accessibility statement was last reviewed.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  accessibilityReviewedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The body of the enforcement procedure (in Berlin the Landesbeauftragte für digitale Barrierefreiheit).' })
  @Property({ type: 'text', nullable: true })
  accessibilityEnforcementBody: string | null = null;

  @Field(() => String, { nullable: true, description: "Address of the enforcement body's page." })
  @Property({ type: 'text', nullable: true })
  accessibilityEnforcementUrl: string | null = null;
}

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

  /** Read by its admins through `legalSettings`, by everyone through `legalInformation`. */
  @Embedded(() => LegalSettings, { prefix: 'legal_' })
  legal: LegalSettings = new LegalSettings();
}

/** A host name that names an organisation: requests to it are the organisation's. */
@Entity({ tableName: 'organisation_host' })
export class OrganisationHost {
  @PrimaryKey({ type: 'text' })
  host!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade', index: true })
  organisation!: Organisation;
}
