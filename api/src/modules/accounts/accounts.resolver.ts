import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../platform/graphql/connection';
import { Permission } from '../../domain/accounts/principal';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { ApiKey, Device, RoleAssignment, StaffAccount } from './account.entity';
import type { AccountsService } from './accounts.service';
import { CompleteSetupInput } from './setup.types';
import {
  ApiKeyResult,
  AuditEntryConnection,
  CreateApiKeyInput,
  CreateApiKeyResult,
  CreateDeviceInput,
  CreateDeviceResult,
  CreateStaffAccountInput,
  DeviceResult,
  LoginInput,
  LoginResult,
  OfficeMembership,
  RevokeInput,
  StaffAccountConnection,
  StaffAccountResult,
  UpdateStaffAccountInput,
  Viewer,
} from './accounts.types';

@ArgsType()
class OfficeFilterArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One office; default all the caller may see.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;
}

export function createAccountsResolvers(accounts: AccountsService) {
  @Resolver()
  class AccountsResolver {
    @Mutation(() => LoginResult, { description: 'Signs a staff member in: answers a session token and sets it as an httpOnly cookie.' })
    login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput, { description: 'Username and password.' }) input: LoginInput) {
      return accounts.login(ctx, input);
    }

    @Mutation(() => StaffAccountResult, {
      description:
        'Creates the first admin of an installation with the token of its one-time setup link (printed at the first start, or by `npm run accounts -- setup-link`), then signs in with login. NotFound when the link is unknown, used or expired, or an admin exists.',
    })
    completeSetup(@Ctx() ctx: RequestContext, @Arg('input', () => CompleteSetupInput, { description: 'The token, and username and password of the admin.' }) input: CompleteSetupInput) {
      return accounts.completeSetup(ctx, input);
    }

    @Mutation(() => Boolean, { description: "Ends the caller's session; answers whether there was one." })
    logout(@Ctx() ctx: RequestContext) {
      return accounts.logout(ctx);
    }

    @Query(() => Viewer, { description: 'Who the API takes the caller for.' })
    viewer(@Ctx() ctx: RequestContext) {
      return accounts.viewer(ctx);
    }

    @Query(() => StaffAccountConnection, { description: 'Staff accounts of the offices the caller administers (admins: all).' })
    staffAccounts(@Ctx() ctx: RequestContext, @Args(() => OfficeFilterArgs) args: OfficeFilterArgs) {
      return accounts.staffAccounts(ctx, args.first, args.after, args.officeId);
    }

    @Mutation(() => StaffAccountResult, { description: 'Creates a staff account (office admins for their offices, admins).' })
    createStaffAccount(@Ctx() ctx: RequestContext, @Arg('input', () => CreateStaffAccountInput, { description: 'The new account.' }) input: CreateStaffAccountInput) {
      return accounts.createStaffAccount(ctx, input);
    }

    @Mutation(() => StaffAccountResult, { description: "Changes a staff account's name, password, roles or whether it is disabled." })
    updateStaffAccount(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateStaffAccountInput, { description: 'The account and what to change.' }) input: UpdateStaffAccountInput) {
      return accounts.updateStaffAccount(ctx, input);
    }

    @Query(() => [ApiKey], { description: 'API keys of third parties and the 115, of the organisations where the caller manages keys.' })
    apiKeys(@Ctx() ctx: RequestContext) {
      return accounts.apiKeys(ctx);
    }

    @Mutation(() => CreateApiKeyResult, { description: 'Creates an API key for a third party or the 115 of an organisation (its key managers); the answer holds the key, shown once.' })
    createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput, { description: 'Name and level of the key.' }) input: CreateApiKeyInput) {
      return accounts.createApiKey(ctx, input);
    }

    @Mutation(() => ApiKeyResult, { description: "Revokes an API key (its organisation's key managers): it stops working at once." })
    revokeApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => RevokeInput, { description: 'The key.' }) input: RevokeInput) {
      return accounts.revokeApiKey(ctx, input);
    }

    @Mutation(() => CreateDeviceResult, { description: 'Creates a display or kiosk of an office or group (its office admins); the answer holds the device key, shown once.' })
    createDevice(@Ctx() ctx: RequestContext, @Arg('input', () => CreateDeviceInput, { description: 'Name, kind and office or group.' }) input: CreateDeviceInput) {
      return accounts.createDevice(ctx, input);
    }

    @Mutation(() => DeviceResult, { description: 'Revokes a display or kiosk: it stops working at once.' })
    revokeDevice(@Ctx() ctx: RequestContext, @Arg('input', () => RevokeInput, { description: 'The device.' }) input: RevokeInput) {
      return accounts.revokeDevice(ctx, input);
    }

    @Query(() => AuditEntryConnection, {
      description: 'Changes by staff, admins, keys and devices, newest first: one office (for who reads its audit log), else every entry of the organisations whose audit log the caller reads (platform admins: all).',
    })
    auditLog(@Ctx() ctx: RequestContext, @Args(() => OfficeFilterArgs) args: OfficeFilterArgs) {
      return accounts.auditLog(ctx, args.first, args.after, args.officeId);
    }
  }

  @Resolver(() => StaffAccount)
  class StaffAccountResolver {
    @FieldResolver(() => [RoleAssignment], { description: 'Roles of the account and where they hold.' })
    assignments(@Root() account: StaffAccount, @Ctx() ctx: RequestContext) {
      return accounts.assignments(ctx, account);
    }

    @FieldResolver(() => [OfficeMembership], { deprecationReason: 'Use assignments.', description: 'Roles of the account at single offices.' })
    memberships(@Root() account: StaffAccount, @Ctx() ctx: RequestContext) {
      return accounts.memberships(ctx, account);
    }
  }

  @Resolver(() => Viewer)
  class ViewerResolver {
    @FieldResolver(() => [Office], { description: "Offices where the caller holds a permission, by name: e.g. workQueue for the counters it may work at. Platform admins: every office of the request's organisation." })
    offices(@Ctx() ctx: RequestContext, @Arg('permission', () => Permission, { description: 'The permission.' }) permission: Permission) {
      return accounts.officesWhere(ctx, permission);
    }
  }

  @Resolver(() => Office)
  class OfficeDevicesResolver {
    @FieldResolver(() => [Device], { description: 'Displays and kiosks of the office (its staff).' })
    devices(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return accounts.devices(ctx, office);
    }
  }

  return [AccountsResolver, StaffAccountResolver, ViewerResolver, OfficeDevicesResolver] as const;
}
