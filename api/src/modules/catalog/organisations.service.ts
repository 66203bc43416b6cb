import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission, canInDepartment, canInOrganisation, canSomewhere } from '../../domain/accounts/principal';
import { isHostName, isSlug, slugOf } from '../../domain/tenancy/slug';
import type { LegalDefaults } from '../../platform/config';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NotFound, type FieldProblemSpec } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeInOrganisation, type RequestContext } from '../../platform/request-context';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { Department } from './department.entity';
import { AccessibilityConformance, LegalSettings, Organisation, OrganisationHost } from './organisation.entity';
import { requestOrganisation } from './tenancy';
import { LegalInformation, type CreateDepartmentInput, type CreateOrganisationInput, type SetOrganisationHostsInput, type SetOrganisationLegalSettingsInput } from './organisations.types';

/**
 * An organisation by name, created with its first department when it is new. `created` tells the
 * caller to publish organisationCreated, so that the areas set up what it has of its own.
 */
export async function ensureOrganisation(em: EntityManager, name: string, slug = slugOf(name)): Promise<{ id: number; created: boolean }> {
  const [row] = await em.execute<{ id: number; created: boolean }[]>('insert into organisation (name, slug) values (?, ?) on conflict (name) do update set name = excluded.name returning id, (xmax = 0) as created', [name, slug]);
  if (row.created) await em.execute('insert into department (organisation_id, name) values (?, ?)', [row.id, name]);
  return row;
}

/**
 * The organisation of an installation that has none yet, founded by its first office or key:
 * "Land Berlin", renamed as need be. An upsert, so that two first writes at once found one.
 */
export async function foundFirstOrganisation(em: EntityManager, events: DomainEvents, at: Date): Promise<number> {
  const founded = await ensureOrganisation(em, 'Land Berlin');
  if (founded.created) await events.publish(em, { type: 'organisationCreated', at, organisationId: founded.id });
  return founded.id;
}

/** The department new offices of an organisation join when none is named: its first. */
export async function firstDepartmentOf(em: EntityManager, organisationId: number): Promise<number | null> {
  const [row] = await em.execute<{ id: number }[]>('select id from department where organisation_id = ? order by id limit 1', [organisationId]);
  return row?.id ?? null;
}

function hostProblems(hosts: string[]): string[] {
  return hosts.filter((host) => !isHostName(host)).map((host) => `"${host}" is not a host name (lower case, no port, no path).`);
}

