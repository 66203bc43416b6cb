import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';

@ObjectType({ description: "One day of an office's day plan." })
export class DayPlanDay {
  @Field(() => LocalDateScalar, { description: "The day, in the office's time zone." })
  date!: string;

  @Field(() => [AppointmentView], { description: 'The appointments booked for the day in time order, whatever became of them (checked in, served, no-show); holds, expired and cancelled ones are left out.' })
  appointments!: AppointmentView[];
}

@ObjectType({ description: "An office's appointments for one day or up to a week, as its staff plan the day with them." })
export class DayPlan {
  officeId!: number;

  @Field(() => LocalDateScalar, { description: 'The first day of the plan.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the plan.' })
  to!: string;

  @Field(() => String, { description: "The office's time zone, in which the plan's days and times are meant (IANA, e.g. Europe/Berlin)." })
  timeZone!: string;

  @Field(() => Int, { description: 'The office version this plan reflects: apply only dayPlanChanged events with a newer one.' })
  version!: number;

  @Field(() => [DayPlanDay], { description: 'Every day of the plan in order, days without appointments too.' })
  days!: DayPlanDay[];
}

@ObjectType({ description: "An office's appointments changed: refetch `dayPlan` if the version is newer than yours." })
export class DayPlanChangedEvent {
  @Field(() => ID, { description: 'The office whose appointments changed.' })
  officeId!: string;

  @Field(() => Int, { description: 'The office version once the change was committed.' })
  version!: number;
}

export enum DayPlanFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(DayPlanFormat, {
  name: 'DayPlanFormat',
  description: 'The file format of an exported day plan.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values (RFC 4180), UTF-8 with a byte order mark; cells a spreadsheet would take as a formula start with an apostrophe.' },
    XLSX: { description: 'An Excel workbook (Office Open XML), one sheet.' },
  },
});

@InputType({ description: 'Which plan to export, and how.' })
export class ExportDayPlanInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(20)
  officeId!: string;

  @Field(() => LocalDateScalar, { description: "The first day, in the office's time zone." })
  from!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many days, 1 (a day) to 7 (a week).' })
  days!: number;

  @Field(() => DayPlanFormat, { description: 'CSV or XLSX.' })
  @IsIn(Object.values(DayPlanFormat))
  format!: DayPlanFormat;

  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the column headers, statuses and channels; default German.' })
  @IsOptional()
  language?: MessageLanguage | null;
}

@ObjectType({ description: 'An exported day plan: the file, base64-encoded, with its media type and a name to save it under.' })
export class DayPlanFile {
  @Field(() => String, { description: 'A name to save the file under, e.g. tagesplan-2027-03-25-2027-03-31.xlsx.' })
  fileName!: string;

  @Field(() => String, { description: 'text/csv; charset=utf-8, or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.' })
  mediaType!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  content!: string;

  @Field(() => Int, { description: 'How many appointments the file lists (its rows but the header).' })
  appointments!: number;
}

export const ExportDayPlanResult = createUnionType({
  name: 'ExportDayPlanResult',
  description: 'The exported file, or why there is none.',
  types: () => [DayPlanFile, NotFound, InvalidInput] as const,
});
