import { Field, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ReleaseMode } from '../../domain/draw/release-gate';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { LocalDateScalar } from '../../platform/graphql/scalars';

registerEnumType(ReleaseMode, {
  name: 'ReleaseMode',
  description: 'How an office hands out newly released capacity of a service.',
  valuesConfig: {
    firstCome: { description: 'Whoever books first gets it (the default).' },
    draw: { description: 'Days after `releasedUntil` are allocated by a draw among registrants; first come only up to that day.' },
  },
});

@ObjectType('ServiceRelease', { description: 'How an office releases a service: first come, or by draw up to the last day a draw released.' })
export class ServiceReleaseView {
  @Field(() => ID, { description: 'The office.' })
  officeId!: number;

  @Field(() => ID, { description: 'The service.' })
  serviceId!: number;

  @Field(() => ReleaseMode, { description: 'First come or by draw.' })
  mode!: ReleaseMode;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'In draw mode the last local day first-come booking may take (a draw released it, or the office switched that day); null in first-come mode, where every day of the booking window is open.',
  })
  releasedUntil!: string | null;
}

@InputType({ description: 'Sets how an office releases one of its services.' })
export class SetServiceReleaseModeInput {
  @Field(() => ID, { description: 'The office (manageOffice there).' })
  officeId!: string;

  @Field(() => ID, { description: 'A service the office offers.' })
  serviceId!: string;

  @Field(() => ReleaseMode, { description: 'draw: days after today wait for a draw (what is bookable today stays so); firstCome: every day opens to booking at once.' })
  mode!: ReleaseMode;
}

export const SetServiceReleaseModeResult = createUnionType({
  name: 'SetServiceReleaseModeResult',
  description: 'The release of the service after the change, or why not.',
  types: () => [ServiceReleaseView, NotFound, InvalidInput] as const,
});
