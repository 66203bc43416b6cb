import type { EntityManager } from '@mikro-orm/postgresql';
import { OfficeRole, Permission, can, canInDepartment, canInOrganisation, roleNameOf, type Principal, type Scope } from '../../domain/accounts/principal';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import type { MembershipInput, RoleAssignmentInput } from './accounts.types';

/** An assignment as the database holds it, before it is written. */
export interface WantedAssignment {
  roleId: number;
  roleName: string;
  permissions: Permission[];
  scope: Scope;
}

/** Whether the caller may give or take staff roles at a scope. */
export function managesStaffAt(principal: Principal, scope: Scope): boolean {
  switch (scope.level) {
    case 'organisation':
      return canInOrganisation(principal, Permission.manageStaff, scope.organisationId);
    case 'department':
      return canInDepartment(principal, Permission.manageStaff, scope.departmentId);
    case 'office':
      return can(principal, Permission.manageStaff, scope.officeId);
  }
}

/** Whether the caller holds everything a role allows at a scope: nobody gives rights they lack. */
function holdsAllAt(principal: Principal, permissions: readonly Permission[], scope: Scope): boolean {
  return permissions.every((permission) =>
    scope.level === 'organisation' ? canInOrganisation(principal, permission, scope.organisationId) : scope.level === 'department' ? canInDepartment(principal, permission, scope.departmentId) : can(principal, permission, scope.officeId),
  );
}

export function scopeOf(row: { organisation_id: number; department_id: number | null; office_id: number | null }): Scope {
  if (row.office_id !== null) return { level: 'office', organisationId: row.organisation_id, officeId: row.office_id };
  if (row.department_id !== null) return { level: 'department', organisationId: row.organisation_id, departmentId: row.department_id };
  return { level: 'organisation', organisationId: row.organisation_id };
}

/**
 * The roles a caller asks to give, resolved in the account's organisation: the role, department
 * and office must be that organisation's, the caller must manage staff there and hold what the
 * role allows. Deprecated office memberships stand for the built-in roles counter and admin.
 */
export async function resolveAssignments(
  em: EntityManager,
  principal: Principal,
  organisationId: number,
  assignments: readonly RoleAssignmentInput[],
  memberships: readonly MembershipInput[],
): Promise<WantedAssignment[] | NotFound | InvalidInput> {
  const wanted: WantedAssignment[] = [];
  const requests = [
    ...assignments.map((input) => ({ role: { id: input.roleId }, departmentId: input.departmentId ?? null, officeId: input.officeId ?? null, label: `role ${input.roleId}` })),
    ...memberships.map((input) => ({ role: { name: roleNameOf[input.role as OfficeRole] }, departmentId: null, officeId: input.officeId, label: `office ${input.officeId}` })),
  ];
  for (const request of requests) {
    if (request.departmentId && request.officeId) return new InvalidInput([`A role holds for a department or an office, not both (${request.label}).`]);
    const departmentId = request.departmentId ? parseId(request.departmentId) : null;
    const officeId = request.officeId ? parseId(request.officeId) : null;
    const roleId = 'id' in request.role ? parseId(request.role.id) : null;
    if ((request.departmentId && departmentId === null) || (request.officeId && officeId === null) || ('id' in request.role && roleId === null)) return new NotFound(`There is no ${request.label}.`);
    const [row] = await em.execute<{ role_id: number | null; name: string; permissions: Permission[]; department_ok: boolean; office_ok: boolean }[]>(
      `select r.id as role_id, r.name, r.permissions,
              (?::bigint is null or exists (select 1 from department d where d.id = ? and d.organisation_id = r.organisation_id)) as department_ok,
              (?::bigint is null or exists (select 1 from office o where o.id = ? and o.organisation_id = r.organisation_id)) as office_ok
         from role r
        where r.organisation_id = ? and (r.id = ? or r.name = ?)`,
      [departmentId, departmentId, officeId, officeId, organisationId, roleId ?? 0, 'name' in request.role ? request.role.name : ''],
    );
    if (!row || !row.department_ok || !row.office_ok) return new NotFound(`There is no ${request.label} in the account's organisation.`);
    const scope: Scope = officeId !== null ? { level: 'office', organisationId, officeId } : departmentId !== null ? { level: 'department', organisationId, departmentId } : { level: 'organisation', organisationId };
    wanted.push({ roleId: Number(row.role_id), roleName: row.name, permissions: row.permissions, scope });
  }
  return wanted;
}

/** Refuses assignments the caller may not give: the answer names the first. */
export function refusedAssignment(principal: Principal, wanted: readonly WantedAssignment[]): WantedAssignment | null {
  return wanted.find((assignment) => !managesStaffAt(principal, assignment.scope) || !holdsAllAt(principal, assignment.permissions, assignment.scope)) ?? null;
}

export interface CurrentAssignment {
  id: number;
  organisation_id: number;
  department_id: number | null;
  office_id: number | null;
  source: string;
}

export async function assignmentsOf(em: EntityManager, accountId: number): Promise<CurrentAssignment[]> {
  return em.execute<CurrentAssignment[]>('select id, organisation_id, department_id, office_id, source from role_assignment where account_id = ? order by id for update', [accountId]);
}

export async function insertAssignments(em: EntityManager, accountId: number, organisationId: number, wanted: readonly WantedAssignment[], source = 'local'): Promise<void> {
  for (const assignment of wanted) {
    await em.execute(`insert into role_assignment (organisation_id, account_id, role_id, department_id, office_id, source) values (?, ?, ?, ?, ?, ?) on conflict on constraint role_assignment_unique do nothing`, [
      organisationId,
      accountId,
      assignment.roleId,
      assignment.scope.level === 'department' ? assignment.scope.departmentId : null,
      assignment.scope.level === 'office' ? assignment.scope.officeId : null,
      source,
    ]);
  }
}
