import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput } from '../../platform/graphql/errors';

@ObjectType({ description: 'Whether the installation is down for maintenance; while it is, citizens and partners get SERVICE_UNAVAILABLE, staff, displays and kiosks keep working.' })
export class MaintenanceModeView {
  @Field(() => Boolean, { description: 'Whether maintenance mode is on.' })
  active!: boolean;

  @Field(() => String, { description: 'What citizens are told (as the administrator wrote it); empty for a general notice.' })
  message!: string;

  @Field(() => Date, { nullable: true, description: 'When the administrator expects maintenance to end; null when unknown.' })
  expectedEndAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seconds after which to try again, as the Retry-After of refused requests says; null while off.' })
  retryAfterSeconds!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the switch was last turned.' })
  changedAt!: Date | null;
}

@InputType({ description: 'Turns maintenance mode on or off (platform admins).' })
export class SetMaintenanceModeInput {
  @Field(() => Boolean, { description: 'On or off.' })
  active!: boolean;

  @Field(() => String, { defaultValue: '', description: 'What citizens are told, e.g. "Wegen Wartungsarbeiten bis 14 Uhr nicht erreichbar."; at most 500 characters.' })
  @MaxLength(500)
  message!: string;

  @Field(() => Date, { nullable: true, description: 'When maintenance is expected to end; must lie ahead. Retry-After counts down to it.' })
  @IsOptional()
  expectedEndAt?: Date | null;
}

export const MaintenanceModeResult = createUnionType({ name: 'MaintenanceModeResult', description: 'The maintenance state after the change, or why not.', types: () => [MaintenanceModeView, InvalidInput] as const });
