/** The office's extra booking fields and remarks: the rules the API applies (api/src/domain/booking/custom-fields.ts), checked as the citizen types. */

export interface FormField {
  key: string;
  kind: 'text' | 'choice' | 'checkbox';
  required: boolean;
  maxLength: number | null;
  label: string;
  options: { value: string; label: string }[];
}

export interface OfficeForm {
  remarks: 'off' | 'optional' | 'required';
  remarksMaxLength: number;
  fields: FormField[];
}

/** What the citizen entered: text or the value of a choice, true/false for a checkbox; remarks under `remarks`. */
export type Answers = Record<string, string | boolean>;

export type AnswerProblem = 'required' | 'tooLong' | 'notAnOption';

/** The key remarks are named by, in answers and in problems alike. */
export const remarksKey = 'remarks';

const textLength = (value: string) => [...value.trim()].length;

/** Problems per field key (and `remarks`); a field without problems is missing from the answer. */
export function validateAnswers(form: OfficeForm, answers: Answers): Partial<Record<string, AnswerProblem>> {
  const problems: Partial<Record<string, AnswerProblem>> = {};
  for (const field of form.fields) {
    const value = answers[field.key];
    const given = field.kind === 'checkbox' ? value === true : typeof value === 'string' && value.trim() !== '';
    if (!given) {
      if (field.required) problems[field.key] = 'required';
    } else if (field.kind === 'text' && field.maxLength !== null && textLength(value as string) > field.maxLength) problems[field.key] = 'tooLong';
  }
  const remarks = typeof answers[remarksKey] === 'string' ? (answers[remarksKey] as string) : '';
  if (form.remarks === 'required' && remarks.trim() === '') problems[remarksKey] = 'required';
  else if (form.remarks !== 'off' && textLength(remarks) > form.remarksMaxLength) problems[remarksKey] = 'tooLong';
  return problems;
}

/** What confirmAppointment gets: the answered fields by key (checkboxes as "true"/"false"), and the remarks or null. */
export function answersInput(form: OfficeForm, answers: Answers): { fields: { key: string; value: string }[]; remarks: string | null } {
  const fields = form.fields.flatMap((field) => {
    const value = answers[field.key];
    if (field.kind === 'checkbox') return [{ key: field.key, value: value === true ? 'true' : 'false' }];
    return typeof value === 'string' && value.trim() !== '' ? [{ key: field.key, value: value.trim() }] : [];
  });
  const remarks = form.remarks === 'off' ? '' : String(answers[remarksKey] ?? '').trim();
  return { fields, remarks: remarks || null };
}

/** The server's refusals (InvalidBookingFields), as the form shows them next to their fields. */
export function serverProblems(refused: { key: string; reason: string }[]): Partial<Record<string, AnswerProblem>> {
  const byReason: Record<string, AnswerProblem> = { REQUIRED: 'required', TOO_LONG: 'tooLong', NOT_AN_OPTION: 'notAnOption' };
  return Object.fromEntries(refused.map((problem) => [problem.key, byReason[problem.reason] ?? 'required']));
}
