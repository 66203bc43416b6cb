import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';

@ObjectType('InternalNote', { description: "A note the office's staff keep about an appointment or a walk-in; never shown to the citizen." })
export class InternalNoteView {
  @Field(() => ID, { description: 'Opaque id of the note.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The appointment the note is about; null for a walk-in.' })
  appointmentId!: string | null;

  @Field(() => ID, { nullable: true, description: "The walk-in's queue entry the note is about; null for an appointment." })
  queueEntryId!: string | null;

  @Field(() => String, { description: 'Who wrote it (the display name at the time).' })
  author!: string;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => String, { description: 'The note.' })
  text!: string;
}

@InputType({ description: "A note about an appointment or a queue entry (exactly one of the two); a checked-in appointment's entry keeps its notes on the appointment." })
export class AddInternalNoteInput {
  @Field(() => ID, { nullable: true, description: 'The appointment.' })
  @IsOptional()
  @MaxLength(40)
  appointmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The queue entry.' })
  @IsOptional()
  @MaxLength(40)
  queueEntryId?: string | null;

  @Field(() => String, { description: 'The note, 1..2000 characters.' })
  @MinLength(1)
  @MaxLength(2000)
  text!: string;
}

@InputType({ description: 'Appointments whose notes to read, e.g. those of a day plan.' })
export class InternalNotesInput {
  @Field(() => [ID], { description: 'The appointments, at most 500; all of offices where the caller works the queue.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @MaxLength(40, { each: true })
  appointmentIds!: string[];
}

export const AddInternalNoteResult = createUnionType({
  name: 'AddInternalNoteResult',
  description: 'The note, or why it was not kept.',
  types: () => [InternalNoteView, NotFound, InvalidInput] as const,
});
