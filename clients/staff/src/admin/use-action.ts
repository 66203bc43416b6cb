import { ref } from 'vue';
import type { FieldFailureFragment } from '../gql/graphql';
import { errorOf } from '../session';

/**
 * A broken rule of one field of a form, as InvalidInput names it, or as the form finds it before
 * asking (then `localized`: its message is in the reader's language already).
 */
export type FieldProblem = Pick<FieldFailureFragment['fieldProblems'][number], 'field' | 'message' | 'min' | 'max'> & { localized?: boolean };

type Answer = { __typename?: string; code?: string; message?: string; problems?: string[]; fieldProblems?: FieldProblem[] } | null | undefined;

/**
 * One administrative step at a time: its expected failure (a result union's error) or thrown
 * error as `problem`, with the problems of named fields as `fieldProblems`, its success as
 * `notice`; `after` runs on success (e.g. a refetch).
 */
export function useAction() {
  const problem = ref<unknown>(null);
  const fieldProblems = ref<FieldProblem[]>([]);
  const notice = ref('');
  const busy = ref(false);
  async function run<T extends Answer>(work: () => Promise<T>, success: string, after?: (answer: T) => unknown): Promise<T | null> {
    problem.value = null;
    fieldProblems.value = [];
    notice.value = '';
    busy.value = true;
    try {
      const answer = await work();
      const failure = errorOf(answer);
      if (failure) {
        problem.value = failure;
        fieldProblems.value = answer?.fieldProblems ?? [];
        return null;
      }
      notice.value = success;
      await after?.(answer);
      return answer;
    } catch (error) {
      problem.value = error;
      return null;
    } finally {
      busy.value = false;
    }
  }
  /** Problems the form finds before it asks the API (an empty number field cannot be sent). */
  function refuse(problems: FieldProblem[]) {
    notice.value = '';
    fieldProblems.value = problems;
    problem.value = { code: 'INVALID_INPUT', problems: [] };
  }
  return { problem, fieldProblems, notice, busy, run, refuse };
}
