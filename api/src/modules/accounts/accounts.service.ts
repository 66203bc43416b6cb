import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { normalizeUsername, passwordProblems, usernameProblems } from '../../domain/accounts/account-rules';
import { afterRightPassword, chargeAttempt } from '../../domain/accounts/lockout';
import { OfficeRole, Permission, administeredOffices, can } from '../../domain/accounts/principal';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { InvalidInput, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { CredentialKind, digest, newCredential } from '../../platform/secrets';
import { inTransaction } from '../../platform/transaction';
import { OfficeGroup } from '../catalog/office-group.entity';
import { Office } from '../catalog/office.entity';
import { ApiKey, Device, OfficeMembership, StaffAccount, StaffSession } from './account.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import {
  AccountLocked,
  CreatedApiKey,
  CreatedDevice,
  InvalidCredentials,
  Session,
  Viewer,
  type CreateApiKeyInput,
  type CreateDeviceInput,
  type CreateStaffAccountInput,
  type LoginInput,
  type MembershipInput,
  type RevokeInput,
  type UpdateStaffAccountInput,
} from './accounts.types';
import { audit } from '../audit/audit';
import { noEnabledAdmin, setupLockKey, unusableSetupLink } from './setup-tokens';
import type { CompleteSetupInput } from './setup.types';

// Verified against when the username is unknown, so that a wrong name costs as long as a wrong password.
const unknownUserHash = hashPassword('no account has this password');

