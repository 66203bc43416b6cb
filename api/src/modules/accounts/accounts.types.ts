import { ArrayMaxSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ApiKeyLevel, DeviceKind, OfficeRole } from '../../domain/accounts/principal';
import { Connection } from '../../platform/graphql/connection';
import { ErrorCode, ErrorResult, InvalidInput, NotFound } from '../../platform/graphql/errors';
import { ApiKey, AuditEntry, Device, StaffAccount } from './account.entity';

registerEnumType(OfficeRole, { name: 'OfficeRole', description: 'staff work the queue of an office; officeAdmin also administers it.' });
registerEnumType(ApiKeyLevel, { name: 'ApiKeyLevel', description: 'public for third-party front ends (channel PARTNER), callcenter for the 115 (channel HOTLINE): the same contingent and rights as the portal.' });
registerEnumType(DeviceKind, { name: 'DeviceKind', description: 'A call display or a ticket and check-in kiosk.' });

export const StaffAccountConnection = Connection(StaffAccount, 'StaffAccount');
export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(100)
  username!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'A signed-in session. Our apps also get it as an httpOnly cookie; tools send the token as a bearer token.' })
export class Session {
  @Field(() => String, { description: 'Shown once; stored only as a digest.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => StaffAccount)
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
  @Field(() => Date)
  lockedUntil: Date;

  constructor(lockedUntil: Date) {
    super();
    this.code = ErrorCode.ACCOUNT_LOCKED;
    this.message = 'Too many failed sign-ins. Try again later.';
    this.lockedUntil = lockedUntil;
  }
}

export const LoginResult = createUnionType({ name: 'LoginResult', types: () => [Session, InvalidCredentials, AccountLocked] as const });

@InputType()
export class MembershipInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => OfficeRole)
  role!: OfficeRole;
}

@InputType()
export class CreateStaffAccountInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(100)
  username!: string;

  @Field(() => String)
  @MaxLength(200)
  displayName!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  @MaxLength(200)
  password!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Administers the whole platform (admins only).' })
  isAdmin: boolean = false;

  @Field(() => [MembershipInput])
  @ArrayMaxSize(200)
  @ValidateNested()
  memberships!: MembershipInput[];
}

@InputType({ description: 'Changes a staff account; omitted fields stay. Memberships given replace those at the offices the caller administers.' })
export class UpdateStaffAccountInput {
  @Field(() => ID)
  @MaxLength(20)
  accountId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  password?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  disabled?: boolean | null;

  @Field(() => [MembershipInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  memberships?: MembershipInput[] | null;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => ApiKeyLevel)
  level!: ApiKeyLevel;
}

@InputType({ description: 'A display or kiosk for one office, or for an office group (displays shared by several offices).' })
export class CreateDeviceInput {
  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => DeviceKind)
  kind!: DeviceKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  groupId?: string | null;
}

@InputType()
export class RevokeInput {
  @Field(() => ID)
  @MaxLength(20)
  id!: string;
}

@ObjectType({ description: 'A new API key: the key is shown this once.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String)
  key!: string;
}

@ObjectType({ description: 'A new device: its key is shown this once; enter it on the display or kiosk.' })
export class CreatedDevice {
  @Field(() => Device)
  device!: Device;

  @Field(() => String)
  key!: string;
}

@ObjectType({ description: 'The caller as the API sees them.' })
export class Viewer {
  @Field(() => String, { description: 'anonymous, staff, apiKey or device.' })
  kind!: string;

  @Field(() => StaffAccount, { nullable: true })
  account!: StaffAccount | null;

  @Field(() => String, { nullable: true, description: 'The name of the API key or device.' })
  name!: string | null;
}

export const StaffAccountResult = createUnionType({ name: 'StaffAccountResult', types: () => [StaffAccount, NotFound, InvalidInput] as const });
export const CreateApiKeyResult = createUnionType({ name: 'CreateApiKeyResult', types: () => [CreatedApiKey, InvalidInput] as const });
export const CreateDeviceResult = createUnionType({ name: 'CreateDeviceResult', types: () => [CreatedDevice, NotFound, InvalidInput] as const });
export const ApiKeyResult = createUnionType({ name: 'ApiKeyResult', types: () => [ApiKey, NotFound] as const });
export const DeviceResult = createUnionType({ name: 'DeviceResult', types: () => [Device, NotFound] as const });
