import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Permission, can, canInOrganisation, canSomewhere } from '../../domain/accounts/principal';
import { AppointmentStatus } from '../../domain/booking/appointment-lifecycle';
import { localDateOf, type LocalDate } from '../../domain/calendar/local-date';
import { organisationHolidayProblems } from '../../domain/calendar/organisation-holidays';
import type { DomainEvents } from '../../platform/events/domain-events';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorizeAnywhere, authorizeInOrganisation, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { loadAppointmentViews } from '../booking/appointment-repository';
import { Organisation } from '../catalog/organisation.entity';
import { OrganisationHoliday } from './organisation-holiday.entity';
import { OrganisationHolidayChange, OrganisationHolidays, type AddOrganisationHolidayInput, type RemoveOrganisationHolidayInput } from './organisation-holidays.types';

interface OfficeRow {
  id: number;
  time_zone: string;
}

/** What citizens expect to keep: the bookings a closed day must not leave unhandled (as for closures). */
const bookedStatuses = [AppointmentStatus.preconfirmed, AppointmentStatus.confirmed];

/** The organisation's offices in id order: the order their slots are rebuilt in, as every rebuild locks offices one by one. */
async function officesOf(em: EntityManager, organisationId: number): Promise<OfficeRow[]> {
  return em.execute<OfficeRow[]>('select id, time_zone from office where organisation_id = ? order by id', [organisationId]);
}

/** Today where the organisation's offices are: the earliest of their days, so that no office's today reads as past. */
function todayOf(now: Date, offices: OfficeRow[]): LocalDate {
  const zones = new Set(offices.length > 0 ? offices.map((office) => office.time_zone) : ['Europe/Berlin']);
  return [...zones].map((zone) => localDateOf(now, zone)).sort()[0];
}

async function daysFrom(em: EntityManager, organisationId: number, today: LocalDate): Promise<OrganisationHolidays> {
  const days = await em.find(OrganisationHoliday, { organisation: organisationId, day: { $gte: today } }, { orderBy: { day: 'asc' } });
  return Object.assign(new OrganisationHolidays(), { organisationId: String(organisationId), days });
}