export class AccountsService {
  constructor(private readonly sessionHours: number) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<Session | InvalidCredentials | AccountLocked> {
    const username = normalizeUsername(input.username);
    const now = ctx.clock.now();
    // Charged under the account's row lock and committed before the password is checked, so that
    // every process sees the charges before its own; scrypt runs outside any transaction.
    const attempt = await inTransaction(ctx.em, async (em) => {
      const account = await em.findOne(StaffAccount, { username }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) return null;
      const { state, check } = chargeAttempt(account, now);
      Object.assign(account, state);
      return { accountId: account.id, passwordHash: account.passwordHash, disabled: account.disabled, check, charged: state.failedLogins, lockedUntil: state.lockedUntil };
    });
    if (!attempt) {
      await verifyPassword(input.password, await unknownUserHash);
      return new InvalidCredentials();
    }
    if (!attempt.check) return new AccountLocked(attempt.lockedUntil!);
    if (!(await verifyPassword(input.password, attempt.passwordHash)) || attempt.disabled) {
      return attempt.lockedUntil ? new AccountLocked(attempt.lockedUntil) : new InvalidCredentials();
    }
    return inTransaction(ctx.em, async (em) => {
      const account = await em.findOneOrFail(StaffAccount, attempt.accountId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      Object.assign(account, afterRightPassword(account, attempt.charged));
      const token = newCredential(CredentialKind.session);
      const expiresAt = new Date(now.getTime() + this.sessionHours * 3_600_000);
      em.create(StaffSession, { tokenDigest: digest(token), account, createdAt: now, expiresAt } as StaffSession);
      ctx.http?.setSessionCookie(token, expiresAt);
      return Object.assign(new Session(), { token, expiresAt, account });
    });
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    ctx.http?.clearSessionCookie();
    if (ctx.principal.kind !== 'staff' || ctx.credential === null) return false;
    await ctx.em.execute('delete from staff_session where token_digest = ?', [digest(ctx.credential)]);
    return true;
  }

  async viewer(ctx: RequestContext): Promise<Viewer> {
    const principal = ctx.principal;
    const account = principal.kind === 'staff' ? await ctx.em.findOne(StaffAccount, principal.accountId) : null;
    const name = principal.kind === 'apiKey' || principal.kind === 'device' ? principal.name : null;
    return Object.assign(new Viewer(), { kind: principal.kind, account, name });
  }

  async memberships(ctx: RequestContext, account: StaffAccount): Promise<OfficeMembership[]> {
    return ctx.em.find(OfficeMembership, { account }, { populate: ['office'], orderBy: { office: { name: 'asc' } } });
  }

  async staffAccounts(ctx: RequestContext, first: number, after: string | null | undefined, officeIdText: string | null | undefined): Promise<Page<StaffAccount>> {
    authorizeAnywhere(ctx, Permission.viewOfficeAdministration);
    const officeId = officeIdText ? parseId(officeIdText) : null;
    if (officeIdText && officeId === null) throw badUserInput('Not a valid office id.');
    if (officeId !== null) authorize(ctx, Permission.viewOfficeAdministration, officeId);
    const visible = officeId !== null ? [officeId] : administeredOffices(ctx.principal);
    const [afterName, afterId] = after ? decodeCursor(after) : [null, null];
    const rows = await ctx.em.find(
      StaffAccount,
      {
        $and: [visible === null ? {} : { memberships: { office: { $in: visible } } }, afterName === null ? {} : { $or: [{ username: { $gt: String(afterName) } }, { username: String(afterName), id: { $gt: Number(afterId) } }] }],
      },
      { orderBy: { username: 'asc', id: 'asc' }, limit: first + 1 },
    );
    return toPage(rows, first, (account) => [account.username, account.id]);
  }

  /** Memberships a caller may grant: only at offices they administer; unknown offices are named. */
  private async resolveMemberships(em: EntityManager, ctx: RequestContext, memberships: MembershipInput[]): Promise<{ office: Office; role: OfficeRole }[] | NotFound> {
    const resolved: { office: Office; role: OfficeRole }[] = [];
    for (const membership of memberships) {
      const officeId = parseId(membership.officeId);
      const office = officeId === null ? null : await em.findOne(Office, officeId);
      if (!office) return new NotFound(`There is no office ${membership.officeId}.`);
      authorize(ctx, Permission.manageOffice, office.id);
      resolved.push({ office, role: membership.role });
    }
    return resolved;
  }

  async createStaffAccount(ctx: RequestContext, input: CreateStaffAccountInput): Promise<StaffAccount | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    if (input.isAdmin) authorize(ctx, Permission.administerPlatform);
    const username = normalizeUsername(input.username);
    const problems = [...passwordProblems(input.password), ...usernameProblems(username)];
    if (!input.displayName.trim()) problems.push('A display name is required.');
    if (!input.isAdmin && input.memberships.length === 0) problems.push('A staff account needs a role at one office at least.');
    if (problems.length > 0) return new InvalidInput(problems);
    const passwordHash = await hashPassword(input.password);
    return inTransaction(ctx.em, async (em) => {
      const memberships = await this.resolveMemberships(em, ctx, input.memberships);
      if (memberships instanceof NotFound) return memberships;
      if (await em.findOne(StaffAccount, { username })) return new InvalidInput([`The username ${username} is taken.`]);
      const account = em.create(StaffAccount, { username, displayName: input.displayName.trim(), passwordHash, isAdmin: input.isAdmin, createdAt: ctx.clock.now() } as StaffAccount);
      for (const { office, role } of memberships) em.create(OfficeMembership, { account, office, role } as OfficeMembership);
      await em.flush();
      for (const officeId of memberships.length > 0 ? memberships.map((membership) => membership.office.id) : [null]) {
        await audit(em, ctx, 'createStaffAccount', officeId, { accountId: account.id, username, isAdmin: input.isAdmin, roles: memberships.map((m) => ({ officeId: m.office.id, role: m.role })) });
      }
      return account;
    });
  }

