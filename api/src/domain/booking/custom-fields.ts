import { Channel } from './appointment-lifecycle';

/**
 * An office's booking form: the extra fields it asks for beside the contact data, and its free
 * remarks field. Two pure rules: whether a form an admin saves is well made (formProblems), and
 * whether what a caller books with fills it (checkBookingDetails).
 */

export enum BookingFieldKind {
  text = 'text',
  choice = 'choice',
  checkbox = 'checkbox',
}

/** Whether the free remarks field is offered, and whether it must be filled. */
export enum RemarksMode {
  off = 'off',
  optional = 'optional',
  required = 'required',
}

/** Texts by language code (de, en, …); German and English are always there. */
export type Labels = Readonly<Record<string, string>>;

export interface BookingFieldOption {
  value: string;
  labels: Labels;
}

export interface BookingFieldDefinition {
  id: number;
  key: string;
  kind: BookingFieldKind;
  required: boolean;
  labels: Labels;
  /** The choices of a choice field, in order; empty for the other kinds. */
  options: readonly BookingFieldOption[];
  /** Most characters of a text field's answer. */
  maxLength: number | null;
}

export interface BookingFormDefinition {
  /** The fields offered now, in order; retired ones are not among them. */
  fields: readonly BookingFieldDefinition[];
  remarks: RemarksMode;
  remarksMaxLength: number;
}

/** The form of an office that defined nothing: no extra fields, no remarks. */
export const emptyBookingForm: BookingFormDefinition = { fields: [], remarks: RemarksMode.off, remarksMaxLength: 500 };

export const bookingFormLimits = {
  fields: 20,
  keyPattern: /^[a-z][a-z0-9_]{0,39}$/,
  labelLength: 200,
  options: 30,
  optionValueLength: 80,
  textMaxLength: { min: 1, max: 2000 },
  remarksMaxLength: { min: 1, max: 2000 },
  /** Languages every label needs. */
  languages: ['de', 'en'],
} as const;

/** Remarks are answered beside the fields under this name, so no field may take it. */
export const remarksKey = 'remarks';

// ---------------------------------------------------------------------------------------------
// What a caller books with

export interface GivenFieldValue {
  key: string;
  value: string;
}

/** An answer as it is stored: by the field's id, which outlives a change of its labels. */
export interface StoredFieldValue {
  fieldId: number;
  value: string;
}

export enum BookingFieldProblemReason {
  REQUIRED = 'REQUIRED',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  DUPLICATE = 'DUPLICATE',
  TOO_LONG = 'TOO_LONG',
  NOT_AN_OPTION = 'NOT_AN_OPTION',
  NOT_A_BOOLEAN = 'NOT_A_BOOLEAN',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}

export interface BookingFieldProblem {
  /** The field's key, or `remarks`. */
  key: string;
  reason: BookingFieldProblemReason;
  message: string;
  /** For TOO_LONG: the most characters allowed. */
  maxLength?: number;
  /** For NOT_AN_OPTION: the values allowed. */
  options?: string[];
}

export type CheckedDetails = { values: StoredFieldValue[]; remarks: string | null; problems: [] } | { problems: BookingFieldProblem[] };

function tooLong(key: string, value: string, maxLength: number): BookingFieldProblem | null {
  // Characters as people count them: an umlaut or an emoji is one.
  const length = [...value].length;
  return length > maxLength ? { key, reason: BookingFieldProblemReason.TOO_LONG, maxLength, message: `${key} takes at most ${maxLength} characters, not ${length}.` } : null;
}

function checkValue(field: BookingFieldDefinition, value: string): BookingFieldProblem | null {
  switch (field.kind) {
    case BookingFieldKind.text:
      return tooLong(field.key, value, field.maxLength ?? bookingFormLimits.textMaxLength.max);
    case BookingFieldKind.choice: {
      const options = field.options.map((option) => option.value);
      return options.includes(value) ? null : { key: field.key, reason: BookingFieldProblemReason.NOT_AN_OPTION, options, message: `${field.key} must be one of ${options.map((option) => JSON.stringify(option)).join(', ')}.` };
    }
    case BookingFieldKind.checkbox:
      return value === 'true' || value === 'false' ? null : { key: field.key, reason: BookingFieldProblemReason.NOT_A_BOOLEAN, message: `${field.key} is a checkbox: "true" or "false".` };
  }
}

