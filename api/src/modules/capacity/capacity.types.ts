import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';
import { Office } from '../catalog/office.entity';
import { CapacityRule } from './capacity-rule.entity';
import { Closure } from './closure.entity';

@InputType({ description: 'A capacity rule; omitted optional fields take their defaults.' })
export class CapacityRuleFields {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  weekdays!: number[];

  @Field(() => String, { description: 'HH:MM local time.' })
  @MaxLength(5)
  startTime!: string;

  @Field(() => String, { description: 'HH:MM local time, exclusive.' })
  @MaxLength(5)
  endTime!: string;

  @Field(() => LocalDateScalar)
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(52)
  repeatEveryWeeks: number = 1;

  @Field(() => Int, { defaultValue: 10 })
  slotMinutes: number = 10;

  @Field(() => Int)
  @Min(0)
  @Max(1000)
  publicCounters!: number;

  @Field(() => Int)
  @Min(0)
  @Max(1000)
  internCounters!: number;

  @Field(() => Int, { defaultValue: 1 })
  startInDays: number = 1;

  @Field(() => Int, { defaultValue: 60 })
  endInDays: number = 60;
}

@InputType()
export class CreateCapacityRuleInput extends CapacityRuleFields {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;
}

@InputType()
export class UpdateCapacityRuleInput extends CapacityRuleFields {
  @Field(() => ID)
  @MaxLength(20)
  ruleId!: string;
}

@InputType()
export class DeleteCapacityRuleInput {
  @Field(() => ID)
  @MaxLength(20)
  ruleId!: string;
}

@InputType()
export class AddClosureInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(200)
  reason: string = '';
}

@InputType()
export class RemoveClosureInput {
  @Field(() => ID)
  @MaxLength(20)
  closureId!: string;
}

@ObjectType({ description: 'The outcome of a change to capacity: never drops appointments silently, it lists those it hits.' })
export class CapacityChange {
  @Field(() => Office)
  office!: Office;

  @Field(() => CapacityRule, { nullable: true, description: 'The rule created or changed; null when one was deleted.' })
  rule!: CapacityRule | null;

  @Field(() => Closure, { nullable: true, description: 'The closure added; null otherwise.' })
  closure!: Closure | null;

  @Field(() => [AppointmentView], { description: 'Booked appointments whose slots now exceed the capacity left: to move or cancel.' })
  affectedAppointments!: AppointmentView[];
}

export const CapacityChangeResult = createUnionType({
  name: 'CapacityChangeResult',
  types: () => [CapacityChange, NotFound, InvalidInput] as const,
});
