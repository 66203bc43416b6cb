import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus } from '../../domain/booking/appointment-lifecycle';
import { planSlots, validateCapacityRule, type CapacityRuleProblem } from '../../domain/calendar/capacity-plan';
import { nextBookingRelease, type BookingRelease } from '../../domain/calendar/booking-release';
import { closureProblems } from '../../domain/calendar/closures';
import { addDays, isoWeekday, localDateOf, parseClockTime } from '../../domain/calendar/local-date';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { Permission } from '../../domain/accounts/principal';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { audit } from '../audit/audit';
import { inTransaction } from '../../platform/transaction';
import type { DomainEvents } from '../../platform/events/domain-events';
import { loadAppointmentViews } from '../booking/appointment-repository';
import type { AppointmentView } from '../booking/booking.types';
import { bumpOfficeVersion } from '../catalog/office-version';
import { managedOffice } from '../catalog/managed-office';
import { Office } from '../catalog/office.entity';
import { CapacityRule } from './capacity-rule.entity';
import {
  CapacityChange,
  CapacityPreview,
  type AddClosureInput,
  type KeepClosureAppointmentsInput,
  type CapacityPreviewInput,
  type CapacityRuleFields,
  type CreateCapacityRuleInput,
  type DeleteCapacityRuleInput,
  type RemoveClosureInput,
  type UpdateCapacityRuleInput,
} from './capacity.types';
import { Closure } from './closure.entity';
import { lockOfficeCapacity, materializeSlots, officeCalendar, ruleSpecOf } from '../slots/slot-materializer';

function ruleProblems(fields: CapacityRuleFields, otherRules: CapacityRule[]): CapacityRuleProblem[] {
  const problems = validateCapacityRule(ruleSpecOf('new', fields));
  // One grid per office, so that a chain of consecutive slots is well defined: one slot length,
  // and daily starts a whole number of slots apart.
  const otherLength = otherRules.find((rule) => rule.slotMinutes !== fields.slotMinutes);
  if (otherLength) problems.push({ field: 'slotMinutes', message: `The office's other rules use ${otherLength.slotMinutes}-minute slots; one office uses one slot length.`, min: otherLength.slotMinutes, max: otherLength.slotMinutes });
  const start = parseClockTime(fields.startTime);
  const offGrid = otherRules.find((rule) => start !== null && (start - (parseClockTime(rule.startTime) ?? 0)) % fields.slotMinutes !== 0);
  if (!otherLength && offGrid) problems.push({ field: 'startTime', message: `The start time must lie on the office's slot grid (rule ${offGrid.id} starts at ${offGrid.startTime}).` });
  return problems;
}

/** What citizens expect to keep: the bookings a closure must not leave unhandled. */
const bookedStatuses = [AppointmentStatus.preconfirmed, AppointmentStatus.confirmed];

