import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { parseTokenFragment } from '../flow/mail-links';

/** The token of the mail link that opened this page (its fragment), or null when the link came incomplete. */
export function useLinkToken(): ComputedRef<string | null> {
  const route = useRoute();
  return computed(() => parseTokenFragment(route.hash));
}
