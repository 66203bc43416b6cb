import type { EntityManager } from '@mikro-orm/postgresql';
import { Repeater } from '@repeaterjs/repeater';
import { Permission } from '../../domain/accounts/principal';
import { dayPlanStatuses, exportRows, maxPlanDays, groupByDay, planDays, toCsv, type PlanLanguage, type PlannedAppointment } from '../../domain/backoffice/day-plan';
import { labelIn } from '../../domain/booking/custom-fields';
import { CoalescedReads } from '../../platform/coalesced-reads';
import { Topic } from '../../platform/events/topics';
import { InvalidInput, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { loadServices, selectAppointments, toView } from '../booking/appointment-repository';
import type { AppointmentView } from '../booking/booking.types';
import type { BookingFormService } from '../booking/custom-fields.service';
import type { NotesService } from '../notes/notes.service';
import { loadOffice, type OfficeRow } from '../catalog/office-row';
import { DayPlan, DayPlanChangedEvent, DayPlanDay, DayPlanFile, DayPlanFormat, type ExportDayPlanInput } from './day-plan.types';

const mediaTypes: Record<DayPlanFormat, string> = {
  [DayPlanFormat.CSV]: 'text/csv; charset=utf-8',
  [DayPlanFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * An office's appointments for a day or a week, for its staff who may see the citizens' contact
 * data (manageAppointments at the office): live, printed and exported. Every export is audited
 * (which office and days, never what it holds); the plan on screen is not, as the queue is not.
 */
export class DayPlanService {
  /** Every open plan of an office asks the office's version after each change: one read serves the plans that ask meanwhile. */
  private readonly versions = new CoalescedReads<number, number>();

  constructor(
    private readonly forms: BookingFormService,
    private readonly notes: NotesService,
  ) {}

  async dayPlan(ctx: RequestContext, officeIdText: string, from: string, days: number): Promise<DayPlan> {
    const officeId = this.authorizedOffice(ctx, officeIdText);
    const dates = planDays(from, days);
    if (typeof dates === 'string') throw badUserInput(dates);
    const read = await this.read(ctx.em, officeId, dates);
    if (!read) throw badUserInput('There is no such office.');
    return read.plan;
  }

  async exportDayPlan(ctx: RequestContext, input: ExportDayPlanInput): Promise<DayPlanFile | NotFound | InvalidInput> {
    const officeId = parseId(input.officeId);
    if (officeId === null) return new NotFound('There is no such office.');
    authorize(ctx, Permission.manageAppointments, officeId);
    const dates = planDays(input.from, input.days);
    if (typeof dates === 'string') return new InvalidInput([{ field: 'days', message: dates, min: 1, max: maxPlanDays }]);
    return inTransaction(ctx.em, async (em) => {
      const read = await this.read(em, officeId, dates);
      if (!read) return new NotFound('There is no such office.');
      const { office, plan } = read;
      const language = (input.language ?? 'de') as PlanLanguage;
      const planned = await this.planned(
        ctx,
        em,
        plan.days.flatMap((day) => day.appointments),
        language,
      );
      const rows = exportRows(
        plan.days.map((day) => ({ date: day.date, appointments: day.appointments.map((appointment) => planned.get(appointment.id)!) })),
        office.time_zone,
        language,
      );
      const content = input.format === DayPlanFormat.CSV ? Buffer.from(toCsv(rows), 'utf8') : await workbook(rows, office, plan, ctx.clock.now());
      const appointments = rows.length - 1;
      // Who exported which office's days, never what the file holds.
      await audit(em, ctx, 'exportDayPlan', officeId, { from: plan.from, to: plan.to, format: input.format, appointments });
      const prefix = input.language === 'en' ? 'day-plan' : 'tagesplan';
      return Object.assign(new DayPlanFile(), {
        fileName: `${prefix}-${plan.from}${plan.to === plan.from ? '' : `-${plan.to}`}.${input.format.toLowerCase()}`,
        mediaType: mediaTypes[input.format],
        content: content.toString('base64'),
        appointments,
      });
    });
  }

  /**
   * After every committed change of the office's appointments (booked, confirmed, moved,
   * cancelled) or of its queue (checked in, called, served, missed): the office's version once
   * the change is committed, each version once.
   */
  async dayPlanChanged(ctx: RequestContext, officeIdText: string): Promise<AsyncIterable<DayPlanChangedEvent>> {
    const officeId = this.authorizedOffice(ctx, officeIdText);
    const [exists] = await ctx.em.execute('select 1 from office where id = ?', [officeId]);
    if (!exists) throw badUserInput('There is no such office.');
    const changes = Repeater.merge([ctx.bus.subscribe(Topic.appointmentsChanged, officeId), ctx.bus.subscribe(Topic.queueChanged, officeId)]);
    const versions = this.versions;
    const em = ctx.em;
    const versionNow = async () => {
      const read = await versions.read([officeId], async (officeIds) => {
        const rows = await em.fork().execute<{ id: number; version: number }[]>('select id, version from office where id = any(?::bigint[])', [sqlArray(officeIds)]);
        return new Map(rows.map((row) => [row.id, row.version]));
      });
      return read.get(officeId) ?? null;
    };
    // A repeater, not an async generator: ending it must not wait for the next event.
    return new Repeater<DayPlanChangedEvent>(async (push, stop) => {
      const iterator = changes[Symbol.asyncIterator]();
      void stop.then(() => iterator.return?.());
      let told = -1;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const version = await versionNow();
        if (version === null) break;
        if (version <= told) continue;
        told = version;
        await push(Object.assign(new DayPlanChangedEvent(), { officeId: String(officeId), version }));
      }
      stop();
    });
  }

  /** What an export shows of each appointment: service names, the booking's answers and staff's notes, in the language asked. */
  private async planned(ctx: RequestContext, em: EntityManager, appointments: AppointmentView[], language: PlanLanguage): Promise<Map<string, PlannedAppointment>> {
    if (appointments.length === 0) return new Map();
    const names = await serviceNames(
      em,
      appointments.flatMap((appointment) => appointment.services.map((service) => service.serviceId)),
    );
    const notes = await this.notes.internalNotes(ctx, { appointmentIds: appointments.map((appointment) => appointment.id) });
    const details = await Promise.all(appointments.map((appointment) => this.forms.detailsOf(ctx, Number(appointment.id))));
    return new Map(
      appointments.map((appointment, index) => [
        appointment.id,
        {
          ...appointment,
          services: appointment.services.map((service) => names.get(service.serviceId) ?? ''),
          remarks: details[index].remarks,
          answers: details[index].fields.map((field) => ({ kind: field.kind, label: labelIn(field.labels, language), optionLabel: field.optionLabels === null ? null : labelIn(field.optionLabels, language), value: field.value })),
          notes: notes.filter((note) => note.appointmentId === appointment.id).map((note) => ({ author: note.author, text: note.text })),
        },
      ]),
    );
  }

  /** The office of an argument, once the caller may see its plan: callers without the right learn nothing of which offices exist. */
  private authorizedOffice(ctx: RequestContext, officeIdText: string): number {
    const officeId = parseId(officeIdText);
    if (officeId === null) throw badUserInput('There is no such office.');
    authorize(ctx, Permission.manageAppointments, officeId);
    return officeId;
  }

  /**
   * The plan of some days of an office. The version is read before the appointments: a change
   * committed in between shows in the plan and raises a newer version, which only refetches.
   */
  private async read(em: EntityManager, officeId: number, dates: string[]): Promise<{ office: OfficeRow; plan: DayPlan } | null> {
    const office = await loadOffice(em, officeId);
    if (!office) return null;
    const rows = await selectAppointments(em, 'select * from appointment where office_id = ? and local_date between ? and ? and status = any(?::appointment_status[]) order by start_at, number', [
      officeId,
      dates[0],
      dates[dates.length - 1],
      sqlArray(dayPlanStatuses),
    ]);
    const services = await loadServices(
      em,
      rows.map((row) => row.id),
    );
    const views = rows.map((row) => toView(row, services.get(row.id) ?? []));
    const days = groupByDay(dates, views).map((day) => Object.assign(new DayPlanDay(), day));
    const plan = Object.assign(new DayPlan(), { officeId, from: dates[0], to: dates[dates.length - 1], timeZone: office.time_zone, version: office.version, days });
    return { office, plan };
  }
}

async function serviceNames(em: EntityManager, serviceIds: number[]): Promise<Map<number, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await em.execute<{ id: number; name: string }[]>('select id, name from service where id = any(?::bigint[])', [sqlArray([...new Set(serviceIds)])]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** One sheet, its header bold and frozen; every cell a value (text stays text, never a formula). */
async function workbook(rows: (string | number | null)[][], office: OfficeRow, plan: DayPlan, now: Date): Promise<Buffer> {
  // Loaded at the first export: half a second of start-up for every API process otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'ZMS';
  book.created = now;
  book.modified = now;
  // Sheet names are at most 31 characters and must not hold : \ / ? * [ ].
  const sheet = book.addWorksheet(`${plan.from}${plan.to === plan.from ? '' : ` – ${plan.to}`}`.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.headerFooter.oddHeader = `&L${office.name.replace(/&/g, '&&')}&R${plan.from}${plan.to === plan.from ? '' : ` – ${plan.to}`}`;
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(40, Math.max(8, ...rows.map((row) => String(row[index] ?? '').length + 2)));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
