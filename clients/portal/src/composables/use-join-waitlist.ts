import { useApolloClient } from '@vue/apollo-composable';
import { useRouter } from 'vue-router';
import { tokenFragment } from '../flow/mail-links';
import { JoinWaitlistDocument, type JoinWaitlistInput } from '../gql/graphql';
import { useI18n } from '../i18n';
import { problemOf, type Problem } from '../problem';

/**
 * Joins the waitlist, then opens the entry's page (its token in the fragment), which says that it
 * just joined (history state `joined`). Answers the problem when it could not join, else null.
 */
export function useJoinWaitlist(): (input: JoinWaitlistInput) => Promise<Problem | null> {
  const apollo = useApolloClient().resolveClient();
  const router = useRouter();
  const { locale } = useI18n();
  return async (input) => {
    try {
      const { data } = await apollo.mutate({ mutation: JoinWaitlistDocument, variables: { input: { ...input, language: locale.value }, language: locale.value } });
      const result = data!.joinWaitlist;
      // Not "check number and code": the offices chosen do not (or no longer) book all the services online.
      if (result.__typename === 'NotFound') return { key: 'waitlist.notOffered' };
      if (result.__typename !== 'WaitlistJoined') return problemOf(result);
      await router.push({ path: '/waitlist', hash: tokenFragment(result.token), state: { joined: true } });
      return null;
    } catch (error) {
      return problemOf(error);
    }
  };
}
