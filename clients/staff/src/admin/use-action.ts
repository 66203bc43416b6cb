import { ref } from 'vue';
import { errorOf } from '../session';

type Answer = { __typename?: string; code?: string; message?: string; problems?: string[] } | null | undefined;

/**
 * One administrative step at a time: its expected failure (a result union's error) or thrown
 * error as `problem`, its success as `notice`; `after` runs on success (e.g. a refetch).
 */
export function useAction() {
  const problem = ref<unknown>(null);
  const notice = ref('');
  const busy = ref(false);
  async function run<T extends Answer>(work: () => Promise<T>, success: string, after?: (answer: T) => unknown): Promise<T | null> {
    problem.value = null;
    notice.value = '';
    busy.value = true;
    try {
      const answer = await work();
      const failure = errorOf(answer);
      if (failure) {
        problem.value = failure;
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
  return { problem, notice, busy, run };
}
