import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { maxCounters, maxRepeatWeeks } from '../../domain/calendar/capacity-plan';
import { maxClosureDays } from '../../domain/calendar/closures';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';
import { Office } from '../catalog/office.entity';
import { CapacityRule } from './capacity-rule.entity';
import { Closure } from './closure.entity';

@ObjectType({ description: "When an office's next appointments become bookable online: each day, at the daily start of its capacity rules, one more day enters the window." })
export class BookingReleaseView {
  @Field(() => Int, { description: 'How many days ahead citizens can book.' })
  daysAhead!: number;

  @Field(() => String, { description: "Local time of day, HH:MM in the office's time zone, at which a new day is released." })
  releaseTime!: string;

  @Field(() => Date, { description: 'The next instant at which a new day is released.' })
  nextReleaseAt!: Date;

  @Field(() => LocalDateScalar, { description: 'The day that becomes bookable then.' })
  nextReleasedDate!: string;
}

@InputType({ description: 'A capacity rule; omitted optional fields take their defaults.' })
export class CapacityRuleFields {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday; at least one.' })
  @ArrayMaxSize(7)
  weekdays!: number[];

  @Field(() => String, { description: 'HH:MM local time.' })
  @MaxLength(5)
  startTime!: string;

  @Field(() => String, { description: 'HH:MM local time, exclusive.' })
  @MaxLength(5)
  endTime!: string;

  @Field(() => LocalDateScalar, { description: 'First day the rule applies.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the rule applies; null or omitted = open-ended.' })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => Int, { defaultValue: 1, description: `Applies every N weeks (1..${maxRepeatWeeks}), counted from the week of validFrom; default 1.` })
  repeatEveryWeeks: number = 1;

  @Field(() => Int, { defaultValue: 10, description: 'Slot length in minutes, 5..120, dividing the daily range; one office uses one slot length. Default 10.' })
  slotMinutes: number = 10;

  @Field(() => Int, { description: `Counters serving in parallel for bookings of the public (portal, partners, 115), 0..${maxCounters}.` })
  publicCounters!: number;

  @Field(() => Int, { description: `Counters serving in parallel for bookings by staff on site, 0..${maxCounters}; at least publicCounters, since both limit one count of what is taken.` })
  internCounters!: number;

  @Field(() => Int, { defaultValue: 1, description: 'Lead time in days: closer days are bookable by staff only. Default 1.' })
  startInDays: number = 1;

  @Field(() => Int, { defaultValue: 60, description: 'How many days ahead the booking window reaches, 0..365, not below startInDays. Default 60.' })
  endInDays: number = 60;
}

@InputType({ description: 'A new capacity rule (ZMS availability) of an office.' })
export class CreateCapacityRuleInput extends CapacityRuleFields {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;
}

@InputType({ description: 'Replaces the fields of a capacity rule; omitted optional fields take their defaults.' })
export class UpdateCapacityRuleInput extends CapacityRuleFields {
  @Field(() => ID, { description: 'The rule to change.' })
  @MaxLength(20)
  ruleId!: string;
}

@InputType({ description: 'Deletes a capacity rule.' })
export class DeleteCapacityRuleInput {
  @Field(() => ID, { description: 'The rule to delete.' })
  @MaxLength(20)
  ruleId!: string;
}

@InputType({ description: 'Closes an office for a day or for days in a row.' })
export class AddClosureInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => LocalDateScalar, { description: 'The first day it is closed, today or later.' })
  date!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: `The last day it is closed, at most ${maxClosureDays} days from the first; omitted or null: the first day only.` })
  @IsOptional()
  until?: string | null;

  @Field(() => String, { defaultValue: '', description: 'Why, for staff, e.g. "Betriebsausflug"; up to 200 characters.' })
  @MaxLength(200)
  reason: string = '';
}

@InputType({ description: 'Reopens closed days.' })
export class RemoveClosureInput {
  @Field(() => ID, { description: 'The closure to remove.' })
  @MaxLength(20)
  closureId!: string;
}

