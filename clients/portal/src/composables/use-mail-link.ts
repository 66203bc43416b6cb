import { ref, watch, type Ref } from 'vue';
import { useI18n } from '../i18n';
import { problemOf, type Problem } from '../problem';
import { useLinkToken } from './use-link-token';
import { useStepFocusAfterLoad } from './use-step-focus';

/** Where a mail link's page stands: loading, a dead link, the record on view, or a page's own outcome. */
export type LinkStage<Outcome extends string> = 'loading' | 'dead' | 'view' | Outcome;

export interface MailLinkOptions<Opened, Outcome extends string> {
  /** Loads what the token opens; null when the token opens nothing (any more). */
  fetch: (token: string) => Promise<Opened | null>;
  /** The stage a load ends in; by default the record on view, or a dead link without one. */
  stageAfterLoad?: (record: Opened | null, token: string) => LinkStage<Outcome>;
  /** What else, besides the stage, changes what the page shows: focus follows it after a click. */
  shownDetail: () => unknown;
}

/**
 * The skeleton every mail link's page shares: the record its token opens, loaded again when the
 * token changes; the stage; the problem to show; and one action at a time under way (`working`
 * names it, so that a page with two buttons can show which one is busy).
 */
export function useMailLink<Opened, Outcome extends string = never, Action extends string = string>(options: MailLinkOptions<Opened, Outcome>) {
  const token = useLinkToken();
  const record = ref<Opened | null>(null) as Ref<Opened | null>;
  const stage = ref<LinkStage<Outcome>>('loading') as Ref<LinkStage<Outcome>>;
  const problem = ref<Problem | null>(null);
  const working = ref<Action | null>(null) as Ref<Action | null>;
  const stageAfterLoad = options.stageAfterLoad ?? ((loaded: Opened | null) => (loaded ? 'view' : 'dead'));

  useStepFocusAfterLoad(() => (stage.value === 'loading' ? null : `${stage.value}:${String(options.shownDetail())}`));

  async function load(): Promise<void> {
    problem.value = null;
    if (!token.value) {
      stage.value = 'dead';
      return;
    }
    stage.value = 'loading';
    try {
      record.value = await options.fetch(token.value);
      stage.value = stageAfterLoad(record.value, token.value);
    } catch (error) {
      problem.value = problemOf(error);
      stage.value = 'view';
    }
  }
  watch(token, load, { immediate: true });
  // Another language: the same record with the names of its services in that language.
  const { locale } = useI18n();
  watch(locale, async () => {
    if (!token.value || !record.value) return;
    record.value = (await options.fetch(token.value).catch(() => null)) ?? record.value;
  });

  /** Runs one action with the token; a request that fails becomes the problem shown. */
  async function act(action: Action, run: (token: string) => Promise<void>): Promise<void> {
    if (!token.value) return;
    working.value = action;
    problem.value = null;
    try {
      await run(token.value);
    } catch (error) {
      problem.value = problemOf(error);
    } finally {
      working.value = null;
    }
  }

  return { token, record, stage, problem, working, load, act };
}
