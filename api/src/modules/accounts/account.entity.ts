import { BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiKeyLevel, DeviceKind, OfficeRole } from '../../domain/accounts/principal';
import { Office } from '../catalog/office.entity';
import { OfficeGroup } from '../catalog/office-group.entity';

@ObjectType({ description: 'A staff member who signs in to the counter app; office admins and admins too.' })
@Entity({ tableName: 'staff_account' })
export class StaffAccount {
  @Field(() => ID, { description: 'Opaque id of the account.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Login name, lower case.' })
  @Unique()
  @Property({ type: 'text' })
  username!: string;

  @Field(() => String, { description: 'Name shown to colleagues.' })
  @Property({ type: 'text' })
  displayName!: string;

  /** scrypt, with its parameters and salt: see platform/passwords. */
  @Property({ type: 'text' })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'Administers the whole platform.' })
  @Property({ type: 'boolean' })
  isAdmin: boolean = false;

  @Field(() => Boolean, { description: 'A disabled account cannot sign in; its sessions end.' })
  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'integer' })
  failedLogins: number = 0;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => OfficeMembership, (membership) => membership.account)
  memberships = new Collection<OfficeMembership>(this);
}

@ObjectType({ description: 'A role of a staff account at one office.' })
@Entity({ tableName: 'office_membership' })
@Unique({ properties: ['account', 'office'] })
export class OfficeMembership {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade' })
  account!: StaffAccount;

  @Field(() => Office, { description: 'The office.' })
  @ManyToOne(() => Office, { deleteRule: 'cascade', index: true })
  office!: Office;

  @Field(() => OfficeRole, { description: 'The role at the office.' })
  @Enum({ items: () => OfficeRole, nativeEnumName: 'office_role' })
  role!: OfficeRole;
}

/** A signed-in session; the token is shown once and kept only as a digest. */
@Entity({ tableName: 'staff_session' })
export class StaffSession {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Unique()
  @Property({ type: 'text' })
  tokenDigest!: string;

  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade', index: true })
  account!: StaffAccount;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A key for a third party (level public) or the 115 (level callcenter); the key itself is shown once.' })
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID, { description: 'Opaque id of the key.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Whose key it is, e.g. "115 Berlin".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ApiKeyLevel, { description: 'public (third parties, channel PARTNER) or callcenter (the 115, channel HOTLINE).' })
  @Enum({ items: () => ApiKeyLevel, nativeEnumName: 'api_key_level' })
  level!: ApiKeyLevel;

  @Unique()
  @Property({ type: 'text' })
  keyDigest!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  @Property({ type: 'text' })
  keyPrefix!: string;

  @Field(() => Date, { description: 'When the key was created.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

@ObjectType({ description: 'A call display or kiosk, bound to one office or an office group; its key is shown once.' })
@Entity({ tableName: 'device' })
export class Device {
  @Field(() => ID, { description: 'Opaque id of the device.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Where it stands, e.g. "Anzeige Wartesaal".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => DeviceKind, { description: 'Display or kiosk.' })
  @Enum({ items: () => DeviceKind, nativeEnumName: 'device_kind' })
  kind!: DeviceKind;

  @Field(() => Office, { nullable: true, description: 'The office it serves; null when it serves a group.' })
  @ManyToOne(() => Office, { deleteRule: 'cascade', nullable: true, index: true })
  office: Office | null = null;

  @Field(() => OfficeGroup, { nullable: true, description: 'The office group it serves; null when it serves one office.' })
  @ManyToOne(() => OfficeGroup, { deleteRule: 'cascade', nullable: true })
  group: OfficeGroup | null = null;

  @Unique()
  @Property({ type: 'text' })
  keyDigest!: string;

  @Field(() => String, { description: 'The first characters of its key, to tell devices apart.' })
  @Property({ type: 'text' })
  keyPrefix!: string;

  @Field(() => Date, { description: 'When the device was created.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the device was revoked; null while it works.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
