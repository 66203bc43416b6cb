import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { LocalDateScalar } from '../../platform/graphql/scalars';

@InputType({ description: 'Whose statistics and for which days: one office or one office group, and a range of at most 366 days.' })
export class StatisticsInput {
  @Field(() => ID, { nullable: true, description: 'The office; give it or groupId, not both.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office group: its offices together; needs the admin right at each.' })
  @IsOptional()
  @MaxLength(20)
  groupId?: string | null;

  @Field(() => LocalDateScalar, { description: 'First day, inclusive.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, inclusive.' })
  to!: string;
}

@ObjectType({ description: 'Booked appointments of one channel.' })
export class ChannelCount {
  @Field(() => Channel, { description: 'How they were booked.' })
  channel!: Channel;

  @Field(() => Int, { description: 'Appointments booked (confirmed or later), without holds and cancellations.' })
  appointments!: number;
}

@ObjectType({ description: 'Waiting times of the customers who arrived in one hour of the day.' })
export class HourlyWaiting {
  @Field(() => Int, { description: 'Local hour of arrival, 0..23 (Europe/Berlin).' })
  hour!: number;

  @Field(() => Int, { description: 'Customers who arrived in this hour and were called.' })
  customers!: number;

  @Field(() => Float, { description: 'Mean minutes from arrival to the first call.' })
  meanMinutes!: number;

  @Field(() => Float, { description: '90th percentile (nearest rank) of the minutes from arrival to the first call.' })
  p90Minutes!: number;
}

@ObjectType({ description: 'How long customers of one service took at the counter.' })
export class ServiceTime {
  serviceId!: number;

  @Field(() => Int, { description: 'Finished visits that included it.' })
  customers!: number;

  @Field(() => Float, { description: 'Mean minutes at the counter; a visit for several services is split evenly between them.' })
  meanMinutes!: number;
}

@ObjectType({ description: 'Slot utilisation of one day: appointment capacity offered and booked.' })
export class DayUtilisation {
  @Field(() => LocalDateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => Int, { description: 'Slot places offered: every slot counts its counters (intern capacity).' })
  offered!: number;

  @Field(() => Int, { description: 'Slot places held by booked appointments.' })
  booked!: number;
}

@ObjectType({ description: "Figures of an office or group over a range of days, from the days' records; no personal data." })
export class Statistics {
  officeIds!: number[];

  @Field(() => LocalDateScalar, { description: 'First day, inclusive.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, inclusive.' })
  to!: string;

  @Field(() => Int, { description: 'Appointments booked for these days (confirmed or later).' })
  appointments!: number;

  @Field(() => [ChannelCount], { description: 'Booked appointments by channel, every channel listed.' })
  appointmentsByChannel!: ChannelCount[];

  @Field(() => Int, { description: 'Appointments of these days that were cancelled.' })
  cancelled!: number;

  @Field(() => Int, { description: 'Appointments never checked in by the end of their day.' })
  noShows!: number;

  @Field(() => Int, { description: 'Walk-in customers (tickets).' })
  walkIns!: number;

  @Field(() => Int, { description: 'Customers served to the end (appointments and walk-ins).' })
  served!: number;

  @Field(() => Int, { description: 'Customers who missed their calls (or were left in the queue at day end).' })
  missed!: number;

  @Field(() => [HourlyWaiting], { description: 'Waiting time per hour of arrival, hours without customers left out.' })
  waitingByHour!: HourlyWaiting[];

  @Field(() => [ServiceTime], { description: 'Time at the counter per service, most served first.' })
  serviceTimes!: ServiceTime[];

  @Field(() => [DayUtilisation], { description: 'Slots offered and booked per day with slots.' })
  utilisation!: DayUtilisation[];
}
