import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission, assignablePermissions, builtInRoles, canInOrganisation, canSomewhere } from '../../domain/accounts/principal';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorizeInOrganisation, type RequestContext } from '../../platform/request-context';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { Organisation } from '../catalog/organisation.entity';
import { Role } from './account.entity';
import type { DefineRoleInput } from './accounts.types';

/** Every organisation starts with the built-in roles; it may change them afterwards. */
export async function createBuiltInRoles(em: EntityManager, organisationId: number): Promise<void> {
  for (const [name, permissions] of Object.entries(builtInRoles)) {
    await em.execute('insert into role (organisation_id, name, permissions) values (?, ?, ?::text[]) on conflict (organisation_id, name) do nothing', [organisationId, name, `{${permissions.join(',')}}`]);
  }
}

/** What an organisation's roles are and who may define them. */
export class RolesService {
  /** Its roles, for those who manage staff or the organisation somewhere in it. */
  async roles(ctx: RequestContext, organisation: Organisation): Promise<Role[]> {
    const principal = ctx.principal;
    const mayRead =
      principal.kind === 'staff' && (principal.isAdmin || (principal.organisationId === organisation.id && (canSomewhere(principal, Permission.manageStaff) || canInOrganisation(principal, Permission.manageOrganisation, organisation.id))));
    return mayRead ? ctx.em.find(Role, { organisation }, { orderBy: { name: 'asc' } }) : [];
  }

  async defineRole(ctx: RequestContext, input: DefineRoleInput): Promise<Role | NotFound | InvalidInput> {
    const organisationId = parseId(input.organisationId);
    if (organisationId === null) return new NotFound('There is no such organisation.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const name = input.name.trim().toLowerCase();
    const problems = [
      ...(/^[a-z0-9][a-z0-9 _-]{0,99}$/.test(name) ? [] : ['A role name has letters, digits, spaces, _ and -.']),
      ...input.permissions.filter((permission) => !assignablePermissions.includes(permission)).map((permission) => `A role cannot give ${permission}.`),
    ];
    if (problems.length > 0) return new InvalidInput(problems);
    const permissions = [...new Set(input.permissions)].sort();
    return inTransaction(ctx.em, async (em) => {
      if (!(await em.findOne(Organisation, organisationId))) return new NotFound('There is no such organisation.');
      // An upsert: two admins defining the same role at once both end with one role.
      const [row] = await em.execute<{ id: number }[]>('insert into role (organisation_id, name, permissions) values (?, ?, ?::text[]) on conflict (organisation_id, name) do update set permissions = excluded.permissions returning id', [
        organisationId,
        name,
        `{${permissions.join(',')}}`,
      ]);
      await audit(em, ctx, 'defineRole', null, { organisationId, roleId: Number(row.id), name, permissions });
      return em.findOneOrFail(Role, Number(row.id), { refresh: true });
    });
  }
}
