import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';
import { OrganisationHoliday } from './organisation-holiday.entity';

@InputType({ description: "Adds a day to an organisation's public holidays: none of its offices has slots on it." })
export class AddOrganisationHolidayInput {
  @Field(() => ID, { description: 'The organisation.' })
  @MaxLength(20)
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'The day, today or later and at most five years ahead.' })
  day!: string;

  @Field(() => String, { description: 'What it is, e.g. "Tag der Befreiung (80. Jahrestag)"; up to 200 characters, not empty.' })
  @MaxLength(200)
  name!: string;
}

@InputType({ description: "Takes a day off an organisation's public holidays: its offices open on it again as their rules say." })
export class RemoveOrganisationHolidayInput {
  @Field(() => ID, { description: 'The day to remove (OrganisationHoliday.id).' })
  @MaxLength(20)
  holidayId!: string;
}

@ObjectType({ description: "An organisation's own public holidays, from today on." })
export class OrganisationHolidays {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field(() => [OrganisationHoliday], { description: 'Its days from today on, in order.' })
  days!: OrganisationHoliday[];
}

@ObjectType({ description: "The outcome of a change to an organisation's public holidays: its offices' slots are rebuilt in the same request." })
export class OrganisationHolidayChange {
  @Field(() => OrganisationHoliday, { description: 'The day added or removed.' })
  holiday!: OrganisationHoliday;

  @Field(() => OrganisationHolidays, { description: "The organisation's days after the change." })
  holidays!: OrganisationHolidays;

  @Field(() => [AppointmentView], {
    description: "Booked appointments at the organisation's offices on the day added, except those a closure already lists: to cancel (cancelOfficeAppointments) or keep. Empty for a removal.",
  })
  affectedAppointments!: AppointmentView[];
}

export const OrganisationHolidaysResult = createUnionType({
  name: 'OrganisationHolidaysResult',
  description: "An organisation's own public holidays, or why not.",
  types: () => [OrganisationHolidays, NotFound] as const,
});

export const OrganisationHolidayChangeResult = createUnionType({
  name: 'OrganisationHolidayChangeResult',
  description: 'The change with the appointments it hits, or why not.',
  types: () => [OrganisationHolidayChange, NotFound, InvalidInput] as const,
});
