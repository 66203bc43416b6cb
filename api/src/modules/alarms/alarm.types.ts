import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { NotAtCounter, NotFound } from '../../platform/graphql/errors';

@ObjectType('Alarm', { description: "A silent alarm a counter raised: shown to the office's staff, never on its displays or kiosks, until someone acknowledges it." })
export class AlarmView {
  @Field(() => ID, { description: 'Opaque id of the alarm; pass it to acknowledgeAlarm.' })
  id!: number;

  officeId!: number;

  @Field(() => String, { description: 'The counter that raised it.' })
  counterName!: string;

  @Field(() => String, { nullable: true, description: "The counter's room, if it has one." })
  room!: string | null;

  @Field(() => Date, { description: 'When it was raised.' })
  raisedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who raised it: the display name of the staff account (null once the account is gone).' })
  raisedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged; null while it is open.' })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who acknowledged it; null while it is open.' })
  acknowledgedBy!: string | null;
}

@ObjectType({ description: 'The open alarms of one office, as of one office version: apply only alarmChanged events newer than it.' })
export class OfficeAlarms {
  officeId!: number;

  @Field(() => Int, { description: 'The office version this answer reflects.' })
  version!: number;

  @Field(() => [AlarmView], { description: 'Open alarms, oldest first.' })
  alarms!: AlarmView[];
}

@ObjectType({ description: 'An alarm of an office was raised or acknowledged: apply it if its version is newer than your snapshot.' })
export class AlarmChangedEvent {
  @Field(() => ID, { description: 'The office of the alarm.' })
  officeId!: string;

  @Field(() => Int, { description: 'The office version after the change.' })
  version!: number;

  @Field(() => AlarmView, { description: 'The alarm after the change: open when raised, with acknowledgedAt once acknowledged.' })
  alarm!: AlarmView;
}

@InputType({ description: 'The alarm to acknowledge.' })
export class AcknowledgeAlarmInput {
  @Field(() => ID, { description: 'The alarm, as raiseAlarm, openAlarms or alarmChanged gave it.' })
  @MaxLength(20)
  alarmId!: string;
}

export const RaiseAlarmResult = createUnionType({ name: 'RaiseAlarmResult', description: "The counter's open alarm (raised now, or the one still open), or why none was raised.", types: () => [AlarmView, NotAtCounter] as const });
export const AcknowledgeAlarmResult = createUnionType({ name: 'AcknowledgeAlarmResult', description: 'The alarm as acknowledged (by the caller, or by whoever was first), or NotFound.', types: () => [AlarmView, NotFound] as const });