/** Whether an answer counts as given: text with more than spaces, a choice, a ticked box. */
function answered(field: BookingFieldDefinition, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  return field.kind !== BookingFieldKind.checkbox || value === 'true';
}

/** Staff on site book for the citizen in front of them: as they need no contact data, they need not answer (what they give is checked). */
function answersRequired(channel: Channel): boolean {
  return channel !== Channel.COUNTER && channel !== Channel.KIOSK;
}

/**
 * Checks the answers to an office's form: every required field answered (a required checkbox
 * ticked) where the channel needs answers, no unknown or repeated field, text within its length,
 * choices among the options, remarks only where the office takes them. Answers come back trimmed,
 * by field id, in the form's order; empty answers and unticked boxes are not kept.
 */
export function checkBookingDetails(form: BookingFormDefinition, given: { fields?: readonly GivenFieldValue[] | null; remarks?: string | null }, channel: Channel): CheckedDetails {
  const required = answersRequired(channel);
  const problems: BookingFieldProblem[] = [];
  const byKey = new Map(form.fields.map((field) => [field.key, field]));
  const answers = new Map<string, string>();
  for (const { key, value } of given.fields ?? []) {
    if (!byKey.has(key)) problems.push({ key, reason: BookingFieldProblemReason.UNKNOWN_FIELD, message: `This office asks for no field ${JSON.stringify(key)}.` });
    else if (answers.has(key)) problems.push({ key, reason: BookingFieldProblemReason.DUPLICATE, message: `${key} is given more than once.` });
    else answers.set(key, value.trim());
  }
  const values: StoredFieldValue[] = [];
  for (const field of form.fields) {
    const value = answers.get(field.key);
    const problem = value === undefined || value === '' ? null : checkValue(field, value);
    if (problem) problems.push(problem);
    else if (answered(field, value)) values.push({ fieldId: field.id, value: value! });
    else if (field.required && required) problems.push({ key: field.key, reason: BookingFieldProblemReason.REQUIRED, message: `${field.key} is required.` });
  }
  const remarks = given.remarks?.trim() || null;
  if (remarks !== null && form.remarks === RemarksMode.off) {
    problems.push({ key: remarksKey, reason: BookingFieldProblemReason.NOT_ACCEPTED, message: 'This office takes no remarks.' });
  } else if (remarks === null && form.remarks === RemarksMode.required && required) {
    problems.push({ key: remarksKey, reason: BookingFieldProblemReason.REQUIRED, message: 'remarks are required.' });
  } else if (remarks !== null) {
    const problem = tooLong(remarksKey, remarks, form.remarksMaxLength);
    if (problem) problems.push(problem);
  }
  return problems.length > 0 ? { problems } : { values, remarks, problems: [] };
}

// ---------------------------------------------------------------------------------------------
// What an admin saves

export interface LabelDraft {
  language: string;
  text: string;
}

export interface BookingFieldDraft {
  key: string;
  kind: BookingFieldKind;
  required: boolean;
  labels: readonly LabelDraft[];
  options?: readonly { value: string; labels: readonly LabelDraft[] }[] | null;
  maxLength?: number | null;
}

export interface BookingFormDraft {
  fields: readonly BookingFieldDraft[];
  remarks: RemarksMode;
  remarksMaxLength?: number | null;
}

/** A broken rule of the form, named by its place in the input ("fields.2.labels"), as InvalidInput's fieldProblems name them. */
export interface FormProblem {
  field: string;
  message: string;
  min?: number;
  max?: number;
}

