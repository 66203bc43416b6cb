import { ArrayType, BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiKeyLevel, DeviceKind, Permission } from '../../domain/accounts/principal';
import { Department } from '../catalog/department.entity';
import { Organisation } from '../catalog/organisation.entity';
import { Office } from '../catalog/office.entity';
import { OfficeGroup } from '../catalog/office-group.entity';

@ObjectType({ description: 'A staff member who signs in to the counter app; office admins and admins too.' })
@Entity({ tableName: 'staff_account' })
@Unique({ properties: ['organisation', 'username'] })
export class StaffAccount {
  @Field(() => ID, { description: 'Opaque id of the account.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** Null for platform accounts, which belong to no organisation. */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict', nullable: true })
  organisation: Organisation | null = null;

  @Field(() => String, { description: 'Login name, lower case, unique in its organisation.' })
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

  @OneToMany(() => RoleAssignment, (assignment) => assignment.account)
  assignments = new Collection<RoleAssignment>(this);
}

@ObjectType({ description: 'A named set of permissions an organisation defines, e.g. counter, reception, lead or admin.' })
@Entity({ tableName: 'role' })
@Unique({ properties: ['organisation', 'name'] })
export class Role {
  @Field(() => ID, { description: 'Opaque id of the role.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => String, { description: 'Its name, unique in the organisation.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [Permission], { description: 'What it allows, where it is given.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  permissions!: Permission[];
}

/** Where an assignment came from: given by an administrator, or mapped from the identity provider's claims at sign-in. */
export enum AssignmentSource {
  local = 'local',
  oidc = 'oidc',
}

@ObjectType({ description: 'A role given to an account for a whole organisation (no department, no office), one department, or one office.' })
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment {
  @Field(() => ID, { description: 'Opaque id of the assignment.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade' })
  account!: StaffAccount;

  @Field(() => Role, { description: 'The role.' })
  @ManyToOne(() => Role, { deleteRule: 'cascade', index: true })
  role!: Role;

  @Field(() => Department, { nullable: true, description: 'The department it holds for; null with office null: the whole organisation.' })
  @ManyToOne(() => Department, { deleteRule: 'cascade', nullable: true, index: true })
  department: Department | null = null;

  @Field(() => Office, { nullable: true, description: 'The office it holds for.' })
  @ManyToOne(() => Office, { deleteRule: 'cascade', nullable: true, index: true })
  office: Office | null = null;

  @Field(() => AssignmentSource, { description: 'Who gave it.' })
  @Property({ type: 'text', default: AssignmentSource.local })
  source: AssignmentSource = AssignmentSource.local;
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
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade', index: true })
  organisation!: Organisation;

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
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
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
