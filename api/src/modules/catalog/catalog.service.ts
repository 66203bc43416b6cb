import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseClockTime } from '../../domain/calendar/local-date';
import { emit } from '../../platform/events/event-bus';
import { Topic } from '../../platform/events/topics';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { InvalidInput, NotFound, badUserInput, type FieldProblemSpec } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { Permission } from '../../domain/accounts/principal';
import { authorize, authorizeAnywhere, authorizeInDepartment, type RequestContext } from '../../platform/request-context';
import { audit } from '../audit/audit';
import { sqlArray } from '../../platform/sql';
import type { DomainEvents } from '../../platform/events/domain-events';
import { inTransaction } from '../../platform/transaction';
import { readConnectionFor } from '../../platform/read-replica';
import type {
  CreateCounterInput,
  CreateOfficeInput,
  CreateServiceInput,
  DeleteCounterInput,
  DeleteOfficeGroupInput,
  OfficeGroupInput,
  OfficesArgs,
  RemoveOfficeServiceInput,
  SetOfficeServiceInput,
  SetOpeningHoursInput,
  UpdateCounterInput,
  UpdateOfficeGroupInput,
  UpdateOfficeSettingsInput,
} from './catalog.types';
import { Deleted } from './catalog.types';
import { managedOffice } from './managed-office';
import { settingProblems } from './office-settings-rules';
import { Counter } from './counter.entity';
import { OfficeGroup } from './office-group.entity';
import { Address, Office, OpeningHours } from './office.entity';
import { bumpOfficeVersion } from './office-version';
import { Organisation } from './organisation.entity';
import { Department } from './department.entity';
import { firstDepartmentOf, foundFirstOrganisation } from './organisations.service';
import { listedOrganisation, noOrganisationYet, requestOrganisation, tenantOf } from './tenancy';
import { OfficeService, Service } from './service.entity';

function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Keyset pagination by (name, id): stable under inserts, no offsets. */
function afterName(after: string | null | undefined): FilterQuery<{ name: string; id: number }> {
  if (!after) return {};
  const [name, id] = decodeCursor(after);
  if (typeof name !== 'string' || typeof id !== 'number') throw badUserInput('The cursor is not valid.');
  return { $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] };
}

function requireIds(texts: string[], what: string): number[] | InvalidInput {
  const ids = texts.map(parseId);
  const bad = texts.filter((_, index) => ids[index] === null);
  return bad.length > 0 ? new InvalidInput(bad.map((text) => `Not a valid ${what} id: ${text}.`)) : (ids as number[]);
}

/** A unique constraint another write already holds is the caller's conflict, answered as such. */
async function unlessDuplicate<T>(problem: string, work: () => Promise<T>): Promise<T | InvalidInput> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return new InvalidInput([problem]);
    throw error;
  }
}

export class CatalogService {
  constructor(private readonly events: DomainEvents) {}

  async offices(ctx: RequestContext, args: OfficesArgs): Promise<Page<Office>> {
    const conditions: FilterQuery<Office>[] = [afterName(args.after) as FilterQuery<Office>];
    const organisationId = await listedOrganisation(ctx);
    if (organisationId !== null) conditions.push({ organisation: organisationId });
    if (args.search) conditions.push({ name: { $ilike: likePattern(args.search) } });
    const serviceIds = args.serviceIds && args.serviceIds.length > 0 ? args.serviceIds.map((text) => parseId(text) ?? 0) : null;
    // Both statements on the replica, checked once, when it has replayed what was committed before the request.
    const rows = await readConnectionFor(ctx.em, async (em) => {
      const offered: FilterQuery<Office>[] = [];
      if (serviceIds) {
        const offering = await em.execute<{ office_id: number }[]>(
          'select office_id from office_service where service_id = any(?::bigint[]) group by office_id having count(distinct service_id) = ? and (not ? or bool_and(bookable_online))',
          [sqlArray(serviceIds), new Set(serviceIds).size, args.bookableOnline === true],
        );
        offered.push({ id: { $in: offering.map((row) => row.office_id) } });
      }
      return em.find(Office, { $and: [...conditions, ...offered] }, { orderBy: { name: 'asc', id: 'asc' }, limit: args.first + 1 });
    });
    return toPage(rows, args.first, (office) => [office.name, office.id]);
  }