function labelProblems(path: string, labels: readonly LabelDraft[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const languages = labels.map((label) => label.language);
  for (const language of bookingFormLimits.languages) {
    if (!labels.some((label) => label.language === language && label.text.trim() !== '')) problems.push({ field: path, message: `${path} needs a text in ${language}.` });
  }
  if (new Set(languages).size !== languages.length) problems.push({ field: path, message: `${path} has a language twice.` });
  for (const label of labels) {
    if ([...label.text.trim()].length > bookingFormLimits.labelLength) problems.push({ field: path, message: `${path} (${label.language}) takes at most ${bookingFormLimits.labelLength} characters.`, max: bookingFormLimits.labelLength });
  }
  return problems;
}

function inRange(field: string, value: number, range: { min: number; max: number }): FormProblem | null {
  return Number.isInteger(value) && value >= range.min && value <= range.max ? null : { field, message: `${field} must be a whole number from ${range.min} to ${range.max}, not ${value}.`, ...range };
}

/** The problems of a form an admin saves, each named by where it is in the input. */
export function formProblems(draft: BookingFormDraft): FormProblem[] {
  const problems: FormProblem[] = [];
  if (draft.fields.length > bookingFormLimits.fields) problems.push({ field: 'fields', message: `A form has at most ${bookingFormLimits.fields} fields.`, max: bookingFormLimits.fields });
  if (draft.remarksMaxLength !== null && draft.remarksMaxLength !== undefined) {
    const problem = inRange('remarksMaxLength', draft.remarksMaxLength, bookingFormLimits.remarksMaxLength);
    if (problem) problems.push(problem);
  }
  const keys = new Set<string>();
  for (const [index, field] of draft.fields.entries()) {
    const path = `fields.${index}`;
    if (!bookingFormLimits.keyPattern.test(field.key) || field.key === remarksKey) {
      problems.push({ field: `${path}.key`, message: `${path}.key must be 1 to 40 small letters, digits or _, starting with a letter, and not "${remarksKey}".` });
    } else if (keys.has(field.key)) {
      problems.push({ field: `${path}.key`, message: `${path}.key ${JSON.stringify(field.key)} is used twice.` });
    }
    keys.add(field.key);
    problems.push(...labelProblems(`${path}.labels`, field.labels));
    const options = field.options ?? [];
    if (field.kind === BookingFieldKind.choice) {
      if (options.length === 0 || options.length > bookingFormLimits.options)
        problems.push({ field: `${path}.options`, message: `${path}.options: a choice has 1 to ${bookingFormLimits.options} options.`, min: 1, max: bookingFormLimits.options });
      const values = new Set<string>();
      for (const [optionIndex, option] of options.entries()) {
        const optionPath = `${path}.options.${optionIndex}`;
        const value = option.value.trim();
        if (value === '' || [...value].length > bookingFormLimits.optionValueLength) problems.push({ field: `${optionPath}.value`, message: `${optionPath}.value takes 1 to ${bookingFormLimits.optionValueLength} characters.` });
        else if (values.has(value)) problems.push({ field: `${optionPath}.value`, message: `${optionPath}.value ${JSON.stringify(value)} is used twice.` });
        values.add(value);
        problems.push(...labelProblems(`${optionPath}.labels`, option.labels));
      }
    } else if (options.length > 0) {
      problems.push({ field: `${path}.options`, message: `${path}.options are for choice fields only.` });
    }
    if (field.maxLength !== null && field.maxLength !== undefined) {
      if (field.kind !== BookingFieldKind.text) problems.push({ field: `${path}.maxLength`, message: `${path}.maxLength is for text fields only.` });
      else {
        const problem = inRange(`${path}.maxLength`, field.maxLength, bookingFormLimits.textMaxLength);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}

/** Labels as stored: trimmed texts by language. */
export function labelsOf(drafts: readonly LabelDraft[]): Labels {
  return Object.fromEntries(drafts.map((label) => [label.language, label.text.trim()]));
}

/** The label in the language asked for, else German. */
export function labelIn(labels: Labels, language: string | null | undefined): string {
  return (language ? labels[language] : undefined) ?? labels.de ?? Object.values(labels)[0] ?? '';
}
