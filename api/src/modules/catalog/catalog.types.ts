import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { Counter } from './counter.entity';
import { OfficeGroup } from './office-group.entity';
import { Office } from './office.entity';
import { rangeText } from './office-settings-rules';
import { OfficeService, Service } from './service.entity';

export const ServiceConnection = Connection(Service, 'Service');
export const OfficeConnection = Connection(Office, 'Office');

@ArgsType()
export class OfficesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only offices that offer all of these services.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(20, { each: true })
  serviceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only offices where citizens can book every one of serviceIds online (portal, partners, 115).' })
  @IsOptional()
  bookableOnline?: boolean | null;
}

@InputType({ description: 'Postal address of an office.' })
export class AddressInput {
  @Field(() => String, { description: 'Street name.' })
  @MaxLength(200)
  street!: string;

  @Field(() => String, { description: 'House number, with any suffix (e.g. "12a").' })
  @MaxLength(20)
  houseNumber!: string;

  @Field(() => String, { description: 'Postal code (PLZ), e.g. "10115".' })
  @MaxLength(10)
  postalCode!: string;

  @Field(() => String, { defaultValue: 'Berlin', description: 'City; default Berlin.' })
  @MaxLength(100)
  city: string = 'Berlin';
}

@InputType({ description: 'A new office (admins only). Opening hours, services, capacity and settings are set afterwards.' })
export class CreateOfficeInput {
  @Field(() => String, { description: 'Name shown to citizens, e.g. "Bürgeramt Mitte"; 1..200 characters.' })
  @MaxLength(200)
  name!: string;

  @Field(() => AddressInput, { description: 'Postal address.' })
  @ValidateNested()
  address!: AddressInput;

  @Field(() => String, { nullable: true, description: 'Web page of the office.' })
  @IsOptional()
  @MaxLength(500)
  url?: string | null;

  @Field(() => ID, { nullable: true, description: "The department it belongs to; default the first department of the caller's or the request's organisation." })
  @IsOptional()
  @MaxLength(20)
  departmentId?: string | null;
}

@InputType({ description: 'Settings to change; omitted ones stay as they are.' })
export class UpdateOfficeSettingsInput {
  @Field(() => ID, { description: 'The office to change.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => Int, { nullable: true, description: `Minutes a reservation is held, ${rangeText('reservationMinutes')}.` })
  @IsOptional()
  reservationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Minutes before a cancelled appointment frees its slots, ${rangeText('releaseDelayMinutes')}.` })
  @IsOptional()
  releaseDelayMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Most services one appointment may hold, ${rangeText('maxServicesPerAppointment')}.` })
  @IsOptional()
  maxServicesPerAppointment?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether online bookings need a confirmation of the email address.' })
  @IsOptional()
  doubleOptIn?: boolean | null;

  @Field(() => Int, { nullable: true, description: `Days after an appointment that its contact data is erased, ${rangeText('contactRetentionDays')}.` })
  @IsOptional()
  contactRetentionDays?: number | null;

  @Field(() => Int, { nullable: true, description: `Open bookings a contact with recent no-shows may hold, ${rangeText('noShowLimit')}; 0 sets no limit.` })
  @IsOptional()
  noShowLimit?: number | null;

  @Field(() => String, { nullable: true, description: 'Whose public holidays close the office, e.g. "DE-BE", "DE-BY" or "DE-BY-A" (Augsburg); a change rebuilds its slots.' })
  @IsOptional()
  @MaxLength(20)
  holidayRegion?: string | null;

  @Field(() => Int, { nullable: true, description: `First number of the daily ticket range, ${rangeText('ticketFirstNumber')}; not above ticketLastNumber.` })
  @IsOptional()
  ticketFirstNumber?: number | null;

  @Field(() => Int, { nullable: true, description: `Last number of the daily ticket range, ${rangeText('ticketLastNumber')}.` })
  @IsOptional()
  ticketLastNumber?: number | null;

  @Field(() => Int, { nullable: true, description: `Most wait tickets issued per day, ${rangeText('ticketDailyContingent')}.` })
  @IsOptional()
  ticketDailyContingent?: number | null;

  @Field(() => String, { nullable: true, description: 'Put before ticket numbers, up to 4 characters; empty for none.' })
  @IsOptional()
  @MaxLength(4)
  ticketPrefix?: string | null;