  async office(ctx: RequestContext, idText: string): Promise<Office | null> {
    const id = parseId(idText);
    return id === null ? null : ctx.loaders.office.load(id);
  }

  async counters(ctx: RequestContext, office: Office): Promise<Counter[]> {
    return readConnectionFor(ctx.em, (em) => em.find(Counter, { office: office.id }, { orderBy: { name: 'asc' } }));
  }

  async createOffice(ctx: RequestContext, input: CreateOfficeInput): Promise<Office | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOrganisation);
    const departmentId = input.departmentId ? parseId(input.departmentId) : null;
    if (input.departmentId && departmentId === null) return new NotFound('There is no such department.');
    return inTransaction(ctx.em, async (em) => {
      const name = input.name.trim();
      if (!name) return new InvalidInput(['The office needs a name.']);
      const department = departmentId !== null ? await em.findOne(Department, departmentId) : await this.defaultDepartment(em, ctx);
      if (!department) return new NotFound('There is no such department.');
      authorizeInDepartment(ctx, Permission.manageOrganisation, department.id);
      const office = em.create(Office, { organisation: department.organisation, department, name, url: input.url ?? null, address: Object.assign(new Address(), input.address) } as Office);
      await em.flush();
      await audit(em, ctx, 'createOffice', office.id, { name, departmentId: department.id });
      return office;
    });
  }

  /** Where an office goes when no department is named: the first of the organisation; on a fresh installation, a first organisation. */
  private async defaultDepartment(em: EntityManager, ctx: RequestContext): Promise<Department | null> {
    let organisationId = await requestOrganisation(ctx);
    if (organisationId === noOrganisationYet) organisationId = await foundFirstOrganisation(em, this.events, ctx.clock.now());
    if (organisationId === null) return null;
    const first = await firstDepartmentOf(em, organisationId);
    return first === null ? null : em.findOne(Department, first);
  }

  async updateOfficeSettings(ctx: RequestContext, input: UpdateOfficeSettingsInput): Promise<Office | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId);
      if (office instanceof NotFound) return office;
      const { officeId: _officeId, ...changes } = input;
      const settings = { ...office.settings, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null && value !== undefined)) };
      const problems = settingProblems(changes, settings);
      if (problems.length > 0) return new InvalidInput(problems);
      const holidaysMove = settings.holidayRegion !== office.settings.holidayRegion;
      Object.assign(office.settings, settings);
      await em.flush();
      // The slot ledger rebuilds the office's days in this transaction; before the version bump, as slots lock before offices.
      if (holidaysMove) await this.events.publish(em, { type: 'officeCalendarChanged', at: ctx.clock.now(), officeId: office.id });
      office.version = await bumpOfficeVersion(em, office.id);
      emit({ topic: Topic.officeSettingsChanged, payload: { officeId: office.id, version: office.version } });
      await audit(em, ctx, 'updateOfficeSettings', office.id, changes);
      return office;
    });
  }

  async setOpeningHours(ctx: RequestContext, input: SetOpeningHoursInput): Promise<Office | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId);
      if (office instanceof NotFound) return office;
      const problems: FieldProblemSpec[] = [];
      input.hours.forEach((hours, index) => {
        const open = parseClockTime(hours.open);
        const close = parseClockTime(hours.close);
        if (open === null) problems.push({ field: `hours.${index}.open`, message: `Opening time "${hours.open}" of block ${index + 1} must be a time HH:MM.` });
        if (close === null) problems.push({ field: `hours.${index}.close`, message: `Closing time "${hours.close}" of block ${index + 1} must be a time HH:MM.` });
        if (open !== null && close !== null && open >= close) problems.push({ field: `hours.${index}.close`, message: `Block ${index + 1} must close after it opens (${hours.open}–${hours.close}).` });
        if (hours.weekdays.length === 0 || hours.weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
          problems.push({ field: `hours.${index}.weekdays`, message: `Block ${index + 1} needs weekdays from 1 (Monday) to 7 (Sunday).`, min: 1, max: 7 });
        }
      });
      if (problems.length > 0) return new InvalidInput(problems);
      office.openingHours = input.hours.map((hours) => Object.assign(new OpeningHours(), { weekdays: [...new Set(hours.weekdays)].sort(), open: hours.open, close: hours.close }));
      await em.flush();
      office.version = await bumpOfficeVersion(em, office.id);
      // Kiosks offer tickets by the hours: a running one hears of new hours without a reload.
      emit({ topic: Topic.officeSettingsChanged, payload: { officeId: office.id, version: office.version } });
      await audit(em, ctx, 'setOpeningHours', office.id, { hours: office.openingHours });
      return office;
    });
  }

  async createService(ctx: RequestContext, input: CreateServiceInput): Promise<Service | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    return inTransaction(ctx.em, async (em) => {
      const name = input.name.trim();
      if (!name) return new InvalidInput(['The service needs a name.']);
      const service = em.create(Service, { name, description: input.description ?? null, url: input.url ?? null } as Service);
      await em.flush();
      await audit(em, ctx, 'createService', null, { serviceId: service.id, name });
      return service;
    });
  }

  async setOfficeService(ctx: RequestContext, input: SetOfficeServiceInput): Promise<OfficeService | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId);
      if (office instanceof NotFound) return office;
      const serviceId = parseId(input.serviceId);
      const service = serviceId === null ? null : await em.findOne(Service, serviceId);
      if (!service) return new NotFound('There is no such service.');
      // An upsert, so that two admins offering the same service at once do not collide.
      await em.execute(
        `insert into office_service (office_id, service_id, duration_slots, bookable_online) values (?, ?, ?, ?)
         on conflict (office_id, service_id) do update set duration_slots = excluded.duration_slots, bookable_online = excluded.bookable_online`,
        [office.id, service.id, input.durationSlots, input.bookableOnline],
      );
      const offered = await em.findOneOrFail(OfficeService, { office, service }, { refresh: true });
      await bumpOfficeVersion(em, office.id);
      await audit(em, ctx, 'setOfficeService', office.id, { serviceId: service.id, durationSlots: input.durationSlots, bookableOnline: input.bookableOnline });
      return offered;
    });
  }

  async removeOfficeService(ctx: RequestContext, input: RemoveOfficeServiceInput): Promise<Deleted | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const officeId = parseId(input.officeId);
      const serviceId = parseId(input.serviceId);
      const offered = officeId === null || serviceId === null ? null : await em.findOne(OfficeService, { office: officeId, service: serviceId });
      if (!offered) return new NotFound('The office does not offer this service.');
      authorize(ctx, Permission.manageOffice, officeId!);
      em.remove(offered);
      await em.flush();
      await bumpOfficeVersion(em, officeId!);
      await audit(em, ctx, 'removeOfficeService', officeId, { serviceId });
      return Object.assign(new Deleted(), { id: input.serviceId });
    });
  }

  async createCounter(ctx: RequestContext, input: CreateCounterInput): Promise<Counter | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['The counter needs a name.']);
    return unlessDuplicate('The office already has a counter of this name.', () =>
      inTransaction(ctx.em, async (em) => {
        const office = await managedOffice(em, ctx, input.officeId);
        if (office instanceof NotFound) return office;
        const counter = em.create(Counter, { office, name, room: input.room?.trim() || null } as Counter);
        await em.flush();
        await audit(em, ctx, 'createCounter', office.id, { counterId: counter.id, name });
        return counter;
      }),
    );
  }

  async updateCounter(ctx: RequestContext, input: UpdateCounterInput): Promise<Counter | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['The counter needs a name.']);
    return unlessDuplicate('The office already has a counter of this name.', () =>
      inTransaction(ctx.em, async (em) => {
        const id = parseId(input.counterId);
        const counter = id === null ? null : await em.findOne(Counter, id);
        if (!counter) return new NotFound('There is no such counter.');
        authorize(ctx, Permission.manageOffice, counter.office.id);
        Object.assign(counter, { name, room: input.room?.trim() || null });
        await em.flush();
        await audit(em, ctx, 'updateCounter', counter.office.id, { counterId: counter.id, name });
        return counter;
      }),
    );
  }

  async deleteCounter(ctx: RequestContext, input: DeleteCounterInput): Promise<Deleted | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.counterId);
      const counter = id === null ? null : await em.findOne(Counter, id);
      if (!counter) return new NotFound('There is no such counter.');
      authorize(ctx, Permission.manageOffice, counter.office.id);
      em.remove(counter);
      await audit(em, ctx, 'deleteCounter', counter.office.id, { counterId: counter.id });
      return Object.assign(new Deleted(), { id: input.counterId });
    });
  }

  async officeGroups(ctx: RequestContext): Promise<OfficeGroup[]> {
    const organisationId = await listedOrganisation(ctx);
    return readConnectionFor(ctx.em, (em) => em.find(OfficeGroup, organisationId === null ? {} : { organisation: organisationId }, { populate: ['offices'], orderBy: { name: 'asc' } }));
  }

  async createOfficeGroup(ctx: RequestContext, input: OfficeGroupInput): Promise<OfficeGroup | NotFound | InvalidInput> {
    return this.saveGroup(ctx, input, async (em, offices) => em.create(OfficeGroup, { organisation: offices[0]?.organisation ?? em.getReference(Organisation, await tenantOf(ctx)) } as OfficeGroup));
  }

  async updateOfficeGroup(ctx: RequestContext, input: UpdateOfficeGroupInput): Promise<OfficeGroup | NotFound | InvalidInput> {
    return this.saveGroup(ctx, input, async (em) => {
      const id = parseId(input.groupId);
      return (id === null ? null : await em.findOne(OfficeGroup, id, { populate: ['offices'] })) ?? new NotFound('There is no such office group.');
    });
  }

  /** Checks everything before `load` touches an entity: a refused change must not be flushed on commit. */
  private async saveGroup(ctx: RequestContext, input: OfficeGroupInput, load: (em: EntityManager, offices: Office[]) => Promise<OfficeGroup | NotFound>): Promise<OfficeGroup | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['The group needs a name.']);
    const officeIds = requireIds(input.officeIds, 'office');
    if (officeIds instanceof InvalidInput) return officeIds;
    return unlessDuplicate('An office group of this name exists already.', () =>
      inTransaction(ctx.em, async (em) => {
        const offices = await em.find(Office, { id: { $in: officeIds } });
        if (offices.length !== new Set(officeIds).size) return new NotFound('Some of the offices do not exist.');
        // A group stays within one organisation, as its displays, kiosks and searches do.
        const crossesOrganisations = new InvalidInput(['The offices of a group belong to one organisation.']);
        if (new Set(offices.map((office) => office.organisation.id)).size > 1) return crossesOrganisations;
        const group = await load(em, offices);
        if (group instanceof NotFound) return group;
        if (offices.some((office) => office.organisation.id !== group.organisation.id)) return crossesOrganisations;
        // A group binds displays and kiosks of its offices: changing it needs the right at each of them.
        for (const office of [...offices, ...group.offices.getItems()]) authorize(ctx, Permission.manageOffice, office.id);
        group.name = name;
        group.offices.set(offices);
        await em.flush();
        await audit(em, ctx, 'saveOfficeGroup', null, { groupId: group.id, name, officeIds });
        return group;
      }),
    );
  }

  async deleteOfficeGroup(ctx: RequestContext, input: DeleteOfficeGroupInput): Promise<Deleted | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.groupId);
      const group = id === null ? null : await em.findOne(OfficeGroup, id, { populate: ['offices'] });
      if (!group) return new NotFound('There is no such office group.');
      for (const office of group.offices.getItems()) authorize(ctx, Permission.manageOffice, office.id);
      em.remove(group);
      await audit(em, ctx, 'deleteOfficeGroup', null, { groupId: group.id });
      return Object.assign(new Deleted(), { id: input.groupId });
    });
  }
}
