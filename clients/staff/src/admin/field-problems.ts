import type { MessageKey } from '../i18n';
import type { FieldProblem } from './use-action';

const wholeNumberNeeded = 'a whole number is needed';

/** The first problem of a field, if any. */
export function problemOf(problems: readonly FieldProblem[], field: string): FieldProblem | undefined {
  return problems.find((problem) => problem.field === field);
}

/**
 * Fields of a form that hold no whole number (left empty, or a fraction): they cannot be sent
 * as a GraphQL Int, so the form names them itself; ranges stay the API's to check.
 */
export function notWholeNumbers(values: Record<string, unknown>, fields: readonly string[]): FieldProblem[] {
  return fields.filter((field) => typeof values[field] !== 'number' || !Number.isInteger(values[field])).map((field) => ({ field, message: wholeNumberNeeded, min: null, max: null }));
}

/** Sentences of a failure that no field claims, for the summary above the form. */
export function unclaimedProblems(problems: readonly string[], fieldProblems: readonly FieldProblem[]): string[] {
  const claimed = new Set(fieldProblems.map((problem) => problem.message));
  return problems.filter((problem) => !claimed.has(problem));
}

/** Fields whose one possible problem without a range the form can say in the reader's language. */
const sentenceOfField: Partial<Record<string, MessageKey>> = {
  holidayRegion: 'admin.settings.holidayRegionUnknown',
};

/**
 * A field's problem in the reader's language: the range it allows where the API gives one, the
 * field's own sentence where it has one, else the API's English sentence (`english` tells the
 * template to mark it so).
 */
export function fieldProblemText(problem: FieldProblem, t: (key: MessageKey, params?: Record<string, string | number>) => string): { text: string; english: boolean } {
  if (problem.localized) return { text: problem.message, english: false };
  if (problem.message === wholeNumberNeeded) return { text: t('admin.field.wholeNumber'), english: false };
  if (problem.min !== null && problem.max !== null) {
    return { text: problem.min === problem.max ? t('admin.field.only', { value: problem.min }) : t('admin.field.range', { min: problem.min, max: problem.max }), english: false };
  }
  if (problem.min !== null) return { text: t('admin.field.atLeast', { min: problem.min }), english: false };
  const sentence = sentenceOfField[problem.field];
  if (sentence) return { text: t(sentence), english: false };
  return { text: problem.message, english: true };
}
