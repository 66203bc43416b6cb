import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { BookingFieldKind, BookingFieldProblemReason, RemarksMode, type BookingFieldProblem as BookingFieldProblemSpec, type Labels } from '../../domain/booking/custom-fields';
import { ErrorCode, ErrorResult, InvalidInput, NotFound } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';

registerEnumType(BookingFieldKind, {
  name: 'BookingFieldKind',
  description: 'What an extra booking field asks for.',
  valuesConfig: {
    text: { description: "Free text, up to the field's maxLength." },
    choice: { description: "One of the field's options, answered with its value." },
    checkbox: { description: 'Ticked or not, answered "true" or "false"; a required one must be ticked (e.g. a consent).' },
  },
});
registerEnumType(RemarksMode, {
  name: 'RemarksMode',
  description: 'Whether an office takes free remarks with a booking.',
  valuesConfig: { off: { description: 'No remarks field; remarks sent are refused.' }, optional: { description: 'A remarks field the citizen may fill.' }, required: { description: 'A remarks field the citizen must fill.' } },
});
registerEnumType(BookingFieldProblemReason, {
  name: 'BookingFieldProblemReason',
  description: 'Why an answer to a booking field was refused.',
  valuesConfig: {
    REQUIRED: { description: 'The field (or the remarks) must be filled, a required checkbox ticked.' },
    UNKNOWN_FIELD: { description: 'The office asks for no field of this key.' },
    DUPLICATE: { description: 'The field was answered more than once.' },
    TOO_LONG: { description: 'Longer than `maxLength` characters.' },
    NOT_AN_OPTION: { description: 'Not one of the values in `options`.' },
    NOT_A_BOOLEAN: { description: 'A checkbox takes "true" or "false".' },
    NOT_ACCEPTED: { description: 'Remarks were sent to an office that takes none.' },
  },
});

@ObjectType({ description: 'A text in one language.' })
export class LocalizedText {
  @Field(() => String, { description: 'Language code, e.g. "de".' })
  language!: string;

  @Field(() => String, { description: 'The text.' })
  text!: string;
}

@InputType({ description: 'A text in one language.' })
export class LocalizedTextInput {
  @Field(() => MessageLanguage, { description: 'The language of the text.' })
  language!: MessageLanguage;

  @Field(() => String, { description: 'The text, 1..200 characters.' })
  @MaxLength(400)
  text!: string;
}

/** Labels as the schema lists them, German first. */
export function localizedTexts(labels: Labels): LocalizedText[] {
  return Object.entries(labels)
    .sort(([a], [b]) => (a === 'de' ? -1 : b === 'de' ? 1 : a.localeCompare(b)))
    .map(([language, text]) => Object.assign(new LocalizedText(), { language, text }));
}

@ObjectType({ description: 'One choice of a choice field.' })
export class BookingFieldOptionView {
  @Field(() => String, { description: 'What a booking answers when it takes this choice.' })
  value!: string;

  labels!: Labels;
}

@ObjectType('BookingField', { description: "An extra field of an office's booking form, asked for beside the contact data." })
export class BookingFieldView {
  @Field(() => ID, { description: 'Opaque id of the field.' })
  id!: string;

  @Field(() => String, { description: 'How a booking names the field in `fields` (BookingFieldValueInput.key).' })
  key!: string;

  @Field(() => BookingFieldKind, { description: 'Text, choice or checkbox.' })
  kind!: BookingFieldKind;

  @Field(() => Boolean, { description: 'Whether a booking without an answer is refused (InvalidBookingFields, REQUIRED).' })
  required!: boolean;

  labels!: Labels;

  @Field(() => [BookingFieldOptionView], { description: 'The choices of a choice field, in order; empty for the other kinds.' })
  options!: BookingFieldOptionView[];

  @Field(() => Int, { nullable: true, description: 'Most characters of the answer to a text field; null for the other kinds.' })
  maxLength!: number | null;
}

@ObjectType({ description: 'What an office asks for with a booking beyond the contact data: its extra fields and its remarks field.' })
export class BookingForm {
  officeId!: number;

  @Field(() => [BookingFieldView], { description: 'The extra fields, in the order the form shows them.' })
  fields!: BookingFieldView[];

  @Field(() => RemarksMode, { description: 'Whether the form has a free remarks field, and whether it must be filled.' })
  remarks!: RemarksMode;

  @Field(() => Int, { description: 'Most characters of the remarks.' })
  remarksMaxLength!: number;
}

@ObjectType('BookingFieldValue', { description: 'The answer a booking gave to one of the fields of its office.' })
export class BookingFieldValueView {
  fieldId!: number;

  @Field(() => String, { description: "The field's key." })
  key!: string;

