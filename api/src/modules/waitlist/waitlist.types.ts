import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { maxWaitlistOffices } from '../../domain/waitlist/offer-rules';
import { InvalidInput, NoShowLimitReached, NotFound, ReservationExpired, TooManyAppointments } from '../../platform/graphql/errors';
import { AppointmentAccessInput, ContactInput } from '../booking/booking.inputs';
import { AppointmentView } from '../booking/booking.types';
import { MessageLanguage } from '../../platform/graphql/languages';

@InputType({ description: 'Joins the waitlist for an earlier slot: with an appointment (number and secret) or without one (services, contact).' })
export class JoinWaitlistInput {
  @Field(() => AppointmentAccessInput, { nullable: true, description: 'The appointment to move forward; its services and contact are used. Omit to wait without one.' })
  @IsOptional()
  @ValidateNested()
  appointment?: AppointmentAccessInput | null;

  @Field(() => [ID], { nullable: true, description: 'Services wanted, without an appointment (with one, its services).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Offices the citizen would go to, at most ${maxWaitlistOffices}; with an appointment default its office.` })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(maxWaitlistOffices)
  @MaxLength(20, { each: true })
  officeIds?: string[] | null;

  @Field(() => ContactInput, { nullable: true, description: 'Name and email address, without an appointment (offers go there).' })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the offers, without an appointment; default German.' })
  @IsOptional()
  language?: MessageLanguage | null;

  @Field(() => Date, { nullable: true, description: 'Only slots starting before this instant are offered (with an appointment, always before it).' })
  @IsOptional()
  startsBefore?: Date | null;
}

@ObjectType({ description: 'A place on the waitlist.' })
export class WaitlistEntryView {
  @Field(() => ID, { description: 'Opaque id of the entry.' })
  id!: string;

  @Field(() => String, { description: 'waiting (offers come by mail), booked (an offer was taken) or left.' })
  status!: string;

  @Field(() => Int, { nullable: true, description: 'Number of the appointment to move forward, if any.' })
  appointmentNumber!: number | null;

  @Field(() => Date, { nullable: true, description: 'Only slots starting before this instant are offered.' })
  startsBefore!: Date | null;

  @Field(() => Date, { description: 'When the citizen joined; the first to join is offered first.' })
  joinedAt!: Date;

  officeIds!: number[];
  serviceIds!: number[];
}

@ObjectType({ description: 'A waitlist entry just made, with the token for its page (also sent by mail).' })
export class WaitlistJoined {
  @Field(() => WaitlistEntryView, { description: 'The entry.' })
  entry!: WaitlistEntryView;

  @Field(() => String, { description: 'Signed token for /portal/waitlist#token=… (see, leave); shown once.' })
  token!: string;
}

@ObjectType({ description: 'A freed slot held for one waitlisted citizen until holdExpiresAt; nobody else can book it meanwhile.' })
export class WaitlistOfferView {
  @Field(() => ID, { description: 'Opaque id of the offer.' })
  id!: string;

  @Field(() => String, { description: 'open (can be taken), taken, lapsed or declined.' })
  status!: string;

  @Field(() => Date, { description: 'Start of the offered slot.' })
  start!: Date;

  @Field(() => Date, { description: 'The hold ends at this instant; then the slot goes to the next in line.' })
  holdExpiresAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Number of the appointment that taking the offer moves here, if any.' })
  appointmentNumber!: number | null;

  officeId!: number;
  serviceIds!: number[];
}

@ObjectType({ description: 'The appointment after taking an offer: moved (with an appointment) or newly booked.' })
export class WaitlistOfferTaken {
  @Field(() => AppointmentView, { description: 'The appointment at the offered time.' })
  appointment!: AppointmentView;

  @Field(() => String, { nullable: true, description: 'For a new booking only: the secret to manage it, shown once (the number is on the appointment).' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'For a new booking only: the portal page to manage it, with the secret in the fragment.' })
  manageUrl!: string | null;
}

export const JoinWaitlistResult = createUnionType({
  name: 'JoinWaitlistResult',
  description: 'The entry, or why the citizen could not join (without an appointment, TooManyAppointments or NoShowLimitReached when the contact may book at none of the offices now).',
  types: () => [WaitlistJoined, TooManyAppointments, NoShowLimitReached, NotFound, InvalidInput] as const,
});

export const LeaveWaitlistResult = createUnionType({
  name: 'LeaveWaitlistResult',
  description: 'The entry after leaving, or why not.',
  types: () => [WaitlistEntryView, NotFound] as const,
});

export const TakeWaitlistOfferResult = createUnionType({
  name: 'TakeWaitlistOfferResult',
  description: "The appointment at the offered time, or why not (the hold ran out: ReservationExpired; a new booking over the contact's limits: TooManyAppointments or NoShowLimitReached, and the slot goes to the next in line at once).",
  types: () => [WaitlistOfferTaken, ReservationExpired, TooManyAppointments, NoShowLimitReached, NotFound, InvalidInput] as const,
});

export const DeclineWaitlistOfferResult = createUnionType({
  name: 'DeclineWaitlistOfferResult',
  description: 'The declined offer (its slot goes to the next in line), or why not.',
  types: () => [WaitlistOfferView, NotFound, InvalidInput] as const,
});