@ObjectType({ description: 'The outcome of a change to capacity: never drops appointments silently, it lists those it hits.' })
export class CapacityChange {
  @Field(() => Office, { description: 'The office changed.' })
  office!: Office;

  @Field(() => CapacityRule, { nullable: true, description: 'The rule created or changed; null when one was deleted.' })
  rule!: CapacityRule | null;

  @Field(() => Closure, { nullable: true, description: 'The closure added; null otherwise.' })
  closure!: Closure | null;

  @Field(() => [AppointmentView], {
    description:
      'Booked appointments the change hits, to cancel (cancelOfficeAppointments) or keep: for a closure those on its days; for a rule change those whose slots now exceed the capacity left, except those on closed days, which their closure lists (Closure.openAppointments).',
  })
  affectedAppointments!: AppointmentView[];
}

@InputType({ description: 'Booked appointments on closed days that the office keeps: they are served as booked and no longer listed as open.' })
export class KeepClosureAppointmentsInput {
  @Field(() => ID, { description: 'The closure.' })
  @MaxLength(20)
  closureId!: string;

  @Field(() => [ID], { description: 'Appointments of Closure.openAppointments to keep.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @MaxLength(20, { each: true })
  appointmentIds!: string[];
}

export const KeepClosureAppointmentsResult = createUnionType({
  name: 'KeepClosureAppointmentsResult',
  description: 'The closure with the appointments now kept, or why none was.',
  types: () => [Closure, NotFound, InvalidInput] as const,
});

export const CapacityChangeResult = createUnionType({
  name: 'CapacityChangeResult',
  description: 'The change with the appointments it hits, or why not.',
  types: () => [CapacityChange, NotFound, InvalidInput] as const,
});

@InputType({ description: 'What to preview: the rules of an office as saved, with one rule edited, added or left out, for one week.' })
export class CapacityPreviewInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => LocalDateScalar, { description: 'Any day of the week to show (Monday to Sunday).' })
  weekOf!: string;

  @Field(() => ID, { nullable: true, description: 'A rule of the office to replace by `rule`, or to leave out when `rule` is omitted.' })
  @IsOptional()
  @MaxLength(20)
  ruleId?: string | null;

  @Field(() => CapacityRuleFields, { nullable: true, description: 'The rule as edited (with ruleId) or a new rule (without); omitted: the saved rules, without ruleId if given.' })
  @IsOptional()
  @ValidateNested()
  rule?: CapacityRuleFields | null;
}

@ObjectType({ description: 'A slot the previewed rules produce, with what is booked of it now.' })
export class PreviewSlot {
  @Field(() => Date, { description: 'Start of the slot.' })
  start!: Date;

  @Field(() => Date, { description: 'End of the slot.' })
  end!: Date;

  @Field(() => LocalDateScalar, { description: "The slot's day, in the office's time zone." })
  date!: string;

  @Field(() => Int, { description: 'Places for bookings of the public.' })
  publicCapacity!: number;

  @Field(() => Int, { description: 'Places for bookings by staff on site (all counters).' })
  internCapacity!: number;

  @Field(() => Int, { description: 'Places taken now at this start (appointments, holds and tickets).' })
  taken!: number;
}

@ObjectType({ description: 'What a capacity change would do, computed and rolled back: nothing is saved.' })
export class CapacityPreview {
  @Field(() => Office, { description: 'The office.' })
  office!: Office;

  @Field(() => LocalDateScalar, { description: 'Monday of the week shown.' })
  weekStart!: string;

  @Field(() => [PreviewSlot], { description: 'The slots of the week, in order; closed days and holidays have none.' })
  slots!: PreviewSlot[];

  @Field(() => [AppointmentView], { description: 'Booked appointments the change would leave without capacity: to move or cancel.' })
  affectedAppointments!: AppointmentView[];
}

export const CapacityPreviewResult = createUnionType({
  name: 'CapacityPreviewResult',
  description: 'The preview, or why the rule cannot be previewed.',
  types: () => [CapacityPreview, NotFound, InvalidInput] as const,
});
