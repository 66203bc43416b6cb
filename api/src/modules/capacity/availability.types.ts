import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';

@InputType({ description: 'Services wanted (one appointment), and where to look; no offices means every office offering them.' })
export class AvailabilityRequestInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds!: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(20, { each: true })
  officeIds?: string[] | null;
}

@InputType()
export class AvailableDaysInput extends AvailabilityRequestInput {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Inclusive; at most 92 days after from.' })
  to!: string;
}

@InputType()
export class AvailableSlotsInput extends AvailabilityRequestInput {
  @Field(() => LocalDateScalar)
  date!: string;
}

@ObjectType({ description: 'A day on which at least one office has a long enough run of free slots.' })
export class AvailableDay {
  @Field(() => LocalDateScalar)
  date!: string;

  officeIds!: number[];
}

@ObjectType({ description: 'The start times one office can book the request at on one day.' })
export class OfficeSlots {
  officeId!: number;

  @Field(() => Int, { description: 'The office version this answer reflects; apply only newer events.' })
  version!: number;

  @Field(() => [Date])
  startTimes!: Date[];
}

export enum AvailabilityChangeReason {
  taken = 'taken',
  freed = 'freed',
  calendar = 'calendar',
}
registerEnumType(AvailabilityChangeReason, { name: 'AvailabilityChangeReason', description: 'taken: booked or held; freed: a hold expired or a release delay ended; calendar: rules, closures or a new day.' });

@ObjectType({ description: "A committed change of an office's free capacity; refetch availability for these days if the version is newer than yours." })
export class AvailabilityEvent {
  officeId!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => [LocalDateScalar], { description: 'Days that changed; empty means any day.' })
  dates!: string[];

  @Field(() => AvailabilityChangeReason)
  reason!: AvailabilityChangeReason;
}
