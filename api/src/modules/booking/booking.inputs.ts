import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MessageLanguage } from '../../platform/graphql/languages';
import { ServiceQuantityInput } from '../slots/availability.types';
import { BookingFieldValueInput } from './custom-fields.types';

@InputType({ description: 'A slot chain to hold: the office, the services and the start of the first slot.' })
export class ReserveSlotInput {
  @Field(() => ID, { description: 'The office, from availableSlots.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { nullable: true, description: 'Services in the order they are served, one person each; one service may appear more than once. Give this or services.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ServiceQuantityInput], {
    nullable: true,
    description: "Services in the order they are served, each with the persons it is for (1 up to the office's maxPersonsPerService); each person takes the service's slots again. Give this or serviceIds.",
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  services?: ServiceQuantityInput[] | null;

  @Field(() => Date, { description: "Start of the first slot, one of availableSlots' startTimes." })
  start!: Date;

  @Field(() => String, { nullable: true, description: 'The solved proofOfWorkChallenge (base64 ALTCHA payload); anonymous callers need it where the server asks for it.' })
  @IsOptional()
  @MaxLength(2000)
  proofOfWork?: string | null;
}

@InputType({ description: 'Contact data; online bookings need an email address, the 115 an email or a phone number.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'Name of the citizen; needed online and by the 115.' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address; needed online (portal, partners), by the 115 unless a phone number is given.' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, digits with + ( ) / - and spaces.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: 'Confirms a reservation with the contact data of the citizen.' })
export class ConfirmAppointmentInput {
  @Field(() => String, { description: 'The token reserveSlot answered with.' })
  @MaxLength(100)
  reservationToken!: string;

  @Field(() => ContactInput, { description: "The citizen's contact data, checked by the channel's rules." })
  @ValidateNested()
  contact!: ContactInput;

  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the mails, SMS and calendar files about this appointment, and of the service names in them; default German.' })
  @IsOptional()
  language?: MessageLanguage | null;

  @Field(() => [BookingFieldValueInput], { nullable: true, description: "Answers to the office's extra booking fields (Office.bookingForm), by key; required ones missing are answered with InvalidBookingFields." })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  fields?: BookingFieldValueInput[] | null;

  @Field(() => String, { nullable: true, description: "Free remarks, where the office's bookingForm takes them (at most its remarksMaxLength characters)." })
  @IsOptional()
  @MaxLength(4000)
  remarks?: string | null;
}

@InputType({ description: 'A reservation to give up before it is confirmed.' })
export class ReleaseReservationInput {
  @Field(() => String, { description: 'The token reserveSlot answered with.' })
  @MaxLength(100)
  reservationToken!: string;
}

@InputType({ description: 'Identifies an appointment to its holder: the number and the secret.' })
export class AppointmentAccessInput {
  @Field(() => Int, { description: 'The appointment number.' })
  number!: number;

  @Field(() => String, { description: 'The secret confirmAppointment answered with.' })
  @MaxLength(100)
  secret!: string;
}

@InputType({ description: 'The appointment to cancel: its number and secret.' })
export class CancelAppointmentInput extends AppointmentAccessInput {
  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the notice and of later messages; default the one chosen when booking.' })
  @IsOptional()
  language?: MessageLanguage | null;
}

@InputType({ description: 'Moves an appointment; the new slots are secured before the old ones are released.' })
export class RescheduleAppointmentInput extends AppointmentAccessInput {
  @Field(() => Date, { description: "The new start, one of availableSlots' startTimes." })
  start!: Date;

  @Field(() => ID, { nullable: true, description: 'Another office; default the current one.' })
  @IsOptional()
  @MaxLength(20)
  officeId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other services, one person each; default the current ones. Not with services.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ServiceQuantityInput], { nullable: true, description: 'Other services or other numbers of persons; default the current ones. Not with serviceIds.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  services?: ServiceQuantityInput[] | null;

  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the confirmation of the move, its calendar file and later messages; default the one chosen when booking.' })
  @IsOptional()
  language?: MessageLanguage | null;
}

@InputType({ description: 'A signed token from a link in a mail (the fragment `#token=…` of the portal page).' })
export class LinkTokenInput {
  @Field(() => String, { description: 'The token, as the link carried it.' })
  @MaxLength(400)
  token!: string;
}

@InputType({ description: 'Appointments an office cancels, e.g. after a closure; their citizens are told why.' })
export class CancelOfficeAppointmentsInput {
  @Field(() => ID, { description: 'The office whose appointments these are.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => [ID], { description: 'Ids of the appointments (as rule and closure changes answer them).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @MaxLength(20, { each: true })
  appointmentIds!: string[];

  @Field(() => String, { description: 'Why, in words for the citizen (put in the notice mail).' })
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}
