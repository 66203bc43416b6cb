import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission, officesWhere } from '../../domain/accounts/principal';
import { AppointmentStatus } from '../../domain/booking/appointment-lifecycle';
import { normaliseSearch, type NormalisedSearch } from '../../domain/booking/appointment-search';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { refuse, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { listedOrganisation } from '../catalog/tenancy';
import { loadServices, selectAppointments, toView } from '../booking/appointment-repository';
import type { AppointmentView } from '../booking/booking.types';
import type { AppointmentSearchInput } from './appointment-search.types';

/** LIKE takes % and _ as wildcards: a name or address is searched for as typed. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** A day's instants lie within a day before and after it in UTC, whatever the office's zone: a bound the (office, start) index can use. */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000);

/**
 * The conditions of one search, each on an indexed expression (docs/back-office.md explains the
 * plans): the number by (organisation, number), names by the trigram index of their folded
 * spelling, emails by the prefix index of their lower case, phones by their key, dates by
 * (office, start). Holds are no one's appointment yet and never found.
 */
function conditions(search: NormalisedSearch, offices: number[] | null, organisationId: number | null): { where: string[]; params: unknown[] } {
  const where = [`a.status <> '${AppointmentStatus.reserved}'`];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (organisationId !== null) add('a.organisation_id = ?', organisationId);
  if (offices !== null) add('a.office_id = any(?::bigint[])', sqlArray(offices));
  if (search.number !== null) add('a.number = ?', search.number);
  if (search.name !== null) add(`search_normalize(a.contact_name) like '%' || search_normalize(?) || '%'`, likeLiteral(search.name));
  if (search.email !== null) add(`lower(a.contact_email) like ? || '%'`, likeLiteral(search.email));
  if (search.phone !== null) add('a.contact_phone_key = ?', search.phone);
  if (search.from !== null) add('a.start_at >= ? and a.local_date >= ?', dayBefore(search.from), search.from);
  if (search.to !== null) add('a.start_at < ? and a.local_date <= ?', dayAfter(search.to), search.to);
  if (search.statuses !== null) add('a.status = any(?::appointment_status[])', sqlArray(search.statuses));
  if (search.serviceId !== null) add('exists (select 1 from appointment_service s where s.appointment_id = a.id and s.service_id = ?)', search.serviceId);
  return { where, params };
}

/** Staff find appointments of the offices where they may manage them; each search that shows contact data is in the audit log, without its terms. */
export class AppointmentSearchService {
  async appointmentSearch(ctx: RequestContext, input: AppointmentSearchInput, first: number, after: string | null | undefined): Promise<Page<AppointmentView>> {
    const offices = this.searchableOffices(ctx, input.officeIds);
    const serviceId = input.serviceId ? parseId(input.serviceId) : null;
    if (input.serviceId && serviceId === null) throw badUserInput('There is no such service.');
    const search = normaliseSearch({ ...input, serviceId });
    if ('problems' in search) throw badUserInput(search.problems.join(' '));
    const position = after ? decodeCursor(after) : null;
    if (position && (position.length !== 2 || typeof position[0] !== 'string' || typeof position[1] !== 'number')) throw badUserInput('The cursor is not valid.');
    // Platform admins search the organisation the request names, or all; everyone else is bound by their offices.
    const organisationId = offices === null ? await listedOrganisation(ctx) : null;
    const { where, params } = conditions(search, offices, organisationId);
    if (position) {
      where.push('(a.start_at, a.id) > (?::timestamptz, ?::bigint)');
      params.push(position[0], position[1]);
    }
    return inTransaction(ctx.em, async (em) => {
      const rows = await selectAppointments(em, `select a.* from appointment a where ${where.join(' and ')} order by a.start_at, a.id limit ?`, [...params, first + 1]);
      const page = toPage(rows, first, (row) => [row.start_at.toISOString(), row.id]);
      const shown = page.edges.map((edge) => edge.node);
      await this.auditSearch(
        em,
        ctx,
        search,
        shown.map((row) => row.office_id),
      );
      const services = await loadServices(
        em,
        shown.map((row) => row.id),
      );
      return { pageInfo: page.pageInfo, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toView(edge.node, services.get(edge.node.id) ?? []) })) };
    });
  }

  /** The offices the caller may search (null: every one), narrowed to those asked for; asking for another is refused. */
  private searchableOffices(ctx: RequestContext, officeIdTexts: string[] | null | undefined): number[] | null {
    const allowed = officesWhere(ctx.principal, Permission.manageAppointments);
    if (ctx.principal.kind !== 'staff' || allowed?.length === 0) refuse(ctx);
    if (!officeIdTexts?.length) return allowed;
    const asked = officeIdTexts.map(parseId);
    if (asked.some((id) => id === null || (allowed !== null && !allowed.includes(id)))) refuse(ctx);
    return asked as number[];
  }

  /** One entry per office whose appointments the page shows: who, when, which office, which kinds of term. */
  private async auditSearch(em: EntityManager, ctx: RequestContext, search: NormalisedSearch, officeIds: number[]): Promise<void> {
    const counts = new Map<number, number>();
    for (const officeId of officeIds) counts.set(officeId, (counts.get(officeId) ?? 0) + 1);
    for (const [officeId, shown] of [...counts].sort(([a], [b]) => a - b)) await audit(em, ctx, 'appointmentSearch', officeId, { terms: search.kinds, shown });
  }
}
