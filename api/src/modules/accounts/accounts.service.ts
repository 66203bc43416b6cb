import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { normalizeUsername, passwordProblems, usernameProblems } from '../../domain/accounts/account-rules';
import { afterRightPassword, chargeAttempt } from '../../domain/accounts/lockout';
import { OfficeRole, Permission, officesWhere, organisationOf, organisationsWhere } from '../../domain/accounts/principal';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { InvalidInput, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { authorize, authorizeAnywhere, authorizeInOrganisation, refuse, type RequestContext } from '../../platform/request-context';
import { CredentialKind, digest, newCredential } from '../../platform/secrets';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { OfficeGroup } from '../catalog/office-group.entity';
import { Office } from '../catalog/office.entity';
import { ApiKey, Device, RoleAssignment, StaffAccount, StaffSession } from './account.entity';
import { Organisation } from '../catalog/organisation.entity';
import { noOrganisationYet, requestOrganisation, tenantOf } from '../catalog/tenancy';
import { foundFirstOrganisation } from '../catalog/organisations.service';
import type { DomainEvents } from '../../platform/events/domain-events';
import { assignmentsOf, insertAssignments, managesStaffAt, refusedAssignment, resolveAssignments, scopeOf } from './role-assignments';
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
  OfficeMembership,
  type LoginInput,
  type RevokeInput,
  type UpdateStaffAccountInput,
} from './accounts.types';
import { audit } from '../audit/audit';
import { noEnabledAdmin, setupLockKey, unusableSetupLink } from './setup-tokens';
import type { CompleteSetupInput } from './setup.types';

export class AccountsService {
  /** Verified against when the username is unknown, so that a wrong name costs as long as a wrong password; made at the first such login. */
  private unknownUserHash: Promise<string> | null = null;

