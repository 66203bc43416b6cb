import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

// Keys of other tables are plain columns here: the foreign keys and their delete rules are the
// migration's (Migration20261204100000), which points by (id, organisation_id) as the tenancy migration does, so that these tables name no entity of another area.

/** An organisation's OpenID Connect provider (Keycloak, AD FS, …): one per organisation. */
@Entity({ tableName: 'identity_provider' })
export class IdentityProvider {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Unique()
  @Property({ type: new BigIntType('number') })
  organisationId!: number;

  /** Shown on the sign-in button, e.g. "Berlin-Login". */
  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  clientId!: string;

  /** Needed to redeem codes; never answered by the API, never logged. Null for a public client (PKCE alone). */
  @Property({ type: 'text', nullable: true, hidden: true })
  clientSecret: string | null = null;

  @Property({ type: 'text[]' })
  scopes!: string[];

  /** The claim whose values the mapping looks up; dots reach into objects (Keycloak's realm_access.roles). */
  @Property({ type: 'text' })
  groupsClaim: string = 'groups';

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}

/** One line of the mapping: a value of the groups claim gives a role, in the whole organisation, a department or an office. */
@Entity({ tableName: 'identity_provider_mapping' })
export class IdentityProviderMapping {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: new BigIntType('string') })
  identityProviderId!: string;

  @Property({ type: new BigIntType('number') })
  organisationId!: number;

  @Property({ type: 'text' })
  claimValue!: string;

  @Property({ type: new BigIntType('string') })
  roleId!: string;

  @Property({ type: new BigIntType('number'), nullable: true })
  departmentId: number | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  officeId: number | null = null;

  /** Keeps the order the admin gave. */
  @Property({ type: 'integer' })
  position!: number;
}

/**
 * A sign-in begun at the provider and not yet back: in the database, not in memory, since the
 * callback may reach another API process. Taken once (delete … returning).
 */
@Entity({ tableName: 'oidc_pending_login' })
export class OidcPendingLogin {
  /** SHA-256 of the state parameter. */
  @PrimaryKey({ type: 'text' })
  stateDigest!: string;

  /** SHA-256 of the random value in the browser's short-lived cookie: the callback must come from the browser that began. */
  @Property({ type: 'text' })
  browserDigest!: string;

  @Property({ type: 'text' })
  nonce!: string;

  @Property({ type: 'text' })
  codeVerifier!: string;

  @Property({ type: new BigIntType('string') })
  identityProviderId!: string;

  @Property({ type: new BigIntType('number') })
  organisationId!: number;

  @Property({ type: 'text' })
  returnPath!: string;

  @Index()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;
}

/** Who an account is at its provider: the subject, unique per provider. */
@Entity({ tableName: 'external_identity' })
@Unique({ properties: ['identityProviderId', 'subject'] })
export class ExternalIdentity {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: new BigIntType('number') })
  accountId!: number;

  @Property({ type: new BigIntType('string') })
  identityProviderId!: string;

  @Property({ type: new BigIntType('number') })
  organisationId!: number;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  lastSignInAt!: Date;
}

/** A session that came from a provider, by the session's token digest: what logout needs to end the provider's session too. */
@Entity({ tableName: 'oidc_session' })
export class OidcSession {
  @PrimaryKey({ type: 'text' })
  tokenDigest!: string;

  @Property({ type: new BigIntType('string') })
  identityProviderId!: string;

  @Property({ type: new BigIntType('number') })
  organisationId!: number;

  /** Sent back as id_token_hint at logout; an ID token holds no more than the provider told us at sign-in. */
  @Property({ type: 'text', hidden: true })
  idToken!: string;
}