  @Field(() => Int, { nullable: true, description: `Minutes before its time an appointment may check in, ${rangeText('checkInEarlyMinutes')}.` })
  @IsOptional()
  checkInEarlyMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Minutes after its time an appointment may still check in, ${rangeText('checkInLateMinutes')}.` })
  @IsOptional()
  checkInLateMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Calls without answer after which an entry counts as missed, ${rangeText('maxCalls')}.` })
  @IsOptional()
  maxCalls?: number | null;

  @Field(() => Int, { nullable: true, description: `Minutes of waiting after which the lead panel raises its alert, ${rangeText('waitAlertMinutes')}; 0 sets none.` })
  @IsOptional()
  waitAlertMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Most persons one appointment may book a service for, ${rangeText('maxPersonsPerService')}; 1 books for one person only.` })
  @IsOptional()
  maxPersonsPerService?: number | null;

  @Field(() => Int, { nullable: true, description: `Waiting ahead at which a citizen who left a contact is told their turn nears, ${rangeText('headsUpWhenAhead')}; 0 sends no notice by position.` })
  @IsOptional()
  headsUpWhenAhead?: number | null;

  @Field(() => Int, { nullable: true, description: `Estimated minutes of waiting below which a citizen who left a contact is told their turn nears, ${rangeText('headsUpWhenMinutes')}; 0 sends no notice by time.` })
  @IsOptional()
  headsUpWhenMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether citizens may join today's queue from home with a remote ticket." })
  @IsOptional()
  remoteTickets?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A line for the call displays of the office, up to 200 characters; empty for none.' })
  @IsOptional()
  @MaxLength(200)
  displayMessage?: string | null;
}

@InputType({ description: 'One block of weekly opening hours, local time.' })
export class OpeningHoursInput {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @ArrayMaxSize(7)
  weekdays!: number[];

  @Field(() => String, { description: 'HH:MM' })
  @MaxLength(5)
  open!: string;

  @Field(() => String, { description: 'HH:MM' })
  @MaxLength(5)
  close!: string;
}

@InputType({ description: 'The complete weekly opening hours of an office; they replace the current ones.' })
export class SetOpeningHoursInput {
  @Field(() => ID, { description: 'The office to change.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => [OpeningHoursInput], { description: 'Blocks of opening hours, at most 21; an empty list means no opening hours.' })
  @ValidateNested()
  @ArrayMaxSize(21)
  hours!: OpeningHoursInput[];
}

@InputType({ description: 'A new service of the catalogue (admins only); offer it at offices with setOfficeService.' })
export class CreateServiceInput {
  @Field(() => String, { description: 'Name shown to citizens, e.g. "Personalausweis beantragen"; 1..200 characters.' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is, for citizens; up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Page with what to bring and what it costs.' })
  @IsOptional()
  @MaxLength(500)
  url?: string | null;
}

@InputType({ description: 'Offers a service at an office, or changes how it is offered.' })
export class SetOfficeServiceInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => ID, { description: 'The service of the catalogue.' })
  @MaxLength(20)
  serviceId!: string;

  @Field(() => Int, { description: 'Consecutive slots it takes, 1..20.' })
  @Min(1)
  @Max(20)
  durationSlots!: number;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether citizens may book it online (portal, partners, 115); default true.' })
  bookableOnline: boolean = true;
}

@InputType({ description: 'Stops offering a service at an office. Booked appointments stay.' })
export class RemoveOfficeServiceInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => ID, { description: 'The service the office stops offering.' })
  @MaxLength(20)
  serviceId!: string;
}

@InputType({ description: 'A new counter (workstation) of an office.' })
export class CreateCounterInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => String, { description: 'Name shown on call displays, unique within the office, e.g. "Schalter 3".' })
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Room or place, e.g. "Raum 104".' })
  @IsOptional()
  @MaxLength(50)
  room?: string | null;
}

@InputType({ description: 'Renames a counter or changes its room.' })
export class UpdateCounterInput {
  @Field(() => ID, { description: 'The counter.' })
  @MaxLength(20)
  counterId!: string;

  @Field(() => String, { description: 'Name shown on call displays, unique within the office.' })
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Room or place; null for none.' })
  @IsOptional()
  @MaxLength(50)
  room?: string | null;
}

@InputType({ description: 'Deletes a counter.' })
export class DeleteCounterInput {
  @Field(() => ID, { description: 'The counter.' })
  @MaxLength(20)
  counterId!: string;
}

@InputType({ description: 'A new office group (ZMS cluster); changing a group needs the admin right at each of its offices.' })
export class OfficeGroupInput {
  @Field(() => String, { description: 'Unique name of the group.' })
  @MaxLength(200)
  name!: string;

  @Field(() => [ID], { description: 'The member offices; they replace the current ones.' })
  @ArrayMaxSize(200)
  @MaxLength(20, { each: true })
  officeIds!: string[];
}

@InputType({ description: 'Renames an office group and replaces its offices.' })
export class UpdateOfficeGroupInput extends OfficeGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @MaxLength(20)
  groupId!: string;
}

@InputType({ description: 'Deletes an office group; displays and kiosks bound to it go with it.' })
export class DeleteOfficeGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @MaxLength(20)
  groupId!: string;
}

@ObjectType({ description: 'Confirms a deletion.' })
export class Deleted {
  @Field(() => ID, { description: 'Id of what was deleted (for removeOfficeService: the service).' })
  id!: string;
}

export const OfficeResult = createUnionType({ name: 'OfficeResult', description: 'The office, or why not.', types: () => [Office, NotFound, InvalidInput] as const });
export const ServiceResult = createUnionType({ name: 'ServiceResult', description: 'The service, or why not.', types: () => [Service, InvalidInput] as const });
export const OfficeServiceResult = createUnionType({ name: 'OfficeServiceResult', description: 'The service as the office offers it now, or why not.', types: () => [OfficeService, NotFound, InvalidInput] as const });
export const CounterResult = createUnionType({ name: 'CounterResult', description: 'The counter, or why not.', types: () => [Counter, NotFound, InvalidInput] as const });
export const OfficeGroupResult = createUnionType({ name: 'OfficeGroupResult', description: 'The office group, or why not.', types: () => [OfficeGroup, NotFound, InvalidInput] as const });
export const DeleteResult = createUnionType({ name: 'DeleteResult', description: 'The deletion, or why not.', types: () => [Deleted, NotFound] as const });