  @Field(() => BookingFieldKind, { description: "The field's kind." })
  kind!: BookingFieldKind;

  @Field(() => String, { description: 'The answer: the text, the value of the option taken, or "true" for a ticked checkbox (unticked ones are not listed).' })
  value!: string;

  labels!: Labels;
  optionLabels!: Labels | null;
}

@ObjectType({ description: 'One refused answer of a booking: which field and why.' })
export class BookingFieldProblem {
  @Field(() => String, { description: 'The key of the field, or "remarks".' })
  key!: string;

  @Field(() => BookingFieldProblemReason, { description: 'Why it was refused.' })
  reason!: BookingFieldProblemReason;

  @Field(() => String, { description: 'What is wrong, one sentence (English).' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'For TOO_LONG: the most characters allowed; null otherwise.' })
  maxLength!: number | null;

  @Field(() => [String], { nullable: true, description: 'For NOT_AN_OPTION: the values allowed; null otherwise.' })
  options!: string[] | null;
}

@ObjectType({ implements: ErrorResult, description: "The answers to the office's booking form (fields, remarks) break its rules: `refusedFields` names each field and why. Nothing was booked; the reservation is still held." })
export class InvalidBookingFields extends ErrorResult {
  @Field(() => [BookingFieldProblem], { description: 'Each refused answer, by field.' })
  refusedFields: BookingFieldProblem[];

  constructor(problems: BookingFieldProblemSpec[]) {
    super();
    this.code = ErrorCode.INVALID_BOOKING_FIELDS;
    this.message = problems.map((problem) => problem.message).join(' ');
    this.refusedFields = problems.map((problem) => Object.assign(new BookingFieldProblem(), { ...problem, maxLength: problem.maxLength ?? null, options: problem.options ?? null }));
  }
}

@InputType({ description: "An answer to one of the office's booking fields (Office.bookingForm)." })
export class BookingFieldValueInput {
  @Field(() => String, { description: "The field's key." })
  @MaxLength(40)
  key!: string;

  @Field(() => String, { description: 'The answer: text, the value of an option, or "true"/"false" for a checkbox. At most 4000 characters here; the field\'s maxLength is answered as InvalidBookingFields.' })
  @MaxLength(4000)
  value!: string;
}

@InputType({ description: 'One choice of a choice field.' })
export class BookingFieldOptionInput {
  @Field(() => String, { description: 'What bookings answer, 1..80 characters, unique in the field.' })
  @MaxLength(200)
  value!: string;

  @Field(() => [LocalizedTextInput], { description: 'Its label, in German and English at least.' })
  @ValidateNested()
  @ArrayMaxSize(20)
  labels!: LocalizedTextInput[];
}

@InputType({ description: 'One field of a booking form, as an admin defines it.' })
export class BookingFieldInput {
  @Field(() => String, { description: 'How bookings name it: 1..40 small letters, digits or _, starting with a letter; unique in the form. A field saved again under its key keeps its answers.' })
  @MaxLength(100)
  key!: string;

  @Field(() => BookingFieldKind, { description: 'Text, choice or checkbox.' })
  kind!: BookingFieldKind;

  @Field(() => Boolean, { description: 'Whether bookings must answer it (a required checkbox must be ticked).' })
  required!: boolean;

  @Field(() => [LocalizedTextInput], { description: 'Its label, in German and English at least.' })
  @ValidateNested()
  @ArrayMaxSize(20)
  labels!: LocalizedTextInput[];

  @Field(() => [BookingFieldOptionInput], { nullable: true, description: 'The choices of a choice field, 1..30; none for the other kinds.' })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(100)
  options?: BookingFieldOptionInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Most characters of a text answer, 1..2000; default 2000. Text fields only.' })
  @IsOptional()
  maxLength?: number | null;
}

@InputType({ description: "An office's whole booking form; it replaces the current one. Fields left out leave the form (answers already given keep their labels)." })
export class UpdateBookingFormInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(40)
  officeId!: string;

  @Field(() => [BookingFieldInput], { description: 'The extra fields, in the order the form shows them; at most 20.' })
  @ValidateNested()
  @ArrayMaxSize(100)
  fields!: BookingFieldInput[];

  @Field(() => RemarksMode, { description: 'Whether the form has a free remarks field.' })
  remarks!: RemarksMode;

  @Field(() => Int, { nullable: true, description: 'Most characters of the remarks, 1..2000; default 500.' })
  @IsOptional()
  remarksMaxLength?: number | null;
}

export const UpdateBookingFormResult = createUnionType({
  name: 'UpdateBookingFormResult',
  description: 'The saved form, or why not.',
  types: () => [BookingForm, NotFound, InvalidInput] as const,
});
