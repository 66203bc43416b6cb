import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../platform/graphql/scalars';

@InputType({ description: 'One service of a booking and how many persons it is for: each person needs its slots again.' })
export class ServiceQuantityInput {
  @Field(() => ID, { description: 'The service.' })
  @MaxLength(40)
  serviceId!: string;

  @Field(() => Int, { description: "Persons, 1 up to the office's maxPersonsPerService." })
  @IsInt()
  quantity!: number;
}

@InputType({ description: 'Services wanted (one appointment), and where to look; no offices means every office offering them.' })
export class AvailabilityRequestInput {
  @Field(() => [ID], { nullable: true, description: 'Services of one appointment, 1..10, in the order they are served, one person each; their durations add up. Give this or services.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ServiceQuantityInput], {
    nullable: true,
    description: 'Services of one appointment with the persons each is for, 1..10, in the order they are served; only offices whose maxPersonsPerService allows the quantities answer. Give this or serviceIds.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  services?: ServiceQuantityInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Offices to look at, up to 500; omitted or empty means every office offering all the services.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(20, { each: true })
  officeIds?: string[] | null;
}

@InputType({ description: 'Services, where to look, and a range of days (at most 92).' })
export class AvailableDaysInput extends AvailabilityRequestInput {
  @Field(() => LocalDateScalar, { description: 'First day, inclusive.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Inclusive; at most 92 days after from.' })
  to!: string;
}

@InputType({ description: 'Services, where to look, and one day.' })
export class AvailableSlotsInput extends AvailabilityRequestInput {
  @Field(() => LocalDateScalar, { description: "The day, in the offices' time zone." })
  date!: string;
}

@ObjectType({ description: 'A day on which at least one office has a long enough run of free slots.' })
export class AvailableDay {
  @Field(() => LocalDateScalar, { description: "The day, in the offices' time zone." })
  date!: string;

  /** Ids in ascending order; the offices themselves load only when asked for (a month view needs the count). */
  officeIds!: number[];

  @Field(() => Int, { description: 'How many offices have room for the request on this day: what a month view shows, without naming each office.' })
  get officeCount(): number {
    return this.officeIds.length;
  }
}

@ObjectType({ description: 'The start times one office can book the request at on one day.' })
export class OfficeSlots {
  officeId!: number;

  @Field(() => Int, { description: 'The office version this answer reflects; apply only newer events.' })
  version!: number;

  @Field(() => [Date], { description: "Instants at which a run of free slots long enough for the services begins, in order; pass one as reserveSlot's start." })
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

  @Field(() => Int, { description: 'The office version after the change; ignore events not newer than your snapshot.' })
  version!: number;

  @Field(() => [LocalDateScalar], { description: 'Days that changed; empty means any day.' })
  dates!: string[];

  @Field(() => AvailabilityChangeReason, { description: 'What changed.' })
  reason!: AvailabilityChangeReason;
}
