import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One office as the call displays and kiosks of its waiting room show it.' })
export class WaitingRoomOffice {
  officeId!: number;

  officeName!: string;

  @Field(() => Int, { description: 'The office version this answer reflects; apply only newer waitingRoomChanged events.' })
  version!: number;

  @Field(() => String, { description: 'The line the office shows on its call displays; empty for none.' })
  displayMessage!: string;

  @Field(() => Int, { description: 'How many customers are waiting.' })
  waitingCount!: number;

  @Field(() => Int, { description: 'Minutes a walk-in drawing a ticket now would wait, estimated.' })
  estimatedWaitMinutes!: number;

  @Field(() => Int, { description: 'How many counters have staff signed in now.' })
  countersServing!: number;

  @Field(() => Boolean, { description: 'Whether the office is open now by its opening hours and not closed today (closure, public holiday): kiosks offer tickets only then.' })
  open!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the office opens next, by its opening hours, closures and public holidays; null while open, or when no opening lies within 4 weeks.' })
  opensAt!: Date | null;

  @Field(() => Int, { description: "Tickets left of today's daily contingent; 0 when it is used up." })
  ticketsLeft!: number;

  @Field(() => [String], { description: 'Numbers called today that are not expected at a counter now (parked, missed, or waiting again after a requeue): displays take their calls off.' })
  withdrawnNumbers!: string[];
}

@ObjectType({ description: 'The waiting room of an office or an office group: what its call displays and kiosks show.' })
export class WaitingRoom {
  @Field(() => ID, { nullable: true, description: 'The office group; null when the waiting room is one office.' })
  groupId!: string | null;

  @Field(() => String, { description: 'The name of the group, or of the one office.' })
  name!: string;

  @Field(() => [WaitingRoomOffice], { description: 'The offices of the waiting room, by name.' })
  offices!: WaitingRoomOffice[];
}