  constructor(
    private readonly sessionHours: number,
    private readonly events: DomainEvents,
    /** scrypt's N as a power of two (config PASSWORD_HASH_COST). */
    private readonly passwordCost: number,
  ) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<Session | InvalidCredentials | AccountLocked> {
    const username = normalizeUsername(input.username);
    const now = ctx.clock.now();
    // Charged under the account's row lock and committed before the password is checked, so that
    // every process sees the charges before its own; scrypt runs outside any transaction.
    // Usernames are unique in an organisation: the request's, or platform accounts (no organisation).
    const organisationId = await requestOrganisation(ctx);
    const attempt = await inTransaction(ctx.em, async (em) => {
      const [candidate] = await em.execute<{ id: number }[]>('select id from staff_account where username = ? and (organisation_id = ? or organisation_id is null) order by organisation_id nulls last limit 1', [username, organisationId]);
      const account = candidate ? await em.findOne(StaffAccount, candidate.id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!account) return null;
      const { state, check } = chargeAttempt(account, now);
      Object.assign(account, state);
      return { accountId: account.id, passwordHash: account.passwordHash, disabled: account.disabled, check, charged: state.failedLogins, lockedUntil: state.lockedUntil };
    });
    if (!attempt) {
      this.unknownUserHash ??= hashPassword('no account has this password', this.passwordCost);
      await verifyPassword(input.password, await this.unknownUserHash);
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

  /**
   * The offices where the caller holds a permission, by name: where a counter clerk may work, a
   * lead read statistics. Platform admins hold every permission at every office of the request's
   * organisation (of all, where the request names none).
   */
  async officesWhere(ctx: RequestContext, permission: Permission): Promise<Office[]> {
    const ids = officesWhere(ctx.principal, permission);
    if (ids === null) {
      const organisationId = await requestOrganisation(ctx);
      return ctx.em.find(Office, organisationId === null ? {} : { organisation: organisationId }, { orderBy: { name: 'asc', id: 'asc' } });
    }
    return ids.length === 0 ? [] : ctx.em.find(Office, { id: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async assignments(ctx: RequestContext, account: StaffAccount): Promise<RoleAssignment[]> {
    return ctx.em.find(RoleAssignment, { account }, { populate: ['role', 'department', 'office'], orderBy: { id: 'asc' } });
  }

  /** The deprecated view: office roles, officeAdmin where the role manages the office. */
  async memberships(ctx: RequestContext, account: StaffAccount): Promise<OfficeMembership[]> {
    const assignments = await ctx.em.find(RoleAssignment, { account, office: { $ne: null } }, { populate: ['role', 'office'], orderBy: { office: { name: 'asc' } } });
    return assignments.map((assignment) => Object.assign(new OfficeMembership(), { office: assignment.office!, role: assignment.role.permissions.includes(Permission.manageOffice) ? OfficeRole.officeAdmin : OfficeRole.staff }));
  }

  async staffAccounts(ctx: RequestContext, first: number, after: string | null | undefined, officeIdText: string | null | undefined): Promise<Page<StaffAccount>> {
    authorizeAnywhere(ctx, Permission.viewOfficeAdministration);
    const officeId = officeIdText ? parseId(officeIdText) : null;
    if (officeIdText && officeId === null) throw badUserInput('Not a valid office id.');
    if (officeId !== null) authorize(ctx, Permission.viewOfficeAdministration, officeId);
    const visible = officeId !== null ? [officeId] : officesWhere(ctx.principal, Permission.viewOfficeAdministration);
    const [afterName, afterId] = after ? decodeCursor(after) : [null, null];
    // An account is seen where one of its roles holds: at a seen office, or over one.
    const ids =
      visible === null
        ? null
        : (
            await ctx.em.execute<{ account_id: number }[]>(
              `select distinct g.account_id from role_assignment g join office o on o.organisation_id = g.organisation_id and (g.department_id is null or o.department_id = g.department_id) and (g.office_id is null or o.id = g.office_id)
                where o.id = any(?::bigint[])`,
              [sqlArray(visible)],
            )
          ).map((row) => row.account_id);
    const rows = await ctx.em.find(
      StaffAccount,
      {
        $and: [ids === null ? {} : { id: { $in: ids } }, afterName === null ? {} : { $or: [{ username: { $gt: String(afterName) } }, { username: String(afterName), id: { $gt: Number(afterId) } }] }],
      },
      { orderBy: { username: 'asc', id: 'asc' }, limit: first + 1 },
    );
    return toPage(rows, first, (account) => [account.username, account.id]);
  }

  /** The organisation a new account joins: as given, else the caller's, else that of the first office it gets a role at, else the request's. */
  private async organisationForNewAccount(em: EntityManager, ctx: RequestContext, input: CreateStaffAccountInput): Promise<number | null> {
    if (input.organisationId) return parseId(input.organisationId);
    const own = organisationOf(ctx.principal);
    if (own !== null) return own;
    const officeText = input.memberships[0]?.officeId ?? input.assignments.find((assignment) => assignment.officeId)?.officeId ?? null;
    const officeId = officeText ? parseId(officeText) : null;
    if (officeId !== null) {
      const [office] = await em.execute<{ organisation_id: number }[]>('select organisation_id from office where id = ?', [officeId]);
      if (office) return office.organisation_id;
    }
    return tenantOf(ctx);
  }

  async createStaffAccount(ctx: RequestContext, input: CreateStaffAccountInput): Promise<StaffAccount | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageStaff);
    if (input.isAdmin) authorize(ctx, Permission.administerPlatform);
    const username = normalizeUsername(input.username);
    const problems = [...passwordProblems(input.password), ...usernameProblems(username)];
    if (!input.displayName.trim()) problems.push('A display name is required.');
    if (!input.isAdmin && input.memberships.length + input.assignments.length === 0) problems.push('A staff account needs a role at one office at least.');
    if (problems.length > 0) return new InvalidInput(problems);
    const passwordHash = await hashPassword(input.password, this.passwordCost);
    return inTransaction(ctx.em, async (em) => {
      // Platform admins belong to no organisation; everyone else to one.
      const organisationId = input.isAdmin ? null : await this.organisationForNewAccount(em, ctx, input);
      if (!input.isAdmin && (organisationId === null || !(await em.findOne(Organisation, organisationId)))) return new NotFound('There is no such organisation.');
      const wanted = organisationId === null ? [] : await resolveAssignments(em, ctx.principal, organisationId, input.assignments, input.memberships);
      if (!Array.isArray(wanted)) return wanted;
      if (refusedAssignment(ctx.principal, wanted)) refuse(ctx);
      if (await em.findOne(StaffAccount, { username, organisation: organisationId })) return new InvalidInput([`The username ${username} is taken.`]);
      const account = em.create(StaffAccount, {
        username,
        organisation: organisationId === null ? null : em.getReference(Organisation, organisationId),
        displayName: input.displayName.trim(),
        passwordHash,
        isAdmin: input.isAdmin,
        createdAt: ctx.clock.now(),
      } as StaffAccount);
      await em.flush();
      if (organisationId !== null) await insertAssignments(em, account.id, organisationId, wanted);
      const roles = wanted.map((assignment) => ({ role: assignment.roleName, scope: assignment.scope }));
      const offices = wanted.flatMap((assignment) => (assignment.scope.level === 'office' ? [assignment.scope.officeId] : []));
      for (const officeId of offices.length > 0 ? offices : [null]) await audit(em, ctx, 'createStaffAccount', officeId, { accountId: account.id, username, isAdmin: input.isAdmin, roles });
      return account;
    });
  }

  async updateStaffAccount(ctx: RequestContext, input: UpdateStaffAccountInput): Promise<StaffAccount | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageStaff);
    const problems = input.password ? passwordProblems(input.password) : [];
    if (input.displayName !== undefined && input.displayName !== null && !input.displayName.trim()) problems.push('A display name is required.');
    if (problems.length > 0) return new InvalidInput(problems);
    const passwordHash = input.password ? await hashPassword(input.password, this.passwordCost) : null;
    return inTransaction(ctx.em, async (em) => {
      const accountId = parseId(input.accountId);
      const account = accountId === null ? null : await em.findOne(StaffAccount, accountId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) return new NotFound('There is no such staff account.');
      const current = await assignmentsOf(em, account.id);
      const organisationId = account.organisation?.id ?? null;
      // A platform admin's account only a platform admin changes; an account without roles only its
      // organisation's staff managers. Roles change where the caller manages staff; a password or the
      // account itself only someone who manages every scope of it, or a manager at A could take over
      // an account that administers B.
      if (account.isAdmin || organisationId === null) authorize(ctx, Permission.administerPlatform);
      else if (current.length === 0) authorizeInOrganisation(ctx, Permission.manageStaff, organisationId);
      else if (!current.some((assignment) => managesStaffAt(ctx.principal, scopeOf(assignment)))) refuse(ctx);
      if (passwordHash || (input.disabled ?? null) !== null || input.displayName) {
        if (!current.every((assignment) => managesStaffAt(ctx.principal, scopeOf(assignment)))) refuse(ctx);
      }
      if ((input.assignments || input.memberships) && organisationId !== null) {
        const wanted = await resolveAssignments(em, ctx.principal, organisationId, input.assignments ?? [], input.memberships ?? []);
        if (!Array.isArray(wanted)) return wanted;
        if (refusedAssignment(ctx.principal, wanted) !== null) refuse(ctx);
        const replaced = current.filter((assignment) => assignment.source === 'local' && managesStaffAt(ctx.principal, scopeOf(assignment))).map((assignment) => assignment.id);
        await em.execute('delete from role_assignment where id = any(?::bigint[])', [sqlArray(replaced)]);
        await insertAssignments(em, account.id, organisationId, wanted);
      }
      if (input.displayName) account.displayName = input.displayName.trim();
      if (passwordHash) account.passwordHash = passwordHash;
      if (input.disabled !== undefined && input.disabled !== null) account.disabled = input.disabled;
      // A new password or a disabled account ends the account's sessions.
      if (passwordHash || input.disabled) await em.execute('delete from staff_session where account_id = ?', [account.id]);
      await em.flush();
      await audit(em, ctx, 'updateStaffAccount', current.find((assignment) => assignment.office_id !== null)?.office_id ?? null, {
        accountId: account.id,
        passwordChanged: passwordHash !== null,
        disabled: input.disabled ?? undefined,
        roles: input.assignments ?? input.memberships ?? undefined,
      });
      return account;
    });
  }

  /** The keys of the organisations where the caller manages keys (platform admins: all). */
  async apiKeys(ctx: RequestContext): Promise<ApiKey[]> {
    authorizeAnywhere(ctx, Permission.manageApiKeys);
    const organisations = organisationsWhere(ctx.principal, Permission.manageApiKeys);
    if (organisations?.length === 0) refuse(ctx);
    return ctx.em.find(ApiKey, organisations === null ? {} : { organisation: { $in: organisations } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey | InvalidInput | NotFound> {
    authorizeAnywhere(ctx, Permission.manageApiKeys);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['An API key needs a name.']);
    const named = input.organisationId ? parseId(input.organisationId) : await tenantOf(ctx);
    if (named === null) return new NotFound('There is no such organisation.');
    if (named !== noOrganisationYet) authorizeInOrganisation(ctx, Permission.manageApiKeys, named);
    else authorize(ctx, Permission.administerPlatform);
    return inTransaction(ctx.em, async (em) => {
      // The first key of a fresh installation founds its organisation, as its first office would.
      const organisationId = named === noOrganisationYet ? await foundFirstOrganisation(em, this.events, ctx.clock.now()) : named;
      if (!(await em.findOne(Organisation, organisationId))) return new NotFound('There is no such organisation.');
      const key = newCredential(CredentialKind.apiKey);
      const apiKey = em.create(ApiKey, { organisation: em.getReference(Organisation, organisationId), name, level: input.level, keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: ctx.clock.now() } as ApiKey);
      await em.flush();
      await audit(em, ctx, 'createApiKey', null, { apiKeyId: apiKey.id, name, level: input.level });
      return Object.assign(new CreatedApiKey(), { apiKey, key });
    });
  }

  async revokeApiKey(ctx: RequestContext, input: RevokeInput): Promise<ApiKey | NotFound> {
    authorizeAnywhere(ctx, Permission.manageApiKeys);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.id);
      const apiKey = id === null ? null : await em.findOne(ApiKey, id);
      if (!apiKey) return new NotFound(`There is no API key ${input.id}.`);
      authorizeInOrganisation(ctx, Permission.manageApiKeys, apiKey.organisation.id);
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
    authorizeAnywhere(ctx, Permission.manageDevices);
    const name = input.name.trim();
    const problems = name ? [] : ['A device needs a name.'];
    if (!input.officeId === !input.groupId) problems.push('A device belongs to an office or to an office group: give exactly one.');
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      const officeId = input.officeId ? parseId(input.officeId) : null;
      const groupId = input.groupId ? parseId(input.groupId) : null;
      const office = officeId === null ? null : await em.findOne(Office, officeId);
      const group = groupId === null ? null : await em.findOne(OfficeGroup, groupId, { populate: ['offices'] });
      if (input.officeId && !office) return new NotFound('There is no such office.');
      if (input.groupId && !group) return new NotFound('There is no such office group.');
      for (const member of office ? [office] : group!.offices.getItems()) authorize(ctx, Permission.manageDevices, member.id);
      const key = newCredential(CredentialKind.device);
      const device = em.create(Device, { name, kind: input.kind, office, group, keyDigest: digest(key), keyPrefix: key.slice(0, 8), createdAt: ctx.clock.now() } as Device);
      await em.flush();
      await audit(em, ctx, 'createDevice', office?.id ?? null, { deviceId: device.id, name, kind: input.kind, groupId: group?.id });
      return Object.assign(new CreatedDevice(), { device, key });
    });
  }

