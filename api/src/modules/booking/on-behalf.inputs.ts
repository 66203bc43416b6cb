import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ServiceQuantityInput } from '../slots/availability.types';
import { ContactInput } from './booking.inputs';

@InputType({ description: 'The appointment to act on: staff name it by id; the 115 by its number with the email address or phone number the caller gives.' })
export class AppointmentReferenceInput {
  @Field(() => ID, { nullable: true, description: 'Staff: the appointment, from appointmentSearch.' })
  @IsOptional()
  @MaxLength(40)
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The 115: the appointment number the caller gives.' })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'The 115: the email address of the booking, as the caller gives it.' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The 115: the phone number of the booking, as the caller gives it (any spelling).' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: 'What the caller of the 115 knows of an appointment: its number, and the email address or the phone number of the booking.' })
export class HotlineAppointmentInput {
  @Field(() => Int, { description: 'The appointment number.' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'The email address of the booking.' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number of the booking, in any spelling.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: "Cancels an appointment on the citizen's behalf." })
export class CancelAppointmentOnBehalfInput {
  @Field(() => AppointmentReferenceInput, { description: 'Which appointment.' })
  @ValidateNested()
  appointment!: AppointmentReferenceInput;

  @Field(() => String, { nullable: true, description: 'Why, in words for the citizen (put in the notice); staff must give one.' })
  @IsOptional()
  @MinLength(3)
  @MaxLength(500)
  reason?: string | null;
}

@InputType({ description: "Moves an appointment on the citizen's behalf, atomically: it keeps its old time unless the new one is secured." })
export class RescheduleAppointmentOnBehalfInput {
  @Field(() => AppointmentReferenceInput, { description: 'Which appointment.' })
  @ValidateNested()
  appointment!: AppointmentReferenceInput;

  @Field(() => Date, { description: "The new start, one of availableSlots' startTimes (staff: of the intern contingent)." })
  start!: Date;

  @Field(() => ID, { nullable: true, description: 'Another office; default the current one.' })
  @IsOptional()
  @MaxLength(40)
  officeId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other services, one person each; default the current ones. Not with services.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(40, { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ServiceQuantityInput], { nullable: true, description: 'Other services or other numbers of persons; default the current ones. Not with serviceIds.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  services?: ServiceQuantityInput[] | null;
}

@InputType({ description: 'Staff correct the contact data of a booking (a typo in the address, a new phone number).' })
export class CorrectAppointmentContactInput {
  @Field(() => ID, { description: 'The appointment, from appointmentSearch.' })
  @MaxLength(40)
  appointmentId!: string;

  @Field(() => ContactInput, { description: "The whole contact as it should be, checked by the booking channel's rules." })
  @ValidateNested()
  contact!: ContactInput;
}

@InputType({ description: 'Sends the confirmation of a booked appointment again, with a fresh code that replaces the old one.' })
export class ResendAppointmentConfirmationInput {
  @Field(() => AppointmentReferenceInput, { description: 'Which appointment.' })
  @ValidateNested()
  appointment!: AppointmentReferenceInput;
}
