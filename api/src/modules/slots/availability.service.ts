import type { EntityManager } from '@mikro-orm/postgresql';
import { selectedServices } from '../../domain/booking/service-quantities';
import { daysBetween } from '../../domain/calendar/local-date';
import { badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { Permission, officesWhere } from '../../domain/accounts/principal';
import type { RequestContext } from '../../platform/request-context';
import { answerDependsOn } from '../../platform/graphql/response-cache';
import { readConnectionFor } from '../../platform/read-replica';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { Topic } from '../../platform/events/topics';
import { Office } from '../catalog/office.entity';
import { requestOrganisation, tenantOf } from '../catalog/tenancy';
import { AvailabilityCache, maxCacheMillis, type CachedAnswer } from './availability-cache';
import { AvailabilityEvent, AvailabilityChangeReason, AvailableDay, OfficeSlots, type AvailabilityRequestInput, type AvailableDaysInput, type AvailableSlotsInput } from './availability.types';

export const maxAvailableDaysRange = 92;

/** One free start; an office without any comes once with local_date and start_at null. */
interface FreeStart {
  office_id: number;
  local_date: string | null;
  start_at: string | null;
  public_until: string | null;
  version: number;
  /** False for an office the request looked at that does not offer it: there only for its version. */
  offered: boolean;
}

function parseIds(ids: string[], what: string): number[] {
  return ids.map((text) => {
    const id = parseId(text);
    if (id === null) throw badUserInput(`Not a valid ${what} id: ${JSON.stringify(text)}`);
    return id;
  });
}

/** The request's services with their quantities; a broken selection is the caller's mistake. */
function requestedServices(request: AvailabilityRequestInput): { serviceIds: number[]; quantities: number[] } {
  const selection = selectedServices(request);
  if ('problems' in selection) throw badUserInput(selection.problems.map((problem) => problem.message).join(' '));
  return {
    serviceIds: parseIds(
      selection.services.map((service) => service.serviceId),
      'service',
    ),
    quantities: selection.services.map((service) => service.quantity),
  };
}

/**
 * Every start at which an office can take the whole request: a run of consecutive free slots
 * as long as the services' durations times their persons add up to, within the caller's window
 * and contingent, at offices that book that many persons per service.
 * One statement over the slot rows (gaps and islands), so it reads one consistent snapshot;
 * answered from the process's cache while the versions of its offices stand.
 */
async function freeStarts(cache: AvailabilityCache<FreeStart>, ctx: RequestContext, request: AvailabilityRequestInput, from: string, to: string, firstPerDay: boolean): Promise<FreeStart[]> {
  const { em, principal } = ctx;
  const now = ctx.clock.now();
  const { serviceIds, quantities } = requestedServices(request);
  const officeIds = request.officeIds ? parseIds(request.officeIds, 'office') : null;
  // "Any office" means any office of the request's organisation; named offices name their own.
  const organisationId = officeIds === null ? await tenantOf(ctx) : await requestOrganisation(ctx);
  // Staff see their offices with the intern contingent (lead time included), the rest as the public does.
  const onSite = principal.kind === 'staff' ? officesWhere(principal, Permission.bookOnSite) : [];
  const internEverywhere = onSite === null;
  const internOffices = sqlArray(onSite ?? []);
  const key = JSON.stringify([organisationId, serviceIds, quantities, officeIds, from, to, firstPerDay, internEverywhere, internOffices]);
  // The statement may run on a replica that has replayed every commit before it (read-replica.ts);
  // the cache's version checks stay on the primary, which the versions the answer saw are compared with.
  const answer = await cache.get(em, key, now, async (at) =>
    answerOf(await readConnectionFor(em, (read) => freeStartsStatement(read, organisationId, serviceIds, quantities, officeIds, internEverywhere, internOffices, from, to, at, firstPerDay)), at),
  );
  // A response made from these rows holds exactly as long as they do.
  answerDependsOn(ctx, { holds: (checkEm, at) => cache.serves(checkEm, answer, at) });
  return answer.rows;
}

/** The versions the statement saw, and the first instant at which time alone changes its answer. */
function answerOf(statementRows: FreeStart[], now: Date): CachedAnswer<FreeStart> {
  let expiresAt = now.getTime() + maxCacheMillis;
  const versions = new Map<number, number>();
  const rows: FreeStart[] = [];
  for (const row of statementRows) {
    versions.set(row.office_id, row.version);
    if (!row.offered) continue;
    rows.push(row);
    // A start leaves the answer when it begins, a public one also when its lead time begins.
    if (row.start_at !== null) expiresAt = Math.min(expiresAt, sqlInstant(row.start_at).getTime());
    if (row.public_until !== null) expiresAt = Math.min(expiresAt, sqlInstant(row.public_until).getTime());
  }
  return { rows, versions, computedAt: now.getTime(), expiresAt };
}

async function freeStartsStatement(
  em: EntityManager,
  organisationId: number | null,
  serviceIds: number[],
  quantities: number[],
  officeIds: number[] | null,
  internEverywhere: boolean,
  internOffices: string,
  from: string,
  to: string,
  now: Date,
  firstPerDay: boolean,
): Promise<FreeStart[]> {
  return em.execute<FreeStart[]>(
    `with wanted as (
       select service_id, quantity from unnest(?::bigint[], ?::int[]) as entry (service_id, quantity)
     ), request as (
       -- open_until: a service the office releases by draw is first come only up to the last day a
       -- draw released, else up to the office's today (firstComeOpen of domain/draw/release-gate.ts,
       -- which booking applies; the two must agree); null when no service of the request is drawn.
       select os.office_id, sum(os.duration_slots * wanted.quantity)::int as length, (? or os.office_id = any(?::bigint[])) as intern,
              min(coalesce(sr.released_until, (?::timestamptz at time zone o.time_zone)::date)) filter (where sr.mode = 'draw') as open_until
         from office_service os join wanted using (service_id) join office o on o.id = os.office_id
         left join service_release sr on sr.office_id = os.office_id and sr.service_id = os.service_id
        where (?::bigint is null or o.organisation_id = ?) and (?::bigint[] is null or os.office_id = any(?::bigint[])) and (os.bookable_online or ? or os.office_id = any(?::bigint[]))
        group by os.office_id, o.settings_max_services_per_appointment, o.settings_max_persons_per_service, o.time_zone
       having count(*) = (select count(*) from wanted) and count(*) <= o.settings_max_services_per_appointment and max(wanted.quantity) <= o.settings_max_persons_per_service
     ), free as (
       select s.office_id, s.local_date, s.start_at, s.end_at, case when request.intern then null else s.public_until end as public_until
         from slot s join request using (office_id)
        where s.local_date between ?::date and ?::date
          and s.start_at > ? and s.bookable_from <= ? and (request.intern or s.public_until > ?)
          and s.taken < case when request.intern then s.intern_capacity else s.public_capacity end
          and (request.open_until is null or s.local_date <= request.open_until)
     ), islands as (
       select *, sum(gap) over (partition by office_id, local_date order by start_at) as island
         from (select *, case when lag(end_at) over (partition by office_id, local_date order by start_at) = start_at then 0 else 1 end as gap from free) marked
     ), runs as (
       select office_id, local_date, start_at, public_until,
              count(*) over (partition by office_id, local_date, island order by start_at desc) as remaining
         from islands
     )
     -- Every office that offers the request, with its version, also when nothing is free there;
     -- for a calendar only its first start per day, which is all a month view needs.
     select * from (
       select ${firstPerDay ? 'distinct on (runs.local_date, request.office_id)' : ''} request.office_id, runs.local_date, runs.start_at, runs.public_until, o.version, true as offered
         from request join office o on o.id = request.office_id
         left join runs on runs.office_id = request.office_id and runs.remaining >= request.length
        order by runs.local_date, request.office_id, runs.start_at
     ) answer
     union all
     -- The other offices looked at, for their versions only: a change of their services or
     -- settings (a second person allowed) can make them offer the request.
     select o.id, null, null, null, o.version, false
       from office o
      where (?::bigint is null or o.organisation_id = ?) and (?::bigint[] is null or o.id = any(?::bigint[]))
        and not exists (select 1 from request where request.office_id = o.id)
      order by offered desc, local_date, office_id, start_at`,
    [
      sqlArray(serviceIds),
      sqlArray(quantities),
      internEverywhere,
      internOffices,
      now,
      organisationId,
      organisationId,
      officeIds && sqlArray(officeIds),
      officeIds && sqlArray(officeIds),
      internEverywhere,
      internOffices,
      from,
      to,
      now,
      now,
      now,
      organisationId,
      organisationId,
      officeIds && sqlArray(officeIds),
      officeIds && sqlArray(officeIds),
    ],
  );
}

/** First starts per office and day (ordered by day and office) as the days of a month view. */
function daysOf(starts: FreeStart[]): AvailableDay[] {
  const days = new Map<string, number[]>();
  for (const start of starts) {
    if (start.local_date === null) continue;
    const offices = days.get(start.local_date);
    if (offices) offices.push(start.office_id);
    else days.set(start.local_date, [start.office_id]);
  }
  return [...days].map(([date, officeIds]) => Object.assign(new AvailableDay(), { date, officeIds }));
}

/** Free starts (ordered by office and start) as the start times of each office. */
function officeSlotsOf(starts: FreeStart[]): OfficeSlots[] {
  const byOffice = new Map<number, OfficeSlots>();
  for (const start of starts) {
    let office = byOffice.get(start.office_id);
    if (!office) {
      office = Object.assign(new OfficeSlots(), { officeId: start.office_id, version: start.version, startTimes: [] });
      byOffice.set(start.office_id, office);
    }
    if (start.start_at !== null) office.startTimes.push(sqlInstant(start.start_at));
  }
  return [...byOffice.values()];
}

export class AvailabilityService {
  private readonly cache = new AvailabilityCache<FreeStart>();
  /** What a cached answer gives a month view or a day, made once per answer (read, never changed). */
  private readonly daysOfAnswer = new WeakMap<FreeStart[], AvailableDay[]>();
  private readonly officeSlotsOfAnswer = new WeakMap<FreeStart[], OfficeSlots[]>();

  async availableDays(ctx: RequestContext, input: AvailableDaysInput): Promise<AvailableDay[]> {
    const span = daysBetween(input.from, input.to);
    if (span < 0) throw badUserInput('`to` must not be before `from`.');
    if (span >= maxAvailableDaysRange) throw badUserInput(`A date range may span at most ${maxAvailableDaysRange} days.`);
    const starts = await freeStarts(this.cache, ctx, input, input.from, input.to, true);
    let days = this.daysOfAnswer.get(starts);
    if (!days) this.daysOfAnswer.set(starts, (days = daysOf(starts)));
    return days;
  }

  /** The offices of a day, loaded by the request's loader: one batch for all the days of an answer. */
  async officesOf(ctx: RequestContext, day: AvailableDay): Promise<Office[]> {
    const loaded = await ctx.loaders.office.loadMany(day.officeIds);
    return loaded.filter((office): office is Office => office instanceof Office);
  }

  async availableSlots(ctx: RequestContext, input: AvailableSlotsInput): Promise<OfficeSlots[]> {
    const starts = await freeStarts(this.cache, ctx, input, input.date, input.date, false);
    let offices = this.officeSlotsOfAnswer.get(starts);
    if (!offices) this.officeSlotsOfAnswer.set(starts, (offices = officeSlotsOf(starts)));
    return offices;
  }

  /** Committed availability changes of one office; unknown ids are refused at once. */
  async subscribeChanges(ctx: RequestContext, officeIdText: string, serviceIdText: string | null | undefined): Promise<AsyncIterable<AvailabilityEvent>> {
    const [officeId] = parseIds([officeIdText], 'office');
    const serviceId = serviceIdText ? parseIds([serviceIdText], 'service')[0] : null;
    const [offered] = await ctx.em.execute<{ found: boolean }[]>('select exists (select 1 from office where id = ?) and (?::bigint is null or exists (select 1 from office_service where office_id = ? and service_id = ?)) as found', [
      officeId,
      serviceId,
      officeId,
      serviceId,
    ]);
    if (!offered.found) throw badUserInput(serviceId === null ? 'There is no such office.' : 'The office does not offer this service.');
    const changes = ctx.bus.subscribe(Topic.availabilityChanged, officeId);
    return (async function* () {
      for await (const change of changes) {
        if (serviceId !== null && change.serviceIds.length > 0 && !change.serviceIds.includes(serviceId)) continue;
        yield Object.assign(new AvailabilityEvent(), { officeId: change.officeId, version: change.version, dates: change.dates, reason: change.reason as AvailabilityChangeReason });
      }
    })();
  }
}