/** Booked appointments at the organisation's offices on `day` that no closure lists already. */
async function bookedOn(em: EntityManager, organisationId: number, day: LocalDate): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select a.id from appointment a join office o on o.id = a.office_id
      where o.organisation_id = ? and a.local_date = ?::date and a.status = any(?::appointment_status[])
        and not exists (select 1 from closure cl where cl.office_id = a.office_id and a.local_date between cl.date and cl.until_date)
      order by a.start_at, a.id`,
    [organisationId, day, sqlArray(bookedStatuses)],
  );
  return rows.map((row) => row.id);
}

/** An organisation's own public holidays (one-off days the holiday calendar of its regions lacks): the capacity module writes them. */
export class OrganisationHolidaysService {
  constructor(private readonly events: DomainEvents) {}

  /**
   * The organisation's days from today on. Whoever sees the administration of one of its offices
   * sees them, as they close that office; so do its organisation admins and the platform's.
   */
  async organisationHolidays(ctx: RequestContext, organisationIdText: string): Promise<OrganisationHolidays | NotFound> {
    if (!canSomewhere(ctx.principal, Permission.viewOfficeAdministration)) authorizeAnywhere(ctx, Permission.manageOrganisation);
    const organisationId = parseId(organisationIdText) ?? 0;
    const offices = await officesOf(ctx.em, organisationId);
    const seesAnOffice = offices.some((office) => can(ctx.principal, Permission.viewOfficeAdministration, office.id)) || canInOrganisation(ctx.principal, Permission.viewOfficeAdministration, organisationId);
    if (!seesAnOffice) authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const organisation = await ctx.em.findOne(Organisation, organisationId);
    if (!organisation) return new NotFound('There is no such organisation.');
    return daysFrom(ctx.em, organisation.id, todayOf(ctx.clock.now(), offices));
  }

  /** Adds a day; every office of the organisation loses its slots of that day in the same transaction. */
  async addOrganisationHoliday(ctx: RequestContext, input: AddOrganisationHolidayInput): Promise<OrganisationHolidayChange | NotFound | InvalidInput> {
    // Before any lookup: a caller who administers no organisation learns nothing of which exist.
    authorizeAnywhere(ctx, Permission.manageOrganisation);
    return inTransaction(ctx.em, async (em) => {
      const organisationId = parseId(input.organisationId);
      const organisation = organisationId === null ? null : await em.findOne(Organisation, organisationId);
      if (!organisation) return new NotFound('There is no such organisation.');
      authorizeInOrganisation(ctx, Permission.manageOrganisation, organisation.id);
      const offices = await officesOf(em, organisation.id);
      const today = todayOf(ctx.clock.now(), offices);
      const name = input.name.trim();
      const problems = organisationHolidayProblems({ day: input.day, name }, today, await em.find(OrganisationHoliday, { organisation, day: input.day }));
      if (problems.length > 0) return new InvalidInput(problems);
      // The unique key decides between two requests that add the same day at once: the later adds nothing and is told so.
      const [inserted] = await em.execute<{ id: number }[]>('insert into organisation_holiday (organisation_id, day, name) values (?, ?, ?) on conflict (organisation_id, day) do nothing returning id', [organisation.id, input.day, name]);
      if (!inserted) return new InvalidInput([{ field: 'day', message: `The organisation already has ${input.day} as a holiday.` }]);
      const holiday = await em.findOneOrFail(OrganisationHoliday, inserted.id);
      await this.calendarChanged(em, ctx, 'addOrganisationHoliday', offices, holiday);
      return Object.assign(new OrganisationHolidayChange(), {
        holiday,
        holidays: await daysFrom(em, organisation.id, today),
        affectedAppointments: await loadAppointmentViews(em, await bookedOn(em, organisation.id, holiday.day)),
      });
    });
  }

  /** Removes a day; the organisation's offices get their slots of that day back in the same transaction. */
  async removeOrganisationHoliday(ctx: RequestContext, input: RemoveOrganisationHolidayInput): Promise<OrganisationHolidayChange | NotFound> {
    authorizeAnywhere(ctx, Permission.manageOrganisation);
    return inTransaction(ctx.em, async (em) => {
      const holidayId = parseId(input.holidayId);
      // Locked: of two requests removing the same day, the later finds it gone.
      const holiday = holidayId === null ? null : await em.findOne(OrganisationHoliday, holidayId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!holiday) return new NotFound('There is no such organisation holiday.');
      const organisationId = holiday.organisation.id;
      authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
      const removed = Object.assign(new OrganisationHoliday(), { id: holiday.id, organisation: holiday.organisation, day: holiday.day, name: holiday.name });
      em.remove(holiday);
      await em.flush();
      const offices = await officesOf(em, organisationId);
      await this.calendarChanged(em, ctx, 'removeOrganisationHoliday', offices, removed);
      return Object.assign(new OrganisationHolidayChange(), { holiday: removed, holidays: await daysFrom(em, organisationId, todayOf(ctx.clock.now(), offices)), affectedAppointments: [] });
    });
  }

  /** The slot ledger rebuilds each office's days in this transaction (it reacts to officeCalendarChanged), in office order. */
  private async calendarChanged(em: EntityManager, ctx: RequestContext, action: string, offices: OfficeRow[], holiday: OrganisationHoliday): Promise<void> {
    for (const office of offices) {
      await this.events.publish(em, { type: 'officeCalendarChanged', at: ctx.clock.now(), officeId: office.id });
      await audit(em, ctx, action, office.id, { organisationId: holiday.organisation.id, holidayId: holiday.id, day: holiday.day, name: holiday.name });
    }
  }
}
