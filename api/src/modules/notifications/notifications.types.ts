import { ArrayMaxSize, ArrayMinSize, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidInput, NotFound, ReservationExpired } from '../../platform/graphql/errors';
import { AppointmentView } from '../booking/booking.types';

/** Languages of the messages to a citizen. */
export enum MessageLanguage {
  de = 'de',
  en = 'en',
}
registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description: 'Language of the mails and SMS to the citizen.',
  valuesConfig: { de: { description: 'German (the default).' }, en: { description: 'English.' } },
});

@InputType({ description: 'A signed token from a link in a mail (the fragment `#token=…` of the portal page).' })
export class LinkTokenInput {
  @Field(() => String, { description: 'The token, as the link carried it.' })
  @MaxLength(400)
  token!: string;
}

@InputType({ description: "Appointments an office cancels, e.g. after a closure; their citizens are told why." })
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

@ObjectType({ description: 'The appointments an office cancelled; each citizen with contact data gets a notice.' })
export class CancelledAppointments {
  @Field(() => [AppointmentView], { description: 'The cancelled appointments.' })
  appointments!: AppointmentView[];
}

export const CancelOfficeAppointmentsResult = createUnionType({
  name: 'CancelOfficeAppointmentsResult',
  description: 'The cancelled appointments, or why none was cancelled.',
  types: () => [CancelledAppointments, NotFound, InvalidInput] as const,
});

export const AppointmentByLinkResult = createUnionType({
  name: 'AppointmentByLinkResult',
  description: 'The appointment after the one click of a mail link, or why not.',
  types: () => [AppointmentView, NotFound, ReservationExpired, InvalidInput] as const,
});
