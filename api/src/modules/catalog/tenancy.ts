import { organisationOf } from '../../domain/accounts/principal';
import { organisationRequired, unknownOrganisation } from '../../platform/graphql/errors';
import type { RequestContext } from '../../platform/request-context';

/** The organisation slug of a path that starts /o/<slug>/; null for any other path. */
export function slugOfPath(path: string): string | null {
  const match = /^\/o\/([a-z0-9][a-z0-9-]{0,62})(?:\/|$)/.exec(path);
  return match ? match[1] : null;
}

const resolved = new WeakMap<RequestContext, Promise<number | null>>();

/**
 * The organisation a request acts in. A key, a device or a staff member of an organisation acts
 * in theirs; everyone else in the one the request names by path prefix or host name, else, when
 * the installation has exactly one organisation, in that one (it needs no configuration).
 */
export function requestOrganisation(ctx: RequestContext): Promise<number | null> {
  const own = organisationOf(ctx.principal);
  if (own !== null) return Promise.resolve(own);
  let organisation = resolved.get(ctx);
  if (!organisation) {
    organisation = lookUp(ctx);
    resolved.set(ctx, organisation);
  }
  return organisation;
}

async function lookUp(ctx: RequestContext): Promise<number | null> {
  const { host, slug } = ctx.namedOrganisation;
  const [row] = await ctx.em.execute<{ by_slug: number | null; by_host: number | null; only: number | null }[]>(
    `select (select id from organisation where slug = ?) as by_slug,
            (select organisation_id from organisation_host where host = ?) as by_host,
            (select min(id) from organisation having count(*) = 1) as only`,
    [slug ?? '', host ?? ''],
  );
  if (slug !== null) {
    if (row.by_slug === null) throw unknownOrganisation();
    return row.by_slug;
  }
  if (row.by_host !== null || row.only !== null) return row.by_host ?? row.only;
  // An installation without any organisation yet: the empty one, where every lookup finds nothing.
  const [any] = await ctx.em.execute<{ exists: boolean }[]>('select exists (select 1 from organisation) as exists');
  return any.exists ? null : noOrganisationYet;
}

/** Stands for the organisation of an installation that has none yet: no row has this id. */
export const noOrganisationYet = 0;

/** Whose offices and groups a listing shows: the request's organisation; platform admins who name none see every one (null). */
export async function listedOrganisation(ctx: RequestContext): Promise<number | null> {
  return ctx.principal.kind === 'staff' && ctx.principal.isAdmin ? requestOrganisation(ctx) : tenantOf(ctx);
}

/** The request's organisation, for what only makes sense inside one (searches, numbers, groups); refused when the request names none. */
export async function tenantOf(ctx: RequestContext): Promise<number> {
  const organisation = await requestOrganisation(ctx);
  if (organisation === null) throw organisationRequired();
  return organisation;
}

/** Where the API answers: /graphql, and /o/<slug>/graphql for a request that names its organisation by path. */
export const apiPaths = ['/graphql', '/o/:organisation/graphql'];

export function isApiPath(url: string): boolean {
  const path = url.split('?')[0];
  return path === '/graphql' || (slugOfPath(path) !== null && /^\/o\/[^/]+\/graphql$/.test(path));
}

/** The organisation a request names: by the path prefix /o/<slug>/, and by its host name. */
export function namedOrganisationOf(request: { headers: { host?: string }; url?: string; originalUrl?: string }): { host: string | null; slug: string | null } {
  const host = request.headers.host?.toLowerCase().replace(/:\d+$/, '') || null;
  return { host, slug: slugOfPath(request.originalUrl ?? request.url ?? '') };
}

/** A key of something numbered per organisation (appointments, tickets): the same number in another organisation is another thing. */
export function tenantKey(organisationId: number, number: string | number): string {
  return `${organisationId}:${String(number).trim()}`;
}
