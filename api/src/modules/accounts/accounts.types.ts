import { ArrayMaxSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ApiKeyLevel, DeviceKind, OfficeRole, Permission } from '../../domain/accounts/principal';
import { Connection } from '../../platform/graphql/connection';
import { ErrorCode, ErrorResult, InvalidInput, NotFound } from '../../platform/graphql/errors';
import { ApiKey, AssignmentSource, Device, Role, StaffAccount } from './account.entity';
import { Office } from '../catalog/office.entity';
import { AuditEntry } from '../audit/audit-entry.entity';

registerEnumType(OfficeRole, { name: 'OfficeRole', description: 'Deprecated (use roles): staff stands for the built-in role counter, officeAdmin for admin, at one office.' });
registerEnumType(Permission, { name: 'Permission', description: 'A right a role grants where it is given (an organisation, a department or an office).' });
registerEnumType(AssignmentSource, { name: 'AssignmentSource', description: 'local: given by an administrator; oidc: mapped from the identity provider at sign-in (replaced at each sign-in).' });

@ObjectType({ description: 'Deprecated (use assignments): a built-in role of an account at one office.' })
export class OfficeMembership {
  @Field(() => Office, { description: 'The office.' })
  office!: Office;

  @Field(() => OfficeRole, { description: 'officeAdmin when the role manages the office, else staff.' })
  role!: OfficeRole;
}

@InputType({ description: 'A role for a whole organisation (neither departmentId nor officeId), one department, or one office.' })
export class RoleAssignmentInput {
  @Field(() => ID, { description: "The role, of the account's organisation." })
  @MaxLength(20)
  roleId!: string;

  @Field(() => ID, { nullable: true, description: 'The department it holds for.' })
  @IsOptional()
  @MaxLength(20)
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office it holds for.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;
}

@InputType({ description: 'A role of an organisation: created, or changed when the name exists.' })
export class DefineRoleInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(20)
  organisationId!: string;

  @Field(() => String, { description: 'Name, unique in the organisation, e.g. "counter".' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => [Permission], { description: 'What it allows; the platform right cannot be given.' })
  @ArrayMaxSize(50)
  permissions!: Permission[];
}

export const RoleResult = createUnionType({ name: 'RoleResult', description: 'The role, or why not.', types: () => [Role, NotFound, InvalidInput] as const });
registerEnumType(ApiKeyLevel, {
  name: 'ApiKeyLevel',
  description: "public for third-party front ends (channel PARTNER), callcenter for the 115, Berlin's public-service phone line (channel HOTLINE): both book on the public contingent with the citizen's rights.",
});
registerEnumType(DeviceKind, { name: 'DeviceKind', description: 'A call display or a ticket and check-in kiosk.' });

export const StaffAccountConnection = Connection(StaffAccount, 'StaffAccount');
export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@InputType({ description: 'Username and password of a staff account.' })
export class LoginInput {
  @Field(() => String, { description: 'Login name; any case.' })
  @MaxLength(100)
  username!: string;

  @Field(() => String, { description: 'The password.' })
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'A signed-in session. Our apps also get it as an httpOnly cookie; tools send the token as a bearer token.' })
export class Session {
  @Field(() => String, { description: 'Shown once; stored only as a digest.' })
  token!: string;

  @Field(() => Date, { description: 'When the session ends (SESSION_HOURS after sign-in).' })
  expiresAt!: Date;

  @Field(() => StaffAccount, { description: 'The signed-in account.' })
  account!: StaffAccount;
}

@ObjectType({ implements: ErrorResult, description: 'Username or password is wrong, or the account is disabled.' })
export class InvalidCredentials extends ErrorResult {
  constructor() {
    super();
    this.code = ErrorCode.INVALID_CREDENTIALS;
    this.message = 'Username or password is wrong.';
  }
}

@ObjectType({ implements: ErrorResult, description: 'Too many failed sign-ins: the account is locked for a while.' })
export class AccountLocked extends ErrorResult {
  @Field(() => Date, { description: 'When sign-in is possible again.' })
  lockedUntil: Date;

  constructor(lockedUntil: Date) {
    super();
    this.code = ErrorCode.ACCOUNT_LOCKED;
    this.message = 'Too many failed sign-ins. Try again later.';
    this.lockedUntil = lockedUntil;
  }
}

export const LoginResult = createUnionType({ name: 'LoginResult', description: 'A session, or why not.', types: () => [Session, InvalidCredentials, AccountLocked] as const });

@InputType({ description: 'A role at one office.' })
export class MembershipInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => OfficeRole, { description: 'The role there.' })
  role!: OfficeRole;
}

@InputType({ description: 'A new staff account. Office admins create accounts for their offices; only admins create admins.' })
export class CreateStaffAccountInput {
  @Field(() => String, { description: 'Login name, 2..100 characters: letters, digits and . _ @ -; stored lower case, unique.' })
  @MinLength(2)
  @MaxLength(100)
  username!: string;

  @Field(() => String, { description: 'Name shown to colleagues.' })
  @MaxLength(200)
  displayName!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  @MaxLength(200)
  password!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Administers the whole platform (admins only).' })
  isAdmin: boolean = false;