/** Ids of the booked appointments on a closure's days, open (to handle) or kept. */
async function closureAppointmentIds(em: EntityManager, closure: Closure, which: 'open' | 'kept'): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select a.id from appointment a join closure cl on cl.id = ?
      where a.office_id = cl.office_id and a.local_date between cl.date and cl.until_date and a.status = any(?::appointment_status[])
        and (a.id = any(cl.kept_appointment_ids)) = ?
      order by a.start_at, a.id`,
    [closure.id, sqlArray(bookedStatuses), which === 'kept'],
  );
  return rows.map((row) => row.id);
}

function assignRule(rule: CapacityRule, fields: CapacityRuleFields): void {
  Object.assign(rule, {
    weekdays: [...new Set(fields.weekdays)].sort(),
    startTime: fields.startTime,
    endTime: fields.endTime,
    validFrom: fields.validFrom,
    validUntil: fields.validUntil ?? null,
    repeatEveryWeeks: fields.repeatEveryWeeks,
    slotMinutes: fields.slotMinutes,
    publicCounters: fields.publicCounters,
    internCounters: fields.internCounters,
    startInDays: fields.startInDays,
    endInDays: fields.endInDays,
  });
}

/** The rule an administrative change is aimed at, once the caller may administer its office. */
async function managedRule(em: EntityManager, ctx: RequestContext, ruleIdText: string): Promise<CapacityRule | NotFound> {
  const ruleId = parseId(ruleIdText);
  const rule = ruleId === null ? null : await em.findOne(CapacityRule, ruleId, { populate: ['office'] });
  if (!rule) return new NotFound('There is no such capacity rule.');
  authorize(ctx, Permission.manageCapacity, rule.office.id);
  return rule;
}

/** Carries a preview out of its transaction, which it rolls back. */
class RolledBackPreview extends Error {
  constructor(readonly preview: CapacityPreview) {
    super('capacity preview (rolled back)');
  }
}

/** The closure behind an id, with its office, when the caller may manage that office (else FORBIDDEN). */
async function closureToManage(em: EntityManager, ctx: RequestContext, closureIdText: string): Promise<Closure | NotFound> {
  const closureId = parseId(closureIdText);
  const closure = closureId === null ? null : await em.findOne(Closure, closureId, { populate: ['office'] });
  if (!closure) return new NotFound('There is no such closure.');
  authorize(ctx, Permission.manageCapacity, closure.office.id);
  return closure;
}

export class CapacityService {
  constructor(private readonly events: DomainEvents) {}

  /** Rebuilds the office's slots in the caller's transaction and answers what the change hits. */
  private async applyChange(em: EntityManager, ctx: RequestContext, action: string, office: Office, change: { rule?: CapacityRule | null; closure?: Closure | null }): Promise<CapacityChange> {
    await em.flush();
    const result = await materializeSlots(em, office.id, ctx.clock.now());
    await this.events.publish(em, { type: 'capacityChanged', at: ctx.clock.now(), officeId: office.id });
    await audit(em, ctx, action, office.id, { ruleId: change.rule?.id, closureDate: change.closure?.date, closureUntil: change.closure?.until, affected: result.affectedAppointmentIds.length });
    await scheduleJob(em, JobKind.extendWindow, String(office.id), result.nextExtensionAt);
    await em.refresh(office);
    return Object.assign(new CapacityChange(), {
      office,
      rule: change.rule ?? null,
      closure: change.closure ?? null,
      // A closure answers for its own days: appointments an earlier change left without room are
      // listed by that change, not again by every closure after it.
      affectedAppointments: await loadAppointmentViews(em, change.closure ? await closureAppointmentIds(em, change.closure, 'open') : result.affectedAppointmentIds),
    });
  }

  async createCapacityRule(ctx: RequestContext, input: CreateCapacityRuleInput): Promise<CapacityChange | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId, Permission.manageCapacity);
      if (office instanceof NotFound) return office;
      await lockOfficeCapacity(em, office.id);
      const problems = ruleProblems(input, await em.find(CapacityRule, { office }));
      if (problems.length > 0) return new InvalidInput(problems);
      const rule = em.create(CapacityRule, { office } as CapacityRule);
      assignRule(rule, input);
      return this.applyChange(em, ctx, 'createCapacityRule', office, { rule });
    });
  }

  async updateCapacityRule(ctx: RequestContext, input: UpdateCapacityRuleInput): Promise<CapacityChange | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const rule = await managedRule(em, ctx, input.ruleId);
      if (rule instanceof NotFound) return rule;
      await lockOfficeCapacity(em, rule.office.id);
      const problems = ruleProblems(input, await em.find(CapacityRule, { office: rule.office, id: { $ne: rule.id } }));
      if (problems.length > 0) return new InvalidInput(problems);
      assignRule(rule, input);
      return this.applyChange(em, ctx, 'updateCapacityRule', rule.office, { rule });
    });
  }

  async deleteCapacityRule(ctx: RequestContext, input: DeleteCapacityRuleInput): Promise<CapacityChange | NotFound> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const rule = await managedRule(em, ctx, input.ruleId);
      if (rule instanceof NotFound) return rule;
      em.remove(rule);
      return this.applyChange(em, ctx, 'deleteCapacityRule', rule.office, {});
    });
  }

  async addClosure(ctx: RequestContext, input: AddClosureInput): Promise<CapacityChange | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId, Permission.manageCapacity);
      if (office instanceof NotFound) return office;
      // Under the office's capacity lock, so that two overlapping closures cannot both pass the check.
      await lockOfficeCapacity(em, office.id);
      const range = { from: input.date, until: input.until ?? input.date };
      const existing = await em.find(Closure, { office, until: { $gte: range.from } });
      const problems = closureProblems(
        range,
        localDateOf(ctx.clock.now(), office.timeZone),
        existing.map((other) => ({ from: other.date, until: other.until })),
      );
      if (problems.length > 0) return new InvalidInput(problems);
      const closure = em.create(Closure, { office, date: range.from, until: range.until, reason: input.reason.trim() } as Closure);
      return this.applyChange(em, ctx, 'addClosure', office, { closure });
    });
  }

  async removeClosure(ctx: RequestContext, input: RemoveClosureInput): Promise<CapacityChange | NotFound> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const closure = await closureToManage(em, ctx, input.closureId);
      if (closure instanceof NotFound) return closure;
      em.remove(closure);
      return this.applyChange(em, ctx, 'removeClosure', closure.office, {});
    });
  }

  /**
   * The slots of a week and the appointments hit, as they would be with one rule edited, added or
   * left out: the change is made and the slots rebuilt as a real change would, then rolled back.
   */
  async previewCapacity(ctx: RequestContext, input: CapacityPreviewInput): Promise<CapacityPreview | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    const weekStart = addDays(input.weekOf, 1 - isoWeekday(input.weekOf));
    try {
      return await inTransaction(ctx.em, async (em) => {
        const office = await managedOffice(em, ctx, input.officeId, Permission.manageCapacity);
        if (office instanceof NotFound) return office;
        await lockOfficeCapacity(em, office.id);
        const rule = input.ruleId ? await managedRule(em, ctx, input.ruleId) : null;
        if (rule instanceof NotFound || (rule && rule.office.id !== office.id)) return new NotFound(`Office ${office.id} has no capacity rule ${input.ruleId}.`);
        if (input.rule) {
          const problems = ruleProblems(input.rule, await em.find(CapacityRule, rule ? { office, id: { $ne: rule.id } } : { office }));
          if (problems.length > 0) return new InvalidInput(problems);
          assignRule(rule ?? em.create(CapacityRule, { office } as CapacityRule), input.rule);
        } else if (rule) {
          em.remove(rule);
        }
        await em.flush();
        const { affectedAppointmentIds } = await materializeSlots(em, office.id, ctx.clock.now());
        const { timeZone, rules, isClosed } = await officeCalendar(em, office.id);
        const planned = planSlots({ timeZone, rules, from: weekStart, to: addDays(weekStart, 6), isClosed });
        const taken = new Map(
          (await em.execute<{ start_at: string | Date; taken: number }[]>('select start_at, taken from slot where office_id = ? and local_date between ?::date and ?::date', [office.id, weekStart, addDays(weekStart, 6)])).map((row) => [
            sqlInstant(row.start_at).getTime(),
            row.taken,
          ]),
        );
        const preview = Object.assign(new CapacityPreview(), {
          office,
          weekStart,
          slots: planned.map((slot) => ({ start: slot.start, end: slot.end, date: slot.localDate, publicCapacity: slot.publicCapacity, internCapacity: slot.internCapacity, taken: taken.get(slot.start.getTime()) ?? 0 })),
          affectedAppointments: await loadAppointmentViews(em, affectedAppointmentIds),
        });
        throw new RolledBackPreview(preview);
      });
    } catch (error) {
      if (error instanceof RolledBackPreview) return error.preview;
      throw error;
    }
  }

  async capacityRules(ctx: RequestContext, office: Office): Promise<CapacityRule[]> {
    authorize(ctx, Permission.viewOfficeAdministration, office.id);
    return ctx.em.find(CapacityRule, { office }, { orderBy: { validFrom: 'asc', id: 'asc' } });
  }

  /** Public: when citizens may expect new appointments at the office (closed days release nothing). */
  async bookingRelease(ctx: RequestContext, office: Office): Promise<BookingRelease | null> {
    return nextBookingRelease({ ...(await officeCalendar(ctx.em, office.id)), now: ctx.clock.now() });
  }

  async closures(ctx: RequestContext, office: Office): Promise<Closure[]> {
    const today = localDateOf(ctx.clock.now(), office.timeZone);
    return ctx.em.find(Closure, { office, until: { $gte: today } }, { orderBy: { date: 'asc' } });
  }

  /** The booked appointments on a closure's days: open (neither cancelled nor kept yet) or kept. */
  async closureAppointments(ctx: RequestContext, closure: Closure, which: 'open' | 'kept'): Promise<AppointmentView[]> {
    authorize(ctx, Permission.viewOfficeAdministration, closure.office.id);
    return loadAppointmentViews(ctx.em, await closureAppointmentIds(ctx.em, closure, which));
  }

  /** Marks booked appointments on closed days as kept: they stay as booked and are no longer open. */
  async keepClosureAppointments(ctx: RequestContext, input: KeepClosureAppointmentsInput): Promise<Closure | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageCapacity);
    return inTransaction(ctx.em, async (em) => {
      const closure = await closureToManage(em, ctx, input.closureId);
      if (closure instanceof NotFound) return closure;
      await lockOfficeCapacity(em, closure.office.id);
      // Kept ones may be named again: a repeated click changes nothing.
      const onClosedDays = new Set([...(await closureAppointmentIds(em, closure, 'open')), ...closure.keptAppointmentIds].map(String));
      const strangers = [...input.appointmentIds.entries()].filter(([, id]) => !onClosedDays.has(id));
      if (strangers.length > 0) return new InvalidInput(strangers.map(([index]) => ({ field: 'appointmentIds', message: `appointmentIds[${index}] is not an open booking on the closed days.` })));
      await em.execute('update closure set kept_appointment_ids = array(select distinct unnest(kept_appointment_ids || ?::bigint[]) order by 1) where id = ?', [sqlArray(input.appointmentIds.map(Number)), closure.id]);
      await bumpOfficeVersion(em, closure.office.id);
      await audit(em, ctx, 'keepClosureAppointments', closure.office.id, { closureId: closure.id, kept: input.appointmentIds.length });
      await em.refresh(closure);
      return closure;
    });
  }

  /** Job: materialises the next day that comes into reach of the office's booking window. */
  async extendWindow(em: EntityManager, officeKey: string, now: Date): Promise<Date | null> {
    const officeId = Number(officeKey);
    const [exists] = await em.execute('select 1 from office where id = ?', [officeId]);
    if (!exists) return null;
    return (await materializeSlots(em, officeId, now)).nextExtensionAt;
  }
}