/** Only web addresses: a link the portal renders must not run script (javascript:) or open anything else. */
function isWebAddress(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** An organisation's legal settings as given: blanks are unset, and every address and date checked. */
function legalSettingsOf(input: SetOrganisationLegalSettingsInput): LegalSettings | InvalidInput {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const settings = Object.assign(new LegalSettings(), {
    imprintUrl: text(input.imprintUrl),
    privacyUrl: text(input.privacyUrl),
    accessibilityContactEmail: text(input.accessibilityContactEmail),
    accessibilityConformance: input.accessibilityConformance ?? null,
    accessibilityKnownBarriers: text(input.accessibilityKnownBarriers),
    accessibilityPreparedOn: input.accessibilityPreparedOn ?? null,
    accessibilityReviewedOn: input.accessibilityReviewedOn ?? null,
    accessibilityEnforcementBody: text(input.accessibilityEnforcementBody),
    accessibilityEnforcementUrl: text(input.accessibilityEnforcementUrl),
  });
  const problems: FieldProblemSpec[] = (['imprintUrl', 'privacyUrl', 'accessibilityEnforcementUrl'] as const)
    .filter((field) => settings[field] !== null && !isWebAddress(settings[field]))
    .map((field) => ({ field, message: `${field} must be a web address starting with https:// or http://.` }));
  if (settings.accessibilityContactEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(settings.accessibilityContactEmail))
    problems.push({ field: 'accessibilityContactEmail', message: 'accessibilityContactEmail must be an email address.' });
  if (settings.accessibilityPreparedOn && settings.accessibilityReviewedOn && settings.accessibilityReviewedOn < settings.accessibilityPreparedOn)
    problems.push({ field: 'accessibilityReviewedOn', message: 'The statement cannot be reviewed before it was prepared.' });
  return problems.length > 0 ? new InvalidInput(problems) : settings;
}

export class OrganisationsService {
  constructor(
    private readonly events: DomainEvents,
    private readonly legalDefaults: LegalDefaults,
  ) {}

  /** The legal pages' settings of the organisation the request names, each unset one the installation's. */
  async legalInformation(ctx: RequestContext): Promise<LegalInformation> {
    const organisationId = await requestOrganisation(ctx);
    const organisation = organisationId === null ? null : await ctx.em.findOne(Organisation, organisationId);
    const own = organisation?.legal ?? new LegalSettings();
    const defaults = this.legalDefaults;
    const barriers = own.accessibilityKnownBarriers ?? defaults.accessibilityKnownBarriers;
    return Object.assign(new LegalInformation(), {
      organisationName: organisation?.name ?? null,
      imprintUrl: own.imprintUrl ?? defaults.imprintUrl,
      privacyUrl: own.privacyUrl ?? defaults.privacyUrl,
      accessibilityContactEmail: own.accessibilityContactEmail ?? defaults.accessibilityContactEmail,
      accessibilityConformance: own.accessibilityConformance ?? (defaults.accessibilityConformance as AccessibilityConformance),
      accessibilityKnownBarriers: barriers
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      accessibilityPreparedOn: own.accessibilityPreparedOn ?? defaults.accessibilityPreparedOn,
      accessibilityReviewedOn: own.accessibilityReviewedOn ?? defaults.accessibilityReviewedOn,
      accessibilityEnforcementBody: own.accessibilityEnforcementBody ?? defaults.accessibilityEnforcementBody,
      accessibilityEnforcementUrl: own.accessibilityEnforcementUrl ?? defaults.accessibilityEnforcementUrl,
    });
  }

  /** Its own settings, as its organisation admins edit them; null for everybody else. */
  legalSettings(ctx: RequestContext, organisation: Organisation): LegalSettings | null {
    return canInOrganisation(ctx.principal, Permission.manageOrganisation, organisation.id) ? organisation.legal : null;
  }

  async setOrganisationLegalSettings(ctx: RequestContext, input: SetOrganisationLegalSettingsInput): Promise<Organisation | NotFound | InvalidInput> {
    const organisationId = parseId(input.organisationId);
    if (organisationId === null) return new NotFound('There is no such organisation.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const settings = legalSettingsOf(input);
    if (settings instanceof InvalidInput) return settings;
    return inTransaction(ctx.em, async (em) => {
      const organisation = await em.findOne(Organisation, organisationId);
      if (!organisation) return new NotFound('There is no such organisation.');
      organisation.legal = settings;
      await em.flush();
      await audit(em, ctx, 'setOrganisationLegalSettings', null, { organisationId, ...settings });
      return organisation;
    });
  }

  /** Platform admins see every organisation; staff their own; everyone else the one the request names. */
  async organisations(ctx: RequestContext): Promise<Organisation[]> {
    const principal = ctx.principal;
    if (principal.kind === 'staff' && principal.isAdmin) return ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' } });
    const own = principal.kind === 'anonymous' ? null : principal.organisationId;
    if (own !== null) return ctx.em.find(Organisation, { id: own });
    const named = await requestOrganisation(ctx);
    return named === null ? [] : ctx.em.find(Organisation, { id: named });
  }

  async createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const name = input.name.trim();
    const slug = input.slug?.trim() || slugOf(name);
    const problems = [...(name ? [] : ['An organisation needs a name.']), ...(isSlug(slug) ? [] : [`"${slug}" is not a slug (lower case letters, digits, dashes).`]), ...hostProblems(input.hosts)];
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      const [taken] = await em.execute<{ what: string }[]>(
        `select 'name' as what from organisation where name = ? union all select 'slug' from organisation where slug = ? union all select 'host ' || host from organisation_host where host = any(?::text[])`,
        [name, slug, `{${input.hosts.join(',')}}`],
      );
      if (taken) return new InvalidInput([`The ${taken.what} is taken.`]);
      const { id } = await ensureOrganisation(em, name, slug);
      for (const host of new Set(input.hosts)) em.create(OrganisationHost, { host, organisation: em.getReference(Organisation, id) });
      await em.flush();
      await this.events.publish(em, { type: 'organisationCreated', at: ctx.clock.now(), organisationId: id });
      await audit(em, ctx, 'createOrganisation', null, { organisationId: id, name, slug, hosts: input.hosts });
      return em.findOneOrFail(Organisation, id);
    });
  }

  async setOrganisationHosts(ctx: RequestContext, input: SetOrganisationHostsInput): Promise<Organisation | NotFound | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const problems = hostProblems(input.hosts);
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.organisationId);
      const organisation = id === null ? null : await em.findOne(Organisation, id);
      if (!organisation) return new NotFound('There is no such organisation.');
      const [taken] = await em.execute<{ host: string }[]>('select host from organisation_host where host = any(?::text[]) and organisation_id <> ?', [`{${input.hosts.join(',')}}`, organisation.id]);
      if (taken) return new InvalidInput([`The host ${taken.host} is another organisation's.`]);
      await em.execute('delete from organisation_host where organisation_id = ?', [organisation.id]);
      for (const host of new Set(input.hosts)) await em.execute('insert into organisation_host (host, organisation_id) values (?, ?)', [host, organisation.id]);
      await audit(em, ctx, 'setOrganisationHosts', null, { organisationId: organisation.id, hosts: input.hosts });
      return organisation;
    });
  }

  async hosts(ctx: RequestContext, organisation: Organisation): Promise<string[]> {
    if (!canInOrganisation(ctx.principal, Permission.manageOrganisation, organisation.id)) return [];
    const rows = await ctx.em.find(OrganisationHost, { organisation }, { orderBy: { host: 'asc' } });
    return rows.map((row) => row.host);
  }

  /** The departments of an organisation the caller administers something in (platform admins: all). */
  async departments(ctx: RequestContext, organisation: Organisation): Promise<Department[]> {
    const all = await ctx.em.find(Department, { organisation }, { orderBy: { name: 'asc' } });
    if (canInOrganisation(ctx.principal, Permission.viewOfficeAdministration, organisation.id) || canInOrganisation(ctx.principal, Permission.manageOrganisation, organisation.id)) return all;
    if (!canSomewhere(ctx.principal, Permission.viewOfficeAdministration)) return [];
    return all.filter((department) => canInDepartment(ctx.principal, Permission.viewOfficeAdministration, department.id) || canInDepartment(ctx.principal, Permission.manageOrganisation, department.id));
  }

  async createDepartment(ctx: RequestContext, input: CreateDepartmentInput): Promise<Department | NotFound | InvalidInput> {
    const organisationId = parseId(input.organisationId);
    if (organisationId === null) return new NotFound('There is no such organisation.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['A department needs a name.']);
    return inTransaction(ctx.em, async (em) => {
      if (!(await em.findOne(Organisation, organisationId))) return new NotFound('There is no such organisation.');
      if (await em.findOne(Department, { organisation: organisationId, name })) return new InvalidInput([`The organisation has a department ${name} already.`]);
      const department = em.create(Department, { organisation: em.getReference(Organisation, organisationId), name });
      await em.flush();
      await audit(em, ctx, 'createDepartment', null, { organisationId, departmentId: department.id, name });
      return department;
    });
  }
}
