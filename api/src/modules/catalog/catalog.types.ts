import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { Counter } from './counter.entity';
import { OfficeGroup } from './office-group.entity';
import { Office } from './office.entity';
import { OfficeService, Service } from './service.entity';

export const ServiceConnection = Connection(Service, 'Service');
export const OfficeConnection = Connection(Office, 'Office');

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

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
}

@InputType()
export class AddressInput {
  @Field(() => String)
  @MaxLength(200)
  street!: string;

  @Field(() => String)
  @MaxLength(20)
  houseNumber!: string;

  @Field(() => String)
  @MaxLength(10)
  postalCode!: string;

  @Field(() => String, { defaultValue: 'Berlin' })
  @MaxLength(100)
  city: string = 'Berlin';
}

@InputType()
export class CreateOfficeInput {
  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => AddressInput)
  @ValidateNested()
  address!: AddressInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  url?: string | null;
}

@InputType({ description: 'Settings to change; omitted ones stay as they are.' })
export class UpdateOfficeSettingsInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(240)
  reservationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1440)
  releaseDelayMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10)
  maxServicesPerAppointment?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  doubleOptIn?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(99_999)
  ticketFirstNumber?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(99_999)
  ticketLastNumber?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(99_999)
  ticketDailyContingent?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4)
  ticketPrefix?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(240)
  checkInEarlyMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(240)
  checkInLateMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10)
  maxCalls?: number | null;
}

@InputType()
export class OpeningHoursInput {
  @Field(() => [Int])
  @ArrayMaxSize(7)
  weekdays!: number[];

  @Field(() => String, { description: 'HH:MM' })
  @MaxLength(5)
  open!: string;

  @Field(() => String, { description: 'HH:MM' })
  @MaxLength(5)
  close!: string;
}

@InputType()
export class SetOpeningHoursInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => [OpeningHoursInput])
  @ValidateNested()
  @ArrayMaxSize(21)
  hours!: OpeningHoursInput[];
}

@InputType()
export class CreateServiceInput {
  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  url?: string | null;
}

@InputType({ description: 'Offers a service at an office, or changes how it is offered.' })
export class SetOfficeServiceInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => ID)
  @MaxLength(20)
  serviceId!: string;

  @Field(() => Int, { description: 'Consecutive slots it takes, 1..20.' })
  @Min(1)
  @Max(20)
  durationSlots!: number;

  @Field(() => Boolean, { defaultValue: true })
  bookableOnline: boolean = true;
}

@InputType()
export class RemoveOfficeServiceInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => ID)
  @MaxLength(20)
  serviceId!: string;
}

@InputType()
export class CreateCounterInput {
  @Field(() => ID)
  @MaxLength(20)
  officeId!: string;

  @Field(() => String)
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  room?: string | null;
}

@InputType()
export class UpdateCounterInput {
  @Field(() => ID)
  @MaxLength(20)
  counterId!: string;

  @Field(() => String)
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  room?: string | null;
}

@InputType()
export class DeleteCounterInput {
  @Field(() => ID)
  @MaxLength(20)
  counterId!: string;
}

@InputType()
export class OfficeGroupInput {
  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @MaxLength(20, { each: true })
  officeIds!: string[];
}

@InputType()
export class UpdateOfficeGroupInput extends OfficeGroupInput {
  @Field(() => ID)
  @MaxLength(20)
  groupId!: string;
}

@InputType()
export class DeleteOfficeGroupInput {
  @Field(() => ID)
  @MaxLength(20)
  groupId!: string;
}

@ObjectType({ description: 'Confirms a deletion.' })
export class Deleted {
  @Field(() => ID)
  id!: string;
}

export const OfficeResult = createUnionType({ name: 'OfficeResult', types: () => [Office, NotFound, InvalidInput] as const });
export const ServiceResult = createUnionType({ name: 'ServiceResult', types: () => [Service, InvalidInput] as const });
export const OfficeServiceResult = createUnionType({ name: 'OfficeServiceResult', types: () => [OfficeService, NotFound, InvalidInput] as const });
export const CounterResult = createUnionType({ name: 'CounterResult', types: () => [Counter, NotFound, InvalidInput] as const });
export const OfficeGroupResult = createUnionType({ name: 'OfficeGroupResult', types: () => [OfficeGroup, NotFound, InvalidInput] as const });
export const DeleteResult = createUnionType({ name: 'DeleteResult', types: () => [Deleted, NotFound] as const });
