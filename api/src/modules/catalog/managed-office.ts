import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { Office } from './office.entity';

/** The office an administrative change is aimed at, once the caller holds the right for it (its settings by default). */
export async function managedOffice(em: EntityManager, ctx: RequestContext, officeIdText: string, permission: Permission = Permission.manageOffice): Promise<Office | NotFound> {
  const officeId = parseId(officeIdText);
  const office = officeId === null ? null : await em.findOne(Office, officeId);
  if (!office) return new NotFound('There is no such office.');
  authorize(ctx, permission, office.id);
  return office;
}
