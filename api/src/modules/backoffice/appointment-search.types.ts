import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentStatus } from '../../domain/booking/appointment-lifecycle';
import { Connection } from '../../platform/graphql/connection';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';

export const AppointmentConnection = Connection(AppointmentView, 'Appointment');

@InputType({ description: 'What to find appointments by; the terms given must all match. Name the appointment (number, name, email, phone) or give a date range of at most 31 days.' })
export class AppointmentSearchInput {
  @Field(() => [ID], { nullable: true, description: 'Only these offices; default every office where the caller holds manageAppointments.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(40, { each: true })
  officeIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The appointment number.' })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (at least 2 characters), regardless of case, accents and umlauts written out.' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The email address or its start, regardless of case.' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number in any spelling (030 …, +49 30 …, 0049 (0)30 …).' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "From this day on (the office's time zone)." })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Up to this day, included (the office's time zone)." })
  @IsOptional()
  to?: string | null;

  @Field(() => [AppointmentStatus], { nullable: true, description: 'Only appointments in one of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: AppointmentStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only appointments with this service.' })
  @IsOptional()
  @MaxLength(40)
  serviceId?: string | null;
}
