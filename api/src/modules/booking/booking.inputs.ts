import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A slot chain to hold: the office, the services and the start of the first slot.' })
export class ReserveSlotInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { description: 'Services in the order they are served; one service may appear more than once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds!: string[];

  @Field(() => Date)
  start!: Date;
}

@InputType({ description: 'Contact data; online bookings need an email address, the 115 an email or a phone number.' })
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType()
export class ConfirmAppointmentInput {
  @Field(() => String, { description: 'The token reserveSlot answered with.' })
  @MaxLength(100)
  reservationToken!: string;

  @Field(() => ContactInput)
  @ValidateNested()
  contact!: ContactInput;
}

@InputType({ description: 'Identifies an appointment to its holder: the number and the secret.' })
export class AppointmentAccessInput {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  @MaxLength(100)
  secret!: string;
}

@InputType()
export class CancelAppointmentInput extends AppointmentAccessInput {}

@InputType({ description: 'Moves an appointment; the new slots are secured before the old ones are released.' })
export class RescheduleAppointmentInput extends AppointmentAccessInput {
  @Field(() => Date)
  start!: Date;

  @Field(() => ID, { nullable: true, description: 'Another office; default the current one.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other services; default the current ones.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;
}
