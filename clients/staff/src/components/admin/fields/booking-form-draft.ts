import type { BookingFormDefinitionFragment, UpdateBookingFormInput } from '../../../gql/graphql';

/** One option of a choice field as the form edits it. */
export interface OptionDraft {
  value: string;
  de: string;
  en: string;
}

/** One field as the form edits it: labels in German and English, the maximum length as typed. */
export interface FieldDraft {
  key: string;
  kind: 'text' | 'choice' | 'checkbox';
  required: boolean;
  de: string;
  en: string;
  maxLength: string;
  options: OptionDraft[];
}

export interface FormDraft {
  remarks: 'off' | 'optional' | 'required';
  remarksMaxLength: string;
  fields: FieldDraft[];
}

const textIn = (labels: { language: string; text: string }[], language: string) => labels.find((label) => label.language === language)?.text ?? '';

/** The saved form, to edit. */
export function draftOf(form: BookingFormDefinitionFragment): FormDraft {
  return {
    remarks: form.remarks,
    remarksMaxLength: String(form.remarksMaxLength),
    fields: form.fields.map((field) => ({
      key: field.key,
      kind: field.kind,
      required: field.required,
      de: textIn(field.labels, 'de'),
      en: textIn(field.labels, 'en'),
      maxLength: field.maxLength === null || field.maxLength === undefined ? '' : String(field.maxLength),
      options: field.options.map((option) => ({ value: option.value, de: textIn(option.labels, 'de'), en: textIn(option.labels, 'en') })),
    })),
  };
}

const labels = (draft: { de: string; en: string }) => [
  { language: 'de' as const, text: draft.de },
  { language: 'en' as const, text: draft.en },
];
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** What updateBookingForm gets: the API checks the rules and names what breaks them. */
export function inputOf(officeId: string, draft: FormDraft): UpdateBookingFormInput {
  return {
    officeId,
    remarks: draft.remarks,
    remarksMaxLength: numberOrNull(draft.remarksMaxLength),
    fields: draft.fields.map((field) => ({
      key: field.key.trim(),
      kind: field.kind,
      required: field.required,
      labels: labels(field),
      options: field.kind === 'choice' ? field.options.map((option) => ({ value: option.value, labels: labels(option) })) : null,
      maxLength: field.kind === 'text' ? numberOrNull(field.maxLength) : null,
    })),
  };
}

/** A new field of a kind, with a key that is not taken yet. */
export function newField(kind: FieldDraft['kind'], taken: string[]): FieldDraft {
  let number = taken.length + 1;
  while (taken.includes(`field_${number}`)) number += 1;
  return { key: `field_${number}`, kind, required: false, de: '', en: '', maxLength: kind === 'text' ? '200' : '', options: kind === 'choice' ? [{ value: '1', de: '', en: '' }] : [] };
}

/** Moves the item at `index` by `by` places, within the list. */
export function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}