  @Field(() => ID, { nullable: true, description: "The account's organisation; default the caller's, or the one of the offices given." })
  @IsOptional()
  @MaxLength(20)
  organisationId?: string | null;

  @Field(() => [MembershipInput], { defaultValue: [], deprecationReason: 'Use assignments.', description: 'Built-in roles at offices.' })
  @ArrayMaxSize(200)
  @ValidateNested()
  memberships!: MembershipInput[];

  @Field(() => [RoleAssignmentInput], { defaultValue: [], description: 'Roles and where they hold; at least one role unless isAdmin. Each needs the caller to manage staff there and hold what the role allows.' })
  @ArrayMaxSize(200)
  @ValidateNested()
  assignments!: RoleAssignmentInput[];
}

@InputType({ description: 'Changes a staff account; omitted fields stay. Memberships given replace those at the offices the caller administers.' })
export class UpdateStaffAccountInput {
  @Field(() => ID, { description: 'The account to change.' })
  @MaxLength(20)
  accountId!: string;

  @Field(() => String, { nullable: true, description: 'A new name shown to colleagues.' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "A new password, at least 12 characters; ends the account's sessions." })
  @IsOptional()
  @MaxLength(200)
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true disables the account and ends its sessions; false enables it again.' })
  @IsOptional()
  disabled?: boolean | null;

  @Field(() => [MembershipInput], { nullable: true, deprecationReason: 'Use assignments.', description: 'Built-in roles at offices: replace those the caller manages.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  memberships?: MembershipInput[] | null;

  @Field(() => [RoleAssignmentInput], { nullable: true, description: 'Roles and where they hold: replace the local roles where the caller manages staff; others stay.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  assignments?: RoleAssignmentInput[] | null;
}

@InputType({ description: 'A new API key for a third party or the 115 of an organisation.' })
export class CreateApiKeyInput {
  @Field(() => ID, { nullable: true, description: "The organisation it books in; default the caller's or the request's." })
  @IsOptional()
  @MaxLength(20)
  organisationId?: string | null;

  @Field(() => String, { description: 'Whose key it is, e.g. "115 Berlin"; shown in the audit log.' })
  @MaxLength(200)
  name!: string;

  @Field(() => ApiKeyLevel, { description: 'public for third-party front ends, callcenter for the 115.' })
  level!: ApiKeyLevel;
}

@InputType({ description: 'A display or kiosk for one office, or for an office group (displays shared by several offices).' })
export class CreateDeviceInput {
  @Field(() => String, { description: 'Where it stands, e.g. "Anzeige Wartesaal".' })
  @MaxLength(200)
  name!: string;

  @Field(() => DeviceKind, { description: 'Display or kiosk.' })
  kind!: DeviceKind;

  @Field(() => ID, { nullable: true, description: 'The office it serves; give this or groupId.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office group it serves; give this or officeId.' })
  @IsOptional()
  @MaxLength(20)
  groupId?: string | null;
}

@InputType({ description: 'The API key or device to revoke; it stops working at once and is kept for the audit log.' })
export class RevokeInput {
  @Field(() => ID, { description: 'Id of the API key or device.' })
  @MaxLength(20)
  id!: string;
}

@ObjectType({ description: 'A new API key: the key is shown this once.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as listed from now on, without the secret part.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The key (zk_…), shown this once: send it as "Authorization: Bearer <key>".' })
  key!: string;
}

@ObjectType({ description: 'A new device: its key is shown this once; enter it on the display or kiosk.' })
export class CreatedDevice {
  @Field(() => Device, { description: 'The device as listed from now on.' })
  device!: Device;

  @Field(() => String, { description: 'The device key (zd_…), shown this once.' })
  key!: string;
}

@ObjectType({ description: 'The caller as the API sees them.' })
export class Viewer {
  @Field(() => String, { description: 'anonymous, staff, apiKey or device.' })
  kind!: string;

  @Field(() => StaffAccount, { nullable: true, description: 'The staff account, for staff; null otherwise.' })
  account!: StaffAccount | null;

  @Field(() => String, { nullable: true, description: 'The name of the API key or device.' })
  name!: string | null;
}

export const StaffAccountResult = createUnionType({ name: 'StaffAccountResult', description: 'The staff account, or why not.', types: () => [StaffAccount, NotFound, InvalidInput] as const });
export const CreateApiKeyResult = createUnionType({ name: 'CreateApiKeyResult', description: 'The new key, or why not.', types: () => [CreatedApiKey, InvalidInput, NotFound] as const });
export const CreateDeviceResult = createUnionType({ name: 'CreateDeviceResult', description: 'The new device with its key, or why not.', types: () => [CreatedDevice, NotFound, InvalidInput] as const });
export const ApiKeyResult = createUnionType({ name: 'ApiKeyResult', description: 'The revoked key, or why not.', types: () => [ApiKey, NotFound] as const });
export const DeviceResult = createUnionType({ name: 'DeviceResult', description: 'The revoked device, or why not.', types: () => [Device, NotFound] as const });