  async revokeDevice(ctx: RequestContext, input: RevokeInput): Promise<Device | NotFound> {
    authorizeAnywhere(ctx, Permission.manageDevices);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.id);
      const device = id === null ? null : await em.findOne(Device, id, { populate: ['office', 'group.offices'] });
      if (!device) return new NotFound('There is no such device.');
      for (const member of device.office ? [device.office] : device.group!.offices.getItems()) authorize(ctx, Permission.manageDevices, member.id);
      device.revokedAt ??= ctx.clock.now();
      await em.flush();
      await audit(em, ctx, 'revokeDevice', device.office?.id ?? null, { deviceId: device.id });
      return device;
    });
  }

  async auditLog(ctx: RequestContext, first: number, after: string | null | undefined, officeIdText: string | null | undefined): Promise<Page<AuditEntry>> {
    const officeId = officeIdText ? parseId(officeIdText) : null;
    if (officeIdText && officeId === null) throw badUserInput('Not a valid office id.');
    // One office's log for who may read it there; without an office, the whole log of each
    // organisation the caller reads it for (its departments, roles, keys and sign-in too), all for platform admins.
    const organisations = officeId !== null ? null : organisationsWhere(ctx.principal, Permission.viewAuditLog);
    if (officeId !== null) authorize(ctx, Permission.viewAuditLog, officeId);
    else if (organisations?.length === 0) refuse(ctx);
    const [, afterId] = after ? decodeCursor(after) : [null, null];
    const rows = await ctx.em.find(
      AuditEntry,
      { $and: [officeId === null ? {} : { officeId }, organisations === null ? {} : { organisationId: { $in: organisations } }, afterId === null ? {} : { id: { $lt: String(afterId) } }] },
      { orderBy: { id: 'desc' }, limit: first + 1 },
    );
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
    const passwordHash = await hashPassword(input.password, this.passwordCost);
    const now = ctx.clock.now();
    return inTransaction(ctx.em, async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [setupLockKey]);
      const [usable] = await em.execute(`select exists (select 1 from setup_token where token_digest = ? and expires_at > ?) and ${noEnabledAdmin} as usable`, [digest(input.token), now]);
      if (!usable.usable) return new NotFound(unusableSetupLink);
      if (await em.findOne(StaffAccount, { username, organisation: null })) return new InvalidInput([`The username ${username} is taken.`]);
      const account = em.create(StaffAccount, { username, displayName: input.displayName?.trim() || username, passwordHash, isAdmin: true, createdAt: now } as StaffAccount);
      await em.flush();
      await em.execute('delete from setup_token');
      return account;
    });
  }

  /** The platform's first admin, from the environment: created once, never changed by a restart. */
  async ensureBootstrapAdmin(em: EntityManager, username: string, password: string, now: Date): Promise<boolean> {
    const normalized = normalizeUsername(username);
    if (await em.findOne(StaffAccount, { username: normalized, organisation: null })) return false;
    em.create(StaffAccount, { username: normalized, displayName: normalized, passwordHash: await hashPassword(password, this.passwordCost), isAdmin: true, createdAt: now } as StaffAccount);
    await em.flush();
    return true;
  }
}