  async updateStaffAccount(ctx: RequestContext, input: UpdateStaffAccountInput): Promise<StaffAccount | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    const problems = input.password ? passwordProblems(input.password) : [];
    if (input.displayName !== undefined && input.displayName !== null && !input.displayName.trim()) problems.push('A display name is required.');
    if (problems.length > 0) return new InvalidInput(problems);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return inTransaction(ctx.em, async (em) => {
      const accountId = parseId(input.accountId);
      const account = accountId === null ? null : await em.findOne(StaffAccount, accountId, { populate: ['memberships'] });
      if (!account) return new NotFound(`There is no staff account ${input.accountId}.`);
      const current = account.memberships.getItems();
      // An admin's account only an admin changes. Roles change office by office; a password or
      // the account itself only someone who administers every office of it, or an office admin of
      // A could take over an account that administers B.
      if (account.isAdmin || current.length === 0) authorize(ctx, Permission.administerPlatform);
      else if (!current.some((membership) => can(ctx.principal, Permission.manageOffice, membership.office.id))) authorize(ctx, Permission.manageOffice, current[0].office.id);
      if (passwordHash || (input.disabled ?? null) !== null || input.displayName) {
        for (const membership of current) authorize(ctx, Permission.manageOffice, membership.office.id);
      }
      if (input.memberships) {
        const wanted = await this.resolveMemberships(em, ctx, input.memberships);
        if (wanted instanceof NotFound) return wanted;
        for (const membership of current) if (can(ctx.principal, Permission.manageOffice, membership.office.id)) em.remove(membership);
        await em.flush();
        for (const { office, role } of wanted) em.create(OfficeMembership, { account: account as StaffAccount, office, role } as OfficeMembership);
      }
      if (input.displayName) account.displayName = input.displayName.trim();
      if (passwordHash) account.passwordHash = passwordHash;
      if (input.disabled !== undefined && input.disabled !== null) account.disabled = input.disabled;
      // A new password or a disabled account ends the account's sessions.
      if (passwordHash || input.disabled) await em.execute('delete from staff_session where account_id = ?', [account.id]);
      await em.flush();
      await audit(em, ctx, 'updateStaffAccount', current[0]?.office.id ?? null, {
        accountId: account.id,
        passwordChanged: passwordHash !== null,
        disabled: input.disabled ?? undefined,
        roles: input.memberships ?? undefined,
      });
      return account;
    });
  }

  async apiKeys(ctx: RequestContext): Promise<ApiKey[]> {
    authorize(ctx, Permission.administerPlatform);
    return ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['An API key needs a name.']);
    return inTransaction(ctx.em, async (em) => {
      const key = newCredential(CredentialKind.apiKey);
      const apiKey = em.create(ApiKey, { name, level: input.level, keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: ctx.clock.now() } as ApiKey);
      await em.flush();
      await audit(em, ctx, 'createApiKey', null, { apiKeyId: apiKey.id, name, level: input.level });
      return Object.assign(new CreatedApiKey(), { apiKey, key });
    });
  }

  async revokeApiKey(ctx: RequestContext, input: RevokeInput): Promise<ApiKey | NotFound> {
    authorize(ctx, Permission.administerPlatform);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.id);
      const apiKey = id === null ? null : await em.findOne(ApiKey, id);
      if (!apiKey) return new NotFound(`There is no API key ${input.id}.`);
      apiKey.revokedAt ??= ctx.clock.now();
      await em.flush();
      await audit(em, ctx, 'revokeApiKey', null, { apiKeyId: apiKey.id });
      return apiKey;
    });
  }

  async devices(ctx: RequestContext, office: Office): Promise<Device[]> {
    authorize(ctx, Permission.viewOfficeAdministration, office.id);
    return ctx.em.find(Device, { office }, { orderBy: { name: 'asc' } });
  }

  async createDevice(ctx: RequestContext, input: CreateDeviceInput): Promise<CreatedDevice | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    const name = input.name.trim();
    const problems = name ? [] : ['A device needs a name.'];
    if (!input.officeId === !input.groupId) problems.push('A device belongs to an office or to an office group: give exactly one.');
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      const officeId = input.officeId ? parseId(input.officeId) : null;
      const groupId = input.groupId ? parseId(input.groupId) : null;
      const office = officeId === null ? null : await em.findOne(Office, officeId);
      const group = groupId === null ? null : await em.findOne(OfficeGroup, groupId, { populate: ['offices'] });
      if (input.officeId && !office) return new NotFound(`There is no office ${input.officeId}.`);
      if (input.groupId && !group) return new NotFound(`There is no office group ${input.groupId}.`);
      for (const member of office ? [office] : group!.offices.getItems()) authorize(ctx, Permission.manageOffice, member.id);
      const key = newCredential(CredentialKind.device);
      const device = em.create(Device, { name, kind: input.kind, office, group, keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: ctx.clock.now() } as Device);
      await em.flush();
      await audit(em, ctx, 'createDevice', office?.id ?? null, { deviceId: device.id, name, kind: input.kind, groupId: group?.id });
      return Object.assign(new CreatedDevice(), { device, key });
    });
  }

  async revokeDevice(ctx: RequestContext, input: RevokeInput): Promise<Device | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.id);
      const device = id === null ? null : await em.findOne(Device, id, { populate: ['office', 'group.offices'] });
      if (!device) return new NotFound(`There is no device ${input.id}.`);
      for (const member of device.office ? [device.office] : device.group!.offices.getItems()) authorize(ctx, Permission.manageOffice, member.id);
      device.revokedAt ??= ctx.clock.now();
      await em.flush();
      await audit(em, ctx, 'revokeDevice', device.office?.id ?? null, { deviceId: device.id });
      return device;
    });
  }

  async auditLog(ctx: RequestContext, first: number, after: string | null | undefined, officeIdText: string | null | undefined): Promise<Page<AuditEntry>> {
    const officeId = officeIdText ? parseId(officeIdText) : null;
    if (officeIdText && officeId === null) throw badUserInput('Not a valid office id.');
    if (officeId !== null) authorize(ctx, Permission.manageOffice, officeId);
    else authorize(ctx, Permission.administerPlatform);
    const [, afterId] = after ? decodeCursor(after) : [null, null];
    const rows = await ctx.em.find(AuditEntry, { $and: [officeId === null ? {} : { officeId }, afterId === null ? {} : { id: { $lt: String(afterId) } }] }, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(rows, first, (entry) => [entry.at.toISOString(), Number(entry.id)]);
  }

  /**
   * The first admin, from a one-time setup link: the token must be issued, unexpired and unused,
   * and no enabled admin may exist. Setups take turns, so that of links used at once exactly one
   * creates an admin; creating it ends every setup link. The new admin signs in with login.
   */
  async completeSetup(ctx: RequestContext, input: CompleteSetupInput): Promise<StaffAccount | NotFound | InvalidInput> {
    const username = normalizeUsername(input.username);
    const problems = [...usernameProblems(username), ...passwordProblems(input.password)];
    if (problems.length > 0) return new InvalidInput(problems);
    const passwordHash = await hashPassword(input.password);
    const now = ctx.clock.now();
    return inTransaction(ctx.em, async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [setupLockKey]);
      const [usable] = await em.execute(`select exists (select 1 from setup_token where token_digest = ? and expires_at > ?) and ${noEnabledAdmin} as usable`, [digest(input.token), now]);
      if (!usable.usable) return new NotFound(unusableSetupLink);
      if (await em.findOne(StaffAccount, { username })) return new InvalidInput([`The username ${username} is taken.`]);
      const account = em.create(StaffAccount, { username, displayName: input.displayName?.trim() || username, passwordHash, isAdmin: true, createdAt: now } as StaffAccount);
      await em.flush();
      await em.execute('delete from setup_token');
      return account;
    });
  }

  /** The platform's first admin, from the environment: created once, never changed by a restart. */
  async ensureBootstrapAdmin(em: EntityManager, username: string, password: string, now: Date): Promise<boolean> {
    const normalized = normalizeUsername(username);
    if (await em.findOne(StaffAccount, { username: normalized })) return false;
    em.create(StaffAccount, { username: normalized, displayName: normalized, passwordHash: await hashPassword(password), isAdmin: true, createdAt: now } as StaffAccount);
    await em.flush();
    return true;
  }
}
